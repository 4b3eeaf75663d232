import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/engine/snippet.ts';
import { parseConfig } from '../../../src/config.ts';
import { eventRules } from '../../../src/extractors/event/index.ts';
import { EVENT_TAXONOMY } from '../../../src/extractors/event/taxonomy.ts';
import { EVENT_TYPES, type EventRecord } from '../../../src/model/records.ts';

const PUBLISHED = '2025-02-07';

const eventsOf = (text: string, publishedAt = PUBLISHED) =>
  processText(text, { publishedAt }).records.filter((r): r is EventRecord => r.type === 'event');

// Every event rule carries the corpus that proves it: each example must come out of the whole
// chain (entities, dates and figures from the other rules) with the stated events, and each
// negative must not make the rule fire.
describe.each(eventRules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('has examples of its own type', () => {
    expect(rule.examples.length).toBeGreaterThan(0);
    expect(rule.examples.every((ex) => ex.expect.some((e) => e.eventType === rule.eventType))).toBe(true);
  });

  it.each(rule.examples.map((ex) => [ex.text, ex] as const))('finds its events in %s', (_text, ex) => {
    const events = eventsOf(ex.text, ex.publishedAt);
    for (const expected of ex.expect) {
      expect(events, JSON.stringify(events.map((e) => [e.eventType, e.subject, e.date]))).toContainEqual(expect.objectContaining(expected));
    }
  });

  it.each(rule.negatives.map((n) => [n] as const))('does not fire on %s', (negative) => {
    expect(eventsOf(negative).filter((e) => e.rule === rule.id)).toEqual([]);
  });
});

describe('taxonomy', () => {
  it('documents every event type, and every rule has a documented type', () => {
    expect(Object.keys(EVENT_TAXONOMY).sort()).toEqual([...EVENT_TYPES].sort());
    for (const rule of eventRules) expect(EVENT_TAXONOMY[rule.eventType]).toBeDefined();
  });
});

describe('bad input', () => {
  it.each([
    [''],
    ['。。。，，，：：：'],
    ['涨停跌停回购收购中标减持增持质押'.repeat(200)],
    ['公司：其：该公司——四家公司'.repeat(50)],
    [`${'英伟达股价暴跌16.97%，'.repeat(500)}。`],
  ])('never fails and reports no error on %#', (text) => {
    const result = processText(text, { publishedAt: PUBLISHED });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('event dates', () => {
  it('flags the publication date when the text gives none, and never takes a reference date configured for the run', () => {
    const text = '英伟达股价暴跌16.97%。';
    const published = eventsOf(text, '2025-01-28');
    expect(published.map((e) => [e.date, e.dateInferred])).toEqual([['2025-01-28', true]]);
    const configured = processText(text, {}, parseConfig({ referenceDate: '2025-03-01' }, process.cwd())).records.filter(
      (r): r is EventRecord => r.type === 'event',
    );
    expect(configured.map((e) => [e.eventType, e.date])).toEqual([['stock_move', undefined]]);
  });
});
