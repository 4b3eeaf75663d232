import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Writes a file and flushes it to disk, so a rename after it publishes complete content. */
export async function writeDurably(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes a file so that readers see the old content or the new, never half of it. `data` may be
 * a function that writes the content, durably, to the file it is given.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array | ((temp: string) => Promise<void>)): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await (typeof data === 'function' ? data(temp) : writeDurably(temp, data));
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Inside the output folder, so renames stay on one file system (the folder may be a mount). */
export const STAGING_DIR = '.staging';
/** Written last into the staging folder: from then on the new outputs are the outputs. */
const COMMIT_MARK = 'COMMITTED.json';

export type StagingRecovery = 'none' | 'rolled-forward' | 'discarded';

async function publishStaged(outputDir: string): Promise<void> {
  const staging = path.join(outputDir, STAGING_DIR);
  const names = JSON.parse(await readFile(path.join(staging, COMMIT_MARK), 'utf8')) as string[];
  for (const name of names) {
    const staged = path.join(staging, name);
    // Already moved by an earlier, interrupted attempt.
    if (existsSync(staged)) await rename(staged, path.join(outputDir, name));
  }
  await rm(staging, { recursive: true, force: true });
}

/**
 * Finishes or discards what a crashed run left: a committed staging folder is published (its
 * outputs were complete), an uncommitted one is deleted, so the previous outputs stand.
 */
export async function recoverStaging(outputDir: string): Promise<StagingRecovery> {
  const staging = path.join(outputDir, STAGING_DIR);
  if (!existsSync(staging)) return 'none';
  if (existsSync(path.join(staging, COMMIT_MARK))) {
    await publishStaged(outputDir);
    return 'rolled-forward';
  }
  await rm(staging, { recursive: true, force: true });
  return 'discarded';
}

/**
 * Outputs are replaced together: written into the staging folder this returns (emptied, after
 * finishing or discarding what a crashed run left) and flushed, then published by
 * `commitStaging`. A crash before the commit mark leaves the previous outputs untouched; after
 * it, `recoverStaging` completes the move. The renames themselves take milliseconds; run.json,
 * moved last, names the sha256 of each file.
 */
export async function openStaging(outputDir: string): Promise<string> {
  await mkdir(outputDir, { recursive: true });
  await recoverStaging(outputDir);
  const staging = path.join(outputDir, STAGING_DIR);
  await mkdir(staging, { recursive: true });
  return staging;
}

/** Publishes the named files of the staging folder, in this order; anything else in it is dropped. */
export async function commitStaging(outputDir: string, names: readonly string[]): Promise<void> {
  await writeFileAtomic(path.join(outputDir, STAGING_DIR, COMMIT_MARK), JSON.stringify(names));
  await publishStaged(outputDir);
}
