import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/engine/snippet.ts';
import type { EventRecord } from '../../../src/model/records.ts';

// English stories as a whole: subjects named as the story names them, short names after a full
// one, and subjects referred back to across a paragraph.
const eventsOf = (text: string, language?: 'en') =>
  processText(text, { publishedAt: '2014-12-20', ...(language ? { language } : {}) }).records.filter((r): r is EventRecord => r.type === 'event');
const summary = (events: EventRecord[]) => events.map((e) => [e.eventType, e.subject]);

describe('English events', () => {
  it('names a company as an English story writes it, not by its Chinese gazetteer name', () => {
    const text = 'Netflix has had a strong year, with the stock up more than 60% since January.';
    expect(summary(eventsOf(text, 'en'))).toContainEqual(['stock_move', 'Netflix']);
    expect(summary(eventsOf(text))).toContainEqual(['stock_move', '奈飞']);
  });

  it('resolves a short name to the one organization named in full before (Kestrel … Kestrel Outdoor Brands)', () => {
    const text = "Kestrel Outdoor Brands (NYSE: KOB) had a weak year. Kestrel's CEO is leaving in March, and Kestrel's partnership with Ridgeline Gear ends.";
    const events = summary(eventsOf(text, 'en'));
    expect(events).toContainEqual(['executive_change', 'Kestrel Outdoor Brands']);
    expect(events).toContainEqual(['partnership', 'Kestrel Outdoor Brands']);
  });

  it('gives a clause that refers back (its, the company) the figures before its trigger', () => {
    const text = 'Oracle keeps rewarding holders. Beside its dividend, a steady $3 billion in share repurchases each quarter helps.';
    expect(summary(eventsOf(text, 'en'))).toContainEqual(['buyback', 'Oracle']);
  });

  it('reads indexes sharing one move (X and Y, up a% and b%, respectively), each its own event', () => {
    const text = 'Tech beat the S&P 500 and the Nasdaq Composite, up 4.1% and 6.3%, respectively, while the Dow Jones Transportation Index is down 2%.';
    const events = eventsOf(text, 'en').filter((e) => e.eventType === 'index_move');
    expect(events.map((e) => [e.subject, e.direction])).toEqual([
      ['S&P 500', 'up'],
      ['Nasdaq Composite', 'up'],
      ['Dow Jones Transportation Index', 'down'],
    ]);
  });

  it('emits no event for a short name that two organizations share', () => {
    const text = 'Kestrel Outdoor Brands (NYSE: KOB) and Kestrel Energy Partners (NYSE: KEP) fell. Kestrel\'s CEO is leaving.';
    expect(eventsOf(text, 'en').filter((e) => e.eventType === 'executive_change')).toEqual([]);
  });
});
