import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { parseConfig } from '../../src/config.ts';
import { listInputs } from '../../src/load/index.ts';
import { runInputs, streamInputs, type InputResult } from '../../src/pipeline.ts';
import { TSX_ENTRY, workerEntry, workerExecArgv } from '../../src/parallel/worker-entry.ts';
import { outcomeOf } from '../../src/writers/outcome.ts';
import { MIN_INPUTS_FOR_WORKERS, WORKER_FAILED, extractingThreadsFor, openWorkerPool } from '../../src/parallel/pool.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/corpus/articles');
const root = path.resolve(import.meta.dirname, '../..');
const config = parseConfig({ referenceDate: '2025-02-07' }, root);

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgrid-pool-'));
  made.push(dir);
  return dir;
};

/** A folder of `count` inputs, the fixture articles over and over under numbered names: a run large enough for workers. */
function corpusOf(count: number): string {
  const dir = tempDir();
  const articles = readdirSync(fixtures).sort();
  for (let i = 0; i < count; i++) {
    const name = articles[i % articles.length]!;
    copyFileSync(path.join(fixtures, name), path.join(dir, `${String(i).padStart(4, '0')}-${name}`));
  }
  return dir;
}

/** Each input as the writers get it, serialized: equal strings give byte-identical outputs. */
const exported = (results: InputResult[]) => results.map((input) => JSON.stringify(outcomeOf(input)));

const outline = (results: InputResult[]) =>
  results.map((input) => ({
    path: input.load.path,
    status: input.status,
    records: input.articles.flatMap((a) => a.records),
    diagnostics: input.articles.flatMap((a) => a.diagnostics.map((d) => d.code)),
  }));

const workerWarnings = (results: InputResult[]) => results.flatMap((input) => input.load.diagnostics).filter((d) => d.code === WORKER_FAILED);

describe('worker pool', () => {
  it.each([
    ['the chain bundled for workers', workerEntry()],
    ['the chain compiled by tsx in each thread', TSX_ENTRY],
  ])('gives the same results as the main thread, running %s', async (_, entry) => {
    const files = await listInputs(fixtures);
    const pool = openWorkerPool(config, 2, entry);
    expect(await pool.started).toBeUndefined();
    const inWorkers = (await Promise.all(files.map((file) => pool.process(file))).finally(() => pool.close())).map((unpack) => unpack());
    const onMain = await runInputs(files, config);
    expect(workerWarnings(inWorkers)).toEqual([]);
    expect(exported(inWorkers)).toEqual(exported(onMain));
    expect(outline(inWorkers)).toEqual(outline(onMain));
    expect(outline(onMain).some((input) => input.records.length > 0)).toBe(true);
  });

  it('bundles the chain for worker threads, so that they need not compile it each', async () => {
    const entry = await workerEntry();
    expect(entry.href).not.toBe(TSX_ENTRY.href);
    expect(entry.pathname).toMatch(/\.mjs$/);
  });

  it('gives threads the profiling options of the process only: no tsx, no V8 flags, which a thread refuses', () => {
    const execArgv = ['--require', '/x/tsx/dist/preflight.cjs', '--import', 'file:///x/tsx/dist/loader.mjs', '--expose-gc', '--cpu-prof', '--cpu-prof-dir', '/tmp/profiles'];
    expect(workerExecArgv(execArgv)).toEqual(['--cpu-prof', '--cpu-prof-dir', '/tmp/profiles']);
  });

  it('starts its threads in a process started as npm run bench starts it (tsx, --expose-gc)', async () => {
    const script = [
      `import { parseConfig } from './src/config.ts';`,
      `import { openWorkerPool } from './src/parallel/pool.ts';`,
      `const pool = openWorkerPool(parseConfig({}, process.cwd()), 1);`,
      `console.log(JSON.stringify({ failure: await pool.started }));`,
      `await pool.close();`,
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--expose-gc', '--input-type=module', '-e', script], { cwd: root });
    expect(JSON.parse(stdout)).toEqual({});
  });

  it('processes on the main thread, with a warning, an input whose thread dies', async () => {
    const files = (await listInputs(fixtures)).slice(0, 3);
    const pool = openWorkerPool(config, 1, new URL('./crashing-worker.mjs', import.meta.url));
    expect(await pool.started).toBeUndefined();
    const results = (await Promise.all(files.map((file) => pool.process(file))).finally(() => pool.close())).map((unpack) => unpack());
    expect(outline(results)).toEqual(outline(await runInputs(files, config)));
    expect(workerWarnings(results)).toHaveLength(files.length);
    expect(workerWarnings(results)[0]!.message).toMatch(/the worker thread failed .*processed on the main thread/);
  });

  it('says why when its threads cannot start', async () => {
    const pool = openWorkerPool(config, 1, new URL('./missing-worker.mjs', import.meta.url));
    expect(await pool.started).toMatch(/worker threads could not start .*processed on the main thread/);
    await pool.close();
  });

  it('uses one thread by default, every core with auto, and more than one only for runs large enough to repay a thread', () => {
    expect(extractingThreadsFor(MIN_INPUTS_FOR_WORKERS, config, 4)).toBe(1);
    expect(extractingThreadsFor(MIN_INPUTS_FOR_WORKERS, { ...config, workers: 'auto' }, 2)).toBe(2);
    expect(extractingThreadsFor(MIN_INPUTS_FOR_WORKERS, { ...config, workers: 1 }, 4)).toBe(1);
    expect(extractingThreadsFor(MIN_INPUTS_FOR_WORKERS, { ...config, workers: 3 }, 2)).toBe(3);
    expect(extractingThreadsFor(MIN_INPUTS_FOR_WORKERS - 1, { ...config, workers: 2 }, 2)).toBe(1);
  });
});

describe('streamInputs', () => {
  it('hands every result over in input order with workers, also to a slow consumer', async () => {
    const files = await listInputs(corpusOf(MIN_INPUTS_FOR_WORKERS));
    const seen: string[] = [];
    await streamInputs(files, { ...config, workers: 2 }, async (result) => {
      seen.push(result.load.path);
      // A slow consumer now and then: the inputs behind it must wait, in order.
      if (seen.length % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(seen).toEqual(files.map((file) => file.relative));
  });
});

describe('a run with workers', () => {
  /** The CLI run as cron would start it, with the given `workers` setting; gives records.jsonl. */
  async function recordsWith(input: string, workers: number): Promise<Buffer> {
    const dir = tempDir();
    const configFile = path.join(dir, 'pipeline.config.ts');
    writeFileSync(configFile, `export default { workers: ${workers}, referenceDate: '2025-02-07', html: false };\n`);
    const output = path.join(dir, 'output');
    let stderr = '';
    const errors = new Writable({
      write(chunk, _encoding, done) {
        stderr += String(chunk);
        done();
      },
    });
    const code = await main(['--config', configFile, '--input', input, '--output', output], { stdout: { write: () => true }, stderr: errors, isTTY: false });
    expect(code, stderr).toBe(0);
    expect(stderr).not.toContain(WORKER_FAILED);
    return readFileSync(path.join(output, 'records.jsonl'));
  }

  it('writes the same records.jsonl, byte for byte, with one thread and with two', async () => {
    const input = corpusOf(MIN_INPUTS_FOR_WORKERS);
    const [oneThread, twoThreads] = [await recordsWith(input, 1), await recordsWith(input, 2)];
    expect(oneThread.length).toBeGreaterThan(0);
    expect(twoThreads.equals(oneThread)).toBe(true);
  });
});
