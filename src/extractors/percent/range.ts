import type { ScanRule } from '../../engine/extractor.ts';
import { parseNumeral, runPairs } from '../../text/numerals.ts';
import { percentFields } from './fields.ts';

const BETWEEN = /[ ]?%?[ ]*(?:-|—|–|~|～|至|到)[ ]*/y;
const SIGN_AFTER = /[ ]?%/y;

/** A range of percentages as one record: 1.35-2.7%, 1.125%至1.625% (value the low end, valueHigh the high). */
export const percentRange: ScanRule<'percent'> = {
  id: 'percent/any/range',
  type: 'percent',
  lang: 'any',
  *scan(ctx) {
    const { scan } = ctx;
    for (const { first: run, second: highRun } of runPairs(scan, BETWEEN)) {
      SIGN_AFTER.lastIndex = highRun.end;
      const sign = SIGN_AFTER.exec(scan);
      if (!sign) continue;
      const low = parseNumeral(scan.slice(run.start, run.end));
      const high = parseNumeral(scan.slice(highRun.start, highRun.end));
      if (!low || !high || !(low.value < high.value)) continue;
      const mention = percentFields(ctx, { numeral: low, high, unit: '%', start: run.start, end: highRun.end + sign[0].length });
      yield { ...mention, priority: 1 };
    }
  },
  examples: [
    { text: '预计利率在1.35-2.7%之间', mention: '1.35-2.7%', expect: { value: 1.35, valueHigh: 2.7, unit: '%' } },
    { text: '票面利率区间为1.125%至1.625%', mention: '1.125%至1.625%', expect: { value: 1.125, valueHigh: 1.625 } },
    { text: 'could provide a 1%-3% lift', mention: '1%-3%', expect: { value: 1, valueHigh: 3 } },
  ],
  negatives: ['400-6123115', '2018-2019年', '5%-3%'],
};
