import { describe, expect, it } from 'vitest';
import type { ExtraOutput } from '../../src/writers/extras.ts';
import { renderOutputs } from '../../src/writers/index.ts';
import { sampleExport } from './sample.ts';

describe('extra outputs', () => {
  it('see every input with its records and are written beside the tables', async () => {
    const titles: ExtraOutput = {
      name: 'titles.txt',
      start() {
        const lines: string[] = [];
        return {
          add: (input) => input.articles.forEach((a) => lines.push(`${a.meta.title} (${a.records.length} records)`)),
          finish: (run) => `${run.version}\n${lines.join('\n')}\n`,
        };
      },
    };
    const files = await renderOutputs(sampleExport(), { extras: [titles] });
    const extra = files.find((f) => f.name === 'titles.txt');
    expect(extra?.data.toString()).toBe('0.0.0-test\nDeepSeek火爆全球 新华出海TMT指数 (10 records)\n');
    expect(files.at(-1)?.name).toBe('titles.txt');
  });
});
