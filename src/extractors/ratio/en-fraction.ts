import type { PatternRule } from '../../engine/extractor.ts';
import { ratioFields } from './fields.ts';

const WORDS: Record<string, number> = {
  'a third': 1 / 3, 'one third': 1 / 3, 'one-third': 1 / 3, 'two thirds': 2 / 3, 'two-thirds': 2 / 3,
  'a quarter': 0.25, 'one quarter': 0.25, 'one-quarter': 0.25, 'three quarters': 0.75, 'three-quarters': 0.75,
  'half': 0.5, 'one half': 0.5, 'one-half': 0.5,
};

// "half" names a figure only as a share of something (half of, by half), not the first half of a year.
const PATTERN = /\b(?<word>a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|one[- ]half|half)(?= of (?!the year|20\d\d|19\d\d)| its\b)|\bby (?<by>half|a third|two[- ]thirds)\b/gi;

/** English fractions where they are figures: a third of, two-thirds of, half of, cut by half. */
export const enFraction: PatternRule<'ratio'> = {
  id: 'ratio/en/fraction-word',
  type: 'ratio',
  lang: 'en',
  trigger: /third|quarter|half/i,
  pattern: PATTERN,
  extract(match, ctx) {
    const word = (match.groups!.word ?? match.groups!.by!).toLowerCase().replace('-', ' ');
    const value = WORDS[word] ?? WORDS[word.replace(' ', '-')];
    if (value === undefined) return null;
    const start = match.groups!.word ? match.index : match.index + 3;
    return { start, fields: ratioFields(ctx, value, 'fraction', { start, end: match.index + match[0].length }) };
  },
  examples: [
    { text: 'Nearly two-thirds of the loans went bad.', mention: 'two-thirds', expect: { value: 2 / 3, kind: 'fraction', qualifier: 'nearly' } },
    { text: 'It cut the workforce by half.', mention: 'half', expect: { value: 0.5 } },
    { text: 'a third of its revenue', mention: 'a third', expect: { value: 1 / 3 } },
  ],
  negatives: ['in the first half of 2015', 'the second half of the year', 'half-year results'],
};
