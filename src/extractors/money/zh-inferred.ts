import type { PatternRule } from '../../engine/extractor.ts';
import { NUMERAL_SOURCE, parseNumeral } from '../../text/numerals.ts';
import { ZH_QUALIFIER_SOURCE } from '../../lexicon/qualifiers.ts';
import { clauseBefore } from '../../lexicon/clause.ts';
import { BARE_UNIT, moneyFields } from './fields.ts';

// Only what may follow a bare amount: an end of clause, or a word that keeps it money (资金).
// 4176亿块, 2042.215万股, 1200万像素 and 10万亿次 are followed by their unit and so never match.
const PATTERN = new RegExp(
  `(?<qual>${ZH_QUALIFIER_SOURCE})?(?<num>${NUMERAL_SOURCE})(?=[\\s,.;!?。，；！？、)）」”"'】]|$|资金|的|左右|以上)`,
  'gd',
);

/** Words that make the clause about money: a bare 6.5亿 after 减值准备 is 6.5亿元. */
const MONEY_CONTEXT =
  /减值|准备|营收|收入|融资|市值|金额|利润|资产|投资|净利|亏损|成交额|募资|募集|总额|资金|估值|损失|蒸发|暴涨|暴跌|缩水|销售额|贷款|债务|负债|赔偿|罚款|拨备|计提|收购|现金|资本|价值|花费|耗资|预算|补贴|中标|合同|费用|成本|开支|支出|营业额|交易额|回购|分红|净流入|净流出|余额|身家|财富|薪酬|年薪|罚没|奖金/;

/**
 * Amounts with a scale but no currency word, in a clause that is about money: CNY, marked
 * `currencyInferred` (兴业证券计提减值准备6.5亿, 市值约260亿).
 */
export const zhInferredAmount: PatternRule<'money'> = {
  id: 'money/zh/inferred-currency',
  type: 'money',
  lang: 'zh',
  pattern: PATTERN,
  extract(match, ctx) {
    const { num, qual } = match.groups!;
    if (!/[万亿萬億]$/.test(num!)) return null;
    if (!MONEY_CONTEXT.test(clauseBefore(ctx.scan, match.index, 24))) return null;
    // 百万元 alone is a unit (营业收入（百万元）), not an amount: an amount starts with a digit.
    if (BARE_UNIT.test(num!)) return null;
    const numeral = parseNumeral(num!);
    if (!numeral) return null;
    const { fields, start, end } = moneyFields(ctx, {
      numeral,
      currency: 'CNY',
      inferred: true,
      qualifierWord: qual,
      start: match.index,
      end: match.index + match[0].length,
    });
    return { start, end, fields };
  },
  examples: [
    { text: '踩雷长生生物、中弘股份等 兴业证券计提减值准备6.5亿 2018-12-28', mention: '6.5亿', expect: { amount: 650000000, currency: 'CNY', currencyInferred: true } },
    { text: '29.9亿股对应市值约260亿资金。', mention: '约260亿', expect: { amount: 26000000000, currency: 'CNY', qualifier: 'approx', currencyInferred: true } },
    { text: '这只巨无霸暴涨160亿！', mention: '160亿', expect: { amount: 16000000000, currencyInferred: true } },
  ],
  negatives: ['营收共计4176亿块', '减持2042.215万股', '计提1200万像素', '投资10万亿次', '用户超过6亿。', '2025年', '1月27日', '四川', '一切', '第六位', '一只'],
};
