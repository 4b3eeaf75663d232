import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import type { Config } from '../config.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { RECORD_TYPES, type RecordType } from '../model/records.ts';
import { articleIdFor, listInputs, type InputFile } from '../load/index.ts';
import { streamInputs, type InputResult } from '../pipeline.ts';
import { commitStaging, openStaging, recoverStaging, writeFileAtomic } from '../writers/atomic.ts';
import { indented } from '../writers/json.ts';
import { FileSink, ScratchFile } from '../writers/sink.ts';
import { OutputWriter, RECORDS_FILE } from '../writers/output-writer.ts';
import { extraOutputs } from '../writers/extras.ts';
import type { RunCounts } from '../writers/columns.ts';
import { allDiagnostics, compareText, countRecords, failedInputs, outcomeOf, type ArticleOutcome, type InputOutcome } from '../writers/outcome.ts';
import { lockOutput } from './lock.ts';
import type { Logger } from './logging.ts';
import { readReusable, readState, StateWriter, STATE_FILE, type StateEntry, type StateKey } from './state.ts';
import { VERSION, getRulesVersion } from './version.ts';

/** Files whose hashing is queued at once. */
const HASH_WINDOW = 256;

/** Documented in the README; schedulers branch on them. */
export const EXIT_CODES = {
  ok: 0,
  /** The run finished, but an input failed, a diagnostic reached --fail-on, or there was no input. */
  problems: 1,
  usage: 2,
  /** Another run holds the output folder's lock. */
  locked: 3,
  /** An unexpected error stopped the run; the previous outputs are intact. */
  internal: 4,
} as const;

export const MANIFEST_FILE = 'run.json';

export interface RunOptions {
  inputDir: string;
  outputDir: string;
  config: Config;
  /** Re-extract every input, ignoring the state of earlier runs. */
  full: boolean;
  /** Everything but writing: no lock, no outputs, no manifest. */
  dryRun: boolean;
  failOn: 'error' | 'warning';
  /** Write report.html beside the tables (off with --no-html). */
  html: boolean;
  /** The command-line arguments, recorded in the manifest. */
  args: readonly string[];
  lockStaleMs: number;
  /** Process only the inputs whose path hashes to shard `index` of `count` (0-based). */
  shard?: { index: number; count: number };
}

export interface RunReport {
  exitCode: number;
  /** The one-line closing summary for stdout. */
  summary: string;
  runId: string;
}

type StageTimings = Record<'hash' | 'load' | 'extract' | 'normalize' | 'enrich' | 'validate' | 'process' | 'render', number>;

interface ManifestInput {
  path: string;
  sha256?: string;
  bytes?: number;
  encoding?: string;
  status: InputOutcome['status'];
  reused: boolean;
  articles: number;
  records: Record<RecordType, number>;
  diagnostics: Array<Omit<Diagnostic, 'path'>>;
}

interface RunManifest {
  runId: string;
  status: 'running' | 'ok' | 'failed' | 'empty' | 'error';
  exitCode?: number;
  error?: string;
  version: string;
  rulesVersion: string;
  configHash: string;
  node: string;
  args: readonly string[];
  input: string;
  output: string;
  mode: 'full' | 'incremental' | 'merge';
  startedAt: string;
  finishedAt?: string;
  timingsMs: Partial<StageTimings>;
  inputs: ManifestInput[];
  outputs: Array<{ path: string; sha256: string; bytes: number; rows: number }>;
}

function newRunId(now: Date): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
}

async function hashFile(file: string): Promise<string | undefined> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch {
    // Unreadable: the loader reports why; without a hash the input is never reused.
    return undefined;
  }
  return hash.digest('hex');
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function manifestInput(outcome: InputOutcome, reused: boolean): ManifestInput {
  return {
    path: outcome.path,
    sha256: outcome.sha256,
    bytes: outcome.bytes,
    encoding: outcome.encoding,
    status: outcome.status,
    reused,
    articles: outcome.articles.length,
    records: countRecords(outcome.articles),
    diagnostics: allDiagnostics([outcome]).map(({ path: _path, ...rest }) => rest),
  };
}

