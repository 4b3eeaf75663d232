import type { Article, ArticleMeta } from '../model/article.ts';
import type { Span } from '../model/span.ts';
import { buildArticle, type ArticleSource } from './build.ts';

// Markdown images and raw HTML comments carry no article text.
const MARKDOWN_FURNITURE = /!\[[^\]\n]*\]\([^)\n]*\)|<!--[\s\S]*?-->/g;
// YAML front matter at the very top: `---`, `key: value` lines, `---`.
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_FIELD = /^([A-Za-z_]+)\s*:\s*(.*?)\s*$/gm;

function markdownFurniture(text: string): Span[] {
  const spans: Span[] = [];
  MARKDOWN_FURNITURE.lastIndex = 0;
  for (let m = MARKDOWN_FURNITURE.exec(text); m; m = MARKDOWN_FURNITURE.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2').trim();
}

/** Metadata a Markdown file states in its front matter (title, date, source, author, url). */
function frontMatter(text: string): { meta: Partial<ArticleMeta>; span?: Span } {
  const block = FRONT_MATTER.exec(text);
  if (!block) return { meta: {} };
  const meta: Partial<ArticleMeta> = {};
  FRONT_MATTER_FIELD.lastIndex = 0;
  for (let field = FRONT_MATTER_FIELD.exec(block[1]!); field; field = FRONT_MATTER_FIELD.exec(block[1]!)) {
    const key = field[1]!.toLowerCase();
    const value = unquote(field[2]!);
    if (!value) continue;
    if (key === 'title') meta.title = value;
    else if (key === 'date' || key === 'publishedat' || key === 'published') meta.publishedAt = value;
    else if (key === 'source') meta.source = value;
    else if (key === 'url' || key === 'link') meta.url = value;
    else if (key === 'author' || key === 'authors') {
      meta.authors = value.replace(/^\[|\]$/g, '').split(/[,，、]/).map(unquote).filter(Boolean);
    }
  }
  return { meta, span: { start: 0, end: block[0].trimEnd().length } };
}

/** A plain-text or Markdown article: the decoded text is the article text, unchanged. */
export function textArticle(source: Omit<ArticleSource, 'format'>, markdown: boolean): Article {
  if (!markdown) return buildArticle({ ...source, format: 'text' });
  const front = frontMatter(source.text);
  return buildArticle({
    ...source,
    format: 'markdown',
    stated: { ...front.meta, ...source.stated },
    extraBoilerplate: front.span ? [front.span, ...markdownFurniture(source.text)] : markdownFurniture(source.text),
  });
}
