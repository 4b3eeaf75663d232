import type { ScanExtraction, ScanRule } from '../../engine/extractor.ts';
import { parseNumeral, RANGE_SEPARATOR_CHARS, runPairs, runSuffix } from '../../text/numerals.ts';
import { percentFields } from './fields.ts';

export const BETWEEN = runSuffix(/[ ]?(%)?[ ]*(?:-|—|–|~|～|至|到)[ ]*/y, ` %${RANGE_SEPARATOR_CHARS}`);
const SIGN_AFTER = /[ ]?%/y;

/**
 * A range of percentages. A reader marks each end, as with ranges of full dates, whether the low
 * end has its own sign (39%至41%, 1%-3%) or borrows the high end's (1.35-2.7%, 零至1%): the first
 * record is the low end and carries the range's end in valueHigh, the second is the high end alone.
 */
export const percentRange: ScanRule<'percent'> = {
  id: 'percent/any/range',
  type: 'percent',
  lang: 'any',
  scan(ctx) {
    const extractions: ScanExtraction<'percent'>[] = [];
    const { scan } = ctx;
    // Every range here ends with a percent sign.
    if (!scan.includes('%')) return extractions;
    for (const { first: run, between, second: highRun } of runPairs(scan, BETWEEN)) {
      SIGN_AFTER.lastIndex = highRun.end;
      const sign = SIGN_AFTER.exec(scan);
      if (!sign) continue;
      const low = parseNumeral(scan.slice(run.start, run.end));
      const high = parseNumeral(scan.slice(highRun.start, highRun.end));
      if (!low || !high || !(low.value < high.value)) continue;
      const end = highRun.end + sign[0].length;
      const lowEnd = between[1] ? scan.indexOf('%', run.end) + 1 : run.end;
      extractions.push({ ...percentFields(ctx, { numeral: low, high, unit: '%', start: run.start, end: lowEnd }), priority: 1 });
      extractions.push({ ...percentFields(ctx, { numeral: high, unit: '%', start: highRun.start, end }), priority: 1 });
    }
    return extractions;
  },
  examples: [
    { text: '预计利率在1.35-2.7%之间', mention: '1.35', expect: { value: 1.35, valueHigh: 2.7, unit: '%' } },
    { text: '预计利率在1.35- 2.7%之间', mention: '2.7%', expect: { value: 2.7, unit: '%' } },
    { text: '衰退的概率为零至1%。', mention: '1%', expect: { value: 1 } },
    { text: '衰退的概率为零至1%。', mention: '零', expect: { value: 0, valueHigh: 1 } },
    { text: '票面利率区间为1.125%至1.625%', mention: '1.125%', expect: { value: 1.125, valueHigh: 1.625 } },
    { text: '票面利率区间为1.125%至1.625%', mention: '1.625%', expect: { value: 1.625 } },
    { text: '占比一直处于28%到30%之间', mention: '28%', expect: { value: 28, valueHigh: 30 } },
    { text: 'could provide a 1%-3% lift', mention: '3%', expect: { value: 3 } },
    { text: 'could provide a 1%-3% lift', mention: '1%', expect: { value: 1, valueHigh: 3 } },
  ],
  negatives: ['400-6123115', '2018-2019年', '5%-3%'],
};
