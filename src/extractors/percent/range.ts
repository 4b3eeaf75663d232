import type { PatternRule } from '../../engine/extractor.ts';
import { NUMERAL_SOURCE, parseNumeral } from '../../text/numerals.ts';
import { percentFields } from './fields.ts';

const PATTERN = new RegExp(`(?<low>${NUMERAL_SOURCE})[ ]?%?[ ]*(?:-|—|–|~|～|至|到)[ ]*(?<high>${NUMERAL_SOURCE})[ ]?%`, 'gd');

/** A range of percentages as one record: 1.35-2.7%, 1.125%至1.625% (value the low end, valueHigh the high). */
export const percentRange: PatternRule<'percent'> = {
  id: 'percent/any/range',
  type: 'percent',
  lang: 'any',
  pattern: PATTERN,
  extract(match, ctx) {
    const low = parseNumeral(match.groups!.low!);
    const high = parseNumeral(match.groups!.high!);
    if (!low || !high || !(low.value < high.value)) return null;
    const { fields, start, end } = percentFields(ctx, { numeral: low, high, unit: '%', start: match.index, end: match.index + match[0].length });
    return { fields, start, end, priority: 1 };
  },
  examples: [
    { text: '预计利率在1.35-2.7%之间', mention: '1.35-2.7%', expect: { value: 1.35, valueHigh: 2.7, unit: '%' } },
    { text: '票面利率区间为1.125%至1.625%', mention: '1.125%至1.625%', expect: { value: 1.125, valueHigh: 1.625 } },
  ],
  negatives: ['400-6123115', '2018-2019年', '5%-3%'],
};
