import type { PeerKind } from './kinds.ts';
import { caseRecordsOf } from './case-article.ts';
import { judgeFound, sameValue } from './number.ts';

/**
 * Recognizers-Text percent cases through the whole chain. The suite's unit is always `%` (the
 * dimension), so a record in percentage points (六个百分点) counts by its value alone.
 */
export const percentKind: PeerKind = {
  kind: 'percent',
  files: ['percent.jsonl'],
  judge(testCase) {
    const found = caseRecordsOf(testCase, 'percent');
    return {
      pass: judgeFound(testCase, found, (f, item) => sameValue(f.value, item.value)),
      got: found.map((f) => [f.text, f.value, f.unit]),
    };
  },
};
