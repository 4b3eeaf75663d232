import type { PeerKind } from './kinds.ts';
import { caseRecordsOf } from './case-article.ts';
import { judgeFound, sameValue } from './number.ts';

/** The suite names two units without an ISO code; these are the codes newsgrid gives them. */
const SUITE_UNITS: Readonly<Record<string, string>> = { Dollar: 'USD', Bitcoin: 'XBT' };

/** Recognizers-Text currency cases through the whole chain: amount and ISO code must agree. */
export const currencyKind: PeerKind = {
  kind: 'currency',
  files: ['currency.jsonl'],
  judge(testCase) {
    const found = caseRecordsOf(testCase, 'money');
    return {
      pass: judgeFound(
        testCase,
        found,
        (f, item) => sameValue(f.amount, item.value) && f.currency === (SUITE_UNITS[item.unit ?? ''] ?? item.unit),
      ),
      got: found.map((f) => [f.text, f.amount, f.currency]),
    };
  },
};
