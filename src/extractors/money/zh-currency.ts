import type { ScanExtraction, ScanRule } from '../../engine/extractor.ts';
import { CHINESE_NUMERAL_CHARS, clauseCommaWithin, numeralRuns, parseNumeral } from '../../text/numerals.ts';
import { ZH_QUALIFIER_SOURCE, qualifierWordBefore } from '../../lexicon/qualifiers.ts';
import { ZH_CURRENCY_PREFIXES, ZH_CURRENCY_SUFFIXES, alternation, currencyNamed, currencySuffixMayStart } from '../../lexicon/currencies.ts';
import { BARE_UNIT, moneyFields } from './fields.ts';
import { codeUnitSet } from '../../text/code-units.ts';

// 元 also begins words that are no currency after a number (2元旦 never occurs, but 3元素 does).
export const SUFFIX_AFTER = new RegExp(`[ ]?个?(${alternation(ZH_CURRENCY_SUFFIXES)})(?![旦素宇件器首老朝帅])`, 'y');
const SPACE = ' '.charCodeAt(0);
const GE = '个'.charCodeAt(0);

/** Whether a currency word can follow at `at`, after a space and a 个 as SUFFIX_AFTER allows: a gate before it. */
export function maySuffix(scan: string, at: number): boolean {
  let i = at;
  if (scan.charCodeAt(i) === SPACE) i++;
  if (scan.charCodeAt(i) === GE) i++;
  return currencySuffixMayStart(scan, i);
}


// 人民币6.08亿元, 人民币约4.3万亿元: a currency word, and maybe a qualifier, right before the number.
export const PREFIX_BEFORE = new RegExp(`(${alternation(ZH_CURRENCY_PREFIXES)})[ ]?(${ZH_QUALIFIER_SOURCE})?$`);

const NUMERAL_CHAR = new RegExp(`[\\d${CHINESE_NUMERAL_CHARS}]`);
// A prefix ends at most a space and a qualifier before the number: most numerals have no prefix's
// last character (币, 元, 镑) that near, and skip the lookup.
const PREFIX_LAST = codeUnitSet(ZH_CURRENCY_PREFIXES.map(({ name }) => name[name.length - 1]!));
const PREFIX_REACH = 1 + 1 + Math.max(...ZH_QUALIFIER_SOURCE.split('|').map((word) => word.length));

export function mayFollowPrefix(scan: string, start: number): boolean {
  const limit = Math.max(0, start - PREFIX_REACH);
  for (let at = start - 1; at >= limit; at--) if (PREFIX_LAST[scan.charCodeAt(at)] === 1) return true;
  return false;
}

