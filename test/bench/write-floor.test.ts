import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureWriteFloor } from '../../scripts/bench/write-floor.ts';
import { renderOutputs } from '../../src/writers/index.ts';
import { sampleExport } from '../writers/sample.ts';

const dir = await mkdtemp(path.join(os.tmpdir(), 'newsgrid-write-floor-test-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('bench write floor', () => {
  it('writes again every byte of the plain outputs and the XML inside report.xlsx, skipping scratch files', async () => {
    const files = await renderOutputs(sampleExport());
    for (const file of files) await writeFile(path.join(dir, file.name), file.data);
    await writeFile(path.join(dir, '.sheet-0-0.deflated'), 'scratch left by a run');
    const plain = files.filter((file) => !file.name.endsWith('.xlsx'));
    const workbook = files.find((file) => file.name === 'report.xlsx')!;

    const floor = await measureWriteFloor(dir);

    expect(floor.textBytes).toBe(plain.reduce((sum, file) => sum + Buffer.byteLength(file.data), 0));
    // The sheets' XML repeats its markup row after row: it deflates to a fraction of its size.
    expect(floor.workbookXmlBytes).toBeGreaterThan(2 * workbook.data.length);
    expect(floor.ms).toBeGreaterThan(0);
  });
});
