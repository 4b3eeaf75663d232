import type { ArticleMeta, InputFormat } from '../model/article.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { RECORD_TYPES, type AnyRecord, type RecordType } from '../model/records.ts';
import type { ArticleStatus, InputResult } from '../pipeline.ts';

/**
 * What the writers need of one article: everything but its text. Small enough to keep in the
 * incremental-run state file, so a reused input exports exactly what a fresh one would.
 */
export interface ArticleOutcome {
  id: string;
  path: string;
  format: InputFormat;
  encoding: string;
  bytes: number;
  sha256: string;
  meta: ArticleMeta;
  status: ArticleStatus;
  /** Sorted by offsets, so the order does not depend on the order rules run in. */
  records: AnyRecord[];
  diagnostics: Diagnostic[];
}

export interface InputOutcome {
  path: string;
  sha256?: string;
  bytes?: number;
  encoding?: string;
  status: ArticleStatus;
  /** Diagnostics of loading the file (the articles carry their own). */
  diagnostics: Diagnostic[];
  articles: ArticleOutcome[];
}

/** The run section of summary.json: the only place wall-clock values appear. */
export interface RunInfo {
  version: string;
  configHash: string;
  rulesVersion: string;
  startedAt: string;
  finishedAt: string;
}

export interface RunExport {
  run: RunInfo;
  /** In input path order. */
  inputs: InputOutcome[];
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareRecords(a: AnyRecord, b: AnyRecord): number {
  return a.start - b.start || a.end - b.end || compareText(a.type, b.type) || compareText(a.id, b.id);
}

export function outcomeOf(result: InputResult): InputOutcome {
  const { load } = result;
  return {
    path: load.path,
    sha256: load.sha256,
    bytes: load.bytes,
    encoding: load.encoding,
    status: result.status,
    diagnostics: load.diagnostics,
    articles: result.articles.map(({ article, records, diagnostics, status }) => ({
      id: article.id,
      path: article.path,
      format: article.format,
      encoding: article.encoding,
      bytes: article.bytes,
      sha256: article.sha256,
      meta: article.meta,
      status,
      records: [...records].sort(compareRecords),
      diagnostics,
    })),
  };
}

export function allDiagnostics(inputs: readonly InputOutcome[]): Diagnostic[] {
  return inputs.flatMap((input) => [...input.diagnostics, ...input.articles.flatMap((a) => a.diagnostics)]);
}

/** Inputs that gave no article or could not be loaded cleanly: the run's failures. */
export function failedInputs(inputs: readonly InputOutcome[]): InputOutcome[] {
  return inputs.filter((input) => input.articles.length === 0 || input.diagnostics.some((d) => d.severity === 'error'));
}

export function countRecords(articles: readonly ArticleOutcome[]): Record<RecordType, number> {
  const counts = Object.fromEntries(RECORD_TYPES.map((type) => [type, 0])) as Record<RecordType, number>;
  for (const article of articles) for (const record of article.records) counts[record.type]++;
  return counts;
}
