import type { ScanExtraction, ScanRule } from '../../engine/extractor.ts';
import { lowEndOfRange, parseNumeral, RANGE_SEPARATOR_CHARS, runPairs, runSuffix } from '../../text/numerals.ts';
import { NUMERAL_UNITS, unitReader } from '../../lexicon/quantity-units.ts';
import { quantityFields } from './fields.ts';

const unitAfter = unitReader(NUMERAL_UNITS);
export const BETWEEN = runSuffix(/[ ]*(?:-|—|–|~|～|至|到)[ ]*/y, ` ${RANGE_SEPARATOR_CHARS}`);

/** A range of counts as one record: 100万至200万股, 2-3万人 (value the low end, valueHigh the high). */
export const quantityRange: ScanRule<'quantity'> = {
  id: 'quantity/zh/range',
  type: 'quantity',
  lang: 'zh',
  scan(ctx) {
    const extractions: ScanExtraction<'quantity'>[] = [];
    const { scan } = ctx;
    for (const { first, second } of runPairs(scan, BETWEEN)) {
      const unitMatch = unitAfter(scan, second.end);
      if (!unitMatch) continue;
      const lowText = scan.slice(first.start, first.end);
      const highText = scan.slice(second.start, second.end);
      const lowNumeral = parseNumeral(lowText);
      const high = parseNumeral(highText);
      if (!lowNumeral || !high) continue;
      const low = lowEndOfRange(lowText, lowNumeral, highText);
      if (!(low.value >= 0 && low.value < high.value)) continue;
      const { unit } = unitMatch;
      const mention = quantityFields(ctx, { numeral: low, unit: unit.unit, measure: unit.measure, start: first.start, end: second.end + unitMatch.length });
      mention.fields.valueHigh = high.value;
      extractions.push({ fields: mention.fields, start: mention.start, end: mention.end, priority: -1 });
    }
    return extractions;
  },
  examples: [
    { text: '拟回购100万至200万股', mention: '100万至200万股', expect: { value: 1e6, valueHigh: 2e6, unit: '股' } },
    { text: '预计裁员2-3万人', mention: '2-3万人', expect: { value: 20000, valueHigh: 30000, unit: '人' } },
  ],
  negatives: ['2018-2019年', '400-6123115', '10-5人'],
};
