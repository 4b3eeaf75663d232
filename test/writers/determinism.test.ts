import { describe, expect, it } from 'vitest';
import { renderOutputs } from '../../src/writers/index.ts';
import { outcomeOf } from '../../src/writers/outcome.ts';
import type { InputResult } from '../../src/pipeline.ts';
import { RECORDS, sampleExport, sampleInputs } from './sample.ts';

const byName = (files: Awaited<ReturnType<typeof renderOutputs>>) => new Map(files.map((f) => [f.name, f.data]));

describe('same input, same bytes', () => {
  it('gives byte-identical CSV, JSONL and XLSX on two renderings at different times', async () => {
    const first = byName(await renderOutputs(sampleExport('2026-01-01T00:00:00.000Z')));
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip entry times have 2-second resolution
    const second = byName(await renderOutputs(sampleExport('2026-06-30T12:34:56.000Z')));
    for (const [name, data] of first) {
      if (name === 'summary.json' || name === 'report.html') continue;
      expect(Buffer.compare(data, second.get(name)!), name).toBe(0);
    }
  });

  it('gives the same report.html but for the run time in its header', async () => {
    const page = (finishedAt: string) =>
      renderOutputs(sampleExport(finishedAt)).then((files) => files.find((f) => f.name === 'report.html')!.data.toString());
    const [a, b] = await Promise.all([page('2026-01-01T00:00:00.000Z'), page('2027-01-01T00:00:00.000Z')]);
    expect(a).not.toBe(b);
    expect(a.replaceAll('2026-01-01T00:00:00.000Z', 'T')).toBe(b.replaceAll('2027-01-01T00:00:00.000Z', 'T'));
  });

  it('keeps wall-clock values in the run section of summary.json only', async () => {
    const summary = (startedAt: string) =>
      renderOutputs(sampleExport(startedAt)).then((files) => JSON.parse(files.find((f) => f.name === 'summary.json')!.data.toString()));
    const [a, b] = await Promise.all([summary('2026-01-01T00:00:00.000Z'), summary('2027-01-01T00:00:00.000Z')]);
    expect(a.run.startedAt).not.toBe(b.run.startedAt);
    expect({ ...a, run: undefined }).toEqual({ ...b, run: undefined });
  });

  it('orders records by position, whatever order the rules produced them in', async () => {
    const [input] = sampleInputs();
    const article = input!.articles[0]!;
    const asResult = (records: typeof RECORDS): InputResult => ({
      load: { path: input!.path, articles: [], diagnostics: [] },
      status: 'ok',
      articles: [
        {
          article: { ...article, text: '', boilerplate: [], structure: [], sentences: [] },
          records,
          diagnostics: [],
          status: 'ok',
          timings: { extract: 1, normalize: 1, enrich: 1, validate: 1 },
        },
      ],
    });
    const ids = (result: InputResult) => outcomeOf(result).articles[0]!.records.map((r) => r.id);
    expect(ids(asResult([...RECORDS].reverse()))).toEqual(ids(asResult(RECORDS)));
    expect(ids(asResult(RECORDS))[0]).toBe('a1#date@6-10');
  });
});
