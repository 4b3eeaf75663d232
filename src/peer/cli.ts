import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { peerKinds, peerSubsets, type PeerCase } from './kinds.ts';

/**
 * `npm run peer -- [FILE.jsonl ...] [--dir DIR] [--kind KIND] [--failures N] [--json]`: pass rates
 * of newsgrid on peer suites (the files named, else the judged files of DIR), per kind, on the
 * supported cases; unsupported cases and kinds newsgrid has no judge for are reported apart.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: 'test/fixtures/peer-cases/recognizers-text-zh' },
    kind: { type: 'string' },
    failures: { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
  },
});

interface Tally {
  cases: number;
  passed: number;
}

interface KindRow {
  kind: string;
  supported: Tally;
  unsupported: Tally;
  subsets: Array<{ name: string } & Tally>;
  failures: Array<{ id: string; text: string; expected: unknown; got: unknown }>;
}

function suiteFiles(): string[] {
  if (positionals.length > 0) return positionals;
  const judged = new Set(peerKinds.flatMap((k) => k.files));
  return readdirSync(values.dir!).filter((f) => judged.has(f)).sort().map((f) => path.join(values.dir!, f));
}

/** The cases of every file, by kind, in file order; a line that is no case is reported and skipped. */
function casesByKind(files: string[]): Map<string, PeerCase[]> {
  const byKind = new Map<string, PeerCase[]>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      console.error(`peer: cannot read ${file}: ${(error as Error).message}`);
      process.exitCode = 1;
      continue;
    }
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      let testCase: PeerCase;
      try {
        testCase = JSON.parse(line) as PeerCase;
      } catch {
        console.error(`peer: ${file}:${i + 1} is not JSON, skipped`);
        return;
      }
      if (typeof testCase.kind !== 'string' || typeof testCase.text !== 'string' || !Array.isArray(testCase.expected)) {
        console.error(`peer: ${file}:${i + 1} is no peer case (kind, text, expected), skipped`);
        return;
      }
      if (values.kind && testCase.kind !== values.kind) return;
      const list = byKind.get(testCase.kind);
      if (list) list.push(testCase);
      else byKind.set(testCase.kind, [testCase]);
    });
  }
  return byKind;
}

const byKind = casesByKind(suiteFiles());
const rows: KindRow[] = [];
const unjudged: Array<{ kind: string; cases: number }> = [];
for (const [kind, cases] of byKind) {
  const judge = peerKinds.find((k) => k.kind === kind);
  if (!judge) {
    unjudged.push({ kind, cases: cases.length });
    continue;
  }
  const subsets = peerSubsets.filter((s) => s.kind === kind);
  const row: KindRow = {
    kind,
    supported: { cases: 0, passed: 0 },
    unsupported: { cases: 0, passed: 0 },
    subsets: subsets.map((s) => ({ name: s.name, cases: 0, passed: 0 })),
    failures: [],
  };
  for (const testCase of cases) {
    const { pass, got } = judge.judge(testCase);
    const tally = testCase.supported ? row.supported : row.unsupported;
    tally.cases++;
    if (pass) tally.passed++;
    if (!testCase.supported) continue;
    subsets.forEach((subset, i) => {
      if (!subset.includes(testCase)) return;
      row.subsets[i]!.cases++;
      if (pass) row.subsets[i]!.passed++;
    });
    if (!pass) row.failures.push({ id: testCase.id, text: testCase.text, expected: testCase.expected.map((e) => [e.text, e.value]), got });
  }
  row.failures = row.failures.slice(0, Number(values.failures));
  rows.push(row);
}

if (values.json) {
  console.log(JSON.stringify({ kinds: rows, unjudged }, null, 2));
} else {
  const rate = ({ cases, passed }: Tally) => `${cases ? ((100 * passed) / cases).toFixed(1) + '%' : 'n/a'} (${passed}/${cases})`;
  for (const row of rows) {
    const subsets = row.subsets.map((s) => `   ${s.name} ${rate(s)}`).join('');
    const all = { cases: row.supported.cases + row.unsupported.cases, passed: row.supported.passed + row.unsupported.passed };
    console.log(
      `${row.kind.padEnd(12)} supported ${rate(row.supported).padStart(16)}${subsets}` +
        `   unsupported ${rate(row.unsupported)}   all ${rate(all)}`,
    );
    for (const f of row.failures) console.log(`  FAIL ${f.id} ${f.text}  expected ${JSON.stringify(f.expected)}  got ${JSON.stringify(f.got)}`);
  }
  for (const { kind, cases } of unjudged) console.log(`${kind.padEnd(12)} ${cases} cases not judged: newsgrid has no judge for this kind`);
}
