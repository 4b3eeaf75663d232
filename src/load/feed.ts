import * as cheerio from 'cheerio';
import type { Article, ArticleMeta, InputFormat } from '../model/article.ts';
import type { Reporter } from '../model/diagnostic.ts';
import { buildArticle, idSafe } from './build.ts';
import { extractHtml, normaliseTimestamp } from './html.ts';

/** The file-level facts every article of one feed shares. */
export interface FeedFile {
  path: string;
  /** Article id of the file itself; items without an id of their own are numbered below it. */
  fileId: string;
  encoding: string;
  sha256: string;
  bytes: number;
  timeZone: string;
}

const LOOKS_LIKE_HTML = /<\/?(?:p|div|br|span|a|h\d|article|section|img|strong|em)\b[^>]*>/i;


function stringField(item: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = item[key];
    if (typeof value === 'string' && value.trim()) return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

function authorsField(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[、，,;；]\s*/).map((a) => a.trim()).filter(Boolean);
  if (Array.isArray(value)) return value.flatMap(authorsField);
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    return [(value as { name: string }).name.trim()];
  }
  return [];
}

/**
 * One feed item as an article. `where` names the item in diagnostics (`line 3`, `item 2`).
 * Returns undefined, with a diagnostic, for an item without text.
 */
function itemArticle(
  item: unknown,
  where: string,
  fallbackId: string,
  format: InputFormat,
  file: FeedFile,
  reporter: Reporter,
): Article | undefined {
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    reporter.error('load/bad-feed-item', `${file.path} ${where}: expected an article object, found ${Array.isArray(item) ? 'an array' : typeof item}`);
    return undefined;
  }
  const record = item as Record<string, unknown>;
  const html = stringField(record, 'html') ?? (LOOKS_LIKE_HTML.test(stringField(record, 'content') ?? '') ? stringField(record, 'content') : undefined);
  const plain = stringField(record, 'text', 'body', 'content');
  const fromHtml = html ? extractHtml(html, file.timeZone) : undefined;
  const text = fromHtml?.text ?? plain;
  if (!text || !text.trim()) {
    reporter.error('load/empty', `${file.path} ${where}: the article has no text (expected "text", "body", "content" or "html")`);
    return undefined;
  }
  const stated: Partial<ArticleMeta> = { ...fromHtml?.meta };
  const fallback = fromHtml?.fallback;
  const title = stringField(record, 'title', 'headline');
  const source = stringField(record, 'source', 'publisher');
  const published = stringField(record, 'publishedAt', 'published_at', 'date', 'pubDate');
  const url = stringField(record, 'url', 'link');
  const authors = authorsField(record['authors'] ?? record['author']);
  if (title) stated.title = title.trim();
  if (source) stated.source = source.trim();
  if (published) stated.publishedAt = normaliseTimestamp(published, file.timeZone) ?? published.trim();
  if (url) stated.url = url.trim();
  if (authors.length) stated.authors = authors;
  const id = idSafe(stringField(record, 'id', 'guid')?.trim() ?? '') || fallbackId;
  return buildArticle({ id, path: file.path, format, encoding: file.encoding, text, sha256: file.sha256, bytes: file.bytes, stated, fallback });
}

/** Gives the articles unique ids within the file; a repeated id is reported and suffixed. */
function uniqueIds(articles: Article[], file: FeedFile, reporter: Reporter): Article[] {
  const seen = new Map<string, number>();
  for (const article of articles) {
    const count = seen.get(article.id) ?? 0;
    seen.set(article.id, count + 1);
    if (count > 0) {
      reporter.warn('load/duplicate-id', `${file.path}: article id "${article.id}" appears more than once; this one is "${article.id}-${count + 1}"`);
      article.id = `${article.id}-${count + 1}`;
    }
  }
  return articles;
}

/** A `.json` file: one article object, an array of them, or `{ "articles": [...] }`. */
export function jsonArticles(text: string, file: FeedFile, reporter: Reporter): Article[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    reporter.error('load/bad-json', `${file.path}: not valid JSON (${(error as Error).message}); is the file truncated?`);
    return [];
  }
  const items = Array.isArray(parsed)
    ? parsed
    : parsed && typeof parsed === 'object' && Array.isArray((parsed as { articles?: unknown }).articles)
      ? (parsed as { articles: unknown[] }).articles
      : [parsed];
  const single = items.length === 1 && !Array.isArray(parsed);
  const articles = items.flatMap((item, index) => {
    const article = itemArticle(item, `item ${index + 1}`, single ? file.fileId : `${file.fileId}-${index + 1}`, 'json', file, reporter);
    return article ? [article] : [];
  });
  return uniqueIds(articles, file, reporter);
}

/** A `.jsonl` feed: one article per line; a bad line is reported with its number and skipped. */
export function jsonlArticles(text: string, file: FeedFile, reporter: Reporter): Article[] {
  const articles: Article[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const lineNumber = index + 1;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch (error) {
      reporter.error('load/bad-json-line', `${file.path} line ${lineNumber}: not valid JSON (${(error as Error).message}); the other lines still load`);
      return;
    }
    const article = itemArticle(item, `line ${lineNumber}`, `${file.fileId}-${lineNumber}`, 'jsonl', file, reporter);
    if (article) articles.push(article);
  });
  return uniqueIds(articles, file, reporter);
}

/** An RSS or Atom file: each `<item>` or `<entry>` is an article. */
export function xmlFeedArticles(text: string, file: FeedFile, reporter: Reporter): Article[] {
  const $ = cheerio.load(text, { xml: true });
  const entries = $('item, entry').toArray();
  if (entries.length === 0) {
    reporter.error('load/bad-feed', `${file.path}: no RSS <item> or Atom <entry> found`);
    return [];
  }
  const articles = entries.flatMap((entry, index) => {
    const field = (selector: string) => $(entry).find(selector).first().text().trim() || undefined;
    const link = $(entry).find('link').first();
    const item = {
      id: field('guid') ?? field('id'),
      title: field('title'),
      content: field('content\\:encoded') ?? field('content') ?? field('description') ?? field('summary'),
      publishedAt: field('pubDate') ?? field('published') ?? field('updated') ?? field('dc\\:date'),
      url: link.attr('href') ?? (link.text().trim() || undefined),
      authors: field('author name') ?? field('dc\\:creator') ?? field('author'),
    };
    // RSS dates are RFC 822 (`Tue, 10 Jun 2003 04:00:00 GMT`); ISO is what the records carry.
    if (item.publishedAt && !/^\d{4}-/.test(item.publishedAt)) {
      const parsed = new Date(item.publishedAt);
      if (!Number.isNaN(parsed.getTime())) item.publishedAt = parsed.toISOString().replace('.000Z', '+00:00');
    }
    const article = itemArticle(item, `item ${index + 1}`, `${file.fileId}-${index + 1}`, 'xml', file, reporter);
    return article ? [article] : [];
  });
  return uniqueIds(articles, file, reporter);
}
