import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractors } from '../../src/extractors/index.ts';
import { isPatternRule, type PatternRule } from '../../src/engine/extractor.ts';
import { scanText } from '../../src/text/fold.ts';

// A rule with a trigger runs only on articles where the trigger is found: it must be found
// wherever the pattern matches, or the rule would lose matches in articles that lack it.
const gated = extractors.filter(
  (rule): rule is PatternRule & { trigger: RegExp } =>
    isPatternRule(rule) && rule.trigger !== undefined && rule.lang === 'en',
);

/** How far the trigger may look around a match (look-behinds, look-aheads, \b). */
const AROUND = 24;

/** Matches of the rule's pattern in `s` around which its trigger is not found. */
function matchesWithoutTrigger(rule: PatternRule & { trigger: RegExp }, s: string): string[] {
  const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
  const trigger = new RegExp(rule.trigger.source, rule.trigger.flags.replace('g', ''));
  const missed: string[] = [];
  for (const match of s.matchAll(pattern)) {
    const around = s.slice(Math.max(0, match.index - AROUND), match.index + match[0].length + AROUND);
    if (!trigger.test(around)) missed.push(match[0]);
  }
  return missed;
}

const CORPORA = ['corpus', 'corpus-holdout', 'corpus-blind'].map((name) => path.resolve(import.meta.dirname, '../fixtures', name, 'articles'));
const fixtureTexts = CORPORA.flatMap((dir) => readdirSync(dir).map((file) => scanText(readFileSync(path.join(dir, file), 'utf8'), [])));

// Texts near a match: the rule's examples and negatives with pieces put in or cut out, the pieces
// being the words its pattern and trigger name, digits, white space, punctuation and a Chinese character.
const OTHER_PIECES = [...'0123456789', ' ', '  ', '\n', '\t', '(', ')', ':', ';', ',', '.', '-', "'", '’', '$', 'A', 'Q', '的'];
function piecesOf(rule: PatternRule & { trigger: RegExp }): string[] {
  const words = `${rule.pattern.source} ${rule.trigger.source}`.match(/[A-Za-z]+(?: [A-Za-z]+)?/g) ?? [];
  return [...new Set([...words, ...words.map((word) => ` ${word}`), ...OTHER_PIECES])];
}
function nearMatches(rule: PatternRule & { trigger: RegExp }) {
  const pieces = piecesOf(rule);
  const seeds = [...rule.examples.map((ex) => ex.text), ...(rule.negatives ?? [])];
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(...pieces));
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(edit, { maxLength: 6 }))
    .map(([seed, edits]) =>
      edits.reduce((s, [at, cut, piece]) => {
        const i = at % (s.length + 1);
        return s.slice(0, i) + piece + s.slice(i + cut);
      }, seed),
    );
}
function stitched(rule: PatternRule & { trigger: RegExp }) {
  return fc.array(fc.constantFrom(...piecesOf(rule)), { maxLength: 14 }).map((pieces) => pieces.join(''));
}

describe('English rules gated by a trigger', () => {
  // The acronym definition's pattern opens on a literal space and bracket: the regex engine
  // searches for those as fast as for a trigger.
  it('are every English pattern rule but the acronym definition', () => {
    const english = extractors.filter((rule) => isPatternRule(rule) && rule.lang === 'en').map((rule) => rule.id);
    expect(english.filter((id) => !gated.some((rule) => rule.id === id))).toEqual(['organization/en/acronym-definition']);
  });

  it.each(gated.map((rule) => [rule.id, rule] as const))('%s: its trigger is found around each match in the corpus fixtures', (_id, rule) => {
    let matched = 0;
    for (const text of fixtureTexts) {
      matched += [...text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags))].length;
      expect(matchesWithoutTrigger(rule, text)).toEqual([]);
    }
    // Rules whose words no fixture holds are shown by their examples and the generated texts.
    if (matched === 0) for (const ex of rule.examples) expect(matchesWithoutTrigger(rule, ex.text)).toEqual([]);
  });

  it.each(gated.map((rule) => [rule.id, rule] as const))('%s: its trigger is found around each match in texts near its examples', (_id, rule) => {
    let matched = 0;
    fc.assert(
      fc.property(fc.oneof(nearMatches(rule), stitched(rule)), (s) => {
        if (new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).test(s)) matched++;
        expect(matchesWithoutTrigger(rule, s), JSON.stringify(s)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(100);
  });
});
