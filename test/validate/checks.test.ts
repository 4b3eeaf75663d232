import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/engine/snippet.ts';
import { scanText } from '../../src/text/fold.ts';
import { Reporter } from '../../src/model/diagnostic.ts';
import { validateDrafts } from '../../src/validate/index.ts';
import { recordId } from '../../src/validate/index.ts';
import type { AnyDraft, ExtractContext } from '../../src/engine/extractor.ts';
import type { FieldsOf, RecordType } from '../../src/model/records.ts';

function context(text: string): ExtractContext {
  return {
    article: articleFromText(text, { publishedAt: '2025-02-07' }, 'a1'),
    scan: scanText(text, []),
    anchor: { date: '2025-02-07', source: 'published' },
  };
}

function draft<T extends RecordType>(text: string, type: T, mention: string, fields: FieldsOf<T>): AnyDraft {
  const start = text.indexOf(mention);
  return { type, start, end: start + mention.length, rule: `${type}/zh/test`, priority: 0, fields } as AnyDraft;
}

function warnings(text: string, drafts: AnyDraft[]) {
  const reporter = new Reporter('validate');
  validateDrafts(drafts, context(text), reporter);
  return reporter.diagnostics.filter((d) => d.severity === 'warning');
}

describe('consistency checks', () => {
  const pair = (text: string, second: string, secondAmount: number) => {
    const first = draft(text, 'money', '近6000亿美元', {
      amount: 6e11, amountExact: '600000000000', currency: 'USD', referenceAmount: 6e11 * 7.29, referenceCurrency: 'CNY', fxRate: 7.29,
    });
    const start = text.indexOf('近6000亿美元');
    const converted = draft(text, 'money', second, {
      amount: secondAmount, amountExact: String(secondAmount), currency: 'CNY', referenceAmount: secondAmount, referenceCurrency: 'CNY', fxRate: 1,
      convertedFrom: recordId('a1', 'money', start, start + '近6000亿美元'.length),
    });
    return [first, converted];
  };

  it('flags a converted pair that disagrees by more than 20%, naming both sides', () => {
    const text = '市值蒸发近6000亿美元(约合2.3万亿元人民币)';
    const found = warnings(text, pair(text, '约合2.3万亿元人民币', 2.3e12));
    expect(found.map((d) => d.code)).toEqual(['validate/conversion-mismatch']);
    expect(found[0]!.message).toContain('近6000亿美元');
    expect(found[0]!.message).toContain('约合2.3万亿元人民币');
  });

  it('accepts a converted pair within 20%', () => {
    const text = '市值蒸发近6000亿美元(约合4.3万亿元人民币)';
    expect(warnings(text, pair(text, '约合4.3万亿元人民币', 4.3e12))).toEqual([]);
  });

  it('flags a change over 1000%, not a level or a smaller change', () => {
    const text = '净利润暴涨1200%，毛利率1500%，营收增长800%';
    const found = warnings(text, [
      draft(text, 'percent', '1200%', { value: 1200, unit: '%', direction: 'up' }),
      draft(text, 'percent', '1500%', { value: 1500, unit: '%' }),
      draft(text, 'percent', '800%', { value: 800, unit: '%', direction: 'up' }),
    ]);
    expect(found.map((d) => [d.code, d.span?.start])).toEqual([['validate/percent-change-implausible', text.indexOf('1200%')]]);
  });

  it('flags a resolved date far from the anchor and an explicit date far in the future, not history', () => {
    const text = '1月27日发布；2105年投产；1978年改革开放';
    const found = warnings(text, [
      draft(text, 'date', '1月27日', { value: '1925-01-27', granularity: 'day', anchor: 'published' }),
      draft(text, 'date', '2105年', { value: '2105', granularity: 'year' }),
      draft(text, 'date', '1978年', { value: '1978', granularity: 'year' }),
    ]);
    expect(found.map((d) => d.code)).toEqual(['validate/date-far-from-anchor', 'validate/date-far-from-anchor']);
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining('1月27日'), expect.stringContaining('2105年')]);
  });

  it('reads the year of a date value from its four leading ASCII digits, whatever follows', () => {
    const text = '1月27日发布';
    const digit = fc.constantFrom('0', '1', '2', '9', '٣', '２', 'Q', '-', '');
    fc.assert(
      fc.property(fc.array(digit, { maxLength: 6 }).map((units) => units.join('')), (value) => {
        const year = /^(\d{4})/.exec(value)?.[1];
        const far = year !== undefined && Math.abs(Number(year) - 2025) > 30;
        const found = warnings(text, [draft(text, 'date', '1月27日', { value, granularity: 'day', anchor: 'published' })]);
        expect(found.length).toBe(far ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('flags a malformed security symbol', () => {
    const text = '贵州茅台(600519.SZ)与网宿科技(300017.SZ)';
    const found = warnings(text, [
      draft(text, 'security', '600519.SZ', { symbol: '600519.SZ', code: '600519' }),
      draft(text, 'security', '300017.SZ', { symbol: '300017.SZ', code: '300017' }),
    ]);
    expect(found.map((d) => [d.code, d.message])).toEqual([['validate/malformed-symbol', expect.stringContaining('belongs to .SH')]]);
  });
});
