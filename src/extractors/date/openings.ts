import type { ExtractContext, Extraction, PatternRule, ScanRule } from '../../engine/extractor.ts';
import type { RecordType } from '../../model/records.ts';
import type { Span } from '../../model/span.ts';
import { isWhiteSpace } from '../../text/space.ts';

/**
 * Date rules whose matches open on one of a few pairs of characters (春节, 昨日, 近三, 财年), tried
 * only where such a pair stands. Their patterns, tried by the regex engine at every position of
 * the text, cost several times one walk over the text that reads each pair of characters in a
 * table shared by all these rules; the walk is made once per article for all of them.
 */

/**
 * The bits of the openings a character may begin, and of those it may end, by code unit: a pair
 * is an opening's where both hold its bit. Each opening is its first characters times its second
 * ones, so a word list's opening may hold pairs none of its words begins with: the rule is then
 * tried where it cannot match, never the reverse.
 */
const OPENINGS_BY_FIRST = new Uint32Array(0x10000);
const OPENINGS_BY_SECOND = new Uint32Array(0x10000);
let openingsKnown = 0;

/** Every code unit `\s` matches, for openings that hold white space. */
export const WHITE_SPACE = String.fromCharCode(...Array.from({ length: 0x10000 }, (_, code) => code).filter(isWhiteSpace));

/**
 * Pairs of characters where a rule's matches open: any of `firsts` followed by any of `seconds`,
 * and where each match opens from the pair's first character: at it (0, the default), one before
 * it (-1: 28日 opens before the pair 8日), or at its second (1: a pattern keyed on 至 opens on it,
 * after the 日 that ends a date).
 */
export interface Opening {
  firsts: string;
  seconds: string;
  shifts?: readonly number[];
}

/** The opening of literal words: their first characters, then their second ones. */
export function wordOpenings(words: readonly string[]): Opening {
  if (words.some((word) => word.length < 2)) throw new Error('a word of one character could open anywhere');
  return { firsts: words.map((word) => word[0]).join(''), seconds: words.map((word) => word[1]).join('') };
}

function openingBit({ firsts, seconds }: Opening): number {
  if (openingsKnown === 32) throw new Error('every bit of the tables of openings is taken');
  const bit = 1 << openingsKnown++;
  for (const first of firsts) OPENINGS_BY_FIRST[first.charCodeAt(0)]! |= bit;
  for (const second of seconds) OPENINGS_BY_SECOND[second.charCodeAt(0)]! |= bit;
  return bit;
}

/** Where pairs of characters of some opening stand, and the bits of those openings, in text order. */
interface Pairings {
  at: number[];
  openings: number[];
}

const pairingsOfArticle = new WeakMap<ExtractContext, Pairings>();

function pairingsOf(ctx: ExtractContext): Pairings {
  const known = pairingsOfArticle.get(ctx);
  if (known) return known;
  const { scan } = ctx;
  const pairings: Pairings = { at: [], openings: [] };
  for (let at = 0; at + 1 < scan.length; at++) {
    const begun = OPENINGS_BY_FIRST[scan.charCodeAt(at)]!;
    if (begun === 0) continue;
    const openings = begun & OPENINGS_BY_SECOND[scan.charCodeAt(at + 1)]!;
    if (openings !== 0) {
      pairings.at.push(at);
      pairings.openings.push(openings);
    }
  }
  pairingsOfArticle.set(ctx, pairings);
  return pairings;
}

/** A pattern rule tried only where its openings stand; `plain` is the rule tried everywhere. */
export type OpeningRule<T extends RecordType> = ScanRule<T> & { readonly plain: PatternRule<T> };

/**
 * The rule, its pattern tried (sticky) where its openings say a match may open, in text order and
 * never inside the previous match: the regex engine's matches of the global pattern, since no
 * match opens anywhere else, and so the same drafts.
 */
export function triedAtOpenings<T extends RecordType>(plain: PatternRule<T>, openings: readonly Opening[]): OpeningRule<T> {
  const { pattern, extract, ...rest } = plain;
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  const bits = openings.map(openingBit);
  const shifts = openings.map(({ shifts: given }) => given ?? [0]);
  const ruleBits = bits.reduce((all, bit) => all | bit, 0);
  // Places from one shift come in text order; from several they are sorted.
  const oneShift = new Set(shifts.flat()).size === 1;
  return {
    ...rest,
    plain,
    scan(ctx) {
      const pairings = pairingsOf(ctx);
      const starts: number[] = [];
      for (let k = 0; k < pairings.at.length; k++) {
        const found = pairings.openings[k]!;
        if ((found & ruleBits) === 0) continue;
        for (let i = 0; i < bits.length; i++) if ((found & bits[i]!) !== 0) for (const shift of shifts[i]!) starts.push(pairings.at[k]! + shift);
      }
      if (!oneShift) starts.sort((a, b) => a - b);
      const drafts: Array<Extraction<T> & Span> = [];
      let from = 0;
      for (const start of starts) {
        if (start < from) continue;
        from = start + 1;
        sticky.lastIndex = start;
        const match = sticky.exec(ctx.scan);
        if (!match) continue;
        const end = start + match[0].length;
        if (end > start) from = end;
        const result = extract(match, ctx);
        if (!result) continue;
        if (Array.isArray(result)) for (const extraction of result) drafts.push(withSpan(extraction, start, end));
        else drafts.push(withSpan(result, start, end));
      }
      return drafts;
    },
  };
}

/** What the engine reads of an extraction, with the match's offsets where it names none. */
function withSpan<T extends RecordType>(extraction: Extraction<T>, start: number, end: number): Extraction<T> & Span {
  return { start: extraction.start ?? start, end: extraction.end ?? end, fields: extraction.fields, priority: extraction.priority };
}
