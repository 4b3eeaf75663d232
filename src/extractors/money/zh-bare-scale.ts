import type { PatternRule } from '../../engine/extractor.ts';
import { ZH_QUALIFIER_SOURCE } from '../../lexicon/qualifiers.ts';
import { ZH_CURRENCY_SUFFIXES, currencyNamed } from '../../lexicon/currencies.ts';
import { CHINESE_NUMERAL_CHARS } from '../../text/numerals.ts';
import { moneyFields } from './fields.ts';
import { SUFFIX_AFTER } from './zh-currency.ts';

/** The scales a figure may be written as alone, one of them being meant: 亿 is 1亿, 万亿 1万亿. */
const SCALE: Readonly<Record<string, number>> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };

/**
 * 过 alone is `more than` before a figure (售价过万元), but it ends verbs too: not after these
 * (不过万元 is no figure's qualifier, 超过 is a qualifier of its own).
 */
const GUO = '(?<![通经不超越跨度])过';

/**
 * A qualifier and a scale alone before a currency word: 近亿元, 超亿美元, 过万元, 不足万元. The
 * numeral runs the other money rules read never open on 万 or 亿 (逾千万元 opens on 千), so these
 * figures, common in funding news (完成近亿元B轮融资), went unread. Without a qualifier a lone
 * scale is a unit (单位：万元), never read here.
 */
export const zhBareScale: PatternRule<'money'> = {
  id: 'money/zh/bare-scale',
  type: 'money',
  lang: 'zh',
  // Every match has a qualifier's last character, or 过, right before the scale.
  trigger: new RegExp(`[${[...new Set(ZH_QUALIFIER_SOURCE.split('|').map((word) => word.at(-1)))].join('')}过][万亿]`),
  pattern: new RegExp(`(?<![\\d${CHINESE_NUMERAL_CHARS}])(?<q>${ZH_QUALIFIER_SOURCE}|${GUO})(?<s>万亿|亿|万)(?![\\d${CHINESE_NUMERAL_CHARS}])`, 'g'),
  extract(match, ctx) {
    const { q, s } = match.groups!;
    const scaleEnd = match.index + match[0].length;
    SUFFIX_AFTER.lastIndex = scaleEnd;
    const suffix = SUFFIX_AFTER.exec(ctx.scan);
    // 万亿元 and 亿元 only: a scale with no currency word after it is a count (近万人).
    if (!suffix || suffix[0].startsWith(' ') || suffix[0].startsWith('个')) return null;
    const currency = currencyNamed(ZH_CURRENCY_SUFFIXES, suffix[1]!);
    if (!currency) return null;
    const value = SCALE[s!]!;
    const { fields, start, end } = moneyFields(ctx, {
      numeral: { value, exact: String(value) },
      currency: currency.code,
      factor: currency.factor,
      qualifierWord: q,
      start: match.index,
      end: scaleEnd + suffix[0].length,
    });
    return { fields, start, end };
  },
  examples: [
    { text: '某某科技宣布完成近亿元B轮融资', mention: '近亿元', expect: { amount: 1e8, currency: 'CNY', qualifier: 'nearly' } },
    { text: '获得超亿美元战略投资', mention: '超亿美元', expect: { amount: 1e8, currency: 'USD', qualifier: 'more_than' } },
    { text: '旗舰机型售价过万元', mention: '过万元', expect: { amount: 1e4, qualifier: 'more_than' } },
    { text: '单笔金额不足万元', mention: '不足万元', expect: { amount: 1e4, qualifier: 'less_than' } },
  ],
  negatives: ['近万人参加了活动', '月薪不过万元', '营业收入（万元）', '3亿元', '超千万元'],
};
