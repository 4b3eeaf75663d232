import type { ScanRule } from '../../engine/extractor.ts';
import { parseNumeral, runPairs, scaleExact } from '../../text/numerals.ts';
import { ZH_CURRENCY_SUFFIXES, alternation, currencyNamed } from '../../lexicon/currencies.ts';
import { moneyFields } from './fields.ts';

const SUFFIX = alternation(ZH_CURRENCY_SUFFIXES);
const BETWEEN = new RegExp(`(${SUFFIX})?[ ]*(?:-|—|–|~|～|至|到)[ ]*`, 'y');
const CURRENCY_AFTER = new RegExp(`(${SUFFIX})`, 'y');

const SCALE_AT_END = /(?:万亿|千万|百万|万|亿)$/;
const SCALES: Record<string, string> = { 万亿: '1e12', 千万: '1e7', 百万: '1e6', 万: '1e4', 亿: '1e8' };

/** A range of amounts as one record: 2元—10元, 100亿至200亿元, 2-3亿元 (amount the low end, amountHigh the high). */
export const moneyRange: ScanRule<'money'> = {
  id: 'money/zh/range',
  type: 'money',
  lang: 'zh',
  *scan(ctx) {
    const { scan } = ctx;
    for (const { first: run, between, second: highRun } of runPairs(scan, BETWEEN)) {
      CURRENCY_AFTER.lastIndex = highRun.end;
      const currencyWord = CURRENCY_AFTER.exec(scan)?.[1];
      const lowCurrency = between[1];
      if (!currencyWord || (lowCurrency && lowCurrency !== currencyWord)) continue;
      const lowText = scan.slice(run.start, run.end);
      const highText = scan.slice(highRun.start, highRun.end);
      let low = parseNumeral(lowText);
      const high = parseNumeral(highText);
      if (!low || !high) continue;
      // 2-3亿元: the low end borrows the scale of the high end.
      const scale = SCALE_AT_END.exec(highText)?.[0];
      if (scale && !SCALE_AT_END.test(lowText) && !lowCurrency) {
        const exact = scaleExact(low.exact, SCALES[scale]!);
        low = { value: Number(exact), exact };
      }
      if (!(low.value < high.value)) continue;
      const currency = currencyNamed(ZH_CURRENCY_SUFFIXES, currencyWord)!;
      const { fields, start, end } = moneyFields(ctx, {
        numeral: low,
        currency: currency.code,
        factor: currency.factor,
        start: run.start,
        end: highRun.end + currencyWord.length,
      });
      fields.amountHigh = Number(scaleExact(high.exact, currency.factor ?? '1'));
      yield { start, end, fields, priority: 1 };
    }
  },
  examples: [
    { text: '票价2元—10元不等', mention: '2元—10元', expect: { amount: 2, amountHigh: 10, currency: 'CNY' } },
    { text: '拟募资100亿至200亿元', mention: '100亿至200亿元', expect: { amount: 1e10, amountHigh: 2e10, currency: 'CNY' } },
    { text: '预计亏损2-3亿元', mention: '2-3亿元', expect: { amount: 2e8, amountHigh: 3e8 } },
  ],
  negatives: ['400-6123115', '2018-2019年', '10元-5元'],
};
