import type { PeerCase, PeerKind } from './kinds.ts';
import { findNumerals } from '../text/numerals.ts';
import { foldWidth } from '../text/fold.ts';
import type { Span } from '../model/span.ts';

type Expected = PeerCase['expected'][number];

/** Equal within a relative 1e-9, as FORMAT.md scores values (the suite rounds 1/3 to 15 digits). */
export function sameValue(got: number, want: unknown): boolean {
  return typeof want === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
}

/** Does a found span overlap an expected item (whose `end` is inclusive)? */
export function overlapsExpected(found: Span, item: Expected): boolean {
  return found.start <= item.end && item.start < found.end;
}

/**
 * The suite's rule: every expected item is found with overlapping text and an equal value (and
 * whatever else `matches` asks); a case that expects nothing passes when nothing is found.
 */
export function judgeFound<T extends Span>(testCase: PeerCase, found: T[], matches: (f: T, item: Expected) => boolean): boolean {
  if (testCase.expected.length === 0) return found.length === 0;
  return testCase.expected.every((item) => found.some((f) => overlapsExpected(f, item) && matches(f, item)));
}

/** Recognizers-Text number cases, through the numeral parser's own API (`findNumerals`). */
export const numberKind: PeerKind = {
  kind: 'number',
  files: ['number.jsonl'],
  judge(testCase) {
    const found = findNumerals(foldWidth(testCase.text));
    return {
      pass: judgeFound(testCase, found, (f, item) => sameValue(f.value, item.value)),
      got: found.map((f) => [f.text, f.value]),
    };
  },
};
