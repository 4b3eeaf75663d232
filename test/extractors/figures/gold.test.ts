import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { evaluateGold, listGoldFiles } from '../../../src/eval/run.ts';
import { parseConfig } from '../../../src/config.ts';

const GOLD_DIR = path.resolve(import.meta.dirname, '../../fixtures/gold');
const config = parseConfig({}, process.cwd());
const files = await listGoldFiles(GOLD_DIR);

// The figures an analyst reads off the shared gold articles (Chinese and English) must all come
// out, with their qualifiers, directions, units and per-unit bases, and nothing more.
describe.each(files.map((f) => [path.basename(f), f] as const))('%s', (_name, file) => {
  it.each(['money', 'percent', 'ratio'] as const)('%s figures are all found, right and alone', async (type) => {
    const evaluation = await evaluateGold(file, config);
    expect(evaluation.error).toBeUndefined();
    const score = evaluation.score!.types[type];
    if (!score) return;
    expect(score.falseNegatives).toEqual([]);
    expect(score.falsePositives).toEqual([]);
    expect(score.attributeMisses).toEqual([]);
  });
});
