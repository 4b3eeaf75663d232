import { workerData } from 'piscina';
import type { Config } from '../config.ts';
import type { InputFile } from '../load/index.ts';
import { processInput, type InputResult } from '../pipeline.ts';

const config = (workerData as { config: Config }).config;

/** One input through load → validate, in a worker thread. */
export default function processInWorker(file: InputFile): Promise<InputResult> {
  return processInput(file, config);
}

/** Answers once the thread has loaded the chain: the pool's start-up check. */
export function ready(): boolean {
  return true;
}
