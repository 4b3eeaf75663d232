import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { peerKinds, type PeerCase } from './kinds.ts';

/**
 * `npm run peer -- [--dir DIR] [--kind KIND] [--failures N] [--json]`: pass rates of newsgrid
 * on a peer recognizer's suites, on the supported cases and on all cases.
 */
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'test/fixtures/peer-cases/recognizers-text-zh' },
    kind: { type: 'string' },
    failures: { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
  },
});

const rows = [];
for (const kind of peerKinds.filter((k) => !values.kind || k.kind === values.kind)) {
  const counts = { supported: 0, supportedPass: 0, all: 0, allPass: 0 };
  const failures: Array<{ id: string; text: string; expected: unknown; got: unknown }> = [];
  for (const file of kind.files) {
    const lines = readFileSync(path.join(values.dir!, file), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      const testCase = JSON.parse(line) as PeerCase;
      if (testCase.kind !== kind.kind) continue;
      const { pass, got } = kind.judge(testCase);
      counts.all++;
      if (pass) counts.allPass++;
      if (testCase.supported) {
        counts.supported++;
        if (pass) counts.supportedPass++;
        else failures.push({ id: testCase.id, text: testCase.text, expected: testCase.expected.map((e) => [e.text, e.value]), got });
      }
    }
  }
  rows.push({ kind: kind.kind, ...counts, failures: failures.slice(0, Number(values.failures)) });
}

if (values.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : 'n/a');
  for (const row of rows) {
    console.log(
      `${row.kind.padEnd(12)} supported ${pct(row.supportedPass, row.supported).padStart(6)} (${row.supportedPass}/${row.supported})` +
        `   all ${pct(row.allPass, row.all).padStart(6)} (${row.allPass}/${row.all})`,
    );
    for (const f of row.failures) console.log(`  FAIL ${f.id} ${f.text}  expected ${JSON.stringify(f.expected)}  got ${JSON.stringify(f.got)}`);
  }
}
