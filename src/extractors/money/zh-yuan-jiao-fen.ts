import type { PatternRule } from '../../engine/extractor.ts';
import { NUMERAL_SOURCE, parseNumeral } from '../../text/numerals.ts';
import { Decimal } from 'decimal.js';
import { moneyFields } from './fields.ts';

const PATTERN = new RegExp(
  `(?<yuan>${NUMERAL_SOURCE})[元块](?:(?<jiao>${NUMERAL_SOURCE})[角毛])?(?:(?<fen>${NUMERAL_SOURCE})分(?![之钟析]))?`,
  'gd',
);

/** Yuan with jiao and fen: 50元6角三分 → 50.63 CNY, 五元三毛 → 5.3 CNY. */
export const zhYuanJiaoFen: PatternRule<'money'> = {
  id: 'money/zh/yuan-jiao-fen',
  type: 'money',
  lang: 'zh',
  pattern: PATTERN,
  extract(match, ctx) {
    const { yuan, jiao, fen } = match.groups!;
    if (!jiao && !fen) return null;
    const parts = [parseNumeral(yuan!), jiao ? parseNumeral(jiao) : null, fen ? parseNumeral(fen) : null];
    if (!parts[0] || (jiao && !parts[1]) || (fen && !parts[2])) return null;
    if ((parts[1] && parts[1].value >= 10) || (parts[2] && parts[2].value >= 10)) return null;
    const exact = new Decimal(parts[0].exact)
      .plus(new Decimal(parts[1]?.exact ?? 0).div(10))
      .plus(new Decimal(parts[2]?.exact ?? 0).div(100))
      .toFixed();
    const { fields, start, end } = moneyFields(ctx, {
      numeral: { value: Number(exact), exact },
      currency: 'CNY',
      start: match.index,
      end: match.index + match[0].length,
    });
    return { start, end, fields, priority: 1 };
  },
  examples: [
    { text: '50元6角三分', expect: { amount: 50.63, amountExact: '50.63', currency: 'CNY' } },
    { text: '这个手机壳五元三毛', mention: '五元三毛', expect: { amount: 5.3 } },
  ],
  negatives: ['五角大楼宣布了作战计划', '3元', '得了50分'],
};
