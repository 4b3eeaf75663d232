import type { RunCounts } from './columns.ts';
import type { InputOutcome, RunInfo } from './outcome.ts';
import { reportHtmlOutput } from '../report/index.ts';

/**
 * An output beyond the tables (e.g. report.html). Each run starts a fresh collector, which sees
 * every input as it is written, in input path order, and renders its file at the end with the
 * run's counts (the same figures as summary.json); the file is published with the others and
 * listed in run.json.
 */
export interface ExtraOutput {
  name: string;
  start(): {
    add(input: InputOutcome): void;
    finish(run: RunInfo, counts: RunCounts): string | Uint8Array;
  };
}

/** THE registry of extra outputs: one line per output. */
export const extraOutputs: readonly ExtraOutput[] = [reportHtmlOutput];
