import type { PeerKind } from './kinds.ts';
import { processText } from '../engine/snippet.ts';
import type { PercentRecord } from '../model/records.ts';
import { judgeFound, sameValue } from './number.ts';

/**
 * Recognizers-Text percent cases through the whole chain. The suite's unit is always `%` (the
 * dimension), so a record in percentage points (六个百分点) counts by its value alone.
 */
export const percentKind: PeerKind = {
  kind: 'percent',
  files: ['percent.jsonl'],
  judge(testCase) {
    const found = processText(testCase.text).records.filter((r): r is PercentRecord => r.type === 'percent');
    return {
      pass: judgeFound(testCase, found, (f, item) => sameValue(f.value, item.value)),
      got: found.map((f) => [f.text, f.value, f.unit]),
    };
  },
};
