import type { ExtractContext, Extraction, PatternRule, ScanRule } from './extractor.ts';
import type { RecordType } from '../model/records.ts';
import type { Span } from '../model/span.ts';
import { isWhiteSpace } from '../text/space.ts';
import { openingUnits } from './opening-units.ts';

/**
 * Rules whose matches open on one of a few pairs of characters (春节, 昨日, 近三, 财年, the
 * 8日 of 28日, the 日至 before a range's separator; 表示, 董事长, 领投 of the rules of names), tried only
 * where such a pair stands. Their patterns, tried by the regex engine at every position of the text
 * (or at every 年 and 和 for the keyed ones), cost more than one walk over the text that reads each
 * pair of characters in two tables shared by many of these rules; the walk is made once per article
 * for each such pair of tables (OpeningTables: the date rules' apart, 32 openings each).
 */

/** Pairs of characters where a rule's matches open: any of `firsts` followed by any of `seconds`. */
export interface Opening {
  firsts: string;
  seconds: string;
}

/** Every code unit `\s` matches, for openings that hold white space. */
export const WHITE_SPACE = String.fromCharCode(...Array.from({ length: 0x10000 }, (_, code) => code).filter(isWhiteSpace));

/** The opening of literal words: their first characters, then their second ones. */
export function wordOpenings(words: readonly string[]): Opening {
  if (words.some((word) => word.length < 2)) throw new Error('a word of one character could open anywhere');
  return { firsts: words.map((word) => word[0]).join(''), seconds: words.map((word) => word[1]).join('') };
}

/**
 * The opening of a pattern, read from its source (openingUnits): every unit a match may open with,
 * then every unit that may follow one of them. One opening, one bit of the tables, as a written
 * word list's: the same pairs as wordOpenings for a pattern that opens on an alternation of words.
 * Throws where the source cannot be read, or a match may open on a unit anything may follow (a word
 * of one character before a look-ahead, a class of many characters): such a rule writes its openings.
 */
export function patternOpenings(pattern: RegExp): Opening {
  const units = openingUnits(pattern);
  if (!units) throw new Error(`the openings of /${pattern.source}/ cannot be read: write them`);
  const seconds = new Set<number>();
  for (const [unit, { seconds: next }] of units) {
    if (!next) throw new Error(`anything may follow ${String.fromCharCode(unit)} in /${pattern.source}/: write its openings`);
    for (const second of next) seconds.add(second);
  }
  return { firsts: String.fromCharCode(...units.keys()), seconds: String.fromCharCode(...seconds) };
}

/** Where pairs of characters of some opening stand, and the bits of those openings, in text order. */
interface Pairings {
  at: number[];
  openings: number[];
}

/**
 * The bits of up to 32 openings a character may begin, and of those it may end, by code unit: a
 * pair is an opening's where both hold its bit. Each opening is its first characters times its
 * second ones, so a word list's opening may hold pairs none of its words begins with: the rule is
 * then tried where it cannot match, never the reverse. The pairs of an article are found once per
 * tables, for all the rules whose openings they hold.
 */
class OpeningTables {
  readonly byFirst = new Uint32Array(0x10000);
  readonly bySecond = new Uint32Array(0x10000);
  known = 0;
  private readonly pairingsOfArticle = new WeakMap<ExtractContext, Pairings>();

  bit({ firsts, seconds }: Opening): number {
    if (this.known === 32) throw new Error('every bit of the tables of openings is taken');
    const bit = 1 << this.known++;
    for (const first of firsts) this.byFirst[first.charCodeAt(0)]! |= bit;
    for (const second of seconds) this.bySecond[second.charCodeAt(0)]! |= bit;
    return bit;
  }

