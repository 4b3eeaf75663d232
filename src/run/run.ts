import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { Config } from '../config.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { RECORD_TYPES, type RecordType } from '../model/records.ts';
import { listInputs } from '../load/index.ts';
import { runInputs, type InputResult } from '../pipeline.ts';
import { recoverStaging, writeFileAtomic, writeFilesTogether } from '../writers/atomic.ts';
import { renderOutputs, type OutputFile } from '../writers/index.ts';
import { allArticles, allDiagnostics, failedInputs, outcomeOf, type InputOutcome, type RunExport } from '../writers/outcome.ts';
import { lockOutput } from './lock.ts';
import type { Logger } from './logging.ts';
import { readReusable, renderState, STATE_FILE } from './state.ts';
import { VERSION, getRulesVersion } from './version.ts';

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
  /** The command-line arguments, recorded in the manifest. */
  args: readonly string[];
  lockStaleMs: number;
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
  mode: 'full' | 'incremental';
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

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const round = (ms: number) => Math.round(ms * 10) / 10;

function countByType(outcome: InputOutcome): Record<RecordType, number> {
  const counts = Object.fromEntries(RECORD_TYPES.map((type) => [type, 0])) as Record<RecordType, number>;
  for (const article of outcome.articles) for (const record of article.records) counts[record.type]++;
  return counts;
}

