import type { ScanExtraction, ScanRule } from '../../engine/extractor.ts';
import { lowEndOfRange, parseNumeral, RANGE_SEPARATOR_CHARS, runPairs, runSuffix, scaleExact } from '../../text/numerals.ts';
import { ZH_CURRENCY_SUFFIXES, alternation, currencyNamed, currencySuffixMayStart } from '../../lexicon/currencies.ts';
import { moneyFields } from './fields.ts';
import { codeUnitSet } from '../../text/code-units.ts';

const SUFFIX = alternation(ZH_CURRENCY_SUFFIXES);
const OPENS_SEPARATOR = codeUnitSet(` ${RANGE_SEPARATOR_CHARS}`);
// The low end's currency word, or the separator (after spaces): 27日 and 3个月 skip the pattern.
export const BETWEEN = runSuffix(
  new RegExp(`(${SUFFIX})?[ ]*(?:-|—|–|~|～|至|到)[ ]*`, 'y'),
  (text, at) => OPENS_SEPARATOR[text.charCodeAt(at)] === 1 || currencySuffixMayStart(text, at),
);
const CURRENCY_AFTER = new RegExp(`(${SUFFIX})`, 'y');

/**
 * A range of amounts. A low end without its currency borrows scale and currency of the high end
 * (100亿至200亿元, 2-3亿元) and the range is one record: amount the low end, amountHigh the high.
 * When each end names its currency (2元—10元), a reader marks each end, as with ranges of full
 * dates and of percentages: the first record carries amountHigh, the second is the high end alone.
 */
export const moneyRange: ScanRule<'money'> = {
  id: 'money/zh/range',
  type: 'money',
  lang: 'zh',
  scan(ctx) {
    const extractions: ScanExtraction<'money'>[] = [];
    const { scan } = ctx;
    for (const { first: run, between, second: highRun } of runPairs(scan, BETWEEN)) {
      CURRENCY_AFTER.lastIndex = highRun.end;
      const currencyWord = CURRENCY_AFTER.exec(scan)?.[1];
      const lowCurrency = between[1];
      if (!currencyWord || (lowCurrency && lowCurrency !== currencyWord)) continue;
      const lowText = scan.slice(run.start, run.end);
      const highText = scan.slice(highRun.start, highRun.end);
      const lowNumeral = parseNumeral(lowText);
      const high = parseNumeral(highText);
      if (!lowNumeral || !high) continue;
      // 2-3亿元 borrows the scale of the high end; 2元-3亿元 states its own.
      const low = lowCurrency ? lowNumeral : lowEndOfRange(lowText, lowNumeral, highText);
      if (!(low.value < high.value)) continue;
      const currency = currencyNamed(ZH_CURRENCY_SUFFIXES, currencyWord)!;
      const rangeEnd = highRun.end + currencyWord.length;
      const lowEnd = lowCurrency ? run.end + between[0].indexOf(lowCurrency) + lowCurrency.length : rangeEnd;
      const { fields, start, end } = moneyFields(ctx, {
        numeral: low,
        currency: currency.code,
        factor: currency.factor,
        start: run.start,
        end: lowEnd,
      });
      fields.amountHigh = Number(scaleExact(high.exact, currency.factor ?? '1'));
      extractions.push({ start, end, fields, priority: 1 });
      if (lowCurrency) {
        const highEnd = moneyFields(ctx, { numeral: high, currency: currency.code, factor: currency.factor, start: highRun.start, end: rangeEnd });
        extractions.push({ fields: highEnd.fields, start: highEnd.start, end: highEnd.end, priority: 1 });
      }
    }
    return extractions;
  },
  examples: [
    { text: '票价2元—10元不等', mention: '2元', expect: { amount: 2, amountHigh: 10, currency: 'CNY' } },
    { text: '票价2元—10元不等', mention: '10元', expect: { amount: 10, currency: 'CNY' } },
    { text: '一个借款用户的查询成本通常在2元—10元之间', mention: '2元', expect: { amount: 2, amountHigh: 10, per: '借款用户' } },
    { text: '一个借款用户的查询成本通常在2元—10元之间', mention: '10元', expect: { amount: 10, per: '借款用户' } },
    { text: '拟募资100亿至200亿元', mention: '100亿至200亿元', expect: { amount: 1e10, amountHigh: 2e10, currency: 'CNY' } },
    { text: '预计亏损2-3亿元', mention: '2-3亿元', expect: { amount: 2e8, amountHigh: 3e8 } },
  ],
  negatives: ['400-6123115', '2018-2019年', '10元-5元'],
};
