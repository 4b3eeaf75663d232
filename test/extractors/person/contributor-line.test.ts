import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { englishContributor } from '../../../src/extractors/person/english.ts';
import { articleFromText } from '../../../src/engine/snippet.ts';
import { runExtractors } from '../../../src/engine/run-extractors.ts';
import { Reporter } from '../../../src/model/diagnostic.ts';
import { scanText } from '../../../src/text/fold.ts';
import type { Extractor } from '../../../src/engine/extractor.ts';

// The pattern as it read when the line's start was a look-behind: the reference.
const NAME_WORD = String.raw`\p{Lu}(?:\p{Ll}+(?:[-]?\p{Lu}\p{Ll}+)?|[’']\p{Lu}\p{Ll}+)`;
const FULL_NAME = String.raw`${NAME_WORD}(?: ${NAME_WORD}){1,2}`;
const LOOKING_BEHIND = new RegExp(String.raw`(?<=^|\n)[ \t]*(?<name>${FULL_NAME}) \((?<subject>[^()\n:]{2,60})\):`, 'dgu');
const reference: Extractor = { ...englishContributor, trigger: undefined, pattern: LOOKING_BEHIND };

function drafts(rule: Extractor, text: string) {
  const ctx = { article: articleFromText(text, { publishedAt: '2025-02-07' }), scan: scanText(text, []), anchor: { date: '2025-02-07', source: 'published' as const } };
  return runExtractors(ctx, [rule], new Reporter('extract'));
}

const PIECES = [
  'Priya', 'Raman', 'José', 'Álvarez', 'O’Connor', "O'Neil", 'McAdams', 'Smith-Jones', 'The', 'Update', 'A', 'x', 'de',
  ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\u2028', '(', ')', ':', '):', ' (Intel):', ' (Costco Wholesale):', '(a)', '.', ',', '的', '公司', 'Liam',
];

const WORDS = ['Priya', 'Raman', 'José', 'Álvarez', 'O’Connor', "O'Neil", 'McAdams', 'Smith-Jones', 'The', 'Update', 'A', 'x', 'de', 'Liam'];
/** A contributor's line, each of its parts sometimes one that breaks it. */
const lineLike = fc
  .tuple(
    fc.constantFrom('', ' ', '\t', '  ', 'x'),
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
    fc.constantFrom(' (', '(', '  (', ' '),
    fc.constantFrom('Intel', 'Costco Wholesale', 'a', 'x:y', '公司', 'a(b', ''),
    fc.constantFrom('):', ')', ') :', '):x'),
    fc.constantFrom('', ' Chips are cyclical.', ' (b):'),
  )
  .map(([indent, words, open, subject, close, rest]) => indent + words.join(' ') + open + subject + close + rest);

describe('person/en/contributor-paragraph opened on the line break', () => {
  it('drafts what the pattern with the line start looked behind drafts', () => {
    let drafted = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), lineLike), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        const expected = drafts(reference, text);
        drafted += expected.length;
        expect(drafts({ ...englishContributor, trigger: undefined }, text), JSON.stringify(text)).toEqual(expected);
      }),
      { numRuns: 20000 },
    );
    // Enough lines drafted for the comparison to mean something: about 110 per run, rarely under 90.
    expect(drafted).toBeGreaterThan(50);
  });

  it('drafts what it drafted on its examples and negatives', () => {
    for (const text of [...englishContributor.examples.map((ex) => ex.text), ...(englishContributor.negatives ?? [])]) {
      expect(drafts(englishContributor, text)).toEqual(drafts(reference, text));
    }
  });
});
