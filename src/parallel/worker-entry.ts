import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where worker bundles are kept: under node_modules, so that the packages they import resolve. */
const BUNDLE_DIR = new URL('../../node_modules/.cache/newsgrid/', import.meta.url);

/** The worker's entry when no bundle can be made: tsx compiles the chain in each thread. */
export const TSX_ENTRY = new URL('./bootstrap.mjs', import.meta.url);

let bundled: Promise<URL> | undefined;

/**
 * The worker task and the whole chain as one plain-JavaScript module, built once per process.
 * A thread starts in a third of the time it takes with tsx (0.25 s of CPU instead of 0.75 s),
 * which loads and compiles some 150 modules one by one in each thread. Named by a hash of its
 * code, so that runs of different versions never share one. Falls back to tsx when esbuild (which
 * tsx is built on) is missing or the cache folder is not writable.
 */
export function workerEntry(): Promise<URL> {
  bundled ??= bundleForThread(new URL('./task.ts', import.meta.url)).catch(() => TSX_ENTRY);
  return bundled;
}

/**
 * The module `entry` (TypeScript) with everything it imports from this project as one plain
 * JavaScript module that a worker thread can load without tsx, kept under node_modules; packages
 * stay imports. Built by esbuild, named by a hash of its code.
 */
export async function bundleForThread(entry: URL): Promise<URL> {
  const { build } = await import('esbuild');
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load from node_modules as they do on the main thread: one copy of each, and
    // piscina's own, which hands the thread its workerData.
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0]!.contents;
  const file = new URL(`worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`, BUNDLE_DIR);
  if (!existsSync(file)) {
    await mkdir(BUNDLE_DIR, { recursive: true });
    // Written whole, then renamed: a run starting meanwhile never loads half a file.
    const partial = new URL(`${file.href}.${process.pid}.partial`);
    await writeFile(partial, code);
    await rename(partial, file);
  }
  return file;
}

/** Node options a worker thread takes, and that concern it: profiling, one profile per thread. */
const FOR_WORKERS = /^--(cpu|heap)-prof(-[a-z]+)?(=|$)/;
const TAKES_VALUE = /^--(cpu|heap)-prof-(dir|name|interval)$/;

/**
 * The Node options of worker threads: the process's profiling options only. By default threads
 * inherit every option, tsx's preloads too, and tsx in a thread that runs the bundle costs its
 * start a loader thread and compiles nothing (the fallback entry registers tsx itself). Options
 * given to a thread must all be ones it accepts: V8 flags, such as --expose-gc, it refuses (they
 * hold for every thread of the process anyway).
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const option = execArgv[i]!;
    if (!FOR_WORKERS.test(option)) continue;
    kept.push(option);
    // A value given apart, as in `--cpu-prof-dir DIR`, goes with its option.
    if (TAKES_VALUE.test(option) && i + 1 < execArgv.length) kept.push(execArgv[++i]!);
  }
  return kept;
}
