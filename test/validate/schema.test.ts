import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/engine/snippet.ts';
import { scanText } from '../../src/text/fold.ts';
import { Reporter } from '../../src/model/diagnostic.ts';
import { validateDrafts } from '../../src/validate/index.ts';
import type { AnyDraft, ExtractContext } from '../../src/engine/extractor.ts';
import { moneyRecord, RECORD_TYPES, recordSchemas, type RecordType } from '../../src/model/records.ts';
import { consistencyChecks } from '../../src/validate/checks.ts';

const text = '公司拟投资12.5亿元，同比增长16.97%。';

function context(): ExtractContext {
  return { article: articleFromText(text, { publishedAt: '2025-02-07' }, 'a1'), scan: scanText(text, []), anchor: undefined };
}

function money(fields: Record<string, unknown>): AnyDraft {
  const start = text.indexOf('12.5亿元');
  return { type: 'money', start, end: start + '12.5亿元'.length, rule: 'money/zh/test', priority: 0, fields } as unknown as AnyDraft;
}

function validate(drafts: AnyDraft[]) {
  const reporter = new Reporter('validate');
  const records = validateDrafts(drafts, context(), reporter);
  return { records, errors: reporter.diagnostics.filter((d) => d.severity === 'error') };
}

describe('schema validation', () => {
  it('keeps a valid record with the base fields first, its own fields in schema order, unknown fields dropped', () => {
    const { records, errors } = validate([money({ currency: 'CNY', amountExact: '1250000000', amount: 1.25e9, stray: 1 })]);
    expect(errors).toEqual([]);
    expect(Object.keys(JSON.parse(JSON.stringify(records[0])))).toEqual(['id', 'articleId', 'text', 'start', 'end', 'rule', 'sentence', 'type', 'amount', 'amountExact', 'currency']);
    // Every record of a type has its schema's keys, a field the draft lacks undefined (as records that crossed from a worker thread).
    expect(Object.keys(records[0]!)).toEqual(Object.keys(moneyRecord.shape));
    expect(records[0]).toMatchObject({ id: 'a1#money@5-11', text: '12.5亿元', sentence: '公司拟投资12.5亿元，同比增长16.97%。' });
  });

  it('drops a record that breaks its schema, naming each field and why', () => {
    const { records, errors } = validate([
      money({ amount: Number.NaN, amountExact: '1.25e9', currency: 'CNY' }),
      money({ amount: Infinity, amountExact: '1250000000', currency: 'yuan' }),
      money({ amountExact: '1250000000', currency: 'CNY' }),
    ]);
    expect(records).toEqual([]);
    expect(errors.map((d) => d.code)).toEqual(['validate/schema', 'validate/schema', 'validate/schema']);
    expect(errors[0]!.message).toMatch(/^money record "12\.5亿元" is invalid: amount: .*; amountExact: /);
    expect(errors[1]!.message).toMatch(/amount: .*; currency: /);
    expect(errors[2]!.message).toMatch(/amount: /);
  });

  it('numbers a second record of the same type and span, and keeps both', () => {
    const fields = { amount: 1.25e9, amountExact: '1250000000', currency: 'CNY' };
    const { records } = validate([money(fields), money(fields)]);
    expect(records.map((r) => r.id)).toEqual(['a1#money@5-11', 'a1#money@5-11~1']);
  });

  it('numbers repeats per type and span exactly as counting their ids would, whatever the offsets', () => {
    const fieldsOf = { money: { amount: 1, amountExact: '1', currency: 'CNY' }, percent: { value: 1, unit: '%' } };
    const offset = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(-1, 0.5, 2 ** 27, 2 ** 27 + 1, 2 ** 22, Number.NaN));
    const draft = fc.record({ type: fc.constantFrom('money', 'percent') as fc.Arbitrary<'money' | 'percent'>, start: offset, length: offset });
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 12 }), (specs) => {
        const drafts = specs.map(({ type, start, length }) => ({ type, start, end: start + length, rule: 'test/rule', priority: 0, fields: fieldsOf[type] }) as unknown as AnyDraft);
        const seen = new Map<string, number>();
        const expected: string[] = [];
        for (const d of drafts) {
          const id = `a1#${d.type}@${d.start}-${d.end}`;
          const repeat = seen.get(id) ?? 0;
          seen.set(id, repeat + 1);
          const valid = Number.isInteger(d.start) && Number.isInteger(d.end) && d.start >= 0 && d.start < Math.min(d.end, text.length);
          if (valid) expected.push(repeat === 0 ? id : `${id}~${repeat}`);
        }
        expect(validate(drafts).records.map((r) => r.id)).toEqual(expected);
      }),
      { numRuns: 1000, examples: [[[{ type: 'money', start: 1, length: 0 }, { type: 'money', start: 0, length: 2 ** 22 }]]] },
    );
  });

  it('keeps and rejects the records, with the messages, that parsing each draft spread over its base fields does', () => {
    // The plain way: every draft's fields spread over its base fields and parsed by its type's schema.
    function parsedOneByOne(drafts: AnyDraft[]) {
      const ctx = context();
      const reporter = new Reporter('validate');
      const records = [];
      const seen = new Map<string, number>();
      for (const d of drafts) {
        const plainId = `a1#${d.type}@${d.start}-${d.end}`;
        const repeat = seen.get(plainId) ?? 0;
        seen.set(plainId, repeat + 1);
        const textOf = text.slice(d.start, d.end);
        const candidate = { id: repeat === 0 ? plainId : `${plainId}~${repeat}`, articleId: 'a1', type: d.type, text: textOf, start: d.start, end: d.end, rule: d.rule, sentence: text, ...d.fields };
        const result = recordSchemas[d.type].safeParse(candidate);
        if (result.success) records.push(result.data);
        else {
          const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
          reporter.error('validate/schema', `${d.type} record "${textOf}" is invalid: ${problems}`, { span: { start: d.start, end: d.end }, rule: d.rule });
        }
      }
      for (const check of consistencyChecks) check(records as never, reporter, ctx);
      return { records: JSON.stringify(records), diagnostics: reporter.diagnostics };
    }
    // Values each field may take: ones its schema accepts, ones it rejects, undefined.
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('CNY', 'USD', 'yuan', '', '12.5', '1e3', '2025-01-01', '%', 'pp', 'bp', 'up', 'down', 'approx', 'day', 'year', 'fraction', 'shares', 'company', 'earnings', 'positive', '600519.SH'),
      fc.double(),
      fc.integer({ min: -3, max: 2000 }),
      fc.boolean(),
      fc.array(fc.constantFrom('a', 'b', ''), { maxLength: 2 }),
      fc.constant(null),
    );
    // A valid draft's fields per type, every optional field set, which each draft changes at random.
    const validFields: Record<RecordType, Record<string, unknown>> = {
      money: { amount: 1, amountExact: '1', amountHigh: 2, amountMin: 1, amountMax: 2, currency: 'CNY', currencyInferred: true, qualifier: 'approx', direction: 'up', per: 'share', referenceAmount: 1, referenceCurrency: 'USD', fxRate: 7.1, fxAsOf: '2025-01-01', convertedFrom: 'a1#money@0-1' },
      percent: { value: 1200, valueExact: '1200', valueHigh: 2, unit: '%', qualifier: 'nearly', direction: 'up' },
      ratio: { value: 0.1, kind: 'fraction', qualifier: 'at_least', direction: 'down' },
      quantity: { value: 1, valueExact: '1', valueHigh: 2, valueMin: 1, valueMax: 2, unit: '股', measure: 'shares', qualifier: 'more_than', direction: 'up' },
      date: { value: '2099-01-01', valueEnd: '2099-02-01', granularity: 'day', timezone: 'Asia/Shanghai', anchor: 'text', partOfDay: '盘前' },
      security: { symbol: '600519.SH', code: '600519', exchange: 'SSE', name: '贵州茅台', quoteSnapshot: '1,2,3%' },
      organization: { name: '公司', aliases: ['本公司'], kind: 'company', security: '600519.SH' },
      person: { name: '张三', aliases: [], role: '董事长', organization: '公司' },
      quote: { speaker: '张三', verb: '说' },
      event: { eventType: 'investment', subject: '公司', object: '项目', date: '2025', dateInferred: false, figures: ['a1#money@5-11'], polarity: 'positive', direction: 'up', eventKey: 'k' },
    };
    const change = fc.oneof(
      { weight: 4, arbitrary: fc.constant('keep' as const) },
      { weight: 1, arbitrary: fc.constant('drop' as const) },
      { weight: 1, arbitrary: value.map((v) => ({ set: v })) },
    );
    const draft = fc.constantFrom(...RECORD_TYPES).chain((type: RecordType) => {
      const keys = [...Object.keys(validFields[type]), 'stray'];
      return fc.record({
        type: fc.constant(type),
        start: fc.integer({ min: 0, max: 6 }),
        length: fc.integer({ min: 0, max: 6 }),
        fields: fc.tuple(fc.shuffledSubarray(keys, { minLength: keys.length }), fc.array(change, { minLength: keys.length, maxLength: keys.length })).map(([order, changes]) =>
          order.flatMap((key, i) => {
            const how = changes[i]!;
            if (how === 'drop' || (how === 'keep' && key === 'stray')) return [];
            return [[key, how === 'keep' ? validFields[type][key] : how.set] as const];
          }),
        ),
      });
    });
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 8 }), (specs) => {
        const drafts = specs.map(({ type, start, length, fields }) => ({ type, start, end: start + length, rule: 'test/rule', priority: 0, fields: Object.fromEntries(fields) }) as unknown as AnyDraft);
        const reporter = new Reporter('validate');
        const records = validateDrafts(drafts, context(), reporter);
        expect({ records: JSON.stringify(records), diagnostics: reporter.diagnostics }).toEqual(parsedOneByOne(drafts));
      }),
      { numRuns: 2000 },
    );
  });
});
