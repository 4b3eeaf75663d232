import type { ScanExtraction, ScanRule } from '../../engine/extractor.ts';
import { numeralRuns, parseNumeral, runSuffix, runsFollowedBy, type Numeral } from '../../text/numerals.ts';
import { percentFields } from './fields.ts';

const DIGITS: Record<string, number> = {
  一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

// 折 also begins words (折合, 折旧, 折算, 折价, 折扣, 折叠) and ends 一波三折: those are no discounts.
export const DISCOUNT_AFTER = runSuffix(/[ ]*折(?![合旧算价扣让损现叠腾射])/y, ' 折');
const WHOLE_WORD = /[对對半]折(?![合旧算价扣让损现叠腾射])/g;

/** Two digits read as one figure: 八五折 → 85, 7 2 折 → 72. */
function digitPair(text: string): Numeral | null {
  const digits = text.replace(/ /g, '');
  if (digits.length !== 2) return null;
  const [a, b] = [...digits].map((ch) => (/\d/.test(ch) ? Number(ch) : DIGITS[ch]));
  if (a === undefined || b === undefined || a === 0) return null;
  const value = a * 10 + b;
  return { value, exact: String(value) };
}

/** The share of the full price a discount numeral leaves: 八 → 80, 9.9 → 99, 75 → 75, 八五 → 85. */
function priceShare(text: string): Numeral | null {
  const numeral = parseNumeral(text, { spaces: true });
  if (numeral && numeral.min === undefined && numeral.value > 0 && numeral.value < 10) {
    const exact = String(Number((numeral.value * 10).toFixed(6)));
    return { value: Number(exact), exact };
  }
  if (numeral && /^\d{2}$/.test(text)) return numeral;
  return numeral ? null : digitPair(text);
}

/**
 * A discount, as the share of the full price it leaves: 八折 → 80%, 75折 → 75%, 9.9折 → 99%,
 * 八五折 → 85%, 打对折 → 50%.
 */
export const zhDiscount: ScanRule<'percent'> = {
  id: 'percent/zh/discount',
  type: 'percent',
  lang: 'zh',
  scan(ctx) {
    const extractions: ScanExtraction<'percent'>[] = [];
    const { scan } = ctx;
    for (const { index, run, after } of runsFollowedBy(scan, DISCOUNT_AFTER)) {
      if (scan[run.start - 1] === '波') continue;
      // 7 2 折: two digits written apart are one figure.
      const previous = numeralRuns(scan)[index - 1];
      const start = previous && /^\d$/.test(scan.slice(run.start, run.end)) && /^ +$/.test(scan.slice(previous.end, run.start)) && previous.end - previous.start === 1
        ? previous.start
        : run.start;
      const share = priceShare(scan.slice(start, run.end));
      if (share) extractions.push(percentFields(ctx, { numeral: share, unit: '%', start, end: run.end + after[0].length }));
    }
    WHOLE_WORD.lastIndex = 0;
    for (let m = WHOLE_WORD.exec(scan); m; m = WHOLE_WORD.exec(scan)) {
      // 打对折 halves the price; 对折 alone is folding in two, and 五半折 no figure.
      const before = scan[m.index - 1] ?? '';
      if (m[0][0] === '半' ? /[\d一二两兩三四五六七八九十]/.test(before) : before !== '打') continue;
      extractions.push(percentFields(ctx, { numeral: { value: 50, exact: '50' }, unit: '%', start: m.index, end: m.index + m[0].length }));
    }
    return extractions;
  },
  examples: [
    { text: '全场商品八折', mention: '八折', expect: { value: 80 } },
    { text: '75折', expect: { value: 75 } },
    { text: '9.9折', expect: { value: 99 } },
    { text: '九折,五五折,八点五折', mention: '五五折', expect: { value: 55 } },
    { text: '打对折', mention: '对折', expect: { value: 50 } },
    { text: '苹果折扣一折', mention: '一折', expect: { value: 10 } },
  ],
  negatives: ['对折', '十折', '折合人民币4.3万亿元', '一波三折', '固定资产折旧', '以5折价'],
};
