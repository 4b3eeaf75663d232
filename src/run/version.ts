import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE_FILE = path.resolve(SOURCE_DIR, '..', 'package.json');

export const VERSION: string = (JSON.parse(readFileSync(PACKAGE_FILE, 'utf8')) as { version: string }).version;

let rulesVersion: string | undefined;

/**
 * A hash of every source file: any change to a rule, lexicon or stage gives a new version, so
 * an incremental run never reuses records that the current code would extract differently.
 */
export function getRulesVersion(): string {
  if (rulesVersion) return rulesVersion;
  const files = readdirSync(SOURCE_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(SOURCE_DIR, file).split(path.sep).join('/')).update('\0');
    hash.update(readFileSync(file)).update('\0');
  }
  rulesVersion = hash.digest('hex').slice(0, 16);
  return rulesVersion;
}
