import type { Config } from './config.ts';
import type { Article, LoadResult } from './model/article.ts';
import { Reporter, type Diagnostic } from './model/diagnostic.ts';
import type { AnyRecord } from './model/records.ts';
import type { ExtractContext } from './engine/extractor.ts';
import { runExtractors } from './engine/run-extractors.ts';
import { extractors, refiners } from './extractors/index.ts';
import { enrichDrafts } from './enrich/index.ts';
import { chooseAnchor } from './enrich/anchor.ts';
import { validateDrafts } from './validate/index.ts';
import { scanText } from './text/fold.ts';
import { listInputs, loadInput, type InputFile } from './load/index.ts';
import { RunIds } from './load/run-ids.ts';
import { openWorkerPool, workerThreadsFor } from './parallel/pool.ts';

export type ArticleStatus = 'ok' | 'failed';

export interface ArticleResult {
  article: Article;
  records: AnyRecord[];
  diagnostics: Diagnostic[];
  status: ArticleStatus;
  /** Milliseconds spent per stage. */
  timings: Record<'extract' | 'normalize' | 'enrich' | 'validate', number>;
}

export interface InputResult {
  load: LoadResult;
  articles: ArticleResult[];
  /** Failed when the input gave no article or an error diagnostic. */
  status: ArticleStatus;
  /** Milliseconds spent reading and parsing the file. */
  loadMs?: number;
}

export interface RunResult {
  inputs: InputResult[];
}

/** What rules see of one article: the scan text, the date anchor, the configuration. */
export function extractContext(article: Article, config: Config): ExtractContext {
  return { article, scan: scanText(article.text, article.boilerplate), anchor: chooseAnchor(article, config), config };
}

/** extract → normalize → enrich → validate for one loaded article. Never throws. */
export function processArticle(article: Article, config: Config): ArticleResult {
  const where = { path: article.path, articleId: article.id };
  const ctx = extractContext(article, config);
  const reporters = {
    extract: new Reporter('extract', where),
    normalize: new Reporter('normalize', where),
    enrich: new Reporter('enrich', where),
    validate: new Reporter('validate', where),
  };
  const timings = { extract: 0, normalize: 0, enrich: 0, validate: 0 };
  const timed = <T>(stage: keyof typeof timings, work: () => T, fallback: T): T => {
    const started = performance.now();
    try {
      return work();
    } catch (error) {
      reporters[stage].error(`${stage}/failed`, `the ${stage} stage failed: ${(error as Error).message}`);
      return fallback;
    } finally {
      timings[stage] += performance.now() - started;
    }
  };

  let drafts = timed('extract', () => runExtractors(ctx, extractors, reporters.extract), []);
  drafts = timed('normalize', () => refiners.reduce((acc, refiner) => refiner.refine(acc, ctx, reporters.normalize), drafts), drafts);
  timed('enrich', () => enrichDrafts(drafts, ctx, config, reporters.enrich), undefined);
  const records = timed('validate', () => validateDrafts(drafts, ctx, reporters.validate), []);

  const diagnostics = Object.values(reporters).flatMap((r) => r.diagnostics);
  const status: ArticleStatus = diagnostics.some((d) => d.severity === 'error') ? 'failed' : 'ok';
  return { article, records, diagnostics, status, timings };
}

/** Loads one input and processes each of its articles. */
export async function processInput(file: InputFile, config: Config): Promise<InputResult> {
  const started = performance.now();
  const load = await loadInput(file, config);
  const loadMs = performance.now() - started;
  const articles = load.articles.map((article) => processArticle(article, config));
  const failed =
    load.articles.length === 0 ||
    load.diagnostics.some((d) => d.severity === 'error') ||
    articles.some((a) => a.status === 'failed');
  return { load, articles, status: failed ? 'failed' : 'ok', loadMs };
}

/** Runs the chain over every input of the folder, a few at a time, in a stable order. */
export async function runPipeline(inputDir: string, config: Config): Promise<RunResult> {
  return { inputs: await runInputs(await listInputs(inputDir), config) };
}

/** Runs the chain over the given inputs, in their order, and keeps every result. */
export async function runInputs(files: readonly InputFile[], config: Config): Promise<InputResult[]> {
  const results: InputResult[] = [];
  await streamInputs(files, config, (result) => {
    results.push(result);
  });
  return results;
}

/**
 * Runs the chain over the inputs and hands each result to `consume` in input order, holding
 * only the few in flight: a consumer that does not keep results (a streaming writer) runs in
 * flat memory however many inputs there are. Inputs are processed `concurrency` at a time, or
 * in worker threads (see `config.workers`).
 */
export async function streamInputs(
  files: readonly InputFile[],
  config: Config,
  consume: (result: InputResult) => void | Promise<void>,
): Promise<void> {
  const threads = workerThreadsFor(files.length, config);
  const pool = threads > 1 ? await openWorkerPool(config, threads) : undefined;
  // Enough in flight to keep every thread busy while the consumer waits on the oldest.
  const window = pool ? threads * 4 : config.concurrency;
  const inFlight = new Map<number, Promise<InputResult>>();
  const ids = new RunIds();
  const start = (index: number) => {
    const result = pool ? pool.process(files[index]!) : processInput(files[index]!, config);
    // Awaited in order later; until then a failure must not count as unhandled.
    result.catch(() => {});
    inFlight.set(index, result);
  };
  try {
    for (let index = 0; index < Math.min(window, files.length); index++) start(index);
    for (let index = 0; index < files.length; index++) {
      const result = await inFlight.get(index)!;
      inFlight.delete(index);
      if (index + window < files.length) start(index + window);
      ids.claim(result);
      await consume(result);
    }
  } finally {
    await Promise.allSettled(inFlight.values());
    await pool?.close();
  }
}
