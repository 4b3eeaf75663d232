import { describe, expect, it } from 'vitest';
import { enrichFx } from '../../src/enrich/fx.ts';
import { parseConfig } from '../../src/config.ts';
import { articleFromText } from '../../src/engine/snippet.ts';
import { scanText } from '../../src/text/fold.ts';
import { Reporter } from '../../src/model/diagnostic.ts';
import { validateDrafts } from '../../src/validate/index.ts';
import type { AnyDraft, Draft, ExtractContext } from '../../src/engine/extractor.ts';
import type { MoneyRecord } from '../../src/model/records.ts';

const config = parseConfig({ referenceCurrency: 'CNY', fx: { asOf: '2025-02-07', rates: { CNY: 1, USD: 7.3, HKD: 0.93 } } }, '.');

function context(text: string): ExtractContext {
  return { article: articleFromText(text, { publishedAt: '2025-02-07' }, 'a1'), scan: scanText(text, []) };
}

/** A money draft over the first occurrence of `mention` in `text`. */
function money(text: string, mention: string, amount: number, currency: string, from = 0): Draft<'money'> {
  const start = text.indexOf(mention, from);
  return { type: 'money', start, end: start + mention.length, rule: 'money/zh/test', priority: 0, fields: { amount, amountExact: String(amount), currency } };
}

describe('FX enrichment', () => {
  it('puts every amount in the reference currency with its rate and as-of date', () => {
    const text = '营收557.6万美元，净利润3亿元';
    const drafts: AnyDraft[] = [money(text, '557.6万美元', 5576000, 'USD'), money(text, '3亿元', 3e8, 'CNY')];
    enrichFx(drafts, context(text), config, new Reporter('enrich'));
    expect(drafts[0]!.fields).toMatchObject({ referenceCurrency: 'CNY', fxRate: 7.3, fxAsOf: '2025-02-07' });
    expect((drafts[0] as Draft<'money'>).fields.referenceAmount).toBeCloseTo(40704800, 3);
    expect(drafts[1]!.fields).toMatchObject({ referenceAmount: 3e8, fxRate: 1 });
  });

  it('converts through the table when the reference currency is not its base', () => {
    const usd = parseConfig({ referenceCurrency: 'USD', fx: { asOf: '2025-02-07', rates: { CNY: 1, USD: 7.3 } } }, '.');
    const text = '投资73亿元';
    const drafts: AnyDraft[] = [money(text, '73亿元', 7.3e9, 'CNY')];
    enrichFx(drafts, context(text), usd, new Reporter('enrich'));
    expect((drafts[0] as Draft<'money'>).fields.referenceAmount).toBeCloseTo(1e9, 3);
  });

  it('warns once per article about each currency missing from the table, and still keeps the amounts', () => {
    const text = '售价100欧元，另一款120欧元，还有1000卢比';
    const drafts: AnyDraft[] = [money(text, '100欧元', 100, 'EUR'), money(text, '120欧元', 120, 'EUR'), money(text, '1000卢比', 1000, 'INR')];
    const reporter = new Reporter('enrich');
    enrichFx(drafts, context(text), config, reporter);
    expect(reporter.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['enrich/fx-rate-missing', 'warning'],
      ['enrich/fx-rate-missing', 'warning'],
    ]);
    expect(reporter.diagnostics[0]!.message).toContain('EUR');
    expect(reporter.diagnostics[1]!.message).toContain('INR');
    expect(drafts.every((d) => d.type === 'money' && d.fields.referenceAmount === undefined)).toBe(true);
  });

  it('links a conversion in brackets or after 折合 to the amount it converts, by the id validation stamps', () => {
    const text = '市值蒸发近6000亿美元(约合4.3万亿元人民币)，另有100亿港元，折合约93亿元。';
    const drafts: AnyDraft[] = [
      money(text, '近6000亿美元', 6e11, 'USD'),
      money(text, '约合4.3万亿元人民币', 4.3e12, 'CNY'),
      money(text, '100亿港元', 1e10, 'HKD'),
      money(text, '93亿元', 9.3e9, 'CNY'),
    ];
    const ctx = context(text);
    enrichFx(drafts, ctx, config, new Reporter('enrich'));
    const records = validateDrafts(drafts, ctx, new Reporter('validate')) as MoneyRecord[];
    expect(records[1]!.convertedFrom).toBe(records[0]!.id);
    expect(records[3]!.convertedFrom).toBe(records[2]!.id);
    expect(records[0]!.convertedFrom).toBeUndefined();
    expect(records[2]!.convertedFrom).toBeUndefined();
  });

  it('does not link amounts that merely follow each other', () => {
    const text = '营收10亿元，净利润1亿美元；成本5亿元(其中2亿元为人工)';
    const drafts: AnyDraft[] = [
      money(text, '10亿元', 1e9, 'CNY'),
      money(text, '1亿美元', 1e8, 'USD'),
      money(text, '5亿元', 5e8, 'CNY'),
      money(text, '2亿元', 2e8, 'CNY'),
    ];
    enrichFx(drafts, context(text), config, new Reporter('enrich'));
    expect(drafts.map((d) => (d as Draft<'money'>).fields.convertedFrom)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
