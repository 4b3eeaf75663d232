import { Piscina } from 'piscina';
import type { Config } from '../config.ts';
import type { InputFile } from '../load/index.ts';
import { Reporter } from '../model/diagnostic.ts';
import { processInput, type InputResult } from '../pipeline.ts';

/**
 * Below this many inputs a pool costs more than it saves: each thread takes about half a
 * second to start, because tsx compiles the whole chain once per thread.
 */
export const MIN_INPUTS_FOR_WORKERS = 200;

/** Threads for a run: the configured number for runs large enough to repay the threads' start. */
export function workerThreadsFor(inputs: number, config: Config): number {
  return inputs >= MIN_INPUTS_FOR_WORKERS ? (config.workers ?? 1) : 1;
}

/** The code of the warning an input carries when it was processed here because of a worker problem. */
export const WORKER_FAILED = 'load/worker-failed';

function withWorkerWarning(result: InputResult, file: InputFile, message: string): InputResult {
  const reporter = new Reporter('load', { path: file.relative });
  reporter.warn(WORKER_FAILED, message);
  result.load.diagnostics.push(...reporter.diagnostics);
  return result;
}

export interface WorkerPool {
  /** load → validate for one input in a worker thread. */
  process(file: InputFile): Promise<InputResult>;
  close(): Promise<void>;
}

/**
 * Starts `threads` worker threads that each run the chain. Nothing is lost to a pool problem:
 * when the threads cannot start, every input is processed on this thread (the first one says
 * why); an input whose thread crashes is processed here too, with a warning.
 */
export async function openWorkerPool(config: Config, threads: number): Promise<WorkerPool> {
  const pool = new Piscina({
    filename: new URL('./bootstrap.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: { config },
  });
  // A thread that dies outside a task is reported here; what it held falls back below.
  pool.on('error', () => {});
  const onMainThread = async (file: InputFile, warning?: string): Promise<InputResult> => {
    const result = await processInput(file, config);
    return warning ? withWorkerWarning(result, file, warning) : result;
  };
  // A thread that cannot load the chain would leave queued inputs waiting for ever: check first.
  const failedStart = await Promise.all(Array.from({ length: threads }, () => pool.run(null, { name: 'ready' }))).then(
    () => undefined,
    (error: Error) => error,
  );
  if (failedStart) {
    await pool.destroy();
    let warning: string | undefined = `worker threads could not start (${failedStart.message}); inputs were processed on the main thread`;
    return {
      process(file) {
        const result = onMainThread(file, warning);
        warning = undefined;
        return result;
      },
      close: async () => {},
    };
  }
  return {
    process: (file) =>
      (pool.run(file) as Promise<InputResult>).catch((error: Error) =>
        onMainThread(file, `the worker thread failed (${error.message}); processed on the main thread`),
      ),
    close: () => pool.destroy(),
  };
}
