import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgrid-peer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function peer(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/peer/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const item = (text: string, value: unknown, start: number, unit: string | null = null, type = 'currency') => ({
  text, value, unit, type, start, end: start + text.length - 1,
});
const base = { level: 'model', supported: true };

// A suite of our own making, in the peer format: one case that passes, one that fails, one the
// peer does not support, one of a kind newsgrid has no judge for, and a line that is no case.
const SUITE = [
  { ...base, id: 'c1', kind: 'currency', text: '公司募资557.6万美元', expected: [item('557.6万美元', 5576000, 4, 'USD')] },
  { ...base, id: 'c2', kind: 'currency', text: '公司募资557.6万美元', expected: [item('557.6万美元', 1, 4, 'USD')] },
  { ...base, id: 'c3', kind: 'currency', supported: false, text: '募资5元', expected: [item('5元', 5, 2, 'CNY')] },
  { ...base, id: 'p1', kind: 'percent', text: '增长了百分之五', expected: [item('百分之五', 5, 3, '%', 'percentage')] },
  { ...base, id: 'd1', kind: 'dimension', text: '387万亩', expected: [item('387万亩', 3870000, 0, 'Mu', 'dimension')] },
].map((c) => JSON.stringify(c)).join('\n') + '\nnot json\n';

describe('npm run peer -- FILE.jsonl', () => {
  const file = path.join(dir, 'suite.jsonl');
  writeFileSync(file, SUITE);

  it('prints the pass rate per kind on supported cases, and unsupported cases and unjudged kinds apart', () => {
    const { code, stdout, stderr } = peer(file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/currency\s+supported\s+50\.0% \(1\/2\)\s+unsupported 100\.0% \(1\/1\)\s+all 66\.7% \(2\/3\)/);
    expect(stdout).toMatch(/percent\s+supported\s+100\.0% \(1\/1\)/);
    expect(stdout).toMatch(/dimension\s+1 cases not judged/);
    expect(stderr).toMatch(/suite\.jsonl:6 is not JSON/);
  });

  it('lists the failing supported cases on request, as JSON too', () => {
    const { stdout } = peer(file, '--kind', 'currency', '--failures', '5', '--json');
    const report = JSON.parse(stdout) as { kinds: Array<{ kind: string; failures: Array<{ id: string }> }> };
    expect(report.kinds.map((k) => k.kind)).toEqual(['currency']);
    expect(report.kinds[0]!.failures.map((f) => f.id)).toEqual(['c2']);
  });

  it('reports a file it cannot read and fails', () => {
    const { code, stderr } = peer(path.join(dir, 'missing.jsonl'));
    expect(stderr).toMatch(/cannot read/);
    expect(code).toBe(1);
  });
});
