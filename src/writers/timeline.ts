import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { periodStart } from '../extractors/date/calendar.ts';
import { EVENT_TYPES, type AnyRecord, type EventRecord, type EventType } from '../model/records.ts';
import type { Column } from './columns.ts';
import { compareText, type ArticleOutcome } from './outcome.ts';
import { ScratchFile } from './sink.ts';

/** One dated event as the Timeline sheet and timeline.csv show it. */
export interface TimelineRow {
  date: string;
  /** The article's publication date stands in: the text gave no date. */
  dateInferred?: boolean;
  eventType: EventType;
  subject: string;
  object?: string;
  direction?: string;
  /** The linked figures as written, a percent change with its sign: `−16.97%, 近6000亿美元`. */
  figures: string;
  articleId: string;
  title?: string;
  eventId: string;
  eventKey?: string;
  sentence: string;
}

export const timelineColumns: Column<TimelineRow>[] = [
  { key: 'date', kind: 'date', value: (row) => row.date },
  { key: 'dateInferred', kind: 'boolean', value: (row) => row.dateInferred },
  { key: 'eventType', kind: 'text', value: (row) => row.eventType },
  { key: 'subject', kind: 'text', value: (row) => row.subject },
  { key: 'object', kind: 'text', value: (row) => row.object },
  { key: 'direction', kind: 'text', value: (row) => row.direction },
  { key: 'figures', kind: 'text', value: (row) => row.figures },
  { key: 'articleId', kind: 'text', value: (row) => row.articleId },
  { key: 'title', kind: 'text', value: (row) => row.title },
  { key: 'eventId', kind: 'text', value: (row) => row.eventId },
  { key: 'eventKey', kind: 'text', value: (row) => row.eventKey },
  { key: 'sentence', kind: 'text', value: (row) => row.sentence },
];

const FIGURE_TYPES = new Set<AnyRecord['type']>(['money', 'percent', 'ratio']);
const SIGNED = /^[+\-−＋－]/;
/** U+2212, the minus sign: a leading ASCII hyphen would read as a formula in a CSV cell. */
const MINUS = '−';

/** A figure as a reader wants it: its text, and for a percent change the sign of its direction. */
function figureText(figure: AnyRecord): string {
  if (figure.type !== 'percent' || !figure.direction || SIGNED.test(figure.text)) return figure.text;
  return `${figure.direction === 'down' ? MINUS : '+'}${figure.text}`;
}

/**
 * Where a row goes in date order: the first day of its period (`2025-W06` → its Monday), then the
 * date as written, so a week sorts among the days it starts on.
 */
function sortKey(date: string): string {
  return `${periodStart(date) ?? date}|${date}`;
}

interface Keyed {
  key: string;
  row: TimelineRow;
}

const byKey = (a: Keyed, b: Keyed) => compareText(a.key, b.key);

/** Rows held in memory before a sorted run of them goes to a scratch file. */
export const TIMELINE_ROWS_IN_MEMORY = 20_000;
/**
 * Run files read at once in a merge: each holds a read buffer, and a long run must not exhaust
 * the process's file handles. More runs are merged in groups first.
 */
export const MERGE_FAN_IN = 64;
/** Rows written to a run file at once. */
const SPILL_BATCH = 1000;
/** Small reads: a merge holds one buffer per run file. */
const RUN_READ_BYTES = 16 * 1024;

/**
 * Collects the dated events of a run, in input order, and gives them back in date order (ties
 * keep input order). Rows are held up to a limit; past it each batch is sorted and spilled to a
 * scratch file, and the files are merged at the end, so memory stays flat however long the run.
 */
export class TimelineCollector {
  private buffer: Keyed[] = [];
  private runs: string[] = [];
  private files = 0;
  private readonly eventTypes = new Map<EventType, number>();
  rows = 0;

  constructor(
    private readonly scratchDir: string,
    private readonly rowsInMemory = TIMELINE_ROWS_IN_MEMORY,
  ) {}

  /** Takes an article's dated events; returns their rows. */
  async add(article: ArticleOutcome): Promise<TimelineRow[]> {
    const added: TimelineRow[] = [];
    let figures: Map<string, AnyRecord> | undefined;
    for (const record of article.records) {
      if (record.type !== 'event') continue;
      this.eventTypes.set(record.eventType, (this.eventTypes.get(record.eventType) ?? 0) + 1);
      if (!record.date) continue;
      figures ??= new Map(article.records.filter((r) => FIGURE_TYPES.has(r.type)).map((r) => [r.id, r]));
      const row = timelineRow(record, article, figures);
      this.buffer.push({ key: sortKey(record.date), row });
      added.push(row);
    }
    this.rows += added.length;
    if (this.buffer.length >= this.rowsInMemory) await this.spill();
    return added;
  }