function logInputDone(logger: Logger, result: InputResult): void {
  logger.advance(result.articles.length);
  const records = result.articles.reduce((n, a) => n + a.records.length, 0);
  const problems = [...result.load.diagnostics, ...result.articles.flatMap((a) => a.diagnostics)].filter((d) => d.severity === 'error');
  logger.log(result.status === 'ok' ? 'info' : 'warning', 'input-done', {
    path: result.load.path,
    status: result.status,
    articles: result.articles.length,
    records,
    errors: problems.length ? problems.map((d) => `${d.code}: ${d.message}`) : undefined,
  });
}

function addStageTimings(timings: StageTimings, result: InputResult): void {
  timings.load += result.loadMs ?? 0;
  for (const article of result.articles) {
    timings.extract += article.timings.extract;
    timings.normalize += article.timings.normalize;
    timings.enrich += article.timings.enrich;
    timings.validate += article.timings.validate;
  }
}

/** Whether an input makes the run exit with EXIT_CODES.problems. */
function hasProblems(outcome: InputOutcome, failOn: RunOptions['failOn']): boolean {
  const failingSeverities = failOn === 'warning' ? ['error', 'warning'] : ['error'];
  return outcome.status === 'failed' || allDiagnostics([outcome]).some((d) => failingSeverities.includes(d.severity));
}

function summaryLine(
  { counts, totals }: RunCounts,
  failed: readonly string[],
  outputDir: string,
  reused: number,
  dryRun: boolean,
): string {
  const failures = failed.length ? `${failed.length} (${failed.join(', ')})` : '0';
  const where = dryRun ? `dry run, nothing written to ${outputDir}` : `outputs in ${outputDir}`;
  return (
    `newsgrid: ${counts.articles} articles from ${counts.inputs} inputs (${counts.failedArticles} failed, ${reused} reused)` +
    ` · records ${RECORD_TYPES.map((type) => `${type} ${totals[type]}`).join(', ')}` +
    ` · failed inputs ${failures} · ${where}`
  );
}

/** The shard directories given to merge do not fit together; the CLI exits 2. */
export class MergeError extends Error {
  override name = 'MergeError';
}

/** Which of `count` shards an input belongs to: a hash of its path, stable across machines. */
export function shardOf(inputPath: string, count: number): number {
  return Number.parseInt(createHash('sha256').update(inputPath).digest('hex').slice(0, 8), 16) % count;
}

interface Session {
  manifest: RunManifest;
  logger: Logger;
  outputDir: string;
  dryRun: boolean;
  failOn: RunOptions['failOn'];
  html: boolean;
  /** Set when the lock was lost mid-run (e.g. the process stalled past --lock-stale). */
  lockLost?: Error;
  /** The manifest's lines of the inputs, once they are all written; `manifest.inputs` stays empty. */
  inputLines?: ManifestInputLines;
}

/**
 * The manifest's line of each input, written to a scratch file as the inputs pass: a long run
 * would otherwise hold a line per input, and run.json as one string, until its end.
 */
class ManifestInputLines {
  private readonly out: ScratchFile;
  count = 0;

  constructor(readonly file: string) {
    this.out = new ScratchFile(file);
  }

  add(input: ManifestInput): Promise<void> {
    return this.out.write(`${this.count++ === 0 ? '' : ',\n'}    ${indented(input, 2)}`);
  }

  close(): Promise<void> {
    return this.out.close();
  }
}

/** `JSON.stringify(manifest, null, 2)` with the input lines in place of its empty `inputs`. */
const EMPTY_INPUTS = '\n  "inputs": [],\n';

/** Writes run.json, streaming the input lines from their scratch file; flushed to disk. */
async function writeManifest(session: Session, file: string): Promise<void> {
  const text = `${JSON.stringify(session.manifest, null, 2)}\n`;
  const sink = new FileSink(file);
  const lines = session.inputLines;
  const at = text.indexOf(EMPTY_INPUTS);
  if (!lines || lines.count === 0 || at < 0) {
    await sink.write(text);
  } else {
    await sink.write(`${text.slice(0, at)}\n  "inputs": [\n`);
    for await (const chunk of createReadStream(lines.file, { highWaterMark: 1 << 20 })) await sink.write(chunk as Buffer);
    await sink.write(`\n  ],\n${text.slice(at + EMPTY_INPUTS.length)}`);
  }
  await sink.close();
}

