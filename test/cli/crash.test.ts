import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverStaging, STAGING_DIR } from '../../src/writers/atomic.ts';
import { ARTICLES, inputWith, readJson, runCli, snapshot, tempDir } from './helpers.ts';

const REFERENCE = 'xinhua-deepseek-2025-02-07.txt';

/** Starts the real CLI and kills it with SIGKILL as soon as `when` holds (checked every few ms and on each log line). */
function killWhen(args: string[], when: (stderr: string) => boolean): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const check = () => {
      if (child.exitCode === null && child.signalCode === null && when(stderr)) child.kill('SIGKILL');
    };
    const poll = setInterval(check, 2);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      check();
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      resolve({ signal, stderr });
    });
  });
}

/** What the clock does to a dead run's lock: no refresh for longer than --lock-stale (taking over is tested in cli.test.ts). */
function ageLock(output: string): void {
  const longAgo = new Date(Date.now() - 10 * 60_000);
  utimesSync(path.join(output, '.lock'), longAgo, longAgo);
}

function manyCopies(count: number): string {
  const dir = tempDir();
  for (let i = 0; i < count; i++) copyFileSync(path.join(ARTICLES, REFERENCE), path.join(dir, `copy-${String(i).padStart(3, '0')}.txt`));
  return dir;
}

describe('crash safety', () => {
  it('leaves the previous outputs intact when a run is killed midway, and the next run recovers', async () => {
    const output = path.join(tempDir(), 'out');
    const small = inputWith(REFERENCE);
    expect((await runCli(['--input', small, '--output', output])).code).toBe(0);
    const before = snapshot(output);

    const killed = await killWhen(['--input', manyCopies(100), '--output', output, '--log', 'json'], (stderr) => stderr.includes('"input-done"'));
    expect(killed.signal, 'the run must be killed before it finishes').toBe('SIGKILL');

    expect(snapshot(output)).toEqual(before);
    expect(existsSync(path.join(output, '.lock')), 'the killed run leaves its lock behind').toBe(true);

    ageLock(output);
    writeFileSync(path.join(small, 'second.txt'), '新华财经北京2月8日电 央行开展7000亿元MLF操作。\n');
    const next = await runCli(['--input', small, '--output', output]);
    expect(next.code).toBe(0);
    expect(readJson(path.join(output, 'summary.json')).counts.articles).toBe(2);
    expect(existsSync(path.join(output, STAGING_DIR))).toBe(false);
  });

  it('leaves the previous outputs intact when a run is killed while it writes its outputs', async () => {
    const output = path.join(tempDir(), 'out');
    const small = inputWith(REFERENCE);
    expect((await runCli(['--input', small, '--output', output])).code).toBe(0);
    const before = snapshot(output);

    const staging = path.join(output, STAGING_DIR);
    const killed = await killWhen(['--input', manyCopies(30), '--output', output], () => existsSync(staging));
    expect(killed.signal, 'the run must be killed before it finishes').toBe('SIGKILL');
    expect(existsSync(staging), 'killed while staging').toBe(true);
    expect(snapshot(output)).toEqual(before);

    ageLock(output);
    const next = await runCli(['--input', small, '--output', output]);
    expect(next.code).toBe(0);
    expect(next.events).toContainEqual(expect.objectContaining({ event: 'staging-recovered', recovery: 'discarded' }));
    expect(snapshot(output).get('records.jsonl')).toEqual(before.get('records.jsonl'));
  });

  it('completes a swap that was committed before the crash', async () => {
    const output = tempDir();
    writeFileSync(path.join(output, 'records.jsonl'), 'old\n');
    const staging = path.join(output, STAGING_DIR);
    mkdirSync(staging);
    writeFileSync(path.join(staging, 'summary.json'), '{"new":true}\n');
    writeFileSync(path.join(staging, 'COMMITTED.json'), JSON.stringify(['records.jsonl', 'summary.json']));
    // records.jsonl was already moved into place before the crash.
    writeFileSync(path.join(output, 'records.jsonl'), 'new\n');

    expect(await recoverStaging(output)).toBe('rolled-forward');
    expect(readdirSync(output).sort()).toEqual(['records.jsonl', 'summary.json']);
    expect(readJson(path.join(output, 'summary.json'))).toEqual({ new: true });
  });

  it('discards a staging folder that was never committed', async () => {
    const output = tempDir();
    writeFileSync(path.join(output, 'records.jsonl'), 'old\n');
    mkdirSync(path.join(output, STAGING_DIR));
    writeFileSync(path.join(output, STAGING_DIR, 'records.jsonl'), 'half');
    expect(await recoverStaging(output)).toBe('discarded');
    expect(snapshot(output)).toEqual(new Map([['records.jsonl', Buffer.from('old\n')]]));
  });
});
