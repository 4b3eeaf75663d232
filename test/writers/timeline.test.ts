import { describe, expect, it } from 'vitest';
import { recordSchemas, type AnyRecord } from '../../src/model/records.ts';
import type { InputOutcome } from '../../src/writers/outcome.ts';
import { MERGE_FAN_IN } from '../../src/writers/timeline.ts';
import { inputOf, outputsOf, runOf } from './reference.ts';

// The reference article (test/fixtures/corpus/articles/xinhua-deepseek-2025-02-07.txt) through the pipeline.
const reference = await outputsOf(runOf([await inputOf('xinhua-deepseek-2025-02-07.txt')]));
const timeline = reference.sheet('Timeline');

const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

describe('the Timeline sheet of the reference article', () => {
  it('has R1 released on 2025-01-20 as a real date', () => {
    const release = timeline.find((row) => row.eventType === 'product_release' && row.subject === 'DeepSeek');
    expect(release?.date).toBeInstanceOf(Date);
    expect(day(release!.date)).toBe('2025-01-20');
    expect(release!.object).toBe('DeepSeek-R1');
  });

  it("has Nvidia's fall on 2025-01-27 with the signed percent and the market-cap loss as figures", () => {
    const fall = timeline.find((row) => row.eventType === 'stock_move' && row.subject === '英伟达');
    expect(day(fall!.date)).toBe('2025-01-27');
    expect(String(fall!.figures)).toMatch(/^−16\.97%, 近6000亿美元/);
    expect(fall!.eventId).toMatch(/#event@/);
    expect(fall!.eventKey).toMatch(/^stock_move\|英伟达\|2025-01-27\|/);
    expect(String(fall!.sentence)).toContain('16.97%');
  });

  it('lists events in date order: the release before the fall before the adoptions before the limit-up', () => {
    const position = (type: string, subject: string) => timeline.findIndex((row) => row.eventType === type && row.subject === subject);
    const order = [
      position('product_release', 'DeepSeek'),
      position('stock_move', '英伟达'),
      position('adoption', '亚马逊'),
      position('adoption', '中国联通'),
      position('limit_up', '浪潮信息'),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const fullDays = timeline.map((row) => row.date).filter((date): date is Date => date instanceof Date);
    expect(fullDays.map(Number)).toEqual([...fullDays].map(Number).sort((a, b) => a - b));
  });

  it('keeps a period that is not a full day as text, and flags a date taken from the publication date', () => {
    expect(timeline.some((row) => row.date === '2025-W06' && row.eventType === 'index_move')).toBe(true);
    const pricing = timeline.find((row) => row.eventType === 'pricing' && row.subject === 'DeepSeek');
    expect(pricing?.dateInferred).toBe(true);
  });

  it('writes timeline.csv with the same rows in the same order', () => {
    const rows = reference.csv('timeline.csv');
    expect(rows.map((row) => row.eventId)).toEqual(timeline.map((row) => row.eventId));
    expect(rows.find((row) => row.subject === '英伟达' && row.eventType === 'stock_move')!.date).toBe('2025-01-27');
  });

  it('counts events per type on the Summary sheet', () => {
    const summary = reference.sheet('Summary');
    expect(summary.find((row) => row.item === 'adoption events')?.value).toBeGreaterThanOrEqual(11);
    expect(summary.find((row) => row.item === 'dated events (Timeline)')?.value).toBe(timeline.length);
  });
});

/** An article of hand-made rises, one per subject and date. */
function article(id: string, events: Array<[string, string | undefined]>): InputOutcome {
  const records: AnyRecord[] = [];
  events.forEach(([subject, date], index) => {
    const start = index * 10;
    const percent = recordSchemas.percent.parse({
      id: `${id}#percent@${start + 5}-${start + 8}`, articleId: id, type: 'percent', text: index % 2 ? '+3%' : '3%',
      start: start + 5, end: start + 8, rule: 'percent/test', sentence: `${subject}涨3%`, value: 3, unit: '%', direction: 'up',
    });
    records.push(
      recordSchemas.event.parse({
        id: `${id}#event@${start}-${start + 2}`, articleId: id, type: 'event', text: subject, start, end: start + 2,
        rule: 'event/test', sentence: `${subject}涨3%`, eventType: 'stock_move', subject, date, figures: [percent.id], direction: 'up',
      }),
      percent,
    );
  });
  return {
    path: `${id}.txt`, status: 'ok', diagnostics: [],
    articles: [{ id, path: `${id}.txt`, format: 'text', encoding: 'utf-8', bytes: 1, sha256: 'f'.repeat(64), meta: { authors: [] }, status: 'ok', records, diagnostics: [] }],
  };
}

/** A run of three articles, dates interleaved across them. */
function eventsRun(): InputOutcome[] {
  return [
    article('a', [['甲', '2025-03-01'], ['乙', '2025-01-05'], ['丙', undefined]]),
    article('b', [['丁', '2025-01-05'], ['戊', '2024'], ['己', '2025-02']]),
    article('c', [['庚', '2025-03-01'], ['辛', '2025-01-01']]),
  ];
}

describe('the timeline of a long run', () => {
  it('gives the same rows in the same order when it sorts in memory and when it spills sorted runs to disk', async () => {
    const inMemory = await outputsOf(runOf(eventsRun()));
    const spilled = await outputsOf(runOf(eventsRun()), { timelineRowsInMemory: 2 });
    expect(inMemory.csv('timeline.csv').map((row) => row.subject)).toEqual(['戊', '辛', '乙', '丁', '己', '甲', '庚']);
    expect(spilled.file('timeline.csv').data.equals(inMemory.file('timeline.csv').data)).toBe(true);
    expect(spilled.file('report.xlsx').data.equals(inMemory.file('report.xlsx').data)).toBe(true);
  });

  it('merges more sorted runs than it reads at once in groups, ties still in input order', async () => {
    const count = 2 * MERGE_FAN_IN + 5;
    // Three dates cycling from late to early, so every run file holds rows of the whole range.
    const dates = ['2025-03-01', '2025-02-01', '2025-01-01'];
    const inputs = Array.from({ length: count }, (_, i) => article(`a${String(i).padStart(3, '0')}`, [[`公司${i}`, dates[i % 3]]]));
    const inMemory = await outputsOf(runOf(inputs));
    const spilled = await outputsOf(runOf(inputs), { timelineRowsInMemory: 1 });
    const rows = spilled.csv('timeline.csv');
    expect(rows).toHaveLength(count);
    expect(rows.map((row) => row.date)).toEqual(rows.map((row) => row.date).sort());
    expect(rows.filter((row) => row.date === '2025-01-01').map((row) => row.articleId)).toEqual(
      inputs.filter((_, i) => i % 3 === 2).map((input) => input.articles[0]!.id),
    );
    expect(spilled.file('timeline.csv').data.equals(inMemory.file('timeline.csv').data)).toBe(true);
  });

  it('leaves an undated event off the timeline, and signs an unsigned rise once', async () => {
    const { csv, sheet } = await outputsOf(runOf(eventsRun()));
    expect(csv('timeline.csv').some((row) => row.subject === '丙')).toBe(false);
    expect(sheet('Summary').find((row) => row.item === 'stock_move events')?.value).toBe(8);
    const figures = sheet('Timeline').map((row) => row.figures);
    expect(new Set(figures)).toEqual(new Set(['+3%']));
  });
});
