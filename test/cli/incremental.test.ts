import { appendFileSync, rmSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES, comparableOutputs, inputWith, readJson, runCli, tempDir } from './helpers.ts';

const REFERENCE = 'xinhua-deepseek-2025-02-07.txt';
const ENGLISH = 'en-reuters-sensex-nifty-flat.txt';
const IMPAIRMENT = 'zh-industrial-securities-impairment.txt';
const PBOC = 'zh-pboc-mlf-rate-cut-brief.txt';


describe('incremental runs', () => {
  it('re-extracts only new and changed inputs, drops removed ones, and equals a full run byte for byte', async () => {
    const input = inputWith(REFERENCE, ENGLISH, IMPAIRMENT);
    const incremental = path.join(tempDir(), 'out');
    expect((await runCli(['--input', input, '--output', incremental])).code).toBe(0);

    appendFileSync(path.join(input, ENGLISH), '\nThe rupee ended at 61.25 per dollar on Jan. 5, 2015, up 0.3%.\n');
    rmSync(path.join(input, IMPAIRMENT));
    copyFileSync(path.join(ARTICLES, PBOC), path.join(input, PBOC));

    const second = await runCli(['--input', input, '--output', incremental]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('(0 failed, 1 reused)');
    const manifest = readJson(path.join(incremental, 'run.json'));
    expect(manifest.inputs.map((i: { path: string; reused: boolean }) => [i.path, i.reused])).toEqual([
      [ENGLISH, false],
      [REFERENCE, true],
      [PBOC, false],
    ]);

    const full = path.join(tempDir(), 'out');
    const fullRun = await runCli(['--input', input, '--output', full, '--full']);
    expect(fullRun.stdout).toContain('(0 failed, 0 reused)');
    expect(comparableOutputs(incremental)).toEqual(comparableOutputs(full));
  });

  it('re-extracts an unchanged file whose id a new neighbour changes, and still equals a full run', async () => {
    const input = tempDir();
    copyFileSync(path.join(ARTICLES, PBOC), path.join(input, 'brief.txt'));
    const incremental = path.join(tempDir(), 'out');
    await runCli(['--input', input, '--output', incremental]);
    expect(readJson(path.join(incremental, 'summary.json')).articles.map((a: { id: string }) => a.id)).toEqual(['brief']);

    copyFileSync(path.join(ARTICLES, REFERENCE), path.join(input, 'brief.md'));
    const second = await runCli(['--input', input, '--output', incremental]);
    expect(second.stdout).toContain('0 reused');
    const full = path.join(tempDir(), 'out');
    await runCli(['--input', input, '--output', full, '--full']);
    expect(comparableOutputs(incremental)).toEqual(comparableOutputs(full));
    expect(new Set(readJson(path.join(full, 'summary.json')).articles.map((a: { id: string }) => a.id)).size).toBe(2);
  });

  it('re-extracts everything when the configuration changes, and on --full', async () => {
    const input = inputWith(REFERENCE, ENGLISH);
    const output = path.join(tempDir(), 'out');
    await runCli(['--input', input, '--output', output]);
    expect((await runCli(['--input', input, '--output', output])).stdout).toContain('2 reused');
    expect((await runCli(['--input', input, '--output', output, '--reference-date', '2025-01-01'])).stdout).toContain('0 reused');
    expect((await runCli(['--input', input, '--output', output, '--full'])).stdout).toContain('0 reused');
  });
});