function openSession(
  options: { outputDir: string; dryRun: boolean; failOn: RunOptions['failOn']; html: boolean; args: readonly string[] },
  input: string,
  mode: RunManifest['mode'],
  key: StateKey,
  logger: Logger,
): Session {
  const started = new Date();
  const manifest: RunManifest = {
    runId: newRunId(started),
    status: 'running',
    version: VERSION,
    ...key,
    node: process.version,
    args: options.args,
    input,
    output: options.outputDir,
    mode,
    startedAt: started.toISOString(),
    timingsMs: {},
    inputs: [],
    outputs: [],
  };
  return {
    manifest,
    logger,
    outputDir: options.outputDir,
    dryRun: options.dryRun,
    failOn: options.failOn,
    html: options.html,
  };
}

/**
 * Holds the output folder's lock around `work` and finishes or discards what a crashed run
 * left. On an unexpected error run.json still records what happened; the outputs stay as
 * they were. Throws LockHeldError when another run holds the lock.
 */
async function underLock(session: Session, lockStaleMs: number, work: () => Promise<RunReport>): Promise<RunReport> {
  const { manifest, logger, outputDir, dryRun } = session;
  let release: (() => Promise<void>) | undefined;
  if (!dryRun) {
    await mkdir(outputDir, { recursive: true });
    release = await lockOutput(outputDir, manifest.runId, lockStaleMs, (error) => {
      // Another run may now own the folder: this one must not publish over it.
      session.lockLost = error;
      logger.log('error', 'lock-compromised', { message: error.message });
    });
  }
  try {
    if (!dryRun) {
      const recovery = await recoverStaging(outputDir);
      if (recovery !== 'none') logger.log('warning', 'staging-recovered', { recovery });
    }
    return await work();
  } catch (error) {
    Object.assign(manifest, { status: 'error', exitCode: EXIT_CODES.internal, error: String(error), finishedAt: new Date().toISOString() });
    if (!dryRun && !session.lockLost) await writeFileAtomic(path.join(outputDir, MANIFEST_FILE), (temp) => writeManifest(session, temp)).catch(() => {});
    throw error;
  } finally {
    await release?.();
  }
}

const FEED_FORMATS: ReadonlySet<string> = new Set(['json', 'jsonl', 'xml']);

/**
 * Whether an earlier run's outcome still has the id this listing gives its file: a file's id
 * depends on its neighbours (`a.txt` is `a` alone, `a.txt` beside `a.html`), so an unchanged file
 * is re-extracted when a new neighbour changes its id. Feed articles keep the ids the feed states.
 */
function keepsItsId(outcome: { articles: ReadonlyArray<Pick<ArticleOutcome, 'id' | 'format'>> }, file: InputFile): boolean {
  const id = file.id ?? articleIdFor(file.relative);
  return outcome.articles.every((article) => FEED_FORMATS.has(article.format) || article.id === id);
}

interface PlannedInput {
  sha256?: string;
  outcome: InputOutcome;
  /** Extracted by an earlier run (or a shard), not by this one. */
  reused: boolean;
}

/** The outputs of a run being written, one input at a time, into the staging folder. */
interface Publication {
  add(entry: PlannedInput): Promise<void>;
  /** Finishes every output with the state and the manifest, and publishes them together. */
  finish(timings: Partial<StageTimings>): Promise<RunReport>;
  /** Removes a dry run's scratch folder; a real run's staging is published or left for recovery. */
  close(): Promise<void>;
}

