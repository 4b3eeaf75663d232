import type { PatternRule } from '../../engine/extractor.ts';
import { groupSpan } from '../../engine/extractor.ts';
import { parseNumeral } from '../../text/numerals.ts';
import { ZH_CURRENCY_SUFFIXES, currencyNamed } from '../../lexicon/currencies.ts';
import { zhScaleFactor } from './scale.ts';
import { moneyFields } from './fields.ts';

// Width-folded, so （百万元）： reads (百万元):.
const PATTERN = /\((?:单位:)?(?<scale>百万|千万|亿|万|千)?(?<currency>美元|港元|人民币|元)\):?[ ]*(?<num>-?\d[\d,]*(?:\.\d+)?)(?![\d.%])/dg;

/** A figure after a unit label, as in tables and rankings: 营业收入（百万元）：2,891,179 → 2.891179e12 CNY. */
export const zhUnitLabel: PatternRule<'money'> = {
  id: 'money/zh/unit-label',
  type: 'money',
  lang: 'zh',
  pattern: PATTERN,
  extract(match, ctx) {
    const { scale, currency, num } = match.groups!;
    const numeral = parseNumeral(num!);
    const name = currencyNamed(ZH_CURRENCY_SUFFIXES, currency!);
    if (!numeral || !name) return null;
    const span = groupSpan(match, 'num')!;
    const mention = moneyFields(ctx, {
      numeral,
      currency: name.code,
      factor: scale ? zhScaleFactor(scale) : '1',
      start: span.start,
      end: span.end,
    });
    return { start: mention.start, end: mention.end, fields: mention.fields, priority: 1 };
  },
  examples: [
    { text: '1中国石油化工股份有限公司营业收入（百万元）：2,891,179', mention: '2,891,179', expect: { amount: 2891179000000, currency: 'CNY' } },
    { text: '净利润（万美元）：1,234.5', mention: '1,234.5', expect: { amount: 12345000, currency: 'USD' } },
  ],
  negatives: ['营业收入（百万元）', '同比增长（%）：12.5', '(18.910,0.34,1.83%)'],
};
