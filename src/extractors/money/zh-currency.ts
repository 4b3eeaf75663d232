import type { PatternRule } from '../../engine/extractor.ts';
import { NUMERAL_SOURCE, clauseCommaWithin, parseNumeral } from '../../text/numerals.ts';
import { groupSpan } from '../../engine/extractor.ts';
import { ZH_QUALIFIER_SOURCE } from '../../lexicon/qualifiers.ts';
import { ZH_CURRENCY_PREFIXES, ZH_CURRENCY_SUFFIXES, alternation, currencyNamed } from '../../lexicon/currencies.ts';
import { BARE_UNIT, moneyFields } from './fields.ts';

// 元 also begins words that are no currency after a number (2元旦 never occurs, but 3元素 does).
const SUFFIX = `(?:${alternation(ZH_CURRENCY_SUFFIXES)})(?![旦素宇件器首老朝帅])`;

const PATTERN = new RegExp(
  `(?<qual>${ZH_QUALIFIER_SOURCE})?(?<prefix>${alternation(ZH_CURRENCY_PREFIXES)})?[ ]?(?<qual2>${ZH_QUALIFIER_SOURCE})?` +
    `(?<num>${NUMERAL_SOURCE})[ ]?个?(?<suffix>${SUFFIX})?`,
  'gd',
);

