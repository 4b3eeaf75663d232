import type { Reporter } from '../model/diagnostic.ts';
import type { AnyRecord } from '../model/records.ts';

/** A check across an article's valid records; flags what an analyst would want flagged. */
export type ConsistencyCheck = (records: readonly AnyRecord[], reporter: Reporter) => void;

export const consistencyChecks: readonly ConsistencyCheck[] = [];
