import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/** proper-lockfile keeps this folder's mtime fresh while the run lives; a crashed run's goes stale. */
const LOCK_DIR = '.lock';
const HOLDER_FILE = '.lock-holder.json';

export interface LockHolder {
  runId: string;
  pid: number;
  host: string;
  startedAt: string;
}

export class LockHeldError extends Error {
  override name = 'LockHeldError';
  constructor(
    readonly outputDir: string,
    readonly holder: LockHolder | undefined,
  ) {
    const who = holder ? `run ${holder.runId} (pid ${holder.pid} on ${holder.host}, since ${holder.startedAt})` : 'another run';
    super(`${outputDir} is locked by ${who}`);
  }
}

async function readHolder(outputDir: string): Promise<LockHolder | undefined> {
  try {
    return JSON.parse(await readFile(path.join(outputDir, HOLDER_FILE), 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

/**
 * Locks the output folder for one run. A lock not refreshed for `staleMs` (its run crashed or
 * was killed) is taken over. Throws LockHeldError naming the holder when the lock is live.
 */
export async function lockOutput(
  outputDir: string,
  runId: string,
  staleMs: number,
  onCompromised: (error: Error) => void,
): Promise<() => Promise<void>> {
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(outputDir, {
      lockfilePath: path.join(outputDir, LOCK_DIR),
      stale: staleMs,
      retries: 0,
      realpath: false,
      onCompromised,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new LockHeldError(outputDir, await readHolder(outputDir));
    throw error;
  }
  const holderFile = path.join(outputDir, HOLDER_FILE);
  const holder: LockHolder = { runId, pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  await writeFile(holderFile, `${JSON.stringify(holder)}\n`);
  return async () => {
    await rm(holderFile, { force: true });
    await release();
  };
}
