import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { listInputs } from '../../src/load/index.ts';
import { runInputs, streamInputs, type InputResult } from '../../src/pipeline.ts';
import { MIN_INPUTS_FOR_WORKERS, WORKER_FAILED, openWorkerPool, workerThreadsFor } from '../../src/parallel/pool.ts';

const corpus = path.resolve(import.meta.dirname, '../fixtures/corpus/articles');
const config = parseConfig({ referenceDate: '2025-02-07' }, path.resolve(import.meta.dirname, '../..'));

const outline = (results: InputResult[]) =>
  results.map((input) => ({
    path: input.load.path,
    status: input.status,
    records: input.articles.flatMap((a) => a.records),
    diagnostics: input.articles.flatMap((a) => a.diagnostics.map((d) => d.code)),
  }));

describe('worker pool', () => {
  it('gives the same results as the main thread', async () => {
    const files = await listInputs(corpus);
    const pool = await openWorkerPool(config, 2);
    const inWorkers = await Promise.all(files.map((file) => pool.process(file))).finally(() => pool.close());
    const onMain = await runInputs(files, config);
    expect(inWorkers.flatMap((input) => input.load.diagnostics).filter((d) => d.code === WORKER_FAILED)).toEqual([]);
    expect(outline(inWorkers)).toEqual(outline(onMain));
    expect(outline(onMain).some((input) => input.records.length > 0)).toBe(true);
  });

  it('starts threads only when configured and for runs large enough to repay their start', () => {
    expect(workerThreadsFor(MIN_INPUTS_FOR_WORKERS, config)).toBe(1);
    expect(workerThreadsFor(MIN_INPUTS_FOR_WORKERS - 1, { ...config, workers: 2 })).toBe(1);
    expect(workerThreadsFor(MIN_INPUTS_FOR_WORKERS, { ...config, workers: 2 })).toBe(2);
  });
});

describe('streamInputs', () => {
  it('hands every result over in input order, also to a slow consumer', async () => {
    const files = await listInputs(corpus);
    const seen: string[] = [];
    await streamInputs(files, { ...config, concurrency: 3 }, async (result) => {
      seen.push(result.load.path);
      // A slow consumer: the inputs behind it must wait, not pile up.
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(seen).toEqual(files.map((file) => file.relative));
  });
});
