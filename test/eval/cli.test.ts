import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOLD = 'test/fixtures/gold';

function evalCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/eval/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface TypeFigures {
  tp: number;
  fp: number;
  fn: number;
  f1: number | null;
}
interface FileFigures {
  gold: string;
  error: string | null;
  types: Record<string, TypeFigures>;
  metadata: { right: number; total: number } | null;
}

describe('npm run eval', () => {
  it('scores every gold file of the folder through the real loader and exits 0', () => {
    const { code, stdout } = evalCli('--gold', GOLD, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { files: FileFigures[]; total: { types: Record<string, TypeFigures> } };
    expect(report.files).toHaveLength(6);
    for (const file of report.files) expect(file.error, file.gold).toBeNull();
    const xinhua = report.files.find((f) => f.gold.endsWith('xinhua-deepseek-2025-02-07.gold.json'))!;
    // Each required gold record ends as a hit or a miss, whatever the pipeline finds:
    // the reference article has 9 required money records, 4 securities and 6 metadata fields.
    expect(xinhua.types.money!.tp + xinhua.types.money!.fn).toBe(9);
    expect(xinhua.types.security!.tp + xinhua.types.security!.fn).toBe(4);
    expect(xinhua.metadata!.total).toBe(6);
    const moneyTotal = report.files.reduce((n, f) => n + (f.types.money?.tp ?? 0), 0);
    expect(report.total.types.money!.tp).toBe(moneyTotal);
  });

  it('scores a single article with --article and prints a table', () => {
    const { code, stdout } = evalCli('--gold', GOLD, '--article', 'zh-pboc-mlf-rate-cut-brief.txt');
    expect(code).toBe(0);
    expect(stdout).toContain('zh-pboc-mlf-rate-cut-brief.gold.json');
    expect(stdout).not.toContain('xinhua-deepseek');
    expect(stdout).toMatch(/TOTAL \(micro-averaged over 1 files\)/);
  });

  it('reports a gold file that points at a missing article and still scores the others', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgrid-eval-'));
    try {
      writeFileSync(path.join(dir, 'missing.gold.json'), JSON.stringify({ article: 'nowhere.txt', records: [] }));
      writeFileSync(path.join(dir, 'broken.gold.json'), '{ "article": ');
      writeFileSync(path.join(dir, 'tiny.gold.json'), JSON.stringify({ article: 'tiny.txt', records: [{ type: 'security', text: '600519.SH', symbol: '600519.SH', name: '贵州茅台' }] }));
      writeFileSync(path.join(dir, 'tiny.txt'), '贵州茅台(600519.SH)今日收涨。');
      const { code, stdout } = evalCli('--gold', dir, '--json');
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as { files: FileFigures[] };
      expect(report.files.map((f) => [path.basename(f.gold), f.error === null])).toEqual([
        ['broken.gold.json', false],
        ['missing.gold.json', false],
        ['tiny.gold.json', true],
      ]);
      expect(report.files[2]!.types.security).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on usage errors', () => {
    expect(evalCli().code).toBe(2);
    expect(evalCli('--gold', 'test/fixtures/no-such-folder').code).toBe(2);
    expect(evalCli('--gold', GOLD, '--bogus').code).toBe(2);
  });
});
