import type { ScanExtraction, ScanRule } from '../../engine/extractor.ts';
import type { Span } from '../../model/span.ts';
import { clauseCommaWithin, numeralRuns, parseNumeral, type Numeral } from '../../text/numerals.ts';
import { NUMERAL_UNITS, unitReader, type QuantityUnit } from '../../lexicon/quantity-units.ts';
import { quantityFields } from './fields.ts';
import { codeUnitSet } from '../../text/code-units.ts';

const unitAfter = unitReader(NUMERAL_UNITS);
/** The numeral run swallows the 千 of 千瓦 and the 兆 of 兆瓦 (a big unit to it): such a unit begins one character back. */
const UNIT_INITIALS_IN_RUN = codeUnitSet('千兆');
const DIGITS_OR_SCALE = /[\d万亿萬億]/;
/** 一家公司, 一台电脑: before a counting word a lone 一 is the article "a", not a count; 一吨 is a measure. */
const ONE = codeUnitSet('一壹');
const COUNTED: ReadonlySet<QuantityUnit['measure']> = new Set(['shares', 'lots', 'companies', 'people', 'items']);
/** What a count never follows: a Latin letter or _ (H800 is a name), 第 (a rank) or 每 (a base). */
const NO_COUNT_AFTER = codeUnitSet('第每_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
const FRONT = '前'.charCodeAt(0);
const RANK = '排'.charCodeAt(0);
/** 两市超3600股上涨: a number of 股 that rise or fall is a number of stocks, not of shares. */
const STOCKS_MOVE = /(?:上涨|下跌|涨停|跌停|飘红|翻红|翻绿|收涨|收跌|红盘|绿盘|涨|跌)/y;
const STOCKS: QuantityUnit = { source: '股', unit: '只', measure: 'items' };

/** Where a number and its unit meet: the unit, and the run shortened when the unit began inside it. */
function unitAfterRun(scan: string, run: Span): { unit: QuantityUnit; numberEnd: number; end: number } | undefined {
  if (run.end - run.start > 1 && UNIT_INITIALS_IN_RUN[scan.charCodeAt(run.end - 1)] === 1) {
    const inRun = unitAt(scan, run.end - 1);
    if (inRun) return inRun;
  }
  return unitAt(scan, run.end);
}

function unitAt(scan: string, at: number): { unit: QuantityUnit; numberEnd: number; end: number } | undefined {
  const found = unitAfter(scan, at);
  return found ? { unit: found.unit, numberEnd: at, end: at + found.length } : undefined;
}

/** Whether the words before the number make it a rank (第3名, 前10名) or a base (每10股派3元) rather than a count. */
function notACount(scan: string, start: number, unit: QuantityUnit): boolean {
  const before = scan.charCodeAt(start - 1);
  if (NO_COUNT_AFTER[before] === 1) return true;
  return unit.unit === '名' && (before === FRONT || before === RANK);
}

/**
 * Chinese quantities: a number and its unit word (2042.215万股, 12.5万手, 四家公司, 2000人, 2048块,
 * 500万吨, 10万千瓦, 3GWh), the scale folded into the value, so that shares are never money.
 */
export const zhQuantity: ScanRule<'quantity'> = {
  id: 'quantity/zh/unit-word',
  type: 'quantity',
  lang: 'any',
  scan(ctx) {
    const extractions: ScanExtraction<'quantity'>[] = [];
    const { scan } = ctx;
    for (const run of numeralRuns(scan)) {
      const found = unitAfterRun(scan, run);
      if (!found) continue;
      STOCKS_MOVE.lastIndex = found.end;
      const unit = found.unit.unit === '股' && STOCKS_MOVE.test(scan) ? STOCKS : found.unit;
      // 20，300股: after a clause comma the number is 300, as money reads it.
      const comma = clauseCommaWithin(ctx.article.text, run.start, found.numberEnd);
      const start = comma >= 0 ? comma + 1 : run.start;
      if (notACount(scan, start, unit)) continue;
      const num = scan.slice(start, found.numberEnd);
      if ((num.length === 1 && ONE[num.charCodeAt(0)] === 1 && COUNTED.has(unit.measure)) || (unit.needsDigits && !DIGITS_OR_SCALE.test(num))) continue;
      const numeral: Numeral | null = parseNumeral(num);
      if (!numeral || numeral.value < 0) continue;
      const mention = quantityFields(ctx, { numeral, unit: unit.unit, measure: unit.measure, start, end: found.end });
      // Below every other figure: where money, a percent or a date reads the same characters, it wins.
      extractions.push({ fields: mention.fields, start: mention.start, end: mention.end, priority: -1 });
    }
    return extractions;
  },
  examples: [
    { text: '拟减持不超过2042.215万股公司股份', mention: '不超过2042.215万股', expect: { value: 20422150, valueExact: '20422150', unit: '股', measure: 'shares', qualifier: 'at_most' } },
    { text: '公司总股本为12.3亿股', mention: '12.3亿股', expect: { value: 1230000000, unit: '股' } },
    { text: '当日成交12.5万手', mention: '12.5万手', expect: { value: 125000, unit: '手', measure: 'lots' } },
    { text: '四家公司同日发布公告', mention: '四家', expect: { value: 4, unit: '家', measure: 'companies' } },
    { text: '带动就业超10万人', mention: '超10万人', expect: { value: 100000, unit: '人', qualifier: 'more_than' } },
    { text: '公司共有3名高管辞职', mention: '3名', expect: { value: 3, unit: '名', measure: 'people' } },
    { text: '用2048块英伟达H800 GPU训练', mention: '2048块', expect: { value: 2048, unit: '块', measure: 'items' } },
    { text: '全年交付汽车30万辆', mention: '30万辆', expect: { value: 300000, unit: '辆' } },
    { text: '销售手机1200万部', mention: '1200万部', expect: { value: 12000000, unit: '部' } },
    { text: '部署服务器5000台', mention: '5000台', expect: { value: 5000, unit: '台' } },
    { text: '两市超3600股下跌', mention: '超3600股', expect: { value: 3600, unit: '只', measure: 'items', qualifier: 'more_than' } },
    { text: '办理了四笔股票质押', mention: '四笔', expect: { value: 4, unit: '笔', measure: 'items' } },
    { text: '逾200只个股涨停', mention: '逾200只', expect: { value: 200, unit: '只', qualifier: 'more_than' } },
    { text: '年产能500万吨', mention: '500万吨', expect: { value: 5000000, unit: '吨', measure: 'weight' } },
    { text: '装机容量10万千瓦', mention: '10万千瓦', expect: { value: 100000, unit: '千瓦', measure: 'power' } },
    { text: '一期规划300兆瓦', mention: '300兆瓦', expect: { value: 300, unit: '兆瓦', measure: 'power' } },
    { text: '全年发电量2.5亿千瓦时', mention: '2.5亿千瓦时', expect: { value: 250000000, unit: '千瓦时', measure: 'energy' } },
    { text: '节约用电1000万度电', mention: '1000万度电', expect: { value: 10000000, unit: '千瓦时' } },
    { text: '电池出货量达到20GWh', mention: '20GWh', expect: { value: 20, unit: '吉瓦时', measure: 'energy' } },
    { text: '在墨尔本缴获近一吨冰毒', mention: '近一吨', expect: { value: 1, unit: '吨', qualifier: 'nearly' } },
    { text: '日产原油100万桶', mention: '100万桶', expect: { value: 1000000, unit: '桶', measure: 'volume' } },
    { text: '养殖小龙虾387万亩', mention: '387万亩', expect: { value: 3870000, unit: '亩', measure: 'area' } },
    { text: '全国有数千家企业受影响', mention: '数千家', expect: { value: 1000, valueMin: 1000, valueMax: 10000, qualifier: 'approx' } },
    { text: '员工人数减少了500人', mention: '500人', expect: { value: 500, direction: 'down' } },
    { text: '新增就业岗位3000人以上', mention: '3000人以上', expect: { value: 3000, qualifier: 'more_than' } },
  ],
  negatives: [
    '一只蝴蝶飞过', '一家公司', '一股热潮', '做好两手准备', '两块牌子', '2025年', '1月27日', '第3名', '排名前10名',
    '每10股派发现金红利3元', '100人民币', '5块钱', '三人民币', 'GPT-4o', 'H800', '3股东', '台湾', '四川', '一切', '第六位',
    '十部门联合发文', '5只蝴蝶', '30度',
  ],
};
