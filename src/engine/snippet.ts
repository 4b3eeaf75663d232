import { hexDigest } from '../text/digest.ts';
import type { Article, ArticleMeta } from '../model/article.ts';
import { parseConfig, type Config } from '../config.ts';
import { processArticle, type ArticleResult } from '../pipeline.ts';
import { splitSentences } from '../text/sentences.ts';

/** An article made from a string, for rule examples, peer suites and tests. */
export function articleFromText(text: string, meta: Partial<ArticleMeta> = {}, id = 'snippet'): Article {
  return {
    id,
    path: `${id}.txt`,
    format: 'text',
    encoding: 'utf-8',
    text,
    meta: { authors: [], ...meta },
    boilerplate: [],
    structure: [],
    sentences: splitSentences(text),
    sha256: hexDigest('sha256', text),
    bytes: Buffer.byteLength(text),
  };
}

const defaultConfig = parseConfig({}, process.cwd());

/** Runs extract → validate on a string, as the pipeline would on an article of that text. */
export function processText(text: string, meta: Partial<ArticleMeta> = {}, config: Config = defaultConfig): ArticleResult {
  return processArticle(articleFromText(text, meta), config);
}
