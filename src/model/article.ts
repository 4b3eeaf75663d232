import type { Span } from './span.ts';
import type { Diagnostic } from './diagnostic.ts';

export type InputFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'xml';

/** How the date that anchors relative expressions (昨日, 1月27日) was found. */
export type AnchorSource = 'published' | 'dateline' | 'text' | 'configured';

export interface ArticleMeta {
  title?: string;
  source?: string;
  /** ISO 8601: `2025-02-07`, `2018-12-28T17:21` or with an offset. */
  publishedAt?: string;
  /** The dateline city: 上海 in `新华财经上海2月7日电`, MUMBAI in `MUMBAI (Reuters) -`. */
  dateline?: string;
  /** The date the dateline states, resolved (`2025-02-07`). */
  datelineDate?: string;
  authors: string[];
  editor?: string;
  url?: string;
  language?: 'zh' | 'en';
}

export interface Sentence extends Span {}

/**
 * One article as every stage after load sees it. `text` is what analysts read (for HTML,
 * the extracted main text); every record's offsets point into it.
 */
export interface Article {
  id: string;
  /** The input file, relative to the input folder, forward slashes. */
  path: string;
  format: InputFormat;
  encoding: string;
  text: string;
  meta: ArticleMeta;
  /** Regions extractors must not see: disclaimers, image file names, site furniture, ads. */
  boilerplate: Span[];
  /** Spans that carry metadata (title line, source line, byline, editor); still scanned. */
  structure: Array<Span & { role: 'title' | 'source-line' | 'dateline' | 'byline' | 'editor' }>;
  sentences: Sentence[];
  sha256: string;
  bytes: number;
}

/** What loading one input file gives: zero or more articles and what went wrong. */
export interface LoadResult {
  path: string;
  sha256?: string;
  bytes?: number;
  encoding?: string;
  articles: Article[];
  diagnostics: Diagnostic[];
}
