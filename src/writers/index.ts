import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import type { RunResult } from '../pipeline.ts';
import { writeFileAtomic } from './atomic.ts';

/** Writes every output of a run into `outputDir`. */
export async function writeOutputs(run: RunResult, outputDir: string, config: Config): Promise<string[]> {
  await mkdir(outputDir, { recursive: true });
  const records = run.inputs.flatMap((i) => i.articles.flatMap((a) => a.records));
  const file = path.join(outputDir, 'records.jsonl');
  await writeFileAtomic(file, records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : ''));
  void config;
  return [file];
}
