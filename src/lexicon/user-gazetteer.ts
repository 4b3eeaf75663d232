import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { gazetteerEntry, type GazetteerEntry } from './companies.ts';

/** What `pipeline.config.ts` may give as `gazetteer`: a JSON file of entries, or the entries inline. */
export const gazetteerOption = z.union([z.string().min(1), z.array(gazetteerEntry)]);

const entryList = z.array(gazetteerEntry);

/**
 * The user's own gazetteer entries, read and validated once at configuration time. Throws an
 * Error naming the file and the bad entry; the caller turns it into a configuration error.
 */
export function resolveGazetteer(option: z.output<typeof gazetteerOption> | undefined, baseDir: string): GazetteerEntry[] {
  if (option === undefined) return [];
  if (Array.isArray(option)) return option;
  const file = path.resolve(baseDir, option);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`gazetteer: cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const result = entryList.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; ');
    throw new Error(`gazetteer: bad entry in ${file}: ${problems}`);
  }
  return result.data;
}
