import type { Article } from '../model/article.ts';
import type { Span } from '../model/span.ts';
import { buildArticle, type ArticleSource } from './build.ts';

// Markdown images and raw HTML comments carry no article text.
const MARKDOWN_FURNITURE = /!\[[^\]\n]*\]\([^)\n]*\)|<!--[\s\S]*?-->/g;

function markdownFurniture(text: string): Span[] {
  const spans: Span[] = [];
  MARKDOWN_FURNITURE.lastIndex = 0;
  for (let m = MARKDOWN_FURNITURE.exec(text); m; m = MARKDOWN_FURNITURE.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** A plain-text or Markdown article: the decoded text is the article text, unchanged. */
export function textArticle(source: Omit<ArticleSource, 'format'>, markdown: boolean): Article {
  return buildArticle({
    ...source,
    format: markdown ? 'markdown' : 'text',
    extraBoilerplate: markdown ? markdownFurniture(source.text) : [],
  });
}