  pairingsOf(ctx: ExtractContext): Pairings {
    const known = this.pairingsOfArticle.get(ctx);
    if (known) return known;
    const { scan } = ctx;
    const { byFirst, bySecond } = this;
    const pairings: Pairings = { at: [], openings: [] };
    for (let at = 0; at + 1 < scan.length; at++) {
      const begun = byFirst[scan.charCodeAt(at)]!;
      if (begun === 0) continue;
      const openings = begun & bySecond[scan.charCodeAt(at + 1)]!;
      if (openings !== 0) {
        pairings.at.push(at);
        pairings.openings.push(openings);
      }
    }
    this.pairingsOfArticle.set(ctx, pairings);
    return pairings;
  }
}

/**
 * The tables the next rule's openings go to: new ones once a rule's openings no longer fit in 32
 * bits. Dates keep tables of their own: their openings (digits, 年, 月) stand far more often than
 * the words of other rules, and each rule reads every pair its tables found.
 */
let dateTables = new OpeningTables();
let otherTables = new OpeningTables();

/**
 * A test of the characters around a pair (`at` is its first character's offset) that every match
 * opening at the pair passes: a cheaper test than the pattern, which is then tried only where it passes.
 */
export type PairTest = (scan: string, at: number) => boolean;

/** A pattern rule tried only where its openings stand; `plain` is the rule tried everywhere. */
export type OpeningRule<T extends RecordType> = ScanRule<T> & { readonly plain: PatternRule<T> };

/**
 * The rule, its pattern tried (sticky) where its openings say a match may open, in text order and
 * never inside the previous match: the regex engine's matches of the global pattern, since no
 * match opens anywhere else, and so the same drafts. The openings are read from the pattern
 * (patternOpenings) unless written: where the source cannot be read, or reads looser than they.
 *
 * `shifts` say where a match opens from the first character of its pair: at it (0), one before
 * it (-1: 28日 opens on 2, before the pair 8日, and on one of the pair's first characters), or at
 * its second (1: a pattern keyed on 至 opens on it, after the 日 that ends a date). One shift, or
 * two next to each other: the places then come in text order. `may`, where given, is asked first
 * at each pair.
 */
export function triedAtOpenings<T extends RecordType>(
  plain: PatternRule<T>,
  openings: readonly Opening[] = [patternOpenings(plain.pattern)],
  shifts: readonly number[] = [0],
  may?: PairTest,
): OpeningRule<T> {
  if (shifts.length > 2 || (shifts.length === 2 && shifts[1]! - shifts[0]! !== 1)) {
    throw new Error('shifts must be one offset or two next to each other');
  }
  const { pattern, extract, ...rest } = plain;
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  const isDate = plain.type === 'date';
  let tables = isDate ? dateTables : otherTables;
  if (tables.known + openings.length > 32) {
    tables = new OpeningTables();
    if (isDate) dateTables = tables;
    else otherTables = tables;
  }
  const bits = openings.reduce((all, opening) => all | tables.bit(opening), 0);
  return {
    ...rest,
    plain,
    scan(ctx) {
      const { at, openings: found } = tables.pairingsOf(ctx);
      const { scan } = ctx;
      const drafts: Array<Extraction<T> & Span> = [];
      let from = 0;
      for (let k = 0; k < at.length; k++) {
        if ((found[k]! & bits) === 0 || (may && !may(scan, at[k]!))) continue;
        for (const shift of shifts) {
          const start = at[k]! + shift;
          if (start < from || (shift < 0 && (tables.byFirst[scan.charCodeAt(start)]! & bits) === 0)) continue;
          from = start + 1;
          sticky.lastIndex = start;
          const match = sticky.exec(scan);
          if (!match) continue;
          const end = start + match[0].length;
          if (end > start) from = end;
          const result = extract(match, ctx);
          if (!result) continue;
          if (Array.isArray(result)) for (const extraction of result) drafts.push(withSpan(extraction, start, end));
          else drafts.push(withSpan(result, start, end));
        }
      }
      return drafts;
    },
  };
}

/** What the engine reads of an extraction, with the match's offsets where it names none. */
function withSpan<T extends RecordType>(extraction: Extraction<T>, start: number, end: number): Extraction<T> & Span {
  return { start: extraction.start ?? start, end: extraction.end ?? end, fields: extraction.fields, priority: extraction.priority };
}
