import { mkdtempSync, readdirSync, readFileSync, rmSync, copyFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll } from 'vitest';
import { main } from '../../src/cli.ts';

export const ARTICLES = path.resolve('test/fixtures/corpus/articles');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stderr parsed as JSON lines (the log format off a terminal). */
  events: Array<Record<string, unknown>>;
}

/** Runs the CLI in this process, as cron would (stderr not a terminal). */
export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const errStream = new Writable({
    write(chunk, _encoding, done) {
      stderr += String(chunk);
      done();
    },
  });
  const code = await main(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: errStream, isTTY: false });
  const events = stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { code, stdout, stderr, events };
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgrid-cli-'));
  made.push(dir);
  return dir;
}

/** A fresh input folder holding the named fixture articles. */
export function inputWith(...names: string[]): string {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  for (const name of names) copyFileSync(path.join(ARTICLES, name), path.join(dir, name));
  return dir;
}

/** Every visible output file and its bytes. */
export function snapshot(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name))]),
  );
}

export function readJson(file: string): any {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The outputs that must not depend on how a run got there (incremental, sharded, merged):
 * everything but run.json, which records the run itself, and the run times that summary.json
 * and the header of report.html state.
 */
export function comparableOutputs(dir: string): Map<string, unknown> {
  const files = new Map<string, unknown>(snapshot(dir));
  files.delete('run.json');
  const summary = readJson(path.join(dir, 'summary.json'));
  files.set('summary.json', { ...summary, run: { ...summary.run, startedAt: undefined, finishedAt: undefined } });
  const report = files.get('report.html');
  if (report) files.set('report.html', String(report).replaceAll(summary.run.finishedAt, '(run time)'));
  return files;
}
