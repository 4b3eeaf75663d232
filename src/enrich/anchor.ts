import type { Article } from '../model/article.ts';
import type { Anchor } from '../engine/extractor.ts';
import type { Config } from '../config.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
// Years the text states (2020年, 2014-05-13, May 13, 2014, in 2015): an article with no date of
// its own is most likely about the year it names most. The look-ahead for 19 or 20 comes before
// the look-behinds so that they run only where a year starts.
const STATED_YEAR = new RegExp(
  '(?=19|20)(?:' +
    [
      '(?<![\\d.])((?:19|20)\\d{2})(?=\\s*年|-\\d{1,2}-\\d{1,2}(?!\\d))',
      '(?<=[A-Z][a-z]{2,8}\\.? \\d{1,2}, )((?:19|20)\\d{2})\\b',
      '(?<=\\b(?:in|of|for|since|during) )((?:19|20)\\d{2})\\b(?![-/.]\\d)',
    ].join('|') +
    ')',
  'g',
);

/** December 31 of the year the text names most often (the later one on a tie). */
function statedYearEnd(text: string): string | undefined {
  const counts = new Map<string, number>();
  STATED_YEAR.lastIndex = 0;
  for (let m = STATED_YEAR.exec(text); m; m = STATED_YEAR.exec(text)) {
    const year = (m[1] ?? m[2] ?? m[3])!;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [year, count] of counts) {
    const bestCount = best ? counts.get(best)! : 0;
    if (count > bestCount || (count === bestCount && year > best!)) best = year;
  }
  return best ? `${best}-12-31` : undefined;
}

/**
 * The date relative expressions resolve against: the publication date, else the dateline's
 * date, else the configured reference date, else the year the text itself names most (`text`:
 * it fixes a year, not a day, so 八月 resolves against it and 昨日 does not). Without any,
 * year-less dates stay unresolved.
 */
export function chooseAnchor(article: Article, config: Config): Anchor | undefined {
  const published = article.meta.publishedAt?.slice(0, 10);
  if (published && ISO_DAY.test(published)) return { date: published, source: 'published' };
  if (article.meta.datelineDate && ISO_DAY.test(article.meta.datelineDate)) return { date: article.meta.datelineDate, source: 'dateline' };
  if (config.referenceDate) return { date: config.referenceDate, source: 'configured' };
  const stated = statedYearEnd(article.text);
  return stated ? { date: stated, source: 'text' } : undefined;
}
