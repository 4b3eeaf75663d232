import { datetimeKind } from './datetime.ts';
import { numberKind } from './number.ts';
import { percentKind } from './percent.ts';
import { currencyKind } from './currency.ts';

/** One case of a peer suite (see the suite's README for the format). */
export interface PeerCase {
  id: string;
  kind: string;
  level: string;
  text: string;
  supported: boolean;
  referenceTime?: string | null;
  expected: Array<{ text: string; value: unknown; unit?: string | null; type: string; start: number; end: number }>;
}

/** How newsgrid answers one kind of peer case: pass or fail, with what it found. */
export interface PeerKind {
  kind: string;
  /** Suite files (in the suite folder) that hold this kind's cases. */
  files: string[];
  judge(testCase: PeerCase): { pass: boolean; got: unknown };
}

export const peerKinds: PeerKind[] = [datetimeKind, numberKind, percentKind, currencyKind];

/** A part of a kind's supported cases worth its own figure. */
export interface PeerSubset {
  kind: string;
  name: string;
  includes(testCase: PeerCase): boolean;
}

const DATE_TYPES = new Set(['date', 'daterange']);

export const peerSubsets: PeerSubset[] = [
  {
    // The cases whose answers are all dates: what a date record is for (durations and times are not).
    kind: 'datetime',
    name: 'date values',
    includes: (c) => c.expected.length > 0 && c.expected.every((e) => DATE_TYPES.has(e.type.replace('datetimeV2.', ''))),
  },
];
