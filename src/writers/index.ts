import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RunExport } from './outcome.ts';
import { OutputWriter } from './output-writer.ts';

export { OutputWriter, RECORDS_FILE, REPORT_FILE, SUMMARY_FILE } from './output-writer.ts';

/** One output file in memory; `rows` is its data rows (records, articles, lines). */
export interface OutputFile {
  name: string;
  data: Buffer;
  rows: number;
}

/**
 * Every output of a run, in memory (through a scratch folder, so it is exactly what a run
 * writes). Same inputs and configuration give the same bytes.
 */
export async function renderOutputs(runExport: RunExport, options?: Parameters<typeof OutputWriter.open>[1]): Promise<OutputFile[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsgrid-render-'));
  try {
    const writer = await OutputWriter.open(dir, options);
    for (const input of runExport.inputs) await writer.add(input);
    const { files } = await writer.finish(runExport.run);
    return Promise.all(files.map(async (file) => ({ name: file.name, data: await readFile(path.join(dir, file.name)), rows: file.rows })));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

