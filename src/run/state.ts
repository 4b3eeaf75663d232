import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InputOutcome } from '../writers/outcome.ts';

/** The incremental-run state, published with the outputs it describes. */
export const STATE_FILE = 'state.json';
const STATE_FORMAT = 1;

export interface StateKey {
  configHash: string;
  rulesVersion: string;
}

export interface RunState extends StateKey {
  format: number;
  /** By input path: the content hash the outcome was extracted from. */
  inputs: Record<string, { sha256: string; outcome: InputOutcome }>;
}

/** The state an earlier run left in `outputDir`, if any and readable. */
export async function readState(outputDir: string): Promise<RunState | undefined> {
  try {
    const state = JSON.parse(await readFile(path.join(outputDir, STATE_FILE), 'utf8')) as RunState;
    return state.format === STATE_FORMAT && state.inputs ? state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What earlier runs extracted, by input path, when they ran with this configuration and these
 * rules; empty when there is no state, it is unreadable, or anything it was keyed on changed.
 */
export async function readReusable(outputDir: string, key: StateKey): Promise<Map<string, { sha256: string; outcome: InputOutcome }>> {
  const state = await readState(outputDir);
  const current = state && state.configHash === key.configHash && state.rulesVersion === key.rulesVersion;
  return current ? new Map(Object.entries(state.inputs)) : new Map();
}

export function renderState(key: StateKey, inputs: ReadonlyArray<{ sha256?: string; outcome: InputOutcome }>): string {
  const state: RunState = { format: STATE_FORMAT, ...key, inputs: {} };
  for (const { sha256, outcome } of inputs) {
    // An input that could not be read has no hash: it is retried on the next run.
    if (sha256) state.inputs[outcome.path] = { sha256, outcome };
  }
  return `${JSON.stringify(state)}\n`;
}
