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

  it('dates an undated story by the year it calls its present, not by the year it looks ahead to most', () => {
    const text =
      'Top picks for 2016: our writers look ahead to 2016. Chip stocks had a fine run in 2015. The sector is up 14% so far this year, ' +
      'and on Nov. 3 Intel raised its outlook. In October it cut prices. Its dividend should rise in March. We like it for 2016.';
    const dates = datesIn(text);
    expect(dates.find((d) => d.text === 'Nov. 3')).toMatchObject({ value: '2015-11-03', anchor: 'text' });
    expect(dates.find((d) => d.text === 'October')).toMatchObject({ value: '2015-10', granularity: 'month' });
    // A month to come, against a story known only by its year, may be next year's: no value.
    expect(dates.find((d) => d.text === 'March')?.value).toBeUndefined();
  });

  it('keeps a zone named after a time', () => {
    const [stamp] = datesIn('Trading resumed on Jan. 27, 2025 at 9:30 a.m. ET.');
    expect(stamp).toMatchObject({ value: '2025-01-27T09:30', granularity: 'time', timezone: 'America/New_York' });
  });
});
