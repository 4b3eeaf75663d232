import { Piscina } from 'piscina';
import type { Config } from '../../../src/config.ts';
import type { InputFile } from '../../../src/load/index.ts';
import type { InputResult } from '../../../src/pipeline.ts';

/**
 * Runs load → validate for each input in `threads` worker threads; results come back in
 * input order. Kept in the benchmark, not shipped in the pipeline: on this 2-core machine it
 * does not pay yet (see the closing note of issue 9). Its threads take ~0.5 s to start
 * (tsx compiles the pipeline once per thread), counted in the figures.
 */
export async function runInputsInWorkers(
  files: readonly InputFile[],
  config: Config,
  threads: number,
  onInputDone?: (result: InputResult) => void,
): Promise<InputResult[]> {
  const pool = new Piscina({
    filename: new URL('./bootstrap.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: { config },
  });
  try {
    return await Promise.all(
      files.map(async (file) => {
        const result = (await pool.run(file)) as InputResult;
        onInputDone?.(result);
        return result;
      }),
    );
  } finally {
    await pool.destroy();
  }
}
