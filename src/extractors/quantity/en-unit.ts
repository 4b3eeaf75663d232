import type { PatternRule } from '../../engine/extractor.ts';
import { parseNumeral } from '../../text/numerals.ts';
import { enQualifierWordBefore } from '../../lexicon/qualifiers.ts';
import { EN_SCALES, EN_SCALE_SOURCE } from '../../lexicon/currencies.ts';
import { EN_UNITS } from '../../lexicon/quantity-units.ts';
import { quantityFields } from './fields.ts';

const UNIT_NAMES = new Map(EN_UNITS.map(([word, unit, measure]) => [word.toLowerCase(), { unit, measure }]));
const UNIT_SOURCE = EN_UNITS.map(([word]) => word).join('|');

// A few words may stand between the number and its noun: 1.2 million new shares, 500 more employees.
const PATTERN = new RegExp(
  `(?<![\\w.$€£¥,-])(?<num>(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(?:[ ]?(?<scale>${EN_SCALE_SOURCE})\\b)?` +
    `[ ]+(?:(?:new|more|additional|of its|of their|Class [AB])[ ]+)?(?<unit>${UNIT_SOURCE})\\b`,
  'g',
);

/** English quantities: 1.2 million shares, 3,000 employees, 500,000 barrels, 12 companies. */
export const enQuantity: PatternRule<'quantity'> = {
  id: 'quantity/en/unit-noun',
  type: 'quantity',
  lang: 'en',
  // The noun follows a space: a Chinese article seldom holds one, and skips the pattern tried at every digit.
  trigger: new RegExp(` (?:${UNIT_SOURCE})\\b`),
  pattern: PATTERN,
  extract(match, ctx) {
    const { num, scale, unit } = match.groups!;
    const numeral = parseNumeral(num!);
    const named = UNIT_NAMES.get(unit!.toLowerCase());
    if (!numeral || !named) return null;
    const qualifier = enQualifierWordBefore(ctx.scan, match.index);
    const mention = quantityFields(ctx, {
      numeral,
      ...named,
      factor: scale ? EN_SCALES[scale.toLowerCase()] ?? EN_SCALES[scale] : undefined,
      qualifierWord: qualifier?.word,
      start: qualifier?.start ?? match.index,
      end: match.index + match[0].length,
    });
    return { fields: mention.fields, start: mention.start, end: mention.end, priority: -1 };
  },
  examples: [
    { text: 'The company will sell 1.2 million shares.', mention: '1.2 million shares', expect: { value: 1200000, unit: '股', measure: 'shares' } },
    { text: 'It plans to offer 500,000 new shares.', mention: '500,000 new shares', expect: { value: 500000, unit: '股' } },
    { text: 'The firm will cut about 3,000 employees.', mention: 'about 3,000 employees', expect: { value: 3000, unit: '人', qualifier: 'approx' } },
    { text: 'Output fell by 500,000 barrels a day.', mention: '500,000 barrels', expect: { value: 500000, unit: '桶', measure: 'volume' } },
    { text: 'Exports reached 2.5 million tonnes.', mention: '2.5 million tonnes', expect: { value: 2500000, unit: '吨' } },
    { text: 'More than 40 companies signed up.', mention: 'More than 40 companies', expect: { value: 40, unit: '家', qualifier: 'more_than' } },
    { text: 'It delivered 1.8m vehicles last year.', mention: '1.8m vehicles', expect: { value: 1800000, unit: '辆' } },
  ],
  negatives: ['$5 million', '27,403.54 points', 'shares rose 3%', 'the 2014 World Cup', 'GPT-4o users'],
};
