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
import { extractingThreadsFor, openWorkerPool, withWorkerWarning, type PackedResult } from './parallel/pool.ts';

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

/** How a streamed run shared its inputs among threads. */
export interface StreamedRun {
  /** Threads that extracted, the main thread included. */
  threads: number;
  /** Inputs that worker threads extracted; the main thread did the others. */
  inWorkerThreads: number;
}

/** Results a run holds ahead of its consumer, per extracting thread: enough to keep every thread busy while the consumer writes. */
const RESULTS_AHEAD_PER_THREAD = 32;

/**
 * Runs the chain over the inputs and hands each result to `consume` in input order, holding
 * only a window of results: a consumer that does not keep results (a streaming writer) runs in
 * flat memory however many inputs there are.
 *
 * With worker threads (see `config.workers`), this thread extracts the input due next whenever
 * no thread has it, and consumes; the worker threads take inputs further ahead as they free up.
 * Results from this thread are consumed as soon as they are made, and those of the workers wait
 * as bytes (see PackedResult): no result lives long on this thread's heap, whose collections
 * would otherwise cost more than the workers save. While the result due next is still in a
 * worker thread, this thread extracts the first input no thread has, so that no core waits.
 */
export async function streamInputs(
  files: readonly InputFile[],
  config: Config,
  consume: (result: InputResult) => void | Promise<void>,
): Promise<StreamedRun> {
  const threads = extractingThreadsFor(files.length, config);
  const pool = threads > 1 ? openWorkerPool(config, threads - 1) : undefined;
  const window = threads * RESULTS_AHEAD_PER_THREAD;
  const results = new Map<number, Promise<PackedResult>>();
  const done = new Set<number>();
  const ids = new RunIds();
  let next = 0; // the input consumed next; those from here on are started once they are in `results`
  let inWorkers = 0;
  let extractedHere = 0;
  let workersStarted = false;
  let startFailure: string | undefined;
  const aheadLimit = () => Math.min(files.length, next + window);
  /** The first input from `from` on that no thread has started, within the window. */
  const unstartedFrom = (from: number): number | undefined => {
    let index = from;
    while (results.has(index)) index++;
    return index < aheadLimit() ? index : undefined;
  };
  // Far enough ahead that this thread, extracting in order meanwhile, seldom finds an input still in a worker.
  const workersLead = pool ? 2 * pool.capacity : 0;

  const track = (index: number, result: Promise<PackedResult>) => {
    results.set(index, result);
    // Awaited in order later; until then a failure must not count as unhandled.
    result.then(
      () => done.add(index),
      () => done.add(index),
    );
  };
  const feedWorkers = () => {
    for (let index; workersStarted && inWorkers < pool!.capacity && (index = unstartedFrom(next + workersLead)) !== undefined; ) {
      inWorkers++;
      const result = pool!.process(files[index]!);
      track(index, result);
      result
        .finally(() => {
          inWorkers--;
          feedWorkers();
        })
        .catch(() => {});
    }
  };
  const processHere = async (file: InputFile): Promise<PackedResult> => {
    const result = await processInput(file, config);
    if (startFailure) withWorkerWarning(result, file, startFailure);
    startFailure = undefined;
    return () => result;
  };
  void pool?.started.then((failure) => {
    startFailure = failure;
    workersStarted = !failure;
    feedWorkers();
  });

  try {
    for (; next < files.length; next++) {
      feedWorkers();
      for (let index; !done.has(next) && (index = unstartedFrom(next)) !== undefined; ) {
        extractedHere++;
        const result = processHere(files[index]!);
        track(index, result);
        await result.catch(() => {});
        // Lets the worker threads' results in, so that the threads get their next inputs.
        if (pool) await new Promise(setImmediate);
      }
      const result = (await results.get(next)!)();
      results.delete(next);
      done.delete(next);
      ids.claim(result);
      await consume(result);
    }
  } finally {
    await Promise.allSettled(results.values());
    await pool?.close();
  }
  return { threads, inWorkerThreads: files.length - extractedHere };
}
