/**
 * Every event rule's trigger matches in one pass over the article, instead of one full pass per
 * rule: a table from code unit to the rules whose matches may open with it (their opening units,
 * read from each trigger's source, with the units that may come second and whether the match
 * opens a word) picks the positions worth trying, and each rule's own regex runs there sticky.
 * A rule's exec loop would find its leftmost match at or after where its last match ended;
 * trying every opening position in order from there finds that same match, so the matches are
 * exactly the plain loop's, in the same order.
 */
import { anchoredMatches } from '../../refiners/anchored-scan.ts';
import { bitSet, hasBit, isAsciiWordUnit, isHighSurrogate, isLowSurrogate, setBit } from '../../text/code-units.ts';
import { openingUnits, type UnitOpening } from '../../engine/opening-units.ts';
import type { EventRule } from './rule.ts';

/**
 * A trigger match: where it runs, and the regex's own result only for a trigger whose named
 * groups the rule reads. Most triggers have none: their matches are found by test(), which makes
 * no result array nor a copy of the matched text for each.
 */
export interface TriggerMatch {
  index: number;
  end: number;
  result: RegExpExecArray | undefined;
}

/** A rule's trigger matches over one text, or what its regex threw. */
export type TriggerMatches = TriggerMatch[] | Error;

/** The trigger has named groups (subject, owner, move), which the rule reads from its matches. */
const readsGroups = (trigger: RegExp) => /\(\?<[^=!]/.test(trigger.source);

/**
 * The trigger's non-empty matches, as matchAll would give them: an exec loop on the rule's own
 * regex, since matchAll clones the regex for every call, which costs on every article.
 */
export function triggersIn(scan: string, trigger: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(scan); m; m = trigger.exec(scan)) {
    if (m[0].length > 0) matches.push(m);
    else trigger.lastIndex += trigger.unicode && (scan.codePointAt(trigger.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return matches;
}

/** A rule's matches without openings: tried around its anchor, or found by its own full pass. */
function plainMatches(rule: EventRule, scan: string, keepsResults: boolean): TriggerMatch[] {
  const results = rule.anchor ? anchoredMatches(scan, rule.trigger, rule.anchor) : triggersIn(scan, rule.trigger);
  return results.map((m) => ({ index: m.index, end: m.index + m[0].length, result: keepsResults ? m : undefined }));
}

/** Bits of the filter of (unit, next unit) pairs; a hash of the pair picks one. */
const PAIR_FILTER_BITS = 18;
const pairSlot = (unit: number, next: number) => (Math.imul(unit, 0x9e3779b1) ^ Math.imul(next, 0x85ebca77)) >>> (32 - PAIR_FILTER_BITS);

/**
 * Bits of the filter of (rule, unit, next unit) triples: a bit test where a look in the rule's
 * set of seconds cost a hash lookup per rule and position. A bit two triples share only costs a
 * try of the rule's regex, which then finds nothing.
 */
const TRIPLE_FILTER_BITS = 20;
const tripleSlot = (index: number, unit: number, next: number) =>
  (Math.imul(unit, 0x9e3779b1) ^ Math.imul(next, 0x85ebca77) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> (32 - TRIPLE_FILTER_BITS);

/** Code units a trigger's matches may open with, each with what must hold around it. */
export type Openings = ReadonlyMap<number, UnitOpening>;

/** One rule worth trying where a unit stands. */
interface Candidate {
  index: number;
  opensWord: boolean;
  /** Only some units may come second: those its triples set in the filter. */
  limitsSeconds: boolean;
}

/** The unit table in the narrowest array its list numbers fit: the fewer bytes, the more of it stays in cache. */
function narrowed(table: Uint32Array, lists: number): Uint8Array | Uint16Array | Uint32Array {
  if (lists <= 0x100) return Uint8Array.from(table);
  return lists <= 0x10000 ? Uint16Array.from(table) : table;
}

/** The openings of each rule's trigger; undefined for one scanned the plain way (anchored, or unreadable). */
export function triggerOpenings(rules: readonly EventRule[]): Array<Openings | undefined> {
  return rules.map((rule) => (rule.anchor ? undefined : openingUnits(rule.trigger)));
}

/**
 * The scanner for `rules`: given a text, each rule's trigger matches (in rule order). `openings`
 * are the units each rule's matches may open with; a rule without them is scanned the plain way.
 */
export function triggerScanner(rules: readonly EventRule[], openings: ReadonlyArray<Openings | undefined>): (scan: string) => TriggerMatches[] {
  const combined = rules.map((_, index) => openings[index] !== undefined);
  const sticky = rules.map((rule) => new RegExp(rule.trigger.source, rule.trigger.flags.includes('y') ? rule.trigger.flags : `${rule.trigger.flags}y`));
  const unicode = rules.map((rule) => rule.trigger.unicode || rule.trigger.flags.includes('v'));
  const keepsResults = rules.map((rule) => readsGroups(rule.trigger));
  // The table holds, for each unit, the number of its list of candidates (0: none). Beside each
  // list, what every candidate in it needs, so most positions are passed over at one look: all
  // open words, or the units any of them may have second.
  const candidateLists: Candidate[][] = [[]];
  // The units any candidate of a list may have second; null once one of them may have any.
  const anySeconds: Array<Set<number> | null> = [null];
  const wideTable = new Uint32Array(0x10000);
  const tripleFilter = bitSet(1 << TRIPLE_FILTER_BITS);
  openings.forEach((units, index) => {
    for (const [unit, { opensWord, seconds }] of units ?? []) {
      if (wideTable[unit] === 0) {
        wideTable[unit] = candidateLists.push([]) - 1;
        anySeconds.push(new Set());
      }
      const list = wideTable[unit]!;
      candidateLists[list]!.push({ index, opensWord, limitsSeconds: seconds !== undefined });
      if (!seconds) anySeconds[list] = null;
      for (const next of seconds ?? []) {
        anySeconds[list]?.add(next);
        const slot = tripleSlot(index, unit, next);
        setBit(tripleFilter, slot);
      }
    }
  });
  const table = narrowed(wideTable, candidateLists.length);
  // One bit per unit for whether any rule opens with it: the text's many units that open none are
  // passed over at a look in 8 KB, not at their entries scattered over the whole table.
  const opensAny = bitSet(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) if (table[unit] !== 0) setBit(opensAny, unit);
  const allOpenWords = candidateLists.map((list) => list.every((c) => c.opensWord));
  // Each pair of a unit and a unit that may follow it sets a bit of the pair filter: most pairs
  // in a text set none, and are passed over at one look. A pair that shares the bit of another
  // is not looked up in the unit's set: the filter of triples rules it out for each candidate.
  const pairFilter = bitSet(1 << PAIR_FILTER_BITS);
  for (let unit = 0; unit < 0x10000; unit++) {
    for (const next of anySeconds[table[unit]!] ?? []) {
      const slot = pairSlot(unit, next);
      setBit(pairFilter, slot);
    }
  }

  // Where each rule's exec loop would search next: its last match's end. One array serves every
  // text: a typed array per call would be allocated outside the heap, which costs per article.
  const nextFrom = new Int32Array(rules.length);
  return (scan) => {
    nextFrom.fill(0);
    const results: TriggerMatches[] = rules.map((rule, index) => {
      if (combined[index]) return [];
      try {
        return plainMatches(rule, scan, keepsResults[index]!);
      } catch (error) {
        return error as Error;
      }
    });
    for (let at = 0; at < scan.length; at++) {
      const code = scan.charCodeAt(at);
      if (!hasBit(opensAny, code)) continue;
      const list = table[code]!;
      const insideWord = isAsciiWordUnit(code) && at > 0 && isAsciiWordUnit(scan.charCodeAt(at - 1));
      if (insideWord && allOpenWords[list]) continue;
      const next = scan.charCodeAt(at + 1);
      if (anySeconds[list]) {
        const slot = pairSlot(code, next);
        if (!hasBit(pairFilter, slot)) continue;
      }
      // A unicode pattern never starts inside a surrogate pair.
      const insidePair = isLowSurrogate(code) && isHighSurrogate(scan.charCodeAt(at - 1));
      for (const { index, opensWord, limitsSeconds } of candidateLists[list]!) {
        if (at < nextFrom[index]! || (insidePair && unicode[index]) || (insideWord && opensWord)) continue;
        if (limitsSeconds) {
          const slot = tripleSlot(index, code, next);
          if (!hasBit(tripleFilter, slot)) continue;
        }
        const found = results[index]!;
        if (found instanceof Error) continue;
        const pattern = sticky[index]!;
        pattern.lastIndex = at;
        try {
          // A sticky test() that matches leaves lastIndex where the match ends. It comes first even
          // for a trigger whose groups are read: nearly every try fails, and a failing test() costs less than exec().
          const end = pattern.test(scan) ? pattern.lastIndex : at;
          if (end === at) continue;
          let result: RegExpExecArray | undefined;
          if (keepsResults[index]) {
            pattern.lastIndex = at;
            result = pattern.exec(scan)!;
          }
          found.push({ index: at, end, result });
          nextFrom[index] = end;
        } catch (error) {
          results[index] = error as Error;
        }
      }
    }
    return results;
  };
}
