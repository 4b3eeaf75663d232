import type { PatternRule } from '../../engine/extractor.ts';
import { CHINESE_NUMERAL_CHARS, parseNumeral, type Numeral } from '../../text/numerals.ts';
import { percentFields } from './fields.ts';

const DIGITS: Record<string, number> = {
  一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

// 折 also begins words (折合, 折旧, 折算, 折价, 折扣, 折叠) and ends 一波三折: those are no discounts.
const PATTERN = new RegExp(
  `(?<dui>(?<=打)[对對]折)|(?<![\\d${CHINESE_NUMERAL_CHARS}.波])(?<num>半|[\\d${CHINESE_NUMERAL_CHARS}](?:[\\d${CHINESE_NUMERAL_CHARS}. ]{0,10}?))[ ]*折(?![合旧算价扣让损现叠腾射])`,
  'gd',
);

/** Two digits read as one figure: 八五折 → 85, 7 2 折 → 72. */
function digitPair(text: string): Numeral | null {
  const digits = text.replace(/ /g, '');
  if (digits.length !== 2) return null;
  const [a, b] = [...digits].map((ch) => (/\d/.test(ch) ? Number(ch) : DIGITS[ch]));
  if (a === undefined || b === undefined || a === 0) return null;
  const value = a * 10 + b;
  return { value, exact: String(value) };
}

/**
 * A discount, as the share of the full price it leaves: 八折 → 80%, 75折 → 75%, 9.9折 → 99%,
 * 八五折 → 85%, 打对折 → 50%.
 */
export const zhDiscount: PatternRule<'percent'> = {
  id: 'percent/zh/discount',
  type: 'percent',
  lang: 'zh',
  pattern: PATTERN,
  extract(match, ctx) {
    const { dui, num } = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    if (dui) return percentFields(ctx, { numeral: { value: 50, exact: '50' }, unit: '%', start, end });
    const text = num!.trim();
    let percent: Numeral | null = null;
    if (text === '半') {
      percent = { value: 50, exact: '50' };
    } else {
      const numeral = parseNumeral(text, { spaces: true });
      if (numeral && numeral.min === undefined && numeral.value > 0 && numeral.value < 10) {
        const exact = String(Number((numeral.value * 10).toFixed(6)));
        percent = { value: Number(exact), exact };
      } else if (numeral && /^\d{2}$/.test(text)) {
        percent = numeral;
      } else if (!numeral) {
        percent = digitPair(text);
      }
    }
    if (!percent) return null;
    return percentFields(ctx, { numeral: percent, unit: '%', start, end });
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
