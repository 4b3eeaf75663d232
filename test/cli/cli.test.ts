import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockOutput } from '../../src/run/lock.ts';
import { inputWith, readJson, runCli, snapshot, tempDir } from './helpers.ts';

const REFERENCE = 'xinhua-deepseek-2025-02-07.txt';
const ENGLISH = 'en-reuters-sensex-nifty-flat.txt';

describe('newsgrid CLI: usage', () => {
  it('prints the usage with --help and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--fail-on error|warning');
  });

  it.each([
    [['--bogus'], /bogus/],
    [['--fail-on', 'sometimes'], /--fail-on must be one of error, warning/],
    [['--log', 'xml'], /--log must be one of json, text/],
    [['--reference-date', '2025/02/07'], /referenceDate: a date written YYYY-MM-DD/],
    [['--input', '/nonexistent/newsgrid-input'], /input folder not found/],
  ])('exits 2 with a clear message on %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 naming the bad field of a configuration file', async () => {
    const dir = tempDir();
    const config = path.join(dir, 'bad.config.ts');
    writeFileSync(config, `export default { concurrency: 0, referenceCurrency: 'yuan' };\n`);
    const run = await runCli(['--config', config, '--input', inputWith(REFERENCE)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/invalid configuration: .*concurrency.*referenceCurrency/);
  });
});

describe('newsgrid CLI: a run', () => {
  it('writes every output, a manifest, JSON log lines, and one summary line; exits 0', async () => {
    const input = inputWith(REFERENCE, ENGLISH);
    const output = path.join(tempDir(), 'out');
    const run = await runCli(['--input', input, '--output', output]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/^newsgrid: 2 articles from 2 inputs \(0 failed, 0 reused\) · records money \d+/);
    expect(run.stdout).toContain(`outputs in ${output}`);
    expect(run.events.map((e) => e.event)).toEqual(['run-start', 'input-done', 'input-done', 'run-done']);

    const files = snapshot(output);
    for (const name of ['records.jsonl', 'summary.json', 'articles.csv', 'money.csv', 'diagnostics.csv', 'report.xlsx', 'run.json', 'state.json']) {
      expect(files.has(name), name).toBe(true);
    }
    const manifest = readJson(path.join(output, 'run.json'));
    expect(manifest).toMatchObject({ status: 'ok', exitCode: 0, mode: 'incremental', args: ['--input', expect.any(String), '--output', output] });
    expect(manifest.inputs.map((i: { path: string }) => i.path)).toEqual([ENGLISH, REFERENCE]);
    expect(manifest.inputs[1].sha256).toBe(createHash('sha256').update(readFileSync(path.join(input, REFERENCE))).digest('hex'));
    expect(manifest.inputs[1]).toMatchObject({ status: 'ok', reused: false, articles: 1, encoding: expect.any(String) });
    // The input lines are streamed in from a scratch file: the file still reads as JSON.stringify(manifest, null, 2).
    expect(files.get('run.json')!.toString('utf8')).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
    for (const output of manifest.outputs as Array<{ path: string; sha256: string }>) {
      expect(createHash('sha256').update(files.get(output.path)!).digest('hex'), output.path).toBe(output.sha256);
    }
    expect(Object.keys(manifest.timingsMs)).toEqual(expect.arrayContaining(['load', 'extract', 'normalize', 'enrich', 'validate', 'render']));
  });

  it('writes nothing on --dry-run but still prints the summary', async () => {
    const output = path.join(tempDir(), 'out');
    const run = await runCli(['--input', inputWith(REFERENCE), '--output', output, '--dry-run', '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`dry run, nothing written to ${output}`);
    expect(existsSync(output)).toBe(false);
  });

  it('exits 1 and lists the failure when an input gives no article', async () => {
    const input = inputWith(REFERENCE);
    writeFileSync(path.join(input, 'empty.txt'), '');
    const output = path.join(tempDir(), 'out');
    const run = await runCli(['--input', input, '--output', output]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('failed inputs 1 (empty.txt)');
    const summary = readJson(path.join(output, 'summary.json'));
    expect(summary.failures.map((f: { path: string }) => f.path)).toEqual(['empty.txt']);
    expect(summary.articles).toHaveLength(1);
    expect(readJson(path.join(output, 'run.json'))).toMatchObject({ status: 'failed', exitCode: 1 });
  });

  it('exits 1 on warnings only with --fail-on warning', async () => {
    const input = tempDir();
    // Two feed lines with the same id: both articles load, with a warning about the duplicate.
    writeFileSync(
      path.join(input, 'feed.jsonl'),
      '{"id":"a","title":"一","text":"央行开展7000亿元MLF操作。"}\n{"id":"a","title":"二","text":"沪指上涨，成交5300亿元。"}\n',
    );
    const lenient = await runCli(['--input', input, '--output', path.join(tempDir(), 'out')]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('2 articles from 1 inputs');
    const strict = await runCli(['--input', input, '--output', path.join(tempDir(), 'out'), '--fail-on', 'warning']);
    expect(strict.code).toBe(1);
  });

  it('treats an empty input folder as a warning and exit 1, leaving the outputs as they were', async () => {
    const output = path.join(tempDir(), 'out');
    expect((await runCli(['--input', inputWith(REFERENCE), '--output', output])).code).toBe(0);
    const before = snapshot(output);
    const run = await runCli(['--input', inputWith(), '--output', output]);
    expect(run.code).toBe(1);
    expect(run.events).toContainEqual(expect.objectContaining({ level: 'warning', event: 'empty-input' }));
    const after = snapshot(output);
    expect(after.get('records.jsonl')).toEqual(before.get('records.jsonl'));
    expect(after.get('report.xlsx')).toEqual(before.get('report.xlsx'));
    expect(readJson(path.join(output, 'run.json'))).toMatchObject({ status: 'empty', exitCode: 1 });
  });
});

describe('newsgrid CLI: the output lock', () => {
  it('exits 3 naming the holder while another run holds the lock', async () => {
    const output = tempDir();
    const release = await lockOutput(output, 'holder-run-42', 60_000, () => {});
    try {
      const run = await runCli(['--input', inputWith(REFERENCE), '--output', output]);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/locked by run holder-run-42 \(pid \d+ on /);
      expect(existsSync(path.join(output, 'records.jsonl'))).toBe(false);
    } finally {
      await release();
    }
  });

  it('takes over a stale lock left by a crashed run', async () => {
    const output = tempDir();
    const lock = path.join(output, '.lock');
    mkdirSync(lock);
    const longAgo = new Date(Date.now() - 10 * 60_000);
    utimesSync(lock, longAgo, longAgo);
    const run = await runCli(['--input', inputWith(REFERENCE), '--output', output, '--lock-stale', '30']);
    expect(run.code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });
});

describe('newsgrid CLI as a process', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8' });

  it('sets the process exit code: 2 for a usage error', () => {
    const run = cli(['--input', '/nonexistent/newsgrid-input']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('input folder not found');
    expect(run.stdout).toBe('');
  });

  it('exits 0 and prints only the summary line on stdout', () => {
    const output = path.join(tempDir(), 'out');
    const run = cli(['--input', inputWith(ENGLISH), '--output', output, '--log', 'text']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^newsgrid: 1 articles from 1 inputs .* outputs in .*\n$/);
    expect(run.stderr).toMatch(/^info run-start /m);
  });
});
