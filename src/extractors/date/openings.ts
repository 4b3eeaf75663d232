import type { ExtractContext, Extraction, PatternRule, ScanRule } from '../../engine/extractor.ts';
import type { RecordType } from '../../model/records.ts';
import type { Span } from '../../model/span.ts';
import { pairSlot } from '../../lexicon/alternation.ts';

/**
 * Date rules whose matches open on one of a few pairs of characters (春节, 昨日, 近三, 财年), tried
 * only where such a pair stands. Their patterns, tried by the regex engine at every position of
 * the text, cost several times one walk over the text that reads each pair of characters in a
 * table shared by all these rules; the walk is made once per article for all of them.
 */

/** The bits of the rules that may open on a pair, by the pair's slot (pairs share slots: a rule may be tried where it cannot match, never the reverse). */
const RULES_BY_PAIR = new Uint32Array(0x10000);
let rulesKnown = 0;

/**
 * A bit for a new rule, set on every pair its matches may open with: each entry gives the first
 * characters and the second characters that may follow any of them.
 */
export function openingBit(openings: ReadonlyArray<readonly [firsts: string, seconds: string]>): number {
  if (rulesKnown === 32) throw new Error('every bit of the table of openings is taken');
  const bit = 1 << rulesKnown++;
  for (const [firsts, seconds] of openings) {
    for (const first of firsts) for (const second of seconds) RULES_BY_PAIR[pairSlot(first.charCodeAt(0), second.charCodeAt(0))]! |= bit;
  }
  return bit;
}

/** The openings of literal words: their first two characters (a word of one character could open anywhere). */
export function wordOpenings(words: readonly string[]): Array<readonly [string, string]> {
  return words.map((word) => {
    if (word.length < 2) throw new Error(`word ${word} is shorter than a pair`);
    return [word[0]!, word[1]!] as const;
  });
}

/** Where pairs of characters open a match of some rule, and the bits of those rules, in text order. */
interface Openings {
  at: number[];
  rules: number[];
}

const openingsOfArticle = new WeakMap<ExtractContext, Openings>();

function openingsOf(ctx: ExtractContext): Openings {
  const known = openingsOfArticle.get(ctx);
  if (known) return known;
  const { scan } = ctx;
  const openings: Openings = { at: [], rules: [] };
  let code = scan.charCodeAt(0);
  for (let at = 0; at + 1 < scan.length; at++) {
    const next = scan.charCodeAt(at + 1);
    const rules = RULES_BY_PAIR[pairSlot(code, next)]!;
    if (rules !== 0) {
      openings.at.push(at);
      openings.rules.push(rules);
    }
    code = next;
  }
  openingsOfArticle.set(ctx, openings);
  return openings;
}

/** A pattern rule tried only where its openings stand; `plain` is the rule tried everywhere. */
export type OpeningRule<T extends RecordType> = ScanRule<T> & { readonly plain: PatternRule<T> };

/**
 * The rule, its pattern tried (sticky) at the places the walk found for `bit`, in text order and
 * never inside the previous match: the regex engine's matches of the global pattern, since no
 * match opens anywhere else, and so the same drafts.
 */
export function triedAtOpenings<T extends RecordType>(plain: PatternRule<T>, bit: number): OpeningRule<T> {
  const { pattern, extract, ...rest } = plain;
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  return {
    ...rest,
    plain,
    scan(ctx) {
      const { at, rules } = openingsOf(ctx);
      const found: Array<Extraction<T> & Span> = [];
      let from = 0;
      for (let k = 0; k < at.length; k++) {
        const start = at[k]!;
        if ((rules[k]! & bit) === 0 || start < from) continue;
        sticky.lastIndex = start;
        const match = sticky.exec(ctx.scan);
        if (!match) continue;
        const end = start + match[0].length;
        from = end === start ? start + 1 : end;
        const result = extract(match, ctx);
        if (!result) continue;
        if (Array.isArray(result)) for (const extraction of result) found.push(withSpan(extraction, start, end));
        else found.push(withSpan(result, start, end));
      }
      return found;
    },
  };
}

/** An extraction with its offsets, the match's where it names none (as the engine reads a pattern rule's). */
function withSpan<T extends RecordType>(extraction: Extraction<T>, start: number, end: number): Extraction<T> & Span {
  return { ...extraction, start: extraction.start ?? start, end: extraction.end ?? end };
}
