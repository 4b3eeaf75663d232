import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/engine/snippet.ts';
import type { DateRecord } from '../../../src/model/records.ts';

const datesIn = (text: string, publishedAt?: string) =>
  processText(text, publishedAt ? { publishedAt } : {}).records.filter((r): r is DateRecord => r.type === 'date');

describe('English dates', () => {
  it('reads the Reuters caption date and leaves the 5-1/2 year low alone', () => {
    const text = 'People walk past the Bombay Stock Exchange (BSE) building in Mumbai May 13, 2014.\n\n' +
      'Brent crude fell to a 5-1/2 year low below $57 a barrel.';
    expect(datesIn(text).map((d) => [d.text, d.value])).toEqual([['May 13, 2014', '2014-05-13']]);
  });

  it('resolves weekdays to the most recent such day before the publication date', () => {
    const [tuesday, monday] = datesIn('The Sensex ended flat on Tuesday. Monday\'s announcement helped.', '2014-12-31');
    expect(tuesday).toMatchObject({ text: 'Tuesday', value: '2014-12-30', anchor: 'published' });
    expect(monday).toMatchObject({ text: 'Monday', value: '2014-12-29' });
  });

  it('keeps a zone named after a time', () => {
    const [stamp] = datesIn('Trading resumed on Jan. 27, 2025 at 9:30 a.m. ET.');
    expect(stamp).toMatchObject({ value: '2025-01-27T09:30', granularity: 'time', timezone: 'America/New_York' });
  });
});
