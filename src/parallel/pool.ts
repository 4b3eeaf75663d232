import os from 'node:os';
import v8 from 'node:v8';
import { Piscina } from 'piscina';
import type { Config } from '../config.ts';
import type { InputFile } from '../load/index.ts';
import { Reporter } from '../model/diagnostic.ts';
import { processInput, type InputResult } from '../pipeline.ts';
import { deserializeResult } from './transfer.ts';
import { workerEntry, workerExecArgv } from './worker-entry.ts';

/**
 * Below this many inputs a worker thread costs more than it gives back: it takes about 0.25 s of
 * CPU to start, and its first hundred inputs run at half speed while V8 compiles the hot code
 * again for that thread (about a second of CPU, on the process's background threads).
 */
export const MIN_INPUTS_FOR_WORKERS = 200;

/**
 * Inputs queued in each worker thread. The main thread hands out the next input only when it
 * sees a result come back, which waits while it is busy extracting or writing (about 4 ms an
 * input): a thread with a few inputs queued never sits idle in the meantime.
 */
const INPUTS_QUEUED_PER_THREAD = 4;

/**
 * Threads that extract in a run of `inputs` inputs, the main thread included: `config.workers`
 * ('auto': one per core) for runs large enough to repay a worker thread's start, else 1. One by
 * default: a second thread adds 200–300 MB at peak (its own copy of the chain and its heap),
 * which would take a 100,000-article run (about 440 MB on one thread) past 500 MB, and it costs about a
 * quarter more CPU (see the README).
 */
export function extractingThreadsFor(inputs: number, config: Config, cores = os.availableParallelism()): number {
  if (inputs < MIN_INPUTS_FOR_WORKERS) return 1;
  const workers = config.workers ?? 1;
  return workers === 'auto' ? cores : workers;
}

/**
 * Makes the isolates of threads started from now on compile optimised code on their own thread.
 * By default V8 hands that work to a background thread, which on a machine with a core per
 * extracting thread has no core to run on: a fresh worker then runs unoptimised code for longer
 * and its compiles take the other thread's core. Measured on 2 cores, 10,000 articles: two threads
 * took 10.7–11.3 s and 20.5–21.6 s of CPU (five runs) instead of 12.2–13.1 s and 23.3–25.0 s (three).
 * V8 reads this setting when it creates an isolate, so the main thread's, made before, keeps its
 * background compiler.
 */
function compileOptimisedCodeOnEachWorkerThread(): void {
  v8.setFlagsFromString('--no-concurrent-recompilation');
}

/** The code of the warning an input carries when it was processed here because of a worker problem. */
export const WORKER_FAILED = 'load/worker-failed';

/** Adds the worker-failure warning to an input's load diagnostics. */
export function withWorkerWarning(result: InputResult, file: InputFile, message: string): InputResult {
  const reporter = new Reporter('load', { path: file.relative });
  reporter.warn(WORKER_FAILED, message);
  result.load.diagnostics.push(...reporter.diagnostics);
  return result;
}

/**
 * A result to take in when its turn comes. Results from worker threads wait as bytes, outside
 * the heap, and become objects only then: on the heap they would wait long enough to reach the
 * old generation, whose collections cost the main thread more than the decoding does.
 */
export type PackedResult = () => InputResult;

export interface WorkerPool {
  /** Inputs the threads take at once (queued ones included); more wait on the main thread. */
  readonly capacity: number;
  /**
   * Settles once the threads can take inputs: to undefined, or to the reason they could not
   * start (then `process` must not be called: the main thread does every input).
   */
  readonly started: Promise<string | undefined>;
  /** load → validate for one input in a worker thread; on the main thread, with a warning, when the thread fails. */
  process(file: InputFile): Promise<PackedResult>;
  close(): Promise<void>;
}

/**
 * Starts `threads` worker threads that each run the chain (`entry`: by default the bundled
 * chain); returns at once, while they start. Nothing is lost to a pool problem: see `started`,
 * and an input whose thread crashes is processed on the main thread with a warning.
 */
export function openWorkerPool(config: Config, threads: number, entry: Promise<URL> | URL = workerEntry()): WorkerPool {
  let pool: Piscina | undefined;
  let closed = false;
  const start = async () => {
    const filename = (await entry).href;
    if (closed) throw new Error('the run ended first');
    compileOptimisedCodeOnEachWorkerThread();
    pool = new Piscina({
      filename,
      minThreads: threads,
      maxThreads: threads,
      concurrentTasksPerWorker: INPUTS_QUEUED_PER_THREAD,
      execArgv: workerExecArgv(),
      workerData: { config },
    });
    // A thread that dies outside a task is reported here; what it held falls back below.
    pool.on('error', () => {});
    // A thread that cannot load the chain would leave its inputs waiting for ever: check first.
    await Promise.all(Array.from({ length: threads }, () => pool!.run(null, { name: 'ready' })));
  };
  const started = start().then(
    () => undefined,
    async (error: Error) => {
      if (!closed) await pool?.destroy();
      return `worker threads could not start (${error.message}); inputs were processed on the main thread`;
    },
  );
  return {
    capacity: threads * INPUTS_QUEUED_PER_THREAD,
    started,
    process: (file) =>
      (pool!.run(file) as Promise<Uint8Array>).then(
        (bytes): PackedResult => () => deserializeResult(bytes),
        async (error: Error) => {
          const result = await processInput(file, config);
          withWorkerWarning(result, file, `the worker thread failed (${error.message}); processed on the main thread`);
          return () => result;
        },
      ),
    // A run that ends before the threads are up does not wait for them.
    close: async () => {
      closed = true;
      await pool?.destroy();
    },
  };
}
