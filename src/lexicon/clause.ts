import { codeUnitSet } from '../text/code-units.ts';

/** Where a clause ends: Chinese and Latin clause punctuation and line breaks, by character code. */
const CLAUSE_BREAK = codeUnitSet('，,。；;！!？?\n：:（(）)');

/** Where the clause around `start` begins, at most `max` characters before it. */
export function clauseStart(scan: string, start: number, max: number): number {
  let from = start;
  const limit = Math.max(0, start - max);
  while (from > limit && CLAUSE_BREAK[scan.charCodeAt(from - 1)] === 0) from--;
  return from;
}

/**
 * The words before `start` in the same clause, at most `max` characters: what qualifiers and
 * direction words of a figure are looked for in (单日跌幅高达16.97% → `单日跌幅高达`).
 */
export function clauseBefore(scan: string, start: number, max: number): string {
  return scan.slice(clauseStart(scan, start, max), start);
}
