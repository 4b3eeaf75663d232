import type { PatternRule } from '../../engine/extractor.ts';
import { ratioFields } from './fields.ts';

const WORDS: Readonly<Record<string, number>> = {
  twice: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, fifty: 50, hundred: 100,
};

// A multiple compares with something (six times the value, 20 times earnings, twice as large);
// `three times a day` and `five times in a row` count occurrences.
const PATTERN =
  /\b(?:(?<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|a hundred)[- ]times|(?<twice>twice))(?=\s+(?:the|as|that|its|their|his|her|what|more|higher|larger|bigger|greater|earnings|sales|revenue|book|forward)\b)/gi;

/** English multiples: six times the value, 20 times earnings, twice as much (kind multiple). */
export const enMultiple: PatternRule<'ratio'> = {
  id: 'ratio/en/multiple',
  type: 'ratio',
  lang: 'en',
  trigger: /times|twice/i,
  pattern: PATTERN,
  extract(match, ctx) {
    const { n, twice } = match.groups!;
    const word = (twice ?? n!).toLowerCase().replace(/^a /, '');
    const value = WORDS[word] ?? Number(word);
    if (!(value > 0)) return null;
    const span = { start: match.index, end: match.index + match[0].length };
    return { fields: ratioFields(ctx, value, 'multiple', span) };
  },
  examples: [
    { text: 'The stake is worth about $9 billion, or six times the price the buyer is paying.', mention: 'six times', expect: { value: 6, kind: 'multiple' } },
    { text: 'The stock trades at 20 times earnings.', mention: '20 times', expect: { value: 20 } },
    { text: 'Revenue was twice as large as a year earlier.', mention: 'twice', expect: { value: 2 } },
    { text: 'Shares now fetch 2.5 times book value.', mention: '2.5 times', expect: { value: 2.5 } },
  ],
  negatives: ['He called three times a day.', 'It happened five times in a row.', 'The New York Times reported', 'many times the size'],
};
