import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../../src/config.ts';
import type { InputFile } from '../../src/load/index.ts';
import { processInput } from '../../src/pipeline.ts';

/**
 * Extracts the inputs it is given and sends back only how many records they gave: the work of
 * a worker thread without any result crossing to another thread (see ceiling.ts).
 */
const { files, config } = workerData as { files: InputFile[]; config: Config };
let records = 0;
for (const file of files) {
  for (const article of (await processInput(file, config)).articles) records += article.records.length;
}
parentPort!.postMessage(records);
