import type { Diagnostic } from '../model/diagnostic.ts';
import type { AnyRecord, EventRecord, MoneyRecord, PercentRecord } from '../model/records.ts';
import { articleHeading } from '../writers/json.ts';
import { allDiagnostics, compareText, type InputOutcome } from '../writers/outcome.ts';

/** How much of a large run the page shows: enough to read, small enough to stay a few MB. */
export const REPORT_LIMITS = {
  timelineEvents: 2000,
  organizations: 20,
  amounts: 15,
  moves: 500,
  quotes: 300,
  diagnostics: 500,
} as const;

type ArticleHeading = ReturnType<typeof articleHeading>;

/** A place in the text a figure links to: its article and sentence. */
export interface Citation {
  articleId: string;
  /** Anchor id of the sentence in the page's list of cited sentences. */
  anchor: string;
  sentence: string;
}

export interface TimelinePoint extends Citation {
  date: string;
  eventType: string;
  subject: string;
  object?: string;
  direction?: string;
}

export interface Move extends Citation {
  eventType: string;
  subject: string;
  change: string;
  direction?: 'up' | 'down';
  date?: string;
}

export interface Amount extends Citation {
  label: string;
  referenceAmount: number;
}

export interface Quote extends Citation {
  speaker: string;
  text: string;
  verb?: string;
}

export interface ReportArticle extends ArticleHeading {
  sentences: Array<{ anchor: string; text: string }>;
}

/** What the page shows; each `total` counts what the limits cut. */
export interface ReportData {
  timeline: { points: TimelinePoint[]; total: number };
  organizations: { names: Array<{ name: string; mentions: number }>; total: number };
  amounts: { items: Amount[]; total: number; currency: string };
  moves: { items: Move[]; total: number };
  quotes: { items: Quote[]; total: number };
  diagnostics: { items: Diagnostic[]; total: number };
  articles: ReportArticle[];
}

/** An item kept for the page, with the sentence and article it will cite. */
interface Kept<T> {
  item: Omit<T, keyof Citation>;
  record: AnyRecord;
  article: ArticleHeading;
}

const MOVE_TYPES = new Set(['stock_move', 'index_move', 'limit_up', 'limit_down']);

/** A day-precise date of an event (`2025-01-27`, or the first day of `2025-01`), or none. */
function timelineDate(value: string | undefined): string | undefined {
  const match = value?.match(/^(\d{4})-(\d{2})(?:-(\d{2}))?/);
  return match ? `${match[1]}-${match[2]}-${match[3] ?? '01'}` : undefined;
}

/**
 * Keeps the `limit` best items seen so far, best first, in a sorted array: the page's charts
 * need only the top of a run, so memory stays flat however many articles stream past.
 */
class TopList<T> {
  readonly items: T[] = [];
  total = 0;

