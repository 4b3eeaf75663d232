import type { Article, ArticleMeta, InputFormat } from '../model/article.ts';
import type { Span } from '../model/span.ts';
import { splitSentences } from '../text/sentences.ts';
import { analyzeStructure } from './structure.ts';

export interface ArticleSource {
  id: string;
  path: string;
  format: InputFormat;
  encoding: string;
  text: string;
  sha256: string;
  bytes: number;
  /** Metadata the input states outright (feed fields, HTML meta); wins over what the text suggests. */
  stated?: Partial<ArticleMeta>;
  /** Guesses (a site name) used only where neither the input nor the text says anything. */
  fallback?: Partial<ArticleMeta>;
  /** Regions the format itself marks as furniture (Markdown image syntax). */
  extraBoilerplate?: Span[];
}

/** Characters safe in a CSV cell and a file name; everything else becomes `-`. */
export function idSafe(raw: string): string {
  return raw.replace(/[^\p{L}\p{N}._-]+/gu, '-');
}

/** `base` with every field `top` states (non-empty) laid over it; `base` itself when `top` states nothing. */
function overlay(base: ArticleMeta, top: Partial<ArticleMeta> | undefined): ArticleMeta {
  if (!top) return base;
  const merged: ArticleMeta = { ...base };
  // for…in, not Object.entries: no array of pairs per layer per article.
  for (const key in top) {
    const value = top[key as keyof ArticleMeta];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/** An article from its text: structure read from the text, stated metadata on top. */
export function buildArticle(source: ArticleSource): Article {
  const found = analyzeStructure(source.text, { statedTitle: source.stated?.title, boilerplate: source.extraBoilerplate });
  const meta = overlay(overlay(overlay({ authors: [] }, source.fallback), found.meta), source.stated);
  return {
    id: source.id,
    path: source.path,
    format: source.format,
    encoding: source.encoding,
    text: source.text,
    meta,
    boilerplate: found.boilerplate,
    structure: found.structure,
    sentences: splitSentences(source.text),
    sha256: source.sha256,
    bytes: source.bytes,
  };
}