/** Chinese amounts with a currency word before or after: 人民币6.08亿元, 557.6万美元, 约合4.3万亿元人民币, 30港仙. */
export const zhCurrencyAmount: PatternRule<'money'> = {
  id: 'money/zh/currency-word',
  type: 'money',
  lang: 'zh',
  pattern: PATTERN,
  extract(match, ctx) {
    const { prefix, suffix, qual, qual2 } = match.groups!;
    let { num } = match.groups!;
    let start = match.index;
    if (!prefix && !suffix) return null;
    // 20，300美圆 is 300 USD after a clause comma, not 20,300.
    const numSpan = groupSpan(match, 'num')!;
    const comma = clauseCommaWithin(ctx.article.text, numSpan.start, numSpan.end);
    if (comma >= 0) {
      start = comma + 1;
      num = ctx.scan.slice(start, numSpan.end);
    }
    // A prefix alone needs a scale (人民币5000万); 美元 before a bare number is usually a name (美元2号).
    if (!suffix && !/[万亿千百]$/.test(num!)) return null;
    // 百万元 alone is a unit (营业收入（百万元）), not an amount: an amount starts with a digit.
    if (BARE_UNIT.test(num!)) return null;
    const numeral = parseNumeral(num!);
    if (!numeral) return null;
    const noQualifier = start !== match.index;
    const suffixName = suffix ? currencyNamed(ZH_CURRENCY_SUFFIXES, suffix) : undefined;
    const prefixName = prefix ? currencyNamed(ZH_CURRENCY_PREFIXES, prefix) : undefined;
    // 港币100万元: the prefix names the currency and 元 is only the unit.
    const currency = suffixName && suffixName.name !== '元' ? suffixName : (prefixName ?? suffixName)!;
    const { fields, end } = moneyFields(ctx, {
      numeral,
      currency: currency.code,
      factor: currency === suffixName ? suffixName.factor : undefined,
      qualifierWord: noQualifier ? undefined : qual2 ?? qual,
      start,
      end: match.index + match[0].length,
    });
    return { start, end, fields };
  },
  examples: [
    { text: '这个预训练费用只有557.6万美元。', mention: '557.6万美元', expect: { amount: 5576000, amountExact: '5576000', currency: 'USD' } },
    { text: '市值蒸发近6000亿美元(约合4.3万亿元人民币)', mention: '近6000亿美元', expect: { amount: 600000000000, currency: 'USD', qualifier: 'nearly' } },
    { text: '市值蒸发近6000亿美元(约合4.3万亿元人民币)', mention: '约合4.3万亿元人民币', expect: { amount: 4300000000000, currency: 'CNY', qualifier: 'approx' } },
    { text: '累计计提减值准备共计人民币6.08亿元', mention: '人民币6.08亿元', expect: { amount: 608000000, currency: 'CNY' } },
    { text: '计提资产减值准备人民币45,143.47万元。', mention: '人民币45,143.47万元', expect: { amount: 451434700, currency: 'CNY' } },
    { text: '资本支出预计至少将达到3000亿美元。', mention: '3000亿美元', expect: { amount: 300000000000, currency: 'USD', qualifier: 'at_least' } },
    { text: '以每股1.95港元收购', mention: '1.95港元', expect: { amount: 1.95, currency: 'HKD', per: 'share' } },
    { text: '每股亏损0.8港仙', mention: '0.8港仙', expect: { amount: 0.008, currency: 'HKD', per: 'share' } },
    { text: '每股派息30港仙', mention: '30港仙', expect: { amount: 0.3, currency: 'HKD' } },
    { text: '东芝重组另需1万亿日元', mention: '1万亿日元', expect: { amount: 1e12, currency: 'JPY' } },
    { text: '央行到期定存单5306亿台币', mention: '5306亿台币', expect: { amount: 530600000000, currency: 'TWD' } },
    { text: '新台币300亿元', mention: '新台币300亿元', expect: { amount: 30000000000, currency: 'TWD' } },
    { text: '英镑兑美元报1.27美元', mention: '1.27美元', expect: { amount: 1.27, currency: 'USD' } },
    { text: '融资金额为50亿卢布', mention: '50亿卢布', expect: { amount: 5e9, currency: 'RUB' } },
    { text: '出售价格为3亿欧元', mention: '3亿欧元', expect: { amount: 3e8, currency: 'EUR' } },
    { text: '韩国投入2万亿韩元', mention: '2万亿韩元', expect: { amount: 2e12, currency: 'KRW' } },
    { text: '我有一千元', mention: '一千元', expect: { amount: 1000, currency: 'CNY' } },
    { text: '在下面的价格中选一个，$20，300美圆', mention: '300美圆', expect: { amount: 300, currency: 'USD' } },
    { text: '我有20个比特币', mention: '20个比特币', expect: { amount: 20, currency: 'XBT' } },
    { text: '每百万输入token收取0.55美元', mention: '0.55美元', expect: { amount: 0.55, currency: 'USD', per: '1M input tokens' } },
    { text: '相应收费分别为15美元/百万和60美元/百万', mention: '15美元/百万', expect: { amount: 15, currency: 'USD', per: '1M' } },
    { text: '发行价格为8.69元/股', mention: '8.69元/股', expect: { amount: 8.69, per: 'share' } },
    { text: '涉案金额三十几万元', mention: '三十几万元', expect: { amount: 300000, amountMin: 300000, amountMax: 400000, qualifier: 'approx' } },
    { text: '获得二百余万元补贴', mention: '二百余万元', expect: { amount: 2000000, amountMin: 2000000, amountMax: 3000000, qualifier: 'approx' } },
    { text: '投入一千多万元', mention: '一千多万元', expect: { amount: 10000000, amountMax: 20000000, qualifier: 'approx' } },
    { text: '损失数千万元', mention: '数千万元', expect: { amount: 10000000, qualifier: 'approx' } },
    { text: '将减少公司净利润4.88亿元', mention: '4.88亿元', expect: { amount: 488000000, direction: 'down' } },
    { text: '亏损-5,371,666.75元', mention: '-5,371,666.75元', expect: { amount: -5371666.75, amountExact: '-5371666.75' } },
    { text: '中标价壹佰万元整', mention: '壹佰万元', expect: { amount: 1000000 } },
    { text: '投资50万元左右', mention: '50万元左右', expect: { amount: 500000, qualifier: 'approx' } },
  ],
  negatives: ['营业收入（百万元）：2,891,17', '2042.215万股', '1200万像素', '2025年', '1月27日', '元旦', '四川', '一切', '第六位', '一只', '3元素'],
};
