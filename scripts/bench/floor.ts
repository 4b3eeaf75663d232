import { readFile } from 'node:fs/promises';
import pLimit from 'p-limit';
import { listInputs } from '../../src/load/index.ts';

/**
 * Ten well-built expressions of the genre's shapes (amounts, percentages, dates, codes, quotes,
 * names). No backtracking traps: each is a bounded run of one character class or a literal.
 */
export const FLOOR_PATTERNS: readonly RegExp[] = [
  /\d+(?:\.\d+)?(?:万亿|亿|万)?(?:元|美元|港元)/g,
  /\d+(?:\.\d+)?%/g,
  /\d{4}年\d{1,2}月\d{1,2}日/g,
  /\d{1,2}月\d{1,2}日/g,
  /\b\d{6}\.(?:SZ|SH)\b|\b\d{5}\.HK\b/g,
  /[零一二两三四五六七八九十百千万亿]{2,}/g,
  /“[^”\n]{1,200}”/g,
  /\$\d+(?:\.\d+)?(?: ?(?:billion|million|bn|m)\b)?/g,
  /(?:股份)?有限(?:责任)?公司|集团|银行|证券|基金/g,
  /\b[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*\b/g,
];

export interface FloorHit {
  pattern: number;
  start: number;
  end: number;
  text: string;
}

export interface FloorResult {
  files: number;
  bytes: number;
  hits: number;
  ms: number;
}

/** One pass of the ten expressions over a text, one match object per hit. */
export function scanFloor(text: string, hits: FloorHit[]): void {
  for (let i = 0; i < FLOOR_PATTERNS.length; i++) {
    const pattern = FLOOR_PATTERNS[i]!;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      hits.push({ pattern: i, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
}

/**
 * The floor: read every file as the loader does (fs/promises, `concurrency` at once), then one
 * pass of the ten expressions. On this machine an asynchronous read of a small file costs
 * far more than the ten expressions over its text, so the floor is mostly I/O.
 */
export async function measureFloor(inputDir: string, concurrency: number): Promise<FloorResult> {
  const started = performance.now();
  const files = await listInputs(inputDir);
  const limit = pLimit(concurrency);
  let bytes = 0;
  let hits = 0;
  await Promise.all(
    files.map((file) =>
      limit(async () => {
        const data = await readFile(file.absolute);
        bytes += data.length;
        const found: FloorHit[] = [];
        scanFloor(data.toString('utf8'), found);
        hits += found.length;
      }),
    ),
  );
  return { files: files.length, bytes, hits, ms: performance.now() - started };
}