  /** Events of each type, dated or not, in the taxonomy's order. */
  countsByType(): Array<[EventType, number]> {
    return EVENT_TYPES.filter((type) => this.eventTypes.has(type)).map((type) => [type, this.eventTypes.get(type)!]);
  }

  private runFile(): string {
    return path.join(this.scratchDir, `.timeline.${this.files++}.jsonl`);
  }

  /** Writes the held rows, sorted, a batch of lines at a time: no run file as one string. */
  private async spill(): Promise<void> {
    const file = this.runFile();
    this.buffer.sort(byKey);
    const out = new ScratchFile(file);
    for (let start = 0; start < this.buffer.length; start += SPILL_BATCH) {
      let lines = '';
      for (const keyed of this.buffer.slice(start, start + SPILL_BATCH)) lines += `${JSON.stringify(keyed)}\n`;
      await out.write(lines);
    }
    await out.close();
    this.runs.push(file);
    this.buffer = [];
  }

  /** The rows in date order; may be read more than once. */
  async *sorted(): AsyncGenerator<TimelineRow> {
    if (this.runs.length === 0) {
      this.buffer.sort(byKey);
      for (const keyed of this.buffer) yield keyed.row;
      return;
    }
    if (this.buffer.length > 0) await this.spill();
    // The first runs hold the first inputs: merged into one that takes their place, ties keep their order.
    while (this.runs.length > MERGE_FAN_IN) {
      const group = this.runs.slice(0, MERGE_FAN_IN);
      const merged = this.runFile();
      const out = createWriteStream(merged);
      for await (const keyed of mergeRuns(group)) if (!out.write(`${JSON.stringify(keyed)}\n`)) await once(out, 'drain');
      await new Promise<void>((resolve, reject) => out.once('error', reject).end(resolve));
      await Promise.all(group.map((file) => rm(file, { force: true })));
      this.runs = [merged, ...this.runs.slice(MERGE_FAN_IN)];
    }
    for await (const keyed of mergeRuns(this.runs)) yield keyed.row;
  }

  async removeScratch(): Promise<void> {
    await Promise.all(this.runs.map((file) => rm(file, { force: true })));
  }
}

function timelineRow(event: EventRecord, article: ArticleOutcome, figures: ReadonlyMap<string, AnyRecord>): TimelineRow {
  return {
    date: event.date!,
    dateInferred: event.dateInferred,
    eventType: event.eventType,
    subject: event.subject,
    object: event.object,
    direction: event.direction,
    // The same figure told twice (a headline and its body) reads once.
    figures: [...new Set(event.figures.flatMap((id) => (figures.has(id) ? [figureText(figures.get(id)!)] : [])))].join(', '),
    articleId: article.id,
    title: article.meta.title,
    eventId: event.id,
    eventKey: event.eventKey,
    sentence: event.sentence,
  };
}

interface Head {
  keyed: Keyed;
  run: number;
  lines: AsyncIterator<string>;
}

/** The lines of a file, read a small buffer at a time. */
async function* linesOf(file: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of createReadStream(file, { highWaterMark: RUN_READ_BYTES })) {
    const lines = (rest + decoder.write(chunk as Buffer)).split('\n');
    rest = lines.pop()!;
    yield* lines;
  }
  rest += decoder.end();
  if (rest) yield rest;
}

/** The earlier head first; on equal keys the earlier run, which holds the earlier inputs. */
function before(a: Head, b: Head): boolean {
  const order = compareText(a.keyed.key, b.keyed.key);
  return order < 0 || (order === 0 && a.run < b.run);
}

/** A k-way merge of sorted run files through a binary min-heap of their current rows. */
async function* mergeRuns(files: readonly string[]): AsyncGenerator<Keyed> {
  const heap: Head[] = [];
  const push = (head: Head) => {
    let index = heap.push(head) - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(heap[index]!, heap[parent]!)) break;
      [heap[index], heap[parent]] = [heap[parent]!, heap[index]!];
      index = parent;
    }
  };
  const pop = (): Head => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let index = 0;
      for (;;) {
        let least = index;
        for (const child of [2 * index + 1, 2 * index + 2]) if (child < heap.length && before(heap[child]!, heap[least]!)) least = child;
        if (least === index) break;
        [heap[index], heap[least]] = [heap[least]!, heap[index]!];
        index = least;
      }
    }
    return top;
  };
  const advance = async (run: number, lines: AsyncIterator<string>) => {
    const next = await lines.next();
    if (!next.done) push({ keyed: JSON.parse(next.value) as Keyed, run, lines });
  };
  const readers = files.map(linesOf);
  try {
    for (const [run, lines] of readers.entries()) await advance(run, lines);
    while (heap.length > 0) {
      const head = pop();
      yield head.keyed;
      await advance(head.run, head.lines);
    }
  } finally {
    await Promise.all(readers.map((reader) => reader.return(undefined)));
  }
}