/** Chinese amounts with a currency word before or after: 人民币6.08亿元, 557.6万美元, 约合4.3万亿元人民币, 30港仙. */
export const zhCurrencyAmount: ScanRule<'money'> = {
  id: 'money/zh/currency-word',
  type: 'money',
  lang: 'zh',
  scan(ctx) {
    const extractions: ScanExtraction<'money'>[] = [];
    const { scan } = ctx;
    for (const run of numeralRuns(scan)) {
      SUFFIX_AFTER.lastIndex = run.end;
      const suffix = maySuffix(scan, run.end) ? SUFFIX_AFTER.exec(scan) : null;
      let before = mayFollowPrefix(scan, run.start) ? PREFIX_BEFORE.exec(scan.slice(Math.max(0, run.start - 7), run.start)) : null;
      // 4人民币5美元: a currency word right after another number is that number's, not a prefix.
      if (before && NUMERAL_CHAR.test(scan[run.start - before[0].length - 1] ?? '')) before = null;
      if (!suffix && !before) continue;
      let num = scan.slice(run.start, run.end);
      // A prefix alone needs a scale (人民币5000万); 美元 before a bare number is usually a name (美元2号).
      if (!suffix && !/[万亿千百]$/.test(num)) continue;
      let start = before ? run.start - before[0].length : run.start;
      // 20，300美圆 is 300 USD after a clause comma, not 20,300.
      const comma = clauseCommaWithin(ctx.article.text, run.start, run.end);
      if (comma >= 0) {
        if (before || !suffix) continue;
        start = comma + 1;
        num = scan.slice(start, run.end);
      }
      // 约合…, 近6000亿美元: a qualifier right before the mention belongs to it.
      const outer = comma >= 0 ? undefined : qualifierWordBefore(scan, start);
      if (outer) start = outer.start;
      // 百万元 alone is a unit (营业收入（百万元）), not an amount; 逾千万元 is one, as its qualifier says.
      if (BARE_UNIT.test(num) && !outer && !before?.[2]) continue;
      const numeral = parseNumeral(num);
      if (!numeral) continue;
      const suffixName = suffix ? currencyNamed(ZH_CURRENCY_SUFFIXES, suffix[1]!) : undefined;
      const prefixName = before ? currencyNamed(ZH_CURRENCY_PREFIXES, before[1]!) : undefined;
      // 港币100万元: the prefix names the currency and 元 is only the unit.
      const currency = suffixName && suffixName.name !== '元' ? suffixName : (prefixName ?? suffixName)!;
      const { fields, end } = moneyFields(ctx, {
        numeral,
        currency: currency.code,
        factor: currency === suffixName ? suffixName.factor : undefined,
        qualifierWord: before?.[2] ?? outer?.word,
        start,
        end: suffix ? run.end + suffix[0].length : run.end,
      });
      extractions.push({ start, end, fields });
    }
    return extractions;
  },
  examples: [
    { text: '这个预训练费用只有557.6万美元。', mention: '557.6万美元', expect: { amount: 5576000, amountExact: '5576000', currency: 'USD' } },
    { text: '市值蒸发近6000亿美元(约合4.3万亿元人民币)', mention: '近6000亿美元', expect: { amount: 600000000000, currency: 'USD', qualifier: 'nearly' } },
    { text: '市值蒸发近6000亿美元(约合4.3万亿元人民币)', mention: '约合4.3万亿元人民币', expect: { amount: 4300000000000, currency: 'CNY', qualifier: 'approx' } },
    { text: '累计计提减值准备共计人民币6.08亿元', mention: '人民币6.08亿元', expect: { amount: 608000000, currency: 'CNY' } },
    { text: '计提资产减值准备人民币45,143.47万元。', mention: '人民币45,143.47万元', expect: { amount: 451434700, currency: 'CNY' } },
    { text: '资本支出预计至少将达到3000亿美元。', mention: '3000亿美元', expect: { amount: 300000000000, currency: 'USD', qualifier: 'at_least' } },
    { text: '以每股1.95港元收购', mention: '1.95港元', expect: { amount: 1.95, currency: 'HKD', per: 'share' } },
    { text: '将完成每普通股6美元的首次公开募股', mention: '6美元', expect: { amount: 6, currency: 'USD', per: 'share' } },
    { text: '总额逾千万元', mention: '逾千万元', expect: { amount: 1e7, qualifier: 'more_than' } },
    { text: '全年芯片进口突破3000亿美元', mention: '突破3000亿美元', expect: { amount: 3e11, currency: 'USD', qualifier: 'more_than' } },
    { text: '方案经过3亿元增资后生效', mention: '3亿元', expect: { amount: 3e8, qualifier: undefined } },
    { text: '借贷余额大于2亿元', mention: '大于2亿元', expect: { amount: 2e8, qualifier: 'more_than' } },
    { text: '截至午间收盘，该股报3.27元，涨2.1%。', mention: '3.27元', expect: { amount: 3.27, per: 'share' } },
    { text: '截至收盘，该股报收12.3元，下跌2%。', mention: '12.3元', expect: { amount: 12.3, per: 'share' } },
    { text: '该公司股价盘中创出历史新高56.8港元。', mention: '56.8港元', expect: { amount: 56.8, currency: 'HKD', per: 'share' } },
    { text: '某某股份复牌后再度跌破2元关口。', mention: '跌破2元', expect: { amount: 2, qualifier: 'less_than', direction: 'down', per: 'share' } },
    { text: '某某科技（SZ 300001，收盘价：12.35元）晚间发布公告', mention: '12.35元', expect: { amount: 12.35, per: 'share' } },
    { text: '减持价格区间为10.2元-11.5元', mention: '11.5元', expect: { amount: 11.5, per: 'share' } },
    { text: '预计营收区间为10.2元-11.5元', mention: '11.5元', expect: { amount: 11.5, per: undefined } },
    { text: '最新价：3.45元，昨收：3.40元', mention: '3.40元', expect: { amount: 3.4, per: 'share' } },
    { text: '公司注册资本：5000元', mention: '5000元', expect: { amount: 5000, per: undefined } },
    { text: '每股亏损0.8港仙', mention: '0.8港仙', expect: { amount: 0.008, currency: 'HKD', per: 'share' } },
    { text: '公司拟向全体股东每10股派发现金红利2.5元（含税）', mention: '2.5元', expect: { amount: 2.5, per: '10 shares' } },
    { text: '每股派息30港仙', mention: '30港仙', expect: { amount: 0.3, currency: 'HKD' } },
    { text: '东芝重组另需1万亿日元', mention: '1万亿日元', expect: { amount: 1e12, currency: 'JPY' } },
    { text: '央行到期定存单5306亿台币', mention: '5306亿台币', expect: { amount: 530600000000, currency: 'TWD' } },
    { text: '新台币300亿元', mention: '新台币300亿元', expect: { amount: 30000000000, currency: 'TWD' } },
    { text: '英镑兑美元报1.27美元', mention: '1.27美元', expect: { amount: 1.27, currency: 'USD' } },
    { text: '融资金额为50亿卢布', mention: '50亿卢布', expect: { amount: 5e9, currency: 'RUB' } },
    { text: '出售价格为3亿欧元', mention: '3亿欧元', expect: { amount: 3e8, currency: 'EUR' } },
    { text: '韩国投入2万亿韩元', mention: '2万亿韩元', expect: { amount: 2e12, currency: 'KRW' } },
    { text: '折合人民币约4.3万亿元', mention: '人民币约4.3万亿元', expect: { amount: 4.3e12, currency: 'CNY', qualifier: 'approx' } },
    { text: '我有一千元', mention: '一千元', expect: { amount: 1000, currency: 'CNY' } },
    { text: '在下面的价格中选一个，$20，300美圆', mention: '300美圆', expect: { amount: 300, currency: 'USD' } },
    { text: '我有20个比特币', mention: '20个比特币', expect: { amount: 20, currency: 'XBT' } },
    { text: '每百万输入token收取0.55美元', mention: '0.55美元', expect: { amount: 0.55, currency: 'USD', per: '1M input tokens' } },
    { text: '相应收费分别为15美元/百万和60美元/百万', mention: '15美元/百万', expect: { amount: 15, currency: 'USD', per: '1M' } },
    { text: '数据接口的收费从每项2毛钱到10块钱不等', mention: '2毛钱', expect: { amount: 0.2, currency: 'CNY', per: 'item' } },
    { text: '数据接口的收费从每项2毛钱到10块钱不等', mention: '10块钱', expect: { amount: 10, currency: 'CNY', per: 'item' } },
    { text: '一张门票的价格为300元', mention: '300元', expect: { amount: 300, per: '门票' } },
    { text: '一个月的订阅费用约为30美元', mention: '约为30美元', expect: { amount: 30, currency: 'USD', qualifier: 'approx', per: 'month' } },
    { text: '一个借款用户的查询成本通常在2元—10元之间，个别可达20元左右。', mention: '20元左右', expect: { amount: 20, qualifier: 'approx', per: '借款用户' } },
    { text: '一张门票的价格为300元，公司营收达到12亿元，去年只有800元。', mention: '800元', expect: { amount: 800, per: undefined } },
    { text: '一家公司的估值成本超过2亿元', mention: '超过2亿元', expect: { amount: 2e8, per: undefined } },
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