async function openPublication(session: Session, key: StateKey): Promise<Publication> {
  const { manifest, outputDir, dryRun } = session;
  // A dry run writes into a scratch folder and deletes it: everything but the publishing.
  const staging = dryRun ? await mkdtemp(path.join(os.tmpdir(), 'newsgrid-dry-run-')) : await openStaging(outputDir);
  const writer = await OutputWriter.open(staging, { extras: session.html ? extraOutputs : [] });
  const state = await StateWriter.open(staging, key);
  // Records go straight to the writers, the manifest's line of each input to a scratch file.
  const inputLines = new ManifestInputLines(path.join(staging, '.run-inputs.json'));
  const failed: string[] = [];
  let problems = false;
  let reused = 0;
  let renderMs = 0;
  return {
    async add(entry) {
      const mark = performance.now();
      const records = await writer.add(entry.outcome);
      await state.add(entry.sha256, entry.outcome, records);
      await inputLines.add(manifestInput(entry.outcome, entry.reused));
      if (failedInputs([entry.outcome]).length > 0) failed.push(entry.outcome.path);
      problems ||= hasProblems(entry.outcome, session.failOn);
      if (entry.reused) reused++;
      renderMs += performance.now() - mark;
    },
    async finish(timings) {
      const mark = performance.now();
      const { files, counts } = await writer.finish({ version: VERSION, ...key, startedAt: manifest.startedAt, finishedAt: new Date().toISOString() });
      files.push(await state.finish(files.find((file) => file.name === RECORDS_FILE)!));
      await inputLines.close();
      session.inputLines = inputLines;
      timings.render = renderMs + performance.now() - mark;

      const exitCode = problems ? EXIT_CODES.problems : EXIT_CODES.ok;
      Object.assign(manifest, {
        status: exitCode === EXIT_CODES.ok ? 'ok' : 'failed',
        exitCode,
        finishedAt: new Date().toISOString(),
        timingsMs: Object.fromEntries(Object.entries(timings).map(([stage, ms]) => [stage, round(ms)])),
        outputs: files.map(({ name, ...file }) => ({ path: name, ...file })),
      });
      if (session.lockLost) throw new Error(`the lock on ${outputDir} was lost, nothing published: ${session.lockLost.message}`);
      if (!dryRun) {
        await writeManifest(session, path.join(staging, MANIFEST_FILE));
        await commitStaging(outputDir, [...files.map((file) => file.name), MANIFEST_FILE]);
        // The staging folder, and the input lines in it, are gone.
        session.inputLines = undefined;
      }
      session.logger.log('info', 'run-done', { runId: manifest.runId, status: manifest.status, exitCode, outputs: files.length });
      return { exitCode, runId: manifest.runId, summary: summaryLine(counts, failed, outputDir, reused, dryRun) };
    },
    async close() {
      if (dryRun) await rm(staging, { recursive: true, force: true });
    },
  };
}

/** Writes the outputs of the given inputs of earlier runs' states and publishes them together. */
async function publish(session: Session, key: StateKey, entries: ReadonlyArray<StateEntry>, timings: Partial<StageTimings>): Promise<RunReport> {
  const publication = await openPublication(session, key);
  try {
    for (const entry of entries) await publication.add({ sha256: entry.sha256, outcome: await entry.outcome(), reused: true });
    return await publication.finish(timings);
  } finally {
    await publication.close();
  }
}

/**
 * One scheduled run: extract the new and changed inputs (of this shard), reuse the rest from
 * the state of earlier runs, and publish every output together.
 */
