import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/engine/snippet.ts';
import { scanText } from '../../src/text/fold.ts';
import { Reporter } from '../../src/model/diagnostic.ts';
import { validateDrafts } from '../../src/validate/index.ts';
import type { AnyDraft, ExtractContext } from '../../src/engine/extractor.ts';

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
    expect(Object.keys(records[0]!)).toEqual(['id', 'articleId', 'text', 'start', 'end', 'rule', 'sentence', 'type', 'amount', 'amountExact', 'currency']);
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
});
