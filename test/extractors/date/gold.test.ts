import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateGold, listGoldFiles } from '../../../src/eval/run.ts';
import { parseConfig } from '../../../src/config.ts';

const GOLD = path.resolve(import.meta.dirname, '../../fixtures/gold');
const config = parseConfig({}, process.cwd());
const files = await listGoldFiles(GOLD);

// Every required date of the shared gold files comes out with its value, granularity and zone,
// through the real loader (publication dates and datelines read from the articles themselves).
describe.each(files.map((f) => [path.basename(f), f] as const))('%s', (_name, file) => {
  it('finds every gold date with the right value and attributes, and little else', async () => {
    const { score, error } = await evaluateGold(file, config);
    expect(error).toBeUndefined();
    const dates = score!.types.date!;
    expect(dates.falseNegatives).toEqual([]);
    expect(dates.attributeMisses).toEqual([]);
    const f1 = dates.tp === 0 && dates.fp === 0 ? 1 : (2 * dates.tp) / (2 * dates.tp + dates.fp + dates.fn);
    expect(f1, dates.falsePositives.join('; ')).toBeGreaterThanOrEqual(0.95);
  });
});