function manifestInput(outcome: InputOutcome, reused: boolean): ManifestInput {
  return {
    path: outcome.path,
    sha256: outcome.sha256,
    bytes: outcome.bytes,
    encoding: outcome.encoding,
    status: outcome.status,
    reused,
    articles: outcome.articles.length,
    records: countByType(outcome),
    diagnostics: allDiagnostics([outcome]).map(({ path: _path, ...rest }) => rest),
  };
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

function exitCodeFor(outcomes: readonly InputOutcome[], failOn: RunOptions['failOn']): number {
  const failingSeverities = failOn === 'warning' ? ['error', 'warning'] : ['error'];
  const failed =
    outcomes.some((input) => input.status === 'failed') ||
    allDiagnostics(outcomes).some((d) => failingSeverities.includes(d.severity));
  return failed ? EXIT_CODES.problems : EXIT_CODES.ok;
}

function summaryLine(runExport: RunExport, outputDir: string, reused: number, dryRun: boolean): string {
  const articles = allArticles(runExport.inputs);
  const counts = Object.fromEntries(RECORD_TYPES.map((type) => [type, 0])) as Record<RecordType, number>;
  for (const article of articles) for (const record of article.records) counts[record.type]++;
  const failedArticles = articles.filter((a) => a.status === 'failed').length;
  const failed = failedInputs(runExport.inputs);
  const failures = failed.length ? `${failed.length} (${failed.map((input) => input.path).join(', ')})` : '0';
  const where = dryRun ? `dry run, nothing written to ${outputDir}` : `outputs in ${outputDir}`;
  return (
    `newsgrid: ${articles.length} articles from ${runExport.inputs.length} inputs (${failedArticles} failed, ${reused} reused)` +
    ` · records ${RECORD_TYPES.map((type) => `${type} ${counts[type]}`).join(', ')}` +
    ` · failed inputs ${failures} · ${where}`
  );
}

/**
 * One scheduled run: lock the output folder, finish or discard what a crashed run left, extract
 * the new and changed inputs, reuse the rest, and publish every output together with the
 * state and the manifest. Throws LockHeldError when another run holds the lock.
 */
export async function executeRun(options: RunOptions, logger: Logger): Promise<RunReport> {
  const { config, outputDir, dryRun } = options;
  const started = new Date();
  const runId = newRunId(started);
  const key = { configHash: config.hash, rulesVersion: getRulesVersion() };
  const manifest: RunManifest = {
    runId,
    status: 'running',
    version: VERSION,
    ...key,
    node: process.version,
    args: options.args,
    input: options.inputDir,
    output: outputDir,
    mode: options.full ? 'full' : 'incremental',
    startedAt: started.toISOString(),
    timingsMs: {},
    inputs: [],
    outputs: [],
  };
  const manifestFile = (): OutputFile => ({ name: MANIFEST_FILE, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), rows: manifest.inputs.length });

  let release: (() => Promise<void>) | undefined;
  if (!dryRun) {
    await mkdir(outputDir, { recursive: true });
    release = await lockOutput(outputDir, runId, options.lockStaleMs, (error) =>
      logger.log('error', 'lock-compromised', { message: error.message }),
    );
  }
  try {
    if (!dryRun) {
      const recovery = await recoverStaging(outputDir);
      if (recovery !== 'none') logger.log('warning', 'staging-recovered', { recovery });
    }
    const timings: StageTimings = { hash: 0, load: 0, extract: 0, normalize: 0, enrich: 0, validate: 0, process: 0, render: 0 };
    let mark = performance.now();
    const files = await listInputs(options.inputDir);
    const hashLimit = pLimit(config.concurrency);
    const hashes = await Promise.all(files.map((file) => hashLimit(() => hashFile(file.absolute))));
    timings.hash = performance.now() - mark;

    if (files.length === 0) {
      logger.log('warning', 'empty-input', { input: options.inputDir, message: 'no input files: the outputs are left as they were' });
      Object.assign(manifest, { status: 'empty', exitCode: EXIT_CODES.problems, finishedAt: new Date().toISOString() });
      if (!dryRun) await writeFileAtomic(path.join(outputDir, MANIFEST_FILE), manifestFile().data);
      return { exitCode: EXIT_CODES.problems, runId, summary: `newsgrid: no inputs in ${options.inputDir} · outputs in ${outputDir} left as they were` };
    }

    const reusable = options.full ? new Map() : await readReusable(outputDir, key);
    const plan = files.map((file, index) => {
      const fileHash = hashes[index];
      const cached = fileHash ? reusable.get(file.relative) : undefined;
      return { file, sha256: fileHash, reused: cached?.sha256 === fileHash ? (cached?.outcome as InputOutcome | undefined) : undefined };
    });
    const todo = plan.filter((entry) => !entry.reused);
    logger.log('info', 'run-start', { runId, inputs: files.length, extract: todo.length, reuse: files.length - todo.length, mode: manifest.mode });

    mark = performance.now();
    logger.startProgress(todo.length);
    const results = await runInputs(
      todo.map((entry) => entry.file),
      config,
      (result) => {
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
      },
    );
    logger.stopProgress();
    timings.process = performance.now() - mark;
    results.forEach((result) => addStageTimings(timings, result));

    const fresh = new Map(todo.map((entry, index) => [entry, outcomeOf(results[index]!)]));
    const outcomes = plan.map((entry) => entry.reused ?? fresh.get(entry)!);
    const runExport: RunExport = {
      run: { version: VERSION, ...key, startedAt: manifest.startedAt, finishedAt: new Date().toISOString() },
      inputs: outcomes,
    };

    mark = performance.now();
    const outputs = await renderOutputs(runExport);
    const state = renderState(key, plan.map((entry, index) => ({ sha256: entry.sha256, outcome: outcomes[index]! })));
    outputs.push({ name: STATE_FILE, data: Buffer.from(state), rows: outcomes.length });
    timings.render = performance.now() - mark;

    const exitCode = exitCodeFor(outcomes, options.failOn);
    Object.assign(manifest, {
      status: exitCode === EXIT_CODES.ok ? 'ok' : 'failed',
      exitCode,
      finishedAt: new Date().toISOString(),
      timingsMs: Object.fromEntries(Object.entries(timings).map(([stage, ms]) => [stage, round(ms)])),
      inputs: plan.map((entry, index) => manifestInput(outcomes[index]!, entry.reused !== undefined)),
      outputs: outputs.map((file) => ({ path: file.name, sha256: sha256(file.data), bytes: file.data.length, rows: file.rows })),
    });
    if (!dryRun) await writeFilesTogether(outputDir, [...outputs, manifestFile()]);
    logger.log('info', 'run-done', { runId, status: manifest.status, exitCode, outputs: outputs.length });
    return { exitCode, runId, summary: summaryLine(runExport, outputDir, plan.length - todo.length, dryRun) };
  } catch (error) {
    Object.assign(manifest, { status: 'error', exitCode: EXIT_CODES.internal, error: String(error), finishedAt: new Date().toISOString() });
    if (!dryRun) await writeFileAtomic(path.join(outputDir, MANIFEST_FILE), manifestFile().data).catch(() => {});
    throw error;
  } finally {
    await release?.();
  }
}
