import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datetimeKind } from '../../../src/peer/datetime.ts';
import type { PeerCase } from '../../../src/peer/kinds.ts';

const SUITE = path.resolve(import.meta.dirname, '../../fixtures/peer-cases/recognizers-text-zh');
const cases = datetimeKind.files.flatMap((file) =>
  readFileSync(path.join(SUITE, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as PeerCase),
);
const DATE_TYPES = new Set(['date', 'daterange']);
const dateValued = (c: PeerCase) => c.expected.length > 0 && c.expected.every((e) => DATE_TYPES.has(e.type.replace('datetimeV2.', '')));

describe('Recognizers-Text datetime suites, judged by TIMEX value', () => {
  it('passes at least 92% of the supported cases whose answers are dates', () => {
    const scored = cases.filter((c) => c.supported && dateValued(c));
    const passed = scored.filter((c) => datetimeKind.judge(c).pass).length;
    expect(passed / scored.length).toBeGreaterThanOrEqual(0.92);
  });

  it('judges a year-less answer by the digits it states, resolved against the reference time', () => {
    const base = { id: 't', kind: 'datetime', level: 'model', supported: true };
    const monthDay = { text: '1月20日', value: 'XXXX-01-20', type: 'datetimeV2.date', start: 0, end: 4 };
    expect(datetimeKind.judge({ ...base, text: '1月20日', referenceTime: '2017-03-22T00:00:00', expected: [monthDay] }).pass).toBe(true);
    expect(datetimeKind.judge({ ...base, text: '1月21日', referenceTime: '2017-03-22T00:00:00', expected: [monthDay] }).pass).toBe(false);
  });

  it('counts a duration as passed only when no date covers it', () => {
    const base = { id: 't', kind: 'datetime', level: 'model', supported: true, referenceTime: '2017-03-22T00:00:00' };
    const twoYears = { text: '两年', value: 'P2Y', type: 'datetimeV2.duration', start: 0, end: 1 };
    expect(datetimeKind.judge({ ...base, text: '两年', expected: [twoYears] }).pass).toBe(true);
  });
});
