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
});