  constructor(
    private readonly limit: number,
    private readonly better: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    this.total++;
    if (this.items.length === this.limit && this.better(item, this.items[this.limit - 1]!) >= 0) return;
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.better(this.items[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    this.items.splice(lo, 0, item);
    if (this.items.length > this.limit) this.items.pop();
  }
}

/**
 * Collects what report.html shows while the run's inputs stream past (in input path order, so
 * the result is deterministic): the latest dated events, the most-mentioned organizations, the
 * largest amounts, the first moves, quotes and diagnostics.
 */
export class ReportCollector {
  // Latest first: a run over years of news shows its most recent stretch.
  private readonly timeline = new TopList<Kept<TimelinePoint>>(REPORT_LIMITS.timelineEvents, (a, b) =>
    compareText(b.item.date, a.item.date),
  );
  private readonly amounts = new TopList<Kept<Amount>>(REPORT_LIMITS.amounts, (a, b) => b.item.referenceAmount - a.item.referenceAmount);
  private readonly moves = new TopList<Kept<Move>>(REPORT_LIMITS.moves, () => 0);
  private readonly quotes = new TopList<Kept<Quote>>(REPORT_LIMITS.quotes, () => 0);
  private readonly diagnostics = new TopList<Diagnostic>(REPORT_LIMITS.diagnostics, () => 0);
  private readonly mentions = new Map<string, number>();
  private currency: string | undefined;

  add(input: InputOutcome): void {
    for (const diagnostic of allDiagnostics([input])) this.diagnostics.offer(diagnostic);
    for (const outcome of input.articles) {
      const article = articleHeading(outcome);
      // Only the moves look up their percent figures by id: the map is made for the first of them.
      let byId: Map<string, PercentRecord> | undefined;
      const percentsById = () =>
        (byId ??= new Map(outcome.records.filter((record): record is PercentRecord => record.type === 'percent').map((record) => [record.id, record])));
      for (const record of outcome.records) this.addRecord(record, article, percentsById);
    }
  }

  private addRecord(record: AnyRecord, article: ArticleHeading, percentsById: () => Map<string, PercentRecord>): void {
    switch (record.type) {
      case 'organization':
        this.mentions.set(record.name, (this.mentions.get(record.name) ?? 0) + 1);
        break;
      case 'money':
        this.addAmount(record, article);
        break;
      case 'quote':
        this.quotes.offer({ record, article, item: { speaker: record.speaker ?? '', text: record.text, verb: record.verb } });
        break;
      case 'event':
        this.addEvent(record, article, percentsById);
        break;
      default:
        break;
    }
  }

  private addAmount(money: MoneyRecord, article: ArticleHeading): void {
    // A conversion (约合4.3万亿元人民币) restates the amount beside it: chart the amount once.
    if (money.referenceAmount === undefined || !money.referenceCurrency || money.convertedFrom) return;
    this.currency ??= money.referenceCurrency;
    if (money.referenceCurrency !== this.currency) return;
    this.amounts.offer({ record: money, article, item: { label: `${money.text} · ${money.articleId}`, referenceAmount: money.referenceAmount } });
  }

  private addEvent(event: EventRecord, article: ArticleHeading, percentsById: () => Map<string, PercentRecord>): void {
    const date = timelineDate(event.date);
    if (date) {
      const item = { date, eventType: event.eventType, subject: event.subject, object: event.object, direction: event.direction };
      this.timeline.offer({ record: event, article, item });
    }
    if (!MOVE_TYPES.has(event.eventType)) return;
    const percents = percentsById();
    const change = event.figures
      .map((id) => percents.get(id))
      .filter((percent) => percent !== undefined)
      .map((percent) => percent.text)
      .join(', ');
    const direction = event.direction ?? (event.eventType === 'limit_up' ? 'up' : event.eventType === 'limit_down' ? 'down' : undefined);
    this.moves.offer({ record: event, article, item: { eventType: event.eventType, subject: event.subject, change, direction, date: event.date } });
  }

  /** The page's data. Each cited sentence appears once under its article; every item links to it. */
  finish(): ReportData {
    const cited = new Map<string, { article: ArticleHeading; sentences: Map<string, string> }>();
    const cite = <T>({ item, record, article }: Kept<T>): T => {
      const entry = cited.get(article.id) ?? { article, sentences: new Map<string, string>() };
      cited.set(article.id, entry);
      let anchor = entry.sentences.get(record.sentence);
      if (!anchor) {
        anchor = `s-${article.id}-${entry.sentences.size + 1}`.replace(/[^\p{L}\p{N}_-]+/gu, '-');
        entry.sentences.set(record.sentence, anchor);
      }
      return { ...item, articleId: article.id, anchor, sentence: record.sentence } as T;
    };
    const names = [...this.mentions]
      .map(([name, mentions]) => ({ name, mentions }))
      .sort((a, b) => b.mentions - a.mentions || compareText(a.name, b.name));
    // Oldest first on the page, as a timeline reads.
    const points = this.timeline.items.map(cite).reverse();
    return {
      timeline: { points, total: this.timeline.total },
      organizations: { names: names.slice(0, REPORT_LIMITS.organizations), total: names.length },
      amounts: { items: this.amounts.items.map(cite), total: this.amounts.total, currency: this.currency ?? '' },
      moves: { items: this.moves.items.map(cite), total: this.moves.total },
      quotes: { items: this.quotes.items.map(cite), total: this.quotes.total },
      diagnostics: { items: this.diagnostics.items, total: this.diagnostics.total },
      articles: [...cited.values()].map(({ article, sentences }) => ({
        ...article,
        sentences: [...sentences].map(([text, anchor]) => ({ anchor, text })),
      })),
    };
  }
}
