import { appendFileSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('reads the records of reused inputs from records.jsonl, and reuses nothing once records.jsonl changed', async () => {
    const input = inputWith(REFERENCE, ENGLISH);
    const output = path.join(tempDir(), 'out');
    await runCli(['--input', input, '--output', output]);
    const records = readFileSync(path.join(output, 'records.jsonl'));
    const state = readFileSync(path.join(output, 'state.json'));
    expect(state.length).toBeLessThan(records.length);
    expect((await runCli(['--input', input, '--output', output])).stdout).toContain('2 reused');
    expect(readFileSync(path.join(output, 'records.jsonl'))).toEqual(records);

    // Same size, other bytes: the ranges the state points at no longer hold its records.
    writeFileSync(path.join(output, 'records.jsonl'), Buffer.from(records.toString('latin1').replace('"money"', '"MONEY"'), 'latin1'));
    expect((await runCli(['--input', input, '--output', output])).stdout).toContain('0 reused');
    expect(readFileSync(path.join(output, 'records.jsonl'))).toEqual(records);
  });

  it('treats the state of an older format, which held the records itself, as no state', async () => {
    const input = inputWith(REFERENCE, ENGLISH);
    const output = path.join(tempDir(), 'out');
    await runCli(['--input', input, '--output', output]);
    const full = comparableOutputs(output);
    // Format 2: the head line, then each input's line followed by its records as records.jsonl has them.
    const [head, ...lines] = readFileSync(path.join(output, 'state.json'), 'utf8').trimEnd().split('\n');
    const records = readFileSync(path.join(output, 'records.jsonl'));
    const old = [JSON.stringify({ ...JSON.parse(head!), format: 2 })];
    for (const line of lines.slice(0, -1)) {
      const { sha256, recordCounts, outcome, records: range } = JSON.parse(line);
      old.push(JSON.stringify({ sha256, recordCounts, outcome }), records.subarray(range.start, range.end).toString('utf8').trimEnd());
    }
    writeFileSync(path.join(output, 'state.json'), `${old.join('\n')}\n`);

    const again = await runCli(['--input', input, '--output', output]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 reused');
    expect(comparableOutputs(output)).toEqual(full);
    expect((await runCli(['--input', input, '--output', output])).stdout).toContain('2 reused');
  });
});
