import type { ScanExtraction, ScanRule } from '../../engine/extractor.ts';
import { numeralRuns, parseNumeral } from '../../text/numerals.ts';
import { codeUnitSet } from '../../text/code-units.ts';
import { qualifierWordBefore } from '../../lexicon/qualifiers.ts';
import { clauseBefore } from '../../lexicon/clause.ts';
import { BARE_UNIT, moneyFields } from './fields.ts';

// Only what may follow a bare amount: an end of clause, or a word that keeps it money (资金).
// 4176亿块, 2042.215万股, 1200万像素 and 10万亿次 are followed by their unit and so never match.
// A lookahead, matching empty: tried after every run that ends in a scale.
// 6亿遭秒杀, 6亿被冻结: a passive verb after the amount ends the noun phrase too.
const END_AFTER = /(?=[\s,.;!?。，；！？、)）」”"'】]|$|资金|的|左右|以上|遭|被)/y;
/** What a bare amount ends in: most runs end in none, and skip the slice and the patterns. */
const SCALES = codeUnitSet('万亿萬億');

/**
 * Words that make the clause about money: a bare 6.5亿 after 减值准备 is 6.5亿元, and funds and
 * bonds raised or traded (私募6亿, 公募狂卖1400亿, 新增地方政府债券28951亿) are money. 规模 counts only
 * with a money-shaped head (销售规模, 管理规模), since 用户规模 and 人口规模 count people.
 */
const MONEY_CONTEXT =
  /(?:销售|管理|发行|基金|交易|市场|贷款|信贷|业务|经营|理财|债券|投资)规模|减值|准备|兑付|营收|收入|融资|市值|金额|利润|资产|投资|净利|亏损|成交额|募资|募集|总额|资金|估值|损失|蒸发|暴涨|暴跌|缩水|销售额|贷款|债务|负债|赔偿|罚款|拨备|计提|收购|现金|资本|价值|花费|耗资|预算|补贴|中标|合同|费用|成本|开支|支出|营业额|交易额|回购|分红|净流入|净流出|余额|身家|财富|薪酬|年薪|罚没|奖金|债券|私募|公募|卖出|买入|净买入|净卖出|抛售|狂卖|吸金/;

/**
 * Amounts with a scale but no currency word, in a clause that is about money: CNY, marked
 * `currencyInferred` (兴业证券计提减值准备6.5亿, 市值约260亿).
 */
export const zhInferredAmount: ScanRule<'money'> = {
  id: 'money/zh/inferred-currency',
  type: 'money',
  lang: 'zh',
  scan(ctx) {
    const extractions: ScanExtraction<'money'>[] = [];
    const { scan } = ctx;
    for (const run of numeralRuns(scan)) {
      if (SCALES[scan.charCodeAt(run.end - 1)] !== 1) continue;
      END_AFTER.lastIndex = run.end;
      if (!END_AFTER.test(scan)) continue;
      const num = scan.slice(run.start, run.end);
      // 千万 alone is a unit, unless a qualifier makes it an amount: 年销售额过千万, 估值逾百亿.
      const qualifier = qualifierWordBefore(scan, run.start);
      if (BARE_UNIT.test(num) && !qualifier) continue;
      if (!MONEY_CONTEXT.test(clauseBefore(scan, run.start, 24))) continue;
      const numeral = parseNumeral(num);
      if (!numeral) continue;
      extractions.push(moneyFields(ctx, {
        numeral,
        currency: 'CNY',
        inferred: true,
        qualifierWord: qualifier?.word,
        start: qualifier?.start ?? run.start,
        end: run.end,
      }));
    }
    return extractions;
  },
  examples: [
    { text: '踩雷长生生物、中弘股份等 兴业证券计提减值准备6.5亿 2018-12-28', mention: '6.5亿', expect: { amount: 650000000, currency: 'CNY', currencyInferred: true } },
    { text: '29.9亿股对应市值约260亿资金。', mention: '约260亿', expect: { amount: 26000000000, currency: 'CNY', qualifier: 'approx', currencyInferred: true } },
    { text: '这只巨无霸暴涨160亿！', mention: '160亿', expect: { amount: 16000000000, currencyInferred: true } },
    { text: '头部房企的销售规模达到3000亿，门槛随之抬高', mention: '3000亿', expect: { amount: 300000000000, currency: 'CNY', currencyInferred: true } },
    { text: '培育一批年销售额过千万的品牌', mention: '过千万', expect: { amount: 1e7, currency: 'CNY', qualifier: 'more_than', currencyInferred: true } },
    { text: '某私募6亿遭“抢光”，另有公募狂卖1400亿 年底为何这样热？', mention: '6亿', expect: { amount: 6e8, currency: 'CNY', currencyInferred: true } },
    { text: '某私募6亿遭“抢光”，另有公募狂卖1400亿 年底为何这样热？', mention: '1400亿', expect: { amount: 1.4e11, currency: 'CNY' } },
    { text: '1-8月新增专项债券8000亿 发行进度加快', mention: '8000亿', expect: { amount: 8e11, currency: 'CNY' } },
    { text: '及线下需要兑付的总盘子260亿左右，', mention: '260亿左右', expect: { amount: 26000000000, qualifier: 'approx' } },
  ],
  negatives: ['私募基金6亿份', '债券6亿张', '营收共计4176亿块', '减持2042.215万股', '计提1200万像素', '投资10万亿次', '用户超过6亿。', '用户规模达到6亿。', '2025年', '1月27日', '四川', '一切', '第六位', '一只'],
};
