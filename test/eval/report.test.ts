import { describe, expect, it } from 'vitest';
import { formatReport, reportJson } from '../../src/eval/report.ts';
import { scoreArticle, sumScores } from '../../src/eval/score.ts';
import type { GoldEvaluation } from '../../src/eval/run.ts';

const score = scoreArticle(
  {
    article: 'a.txt',
    metadata: { source: '经参', title: '标题' },
    records: [
      { type: 'percent', text: '10个基点', value: 0.1, unit: 'bp', direction: 'down', qualifier: 'approx' },
      { type: 'percent', text: '2.85%', value: 2.85 },
    ],
  },
  [{ type: 'percent', text: '10个基点', value: 0.1, unit: 'bp', direction: 'up', start: 5 }],
  { source: '经参', title: '另一个标题' },
);
const evaluations: GoldEvaluation[] = [
  { gold: '/g/a.gold.json', article: '/g/a.txt', score, problems: ['warning enrich/fx-rate-missing: no XYZ rate'] },
  { gold: '/g/b.gold.json', error: 'invalid gold file: article: Required', problems: [] },
];

describe('eval report', () => {
  it('prints a row per scored type with counts, rates and attributes in FORMAT order, and metadata', () => {
    const text = formatReport(evaluations, sumScores([score]), false);
    expect(text).toContain('a.gold.json');
    expect(text).toMatch(/percent\s+1\s+0\s+1\s+1\.00\s+0\.50\s+0\.67\s+qualifier 0\/1, direction 0\/1, unit 1\/1/);
    expect(text).toContain('metadata     1/2 fields right');
    expect(text).toContain('b.gold.json\n  not scored: invalid gold file');
    expect(text).toContain('TOTAL (micro-averaged over 1 files)');
    // Types with nothing expected and nothing found are left out of the table.
    expect(text).not.toMatch(/^\s+money/m);
  });

  it('lists misses, wrong attributes, wrong metadata and diagnostics with --verbose', () => {
    const text = formatReport(evaluations, sumScores([score]), true);
    expect(text).toContain('FN percent: "2.85%" value=2.85');
    expect(text).toContain('ATTR percent: "10个基点" direction: gold "down", predicted "up"');
    expect(text).toContain('META title: gold "标题", predicted "另一个标题"');
    expect(text).toContain('DIAG warning enrich/fx-rate-missing');
  });

  it('gives machines rates, accuracies and null for what cannot be measured', () => {
    const json = reportJson(evaluations, sumScores([score]), false);
    expect(json.files[0]).toMatchObject({
      error: null,
      types: { percent: { tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, attributes: { unit: { correct: 1, total: 1, accuracy: 1 } } } },
      metadata: { right: 1, total: 2, share: 0.5 },
    });
    expect(json.files[0]!.types!.money).toMatchObject({ precision: null, recall: null, f1: null });
    expect(json.files[1]).toMatchObject({ error: 'invalid gold file: article: Required' });
  });
});
