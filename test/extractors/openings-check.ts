import fc from 'fast-check';
import { expect } from 'vitest';
import type { OpeningRule } from '../../src/engine/openings.ts';
import { articleFromText } from '../../src/engine/snippet.ts';
import { runExtractors } from '../../src/engine/run-extractors.ts';
import { Reporter } from '../../src/model/diagnostic.ts';
import { scanText } from '../../src/text/fold.ts';
import type { Extractor } from '../../src/engine/extractor.ts';
import type { RecordType } from '../../src/model/records.ts';

/** Checks shared by the tests of rules tried where their openings stand (src/engine/openings.ts). */

const PUBLISHED = '2025-02-07';

export function drafts(rule: Extractor, text: string) {
  const ctx = { article: articleFromText(text, { publishedAt: PUBLISHED }), scan: scanText(text, []), anchor: { date: PUBLISHED, source: 'published' as const } };
  return runExtractors(ctx, [rule], new Reporter('extract'));
}

// Texts near a match: an example or negative of the rule with a few pieces put in or cut out,
// the pieces being what the rule's pattern names (its words and the characters of its classes),
// digits, white space and punctuation. Text made of random characters seldom comes near one.
const OTHER_PIECES = [...'0123456789', ' ', '\u3000', '\n', ',', '，', '。', 'FY', 'A', '的'];
export function nearMatches(rule: OpeningRule<RecordType>, source = rule.plain.pattern.source, morePieces: readonly string[] = []) {
  const named = source.match(/\p{Script=Han}+/gu) ?? [];
  const pieces = [...new Set([...named, ...named.flatMap((run) => [...run]), ...OTHER_PIECES, ...morePieces])];
  const seeds = [...rule.examples.map((ex) => ex.text), ...(rule.negatives ?? [])];
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(...pieces));
  return fc
    .tuple(fc.constantFrom(...seeds), fc.constantFrom('', ...seeds), fc.array(edit, { maxLength: 5 }))
    .map(([seed, more, edits]) =>
      edits.reduce((s, [at, cut, piece]) => {
        const i = at % (s.length + 1);
        return s.slice(0, i) + piece + s.slice(i + cut);
      }, seed + more),
    );
}

/**
 * Exhaustive where random texts seldom reach: at each match of the pattern in the rule's
 * examples, its first two characters replaced by any two the pattern names (or others); wherever
 * the pattern matches there, the rule must draft what it drafts.
 */
export function opensWherePatternOpens(rule: OpeningRule<RecordType>, morePieces: readonly string[] = []) {
  const { source, flags } = rule.plain.pattern;
  const everywhere = new RegExp(source, flags);
  const there = new RegExp(source, `${flags.replace('g', '')}y`);
  const named = source.match(/[\p{Script=Han}A-Z]/gu) ?? [];
  const characters = [...new Set([...named, ...[...OTHER_PIECES, ...morePieces].filter((piece) => piece.length === 1)])];
  const around: Array<readonly [string, string]> = [];
  for (const ex of rule.examples) {
    for (const match of ex.text.matchAll(everywhere)) {
      for (let k = 1; k <= 3; k++) around.push([ex.text.slice(0, match.index), ex.text.slice(match.index + k)]);
    }
  }
  let opened = 0;
  for (const first of characters) {
    for (const second of characters) {
      for (const [before, after] of around) {
        const s = before + first + second + after;
        there.lastIndex = before.length;
        if (!there.test(s)) continue;
        opened++;
        expect(drafts(rule, s), JSON.stringify(s)).toEqual(drafts(rule.plain, s));
      }
    }
  }
  expect(opened).toBeGreaterThan(0);
}
