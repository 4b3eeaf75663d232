import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { AnyRecord } from '../model/records.ts';
import { RECORDS_FILE, type ByteRange } from '../writers/output-writer.ts';
import type { ArticleOutcome, InputOutcome } from '../writers/outcome.ts';
import { FileSink, type WrittenFile } from '../writers/sink.ts';

/** The incremental-run state, published with the outputs it describes. */
export const STATE_FILE = 'state.json';
/**
 * 3: JSON lines. A head line (format, configHash, rulesVersion), then per input a line with its
 * content hash, its outcome without records, each article's record count and the byte range of
 * its records in records.jsonl, published beside it; a last line names records.jsonl's size and
 * sha256, so a state whose records.jsonl changed (or that was cut short) is no state. (2 held a
 * copy of each input's records after its line; 1 was one JSON object holding every record.)
 */
const STATE_FORMAT = 3;

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
  /** Where the input's records are in records.jsonl. */
  records: ByteRange;
  outcome: InputOutcome;
}

type HeadLine = StateKey & { format: number };

/** The last line: the records.jsonl the input lines point into. */
interface RecordsLine {
  records: { bytes: number; sha256: string };
}

const NEWLINE = 0x0a;

async function readRange(file: string, { start, end }: ByteRange): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const bytes = Buffer.allocUnsafe(end - start);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, start);
    if (bytesRead !== bytes.length) throw new Error(`${file} ends before byte ${end}`);
    return bytes.toString('utf8');
  } finally {
    await handle.close();
  }
}

/** An input's outcome with its records: its line of the state file, its lines of records.jsonl. */
async function readEntry(stateFile: string, line: ByteRange, recordsFile: string): Promise<InputOutcome> {
  const { recordCounts, records, outcome } = JSON.parse(await readRange(stateFile, line)) as InputLine;
  const lines = (await readRange(recordsFile, records)).split('\n');
  // The range ends with a line break: one empty string after the last line.
  const total = recordCounts.reduce((sum, n) => sum + n, 0);
  if (lines.length !== total + 1) throw new Error(`${recordsFile} does not hold the records ${stateFile} points at`);
  let next = 0;
  recordCounts.forEach((count, index) => {
    outcome.articles[index]!.records = lines.slice(next, next + count).map((text) => JSON.parse(text) as AnyRecord);
    next += count;
  });
  return outcome;
}

/** Whether `file` has this size and sha256. */
async function hasContent(file: string, expected: RecordsLine['records']): Promise<boolean> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.length;
    }
  } catch {
    return false;
  }
  return bytes === expected.bytes && hash.digest('hex') === expected.sha256;
}

/**
 * The state an earlier run left in `outputDir`, if any and readable, and if the records.jsonl
 * beside it is the one it was written with. What stays in memory is a few numbers per input; an
 * input's outcome is read from the files when it is reused.
 */
export async function readState(outputDir: string): Promise<RunState | undefined> {
  const file = path.join(outputDir, STATE_FILE);
  const recordsFile = path.join(outputDir, RECORDS_FILE);
  const inputs = new Map<string, StateEntry>();
  let head: HeadLine | undefined;
  let tail: RecordsLine | undefined;
  let pending: Buffer[] = [];
  let offset = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      let at = 0;
      while (at < chunk.length) {
        const newline = chunk.indexOf(NEWLINE, at);
        if (newline < 0) {
          pending.push(chunk.subarray(at));
          break;
        }
        const bytes = Buffer.concat([...pending, chunk.subarray(at, newline)]);
        pending = [];
        const lineEnd = offset + newline;
        const parsed = JSON.parse(bytes.toString('utf8')) as HeadLine | InputLine | RecordsLine;
        if (tail) return undefined;
        if (!head) {
          head = parsed as HeadLine;
          if (head.format !== STATE_FORMAT) return undefined;
        } else if ('outcome' in parsed) {
          const { sha256, outcome } = parsed;
          const line = { start: lineEnd - bytes.length, end: lineEnd };
          inputs.set(outcome.path, {
            sha256,
            articles: outcome.articles.map(({ id, format }) => ({ id, format })),
            outcome: () => readEntry(file, line, recordsFile),
          });
        } else {
          tail = parsed as RecordsLine;
        }
        at = newline + 1;
      }
      offset += chunk.length;
    }
  } catch {
    return undefined;
  }
  // A file cut short is no state, nor is one whose records.jsonl is not the one it points into.
  if (!head || !tail || pending.length > 0 || !(await hasContent(recordsFile, tail.records))) return undefined;
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

/** Writes state.json input by input, pointing into the records.jsonl written beside it. */
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

  /** `records` is where the writers put the input's records in records.jsonl. */
  async add(sha256: string | undefined, outcome: InputOutcome, records: ByteRange): Promise<void> {
    // An input that could not be read has no hash: it is retried on the next run.
    if (!sha256) return;
    const line: InputLine = {
      sha256,
      recordCounts: outcome.articles.map((article) => article.records.length),
      records,
      outcome: { ...outcome, articles: outcome.articles.map((article) => ({ ...article, records: [] })) },
    };
    await this.sink.write(`${JSON.stringify(line)}\n`, 1);
  }

  /** Ends the state with what records.jsonl, once written, holds. */
  async finish(records: WrittenFile): Promise<WrittenFile> {
    const line: RecordsLine = { records: { bytes: records.bytes, sha256: records.sha256 } };
    await this.sink.write(`${JSON.stringify(line)}\n`);
    return this.sink.close();
  }
}
