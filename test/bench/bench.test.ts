import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { measureCeiling } from '../../scripts/bench/ceiling.ts';
import { makeArticle, seededRandom } from '../../scripts/bench/corpus.ts';
import { scanFloor, type FloorHit } from '../../scripts/bench/floor.ts';

const SAMPLE = [
  '英伟达股价大跌，市值蒸发近6000亿美元',
  '新华财经|2025年02月07日',
  '新华财经上海2月7日电 1月27日，英伟达单日跌幅高达16.97%。',
  '2025财年四家公司的资本支出预计至少将达到3000亿美元。',
  '浪潮信息(000977.SZ)涨停，微软、亚马逊同日宣布接入。',
].join('\n\n');

describe('bench corpus', () => {
  it('gives the same articles for the same seed and others for another seed', () => {
    const first = makeArticle([SAMPLE], seededRandom(7));
    expect(makeArticle([SAMPLE], seededRandom(7))).toBe(first);
    expect(makeArticle([SAMPLE], seededRandom(8))).not.toBe(first);
  });

  it('keeps the lead in place, grows short samples to article size and keeps dates and codes valid', () => {
    const random = seededRandom(42);
    for (let i = 0; i < 50; i++) {
      const article = makeArticle([SAMPLE], random);
      expect(article.split('\n\n')[1]).toMatch(/^新华财经\|\d{4}年\d{1,2}月\d{1,2}日$/);
      expect(Buffer.byteLength(article)).toBeGreaterThan(3000);
      expect(article).toContain('000977.SZ');
      for (const [, month] of article.matchAll(/(\d+)月/g)) expect(Number(month)).toBeLessThanOrEqual(12);
      for (const [, day] of article.matchAll(/(\d+)日/g)) expect(Number(day)).toBeLessThanOrEqual(28);
    }
  });
});

describe('bench floor', () => {
  it('builds one match object per hit of its expressions', () => {
    const hits: FloorHit[] = [];
    scanFloor('2025年2月7日，英伟达跌16.97%，市值蒸发6000亿美元；浪潮信息(000977.SZ)涨停。', hits);
    const texts = hits.map((h) => h.text);
    expect(texts).toEqual(expect.arrayContaining(['2025年2月7日', '16.97%', '6000亿美元', '000977.SZ']));
    for (const hit of hits) expect(hit.end - hit.start).toBe(hit.text.length);
  });
});

describe('npm run bench', () => {
  it('runs the whole pipeline on a small corpus and prints its figures', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--expose-gc', 'scripts/bench/cli.ts', '--articles', '100', '--workers', 'auto', '--json'],
      { cwd: root },
    );
    const report = JSON.parse(stdout);
    expect(report.corpus.articles).toBe(100);
    expect(report.corpus.mb).toBeGreaterThan(0.3);
    expect(report.floor.hits).toBeGreaterThan(0);
    for (const phase of [report.floor, report.extraction, report.pipeline]) {
      expect(phase.mbPerSecond).toBeGreaterThan(0);
      expect(phase.articlesPerSecond).toBeGreaterThan(0);
      expect(phase.peakRssMb).toBeGreaterThan(0);
      expect(phase.cpuMs).toBeGreaterThan(0);
      expect(phase.otherProcessesCores).toBeGreaterThanOrEqual(0);
    }
    expect(Object.keys(report.extraction.stages)).toEqual(['load', 'extract', 'normalize', 'enrich', 'validate']);
    // The one-thread rate, which the threads' speed-up is measured against; a run this small uses no other.
    expect(report.extraction.threads).toBe(1);
    expect(report.extraction.inWorkerThreads).toBe(0);
    expect(report.threads).toBe(1);
    expect(report.parallelExtraction).toBeUndefined();
    expect(report.pipeline.stages.write).toBeGreaterThan(0);
    expect(report.pipeline.records).toBe(report.extraction.records);
    expect(report.pipeline.outputs).toContain('records.jsonl');
    // The write stage against what merely encoding, deflating and writing its output costs.
    expect(report.writeFloor.textBytes).toBeGreaterThan(0);
    expect(report.writeFloor.workbookXmlBytes).toBeGreaterThan(0);
    expect(report.writeFloor.writeStageRatio).toBeCloseTo(report.pipeline.stages.write / report.writeFloor.ms, 6);
    if (process.platform === 'linux') {
      // The CPU by thread, read in ticks of 10 ms: the main thread's is part of the process's.
      const { mainMs, startedMs, backgroundMs } = report.extraction.cpuByThread;
      expect(mainMs).toBeGreaterThan(0);
      expect(mainMs).toBeLessThan(report.extraction.cpuMs + 100);
      expect(startedMs + backgroundMs).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('bench ceiling', () => {
  it('extracts the same records on one fresh thread and on two, and times both', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const ceiling = await measureCeiling(path.join(root, 'test/fixtures/corpus/articles'), 1, 2, parseConfig({ referenceDate: '2025-02-07' }, root));
    expect(ceiling.threads).toBe(2);
    for (const run of [ceiling.one, ceiling.many]) expect(run.cpuMs).toBeGreaterThan(0);
    expect(ceiling.speedup).toBeGreaterThan(0);
    expect(ceiling.cpuRatio).toBeGreaterThan(0);
  });
});
