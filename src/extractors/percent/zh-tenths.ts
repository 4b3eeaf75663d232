import type { ScanExtraction, ScanRule } from '../../engine/extractor.ts';
import { parseNumeral, runSuffix, runsFollowedBy, type Numeral } from '../../text/numerals.ts';
import { qualifierWordBefore } from '../../lexicon/qualifiers.ts';
import { percentFields } from './fields.ts';

const TENTH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 半: 5 };

// 成 also begins words (成交, 成本, 成为, 成份股, 一成不变): those are no tenths.
export const TENTHS_AFTER = runSuffix(/[ ]*成(?![交本为立功绩果员份都熟长型品效就全年不])(?:[ ]*(?<tenth>[一二两兩三四五六七八九半])(?![十百千万亿\d]))?/y, ' 成');
const HALF = /半成/g;
const DIGIT_BEFORE_HALF = /[\d一二两兩三四五六七八九十]/;

/** Tenths: 八成 → 80%, 超八成 → more than 80%, 七成六 → 76%, 三成半 → 35%, 9.5成 → 95%, 半成 → 5%. */
export const zhTenths: ScanRule<'percent'> = {
  id: 'percent/zh/tenths',
  type: 'percent',
  lang: 'zh',
  scan(ctx) {
    const extractions: ScanExtraction<'percent'>[] = [];
    const { scan } = ctx;
    const found: Array<{ numeral: Numeral; start: number; end: number }> = [];
    for (const { run, after } of runsFollowedBy(scan, TENTHS_AFTER)) {
      const numeral = parseNumeral(scan.slice(run.start, run.end), { spaces: true });
      if (!numeral || numeral.min !== undefined || numeral.value <= 0 || numeral.value > 10) continue;
      const tenth = after.groups!.tenth;
      let exact = numeral.exact;
      if (tenth) {
        if (!Number.isInteger(numeral.value) || numeral.value >= 10) continue;
        exact = `${numeral.value}.${TENTH_DIGITS[tenth]}`;
      }
      found.push({ numeral: { value: Number(exact), exact }, start: run.start, end: run.end + after[0].length });
    }
    HALF.lastIndex = 0;
    for (let m = HALF.exec(scan); m; m = HALF.exec(scan)) {
      // 三成半 is read above; only a 半成 of its own is five percent.
      if (!DIGIT_BEFORE_HALF.test(scan[m.index - 1] ?? '')) found.push({ numeral: { value: 0.5, exact: '0.5' }, start: m.index, end: m.index + 2 });
    }
    for (const { numeral, start, end } of found) {
      const qualifier = qualifierWordBefore(scan, start);
      extractions.push(percentFields(ctx, { numeral, unit: '%', factor: '10', qualifierWord: qualifier?.word, start: qualifier?.start ?? start, end }));
    }
    return extractions;
  },
  examples: [
    { text: 'TMT出海指数超八成样本周内收涨', mention: '超八成', expect: { value: 80, qualifier: 'more_than', unit: '%' } },
    { text: '，六成样本涨幅超5%', mention: '六成', expect: { value: 60 } },
    { text: '七成六', expect: { value: 76 } },
    { text: '三成半', expect: { value: 35 } },
    { text: '9.5成', expect: { value: 95 } },
    { text: '半成', expect: { value: 5 } },
    { text: '十成', expect: { value: 100 } },
  ],
  negatives: ['成交额', '一成不变', '沪深300成份股', '完成', '三成为', '二十成'],
};