export async function executeRun(options: RunOptions, logger: Logger): Promise<RunReport> {
  const { config } = options;
  const key = { configHash: config.hash, rulesVersion: getRulesVersion() };
  const session = openSession(options, options.inputDir, options.full ? 'full' : 'incremental', key, logger);
  const { manifest } = session;
  return underLock(session, options.lockStaleMs, async () => {
    const timings: StageTimings = { hash: 0, load: 0, extract: 0, normalize: 0, enrich: 0, validate: 0, process: 0, render: 0 };
    let mark = performance.now();
    const listed = await listInputs(options.inputDir);
    if (listed.length === 0) {
      logger.log('warning', 'empty-input', { input: options.inputDir, message: 'no input files: the outputs are left as they were' });
      Object.assign(manifest, { status: 'empty', exitCode: EXIT_CODES.problems, finishedAt: new Date().toISOString() });
      if (!options.dryRun) await writeFileAtomic(path.join(options.outputDir, MANIFEST_FILE), (temp) => writeManifest(session, temp));
      return {
        exitCode: EXIT_CODES.problems,
        runId: manifest.runId,
        summary: `newsgrid: no inputs in ${options.inputDir} · outputs in ${options.outputDir} left as they were`,
      };
    }
    const { shard } = options;
    const files = shard ? listed.filter((file) => shardOf(file.relative, shard.count) === shard.index) : listed;
    // p-limit queues a task per file given to it: windows of files keep that queue short however many inputs there are.
    const hashLimit = pLimit(config.concurrency);
    const hashes: Array<string | undefined> = [];
    for (let start = 0; start < files.length; start += HASH_WINDOW) {
      const window = files.slice(start, start + HASH_WINDOW);
      hashes.push(...(await Promise.all(window.map((file) => hashLimit(() => hashFile(file.absolute))))));
    }
    timings.hash = performance.now() - mark;

    const reusable: Map<string, StateEntry> = options.full ? new Map() : await readReusable(options.outputDir, key);
    const plan = files.map((file, index) => {
      const fileHash = hashes[index];
      const cached = fileHash ? reusable.get(file.relative) : undefined;
      return { file, sha256: fileHash, reused: cached && cached.sha256 === fileHash && keepsItsId(cached, file) ? cached : undefined };
    });
    const todo = plan.filter((entry) => !entry.reused);
    logger.log('info', 'run-start', {
      runId: manifest.runId,
      inputs: files.length,
      extract: todo.length,
      reuse: files.length - todo.length,
      mode: manifest.mode,
      shard: shard ? `${shard.index}/${shard.count}` : undefined,
    });

    mark = performance.now();
    logger.startProgress(todo.length);
    // Each result is written as it comes, in input order, with the reused inputs that precede
    // it: a full run holds no more than the inputs in flight, however many there are.
    const publication = await openPublication(session, key);
    try {
      let next = 0;
      const addReusedUpTo = async (end: number) => {
        for (; next < end; next++) {
          const entry = plan[next]!;
          if (entry.reused) await publication.add({ sha256: entry.sha256, outcome: await entry.reused.outcome(), reused: true });
        }
      };
      const todoIndex = plan.map((entry, index) => (entry.reused ? -1 : index)).filter((index) => index >= 0);
      let done = 0;
      await streamInputs(
        todo.map((entry) => entry.file),
        config,
        async (result) => {
          logInputDone(logger, result);
          addStageTimings(timings, result);
          const at = todoIndex[done++]!;
          await addReusedUpTo(at);
          await publication.add({ sha256: plan[at]!.sha256, outcome: outcomeOf(result), reused: false });
          next = at + 1;
        },
      );
      await addReusedUpTo(plan.length);
      logger.stopProgress();
      timings.process = performance.now() - mark;
      return await publication.finish(timings);
    } finally {
      logger.stopProgress();
      await publication.close();
    }
  });
}

export interface MergeOptions {
  shardDirs: readonly string[];
  outputDir: string;
  dryRun: boolean;
  failOn: RunOptions['failOn'];
  html: boolean;
  args: readonly string[];
  lockStaleMs: number;
}

/**
 * Merges the output folders of shard runs (`--shard I/N`) into the outputs one run over all
 * inputs would have written: the shards' states hold every input's outcome.
 */
export async function executeMerge(options: MergeOptions, logger: Logger): Promise<RunReport> {
  const states = await Promise.all(
    options.shardDirs.map(async (dir) => {
      const state = await readState(dir);
      if (!state) throw new MergeError(`${dir} holds no ${STATE_FILE} from a newsgrid run`);
      return { dir, state };
    }),
  );
  const [first] = states;
  if (!first) throw new MergeError('merge needs at least one shard output folder');
  const key: StateKey = { configHash: first.state.configHash, rulesVersion: first.state.rulesVersion };
  const owner = new Map<string, string>();
  const entries: Array<StateEntry & { path: string }> = [];
  for (const { dir, state } of states) {
    if (state.configHash !== key.configHash || state.rulesVersion !== key.rulesVersion) {
      throw new MergeError(`${dir} was produced with another configuration or rules version than ${first.dir}`);
    }
    for (const [inputPath, entry] of state.inputs) {
      const seen = owner.get(inputPath);
      if (seen) throw new MergeError(`${inputPath} appears in both ${seen} and ${dir}: the shards overlap`);
      owner.set(inputPath, dir);
      entries.push({ ...entry, path: inputPath });
    }
  }
  entries.sort((a, b) => compareText(a.path, b.path));
  const session = openSession(options, options.shardDirs.join(','), 'merge', key, logger);
  return underLock(session, options.lockStaleMs, async () => {
    logger.log('info', 'merge-start', { runId: session.manifest.runId, shards: states.length, inputs: entries.length });
    return publish(session, key, entries, {});
  });
}
