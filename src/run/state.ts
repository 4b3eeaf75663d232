import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InputOutcome } from '../writers/outcome.ts';
import { FileSink, type WrittenFile } from '../writers/sink.ts';

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

/**
 * Writes state.json entry by entry (it holds every record, so it is never built as one string):
 * the same text JSON.stringify would give for the state object.
 */
export class StateWriter {
  private first = true;
  private readonly sink: FileSink;

  private constructor(dir: string) {
    this.sink = new FileSink(path.join(dir, STATE_FILE));
  }

  static async open(dir: string, key: StateKey): Promise<StateWriter> {
    const writer = new StateWriter(dir);
    const head = JSON.stringify({ format: STATE_FORMAT, configHash: key.configHash, rulesVersion: key.rulesVersion });
    await writer.sink.write(`${head.slice(0, -1)},"inputs":{`);
    return writer;
  }

  async add(sha256: string | undefined, outcome: InputOutcome): Promise<void> {
    // An input that could not be read has no hash: it is retried on the next run.
    if (!sha256) return;
    await this.sink.write(`${this.first ? '' : ','}${JSON.stringify(outcome.path)}:${JSON.stringify({ sha256, outcome })}`, 1);
    this.first = false;
  }

  finish(): Promise<WrittenFile> {
    return this.sink.write('}}\n').then(() => this.sink.close());
  }
}
