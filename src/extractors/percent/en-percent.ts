import type { PatternRule } from '../../engine/extractor.ts';
import { parseNumeral } from '../../text/numerals.ts';
import { enQualifierWordBefore } from '../../lexicon/qualifiers.ts';
import { percentFields } from './fields.ts';

const PATTERN = new RegExp(
  `(?<![\\w.])(?<num>-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|-?\\.\\d+)` +
    `(?:\\s+(?<dir>higher|lower))?\\s*(?:(?<pp>percentage[- ]points?|pct points?|ppts?)|(?<bp>basis[- ]points?|bps?)|per\\s?cent|pct)\\b`,
  'gi',
);

/** English percentages: 0.03 percent, 4 per cent, 0.02 higher percent, 25 basis points, 1.5 percentage points. */
export const enPercent: PatternRule<'percent'> = {
  id: 'percent/en/percent-word',
  type: 'percent',
  lang: 'en',
  trigger: /per\s?cent|pct|ppt|basis[- ]point|bp/i,
  pattern: PATTERN,
  extract(match, ctx) {
    const { num, dir, pp, bp } = match.groups!;
    const numeral = parseNumeral(num!);
    if (!numeral) return null;
    const qualifier = enQualifierWordBefore(ctx.scan, match.index);
    return percentFields(ctx, {
      numeral,
      unit: pp ? 'pp' : bp ? 'bp' : '%',
      factor: bp ? '0.01' : '1',
      qualifierWord: qualifier?.word,
      direction: dir ? (dir.toLowerCase() === 'higher' ? 'up' : 'down') : undefined,
      start: qualifier?.start ?? match.index,
      end: match.index + match[0].length,
    });
  },
  examples: [
    { text: 'The BSE Sensex gained 0.03 percent at 27,403.54 points', mention: '0.03 percent', expect: { value: 0.03, direction: 'up' } },
    { text: 'while the broader Nifty ended 0.02 higher percent at 8,248.25 points.', mention: '0.02 higher percent', expect: { value: 0.02, direction: 'up' } },
    { text: 'Reliance Industries (RELI.NS) closed down 1.9 percent and', mention: '1.9 percent', expect: { value: 1.9, direction: 'down' } },
    { text: 'Lanco Infratech (LAIN.NS) rose 4.3 percent.', mention: '4.3 percent', expect: { value: 4.3, direction: 'up' } },
    { text: 'The bank cut rates by 25 basis points.', mention: '25 basis points', expect: { value: 0.25, unit: 'bp', direction: 'down' } },
    { text: 'Margins widened 1.5 percentage points.', mention: '1.5 percentage points', expect: { value: 1.5, unit: 'pp' } },
    { text: 'Inflation was about 4 per cent.', mention: 'about 4 per cent', expect: { value: 4, qualifier: 'approx' } },
  ],
  negatives: ['27,403.54 points', 'GPT-4o', 'a 5-1/2 year low'],
};
