import type { Article } from '../model/article.ts';
import type { Anchor } from '../engine/extractor.ts';
import type { Config } from '../config.ts';

/**
 * The date relative expressions resolve against: the publication date, else the dateline's
 * date, else the configured reference date. Without any, year-less dates stay unresolved.
 */
export function chooseAnchor(article: Article, config: Config): Anchor | undefined {
  const published = article.meta.publishedAt?.slice(0, 10);
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) return { date: published, source: 'published' };
  if (article.meta.datelineDate) return { date: article.meta.datelineDate, source: 'dateline' };
  if (config.referenceDate) return { date: config.referenceDate, source: 'configured' };
  return undefined;
}
