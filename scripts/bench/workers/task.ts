import { workerData } from 'piscina';
import type { Config } from '../../../src/config.ts';
import type { InputFile } from '../../../src/load/index.ts';
import { processInput, type InputResult } from '../../../src/pipeline.ts';

const config = (workerData as { config: Config }).config;

/** One input through load → validate, in a worker thread. */
export default function processInWorker(file: InputFile): Promise<InputResult> {
  return processInput(file, config);
}
