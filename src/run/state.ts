import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { AnyRecord } from '../model/records.ts';
import type { ArticleOutcome, InputOutcome } from '../writers/outcome.ts';
import { FileSink, type WrittenFile } from '../writers/sink.ts';

/** The incremental-run state, published with the outputs it describes. */
export const STATE_FILE = 'state.json';
/**
 * 2: JSON lines. A head line (format, configHash, rulesVersion), then per input a line with its
 * content hash, its outcome without records and each article's record count, followed by the
 * input's records as records.jsonl has them. (1 was one JSON object holding every record.)
 */
const STATE_FORMAT = 2;

export interface StateKey {
  configHash: string;
  rulesVersion: string;
}

/** One input of a state file: its content hash, and its outcome read back when it is reused. */
export interface StateEntry {
  sha256: string;
  /** Enough of its articles to tell whether their ids still hold. */
  articles: Array<Pick<ArticleOutcome, 'id' | 'format'>>;
  outcome(): Promise<InputOutcome>;
}

export interface RunState extends StateKey {
  format: number;
  /** By input path, in the order the state lists them (input path order). */
  inputs: Map<string, StateEntry>;
}

interface InputLine {
  sha256: string;
  recordCounts: number[];
  outcome: InputOutcome;
}

const NEWLINE = 0x0a;

/** An input's lines of the state file, from the byte range they fill: its outcome with its records. */
async function readEntry(file: string, start: number, end: number): Promise<InputOutcome> {
  const handle = await open(file, 'r');
  let text: string;
  try {
    const bytes = Buffer.alloc(end - start);
    await handle.read(bytes, 0, bytes.length, start);
    text = bytes.toString('utf8');
  } finally {
    await handle.close();
  }
  const lines = text.split('\n');
  const { recordCounts, outcome } = JSON.parse(lines[0]!) as InputLine;
  let next = 1;
  recordCounts.forEach((count, index) => {
    outcome.articles[index]!.records = lines.slice(next, next + count).map((line) => JSON.parse(line) as AnyRecord);
    next += count;
  });
  return outcome;
}

/**
 * The state an earlier run left in `outputDir`, if any and readable. Only the input lines are
 * parsed here (the records are skipped), so what stays in memory is a few numbers per input; an
 * input's outcome is read from the file when it is reused.
 */
export async function readState(outputDir: string): Promise<RunState | undefined> {
  const file = path.join(outputDir, STATE_FILE);
  const inputs = new Map<string, StateEntry>();
  let head: (StateKey & { format: number }) | undefined;
  /** Record lines still to skip after the current input's line. */
  let skip = 0;
  let entryStart = 0;
  let entryHash = '';
  let entryPath = '';
  let entryArticles: StateEntry['articles'] = [];
  let pending: Buffer[] = [];
  let offset = 0;
  const endEntry = (end: number) => {
    const start = entryStart;
    inputs.set(entryPath, { sha256: entryHash, articles: entryArticles, outcome: () => readEntry(file, start, end) });
  };
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      let at = 0;
      while (at < chunk.length) {
        const newline = chunk.indexOf(NEWLINE, at);
        if (newline < 0) {
          if (skip === 0) pending.push(chunk.subarray(at));
          break;
        }
        const lineEnd = offset + newline + 1;
        if (skip > 0) {
          if (--skip === 0) endEntry(lineEnd);
        } else {
          const line = Buffer.concat([...pending, chunk.subarray(at, newline)]).toString('utf8');
          pending = [];
          if (!head) {
            head = JSON.parse(line) as StateKey & { format: number };
            if (head.format !== STATE_FORMAT) return undefined;
          } else {
            const { sha256, recordCounts, outcome } = JSON.parse(line) as InputLine;
            entryStart = lineEnd - Buffer.byteLength(line) - 1;
            [entryHash, entryPath] = [sha256, outcome.path];
            entryArticles = outcome.articles.map(({ id, format }) => ({ id, format }));
            skip = recordCounts.reduce((sum, n) => sum + n, 0);
            if (skip === 0) endEntry(lineEnd);
          }
        }
        at = newline + 1;
      }
      offset += chunk.length;
    }
  } catch {
    return undefined;
  }
  // A file cut short is no state.
  if (!head || skip > 0 || pending.length > 0) return undefined;
  return { format: head.format, configHash: head.configHash, rulesVersion: head.rulesVersion, inputs };
}

/**
 * What earlier runs extracted, by input path, when they ran with this configuration and these
 * rules; empty when there is no state, it is unreadable, or anything it was keyed on changed.
 */
export async function readReusable(outputDir: string, key: StateKey): Promise<Map<string, StateEntry>> {
  const state = await readState(outputDir);
  const current = state && state.configHash === key.configHash && state.rulesVersion === key.rulesVersion;
  return current ? state.inputs : new Map();
}

/** Writes state.json input by input: the records go in as the writers serialized them for records.jsonl. */
export class StateWriter {
  private readonly sink: FileSink;

  private constructor(dir: string) {
    this.sink = new FileSink(path.join(dir, STATE_FILE));
  }

  static async open(dir: string, key: StateKey): Promise<StateWriter> {
    const writer = new StateWriter(dir);
    await writer.sink.write(`${JSON.stringify({ format: STATE_FORMAT, configHash: key.configHash, rulesVersion: key.rulesVersion })}\n`);
    return writer;
  }

  /** `recordLines` are the input's records, one JSON line each, in article order. */
  async add(sha256: string | undefined, outcome: InputOutcome, recordLines: Uint8Array): Promise<void> {
    // An input that could not be read has no hash: it is retried on the next run.
    if (!sha256) return;
    const line: InputLine = {
      sha256,
      recordCounts: outcome.articles.map((article) => article.records.length),
      outcome: { ...outcome, articles: outcome.articles.map((article) => ({ ...article, records: [] })) },
    };
    await this.sink.write(`${JSON.stringify(line)}\n`, 1);
    await this.sink.write(recordLines);
  }

  finish(): Promise<WrittenFile> {
    return this.sink.close();
  }
}
