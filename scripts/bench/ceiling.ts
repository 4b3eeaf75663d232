import { Worker } from 'node:worker_threads';
import type { Config } from '../../src/config.ts';
import { listInputs, type InputFile } from '../../src/load/index.ts';
import { bundleForThread } from '../../src/parallel/worker-entry.ts';
import { measurePhase, type PhaseFigures } from './measure.ts';

export interface Ceiling {
  /** The inputs extracted by one fresh worker thread. */
  one: PhaseFigures;
  /** The same inputs dealt among `threads` fresh worker threads. */
  many: PhaseFigures;
  threads: number;
  speedup: number;
  cpuRatio: number;
}

/** Extracts `files` in `threads` fresh worker threads, dealt in turn; the records they gave. */
async function extractInThreads(entry: URL, files: readonly InputFile[], threads: number, config: Config): Promise<number> {
  const shares = Array.from({ length: threads }, (_, thread) => files.filter((_, index) => index % threads === thread));
  const counts = await Promise.all(
    shares.map(
      (share) =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(entry, { workerData: { files: share, config } });
          worker.once('message', (records: number) => {
            resolve(records);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * What `threads` threads can give this machine at best, for extraction: the inputs are extracted
 * by one fresh worker thread, then dealt among `threads` fresh ones, each sending back only a
 * count of records. Each thread loads the chain and compiles its hot code anew, as the pool's do;
 * unlike the pool, no result crosses between threads and the main thread only waits. The gap
 * between this speed-up and the pool's is what moving results costs; this one's shortfall from
 * `threads`× is the threads' start and the cores slowing each other (shared caches and memory; on
 * a virtual machine, perhaps the two hardware threads of one physical core).
 */
export async function measureCeiling(inputDir: string, bytes: number, threads: number, config: Config): Promise<Ceiling> {
  const files = await listInputs(inputDir);
  const entry = await bundleForThread(new URL('./ceiling-worker.ts', import.meta.url));
  const one = await measurePhase(files.length, bytes, () => extractInThreads(entry, files, 1, config));
  const many = await measurePhase(files.length, bytes, () => extractInThreads(entry, files, threads, config));
  if (one.result !== many.result) throw new Error(`one thread gave ${one.result} records, ${threads} gave ${many.result}`);
  return { one: one.figures, many: many.figures, threads, speedup: one.figures.ms / many.figures.ms, cpuRatio: many.figures.cpuMs / one.figures.cpuMs };
}
