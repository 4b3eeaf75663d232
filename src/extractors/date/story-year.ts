import type { Anchor, ExtractContext } from '../../engine/extractor.ts';

// Words for the year a story is written in: year-to-date, so far this year, this year's.
const THIS_YEAR = /\b(?:year-to-date|YTD|this year)\b/gi;
const YEAR = /\b(?:19|20)\d{2}\b(?![-/.,]\d)/g;
/** How far back, inside its paragraph, a this-year word looks for the year it stands for. */
const REACH = 300;

/**
 * The year an undated English story is written in, as its own words tell it: a year named
 * shortly before "year-to-date" or "this year" in the same paragraph (stocks had a good 2014 …
 * up 28% year-to-date) is the story's present. Counting votes this way, a later year the
 * story looks ahead to (top picks for 2015) does not win by being named more often.
 */
function presentYear(scan: string): number | undefined {
  const votes = new Map<number, number>();
  THIS_YEAR.lastIndex = 0;
  for (let m = THIS_YEAR.exec(scan); m; m = THIS_YEAR.exec(scan)) {
    let window = scan.slice(Math.max(0, m.index - REACH), m.index);
    const paragraph = window.lastIndexOf('\n');
    if (paragraph >= 0) window = window.slice(paragraph + 1);
    const years = window.match(YEAR);
    if (!years) continue;
    const year = Number(years[years.length - 1]);
    votes.set(year, (votes.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, count] of votes) if (best === undefined || count > votes.get(best)!) best = year;
  return best;
}

let cachedScan: string | undefined;
let cachedYear: number | undefined;

/**
 * The anchor for an English date without a year. A story's publication date or dateline wins;
 * an anchor guessed from the years a text names most is replaced by the year the text calls its
 * present, where it calls one so.
 */
export function storyAnchor(ctx: ExtractContext): Anchor | undefined {
  if (ctx.anchor?.source !== 'text') return ctx.anchor;
  if (cachedScan !== ctx.scan) {
    cachedScan = ctx.scan;
    cachedYear = presentYear(ctx.scan);
  }
  return cachedYear === undefined ? ctx.anchor : { date: `${cachedYear}-12-31`, source: 'text' };
}
