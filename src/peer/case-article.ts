import type { PeerCase } from './kinds.ts';
import { processText } from '../engine/snippet.ts';
import type { AnyRecord, RecordOf, RecordType } from '../model/records.ts';

/**
 * The records of a peer case fed through the whole chain as an article: the case text, with the
 * case's reference time (when it gives one) as the publication date.
 */
export function caseRecords(testCase: PeerCase): AnyRecord[] {
  const publishedAt = testCase.referenceTime?.slice(0, 10);
  return processText(testCase.text, publishedAt ? { publishedAt } : {}).records;
}

/** The records of one type that a peer case yields. */
export function caseRecordsOf<T extends RecordType>(testCase: PeerCase, type: T): RecordOf<T>[] {
  return caseRecords(testCase).filter((r): r is RecordOf<T> & AnyRecord => r.type === type);
}
