import { move, workerData } from 'piscina';
import type { Config } from '../config.ts';
import type { InputFile } from '../load/index.ts';
import { processInput } from '../pipeline.ts';
import { serializeResult } from './transfer.ts';

const config = (workerData as { config: Config }).config;

/**
 * The inputs queued in this thread, one after another. Piscina starts every queued task before
 * any awaits resolve; chained, each input is done (and its result sent) before the next begins.
 */
let queue: Promise<unknown> = Promise.resolve();

/**
 * One input through load → validate, in a worker thread; the result moved to the main thread as
 * bytes (see `PackedResult` and `serializeResult`).
 */
export default function processInWorker(file: InputFile): Promise<Uint8Array> {
  const result = queue.then(async () => move(serializeResult(await processInput(file, config))) as Uint8Array);
  queue = result.catch(() => {});
  return result;
}

/** Answers once the thread has loaded the chain: the pool's start-up check. */
export function ready(): boolean {
  return true;
}
