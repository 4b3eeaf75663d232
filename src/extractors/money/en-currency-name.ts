import type { PatternRule } from '../../engine/extractor.ts';
import { parseNumeral } from '../../text/numerals.ts';
import { enQualifierWordBefore } from '../../lexicon/qualifiers.ts';
import { EN_CURRENCY_NAMES, EN_SCALES, EN_SCALE_SOURCE, alternation, currencyNamed } from '../../lexicon/currencies.ts';
import { moneyFields } from './fields.ts';

const PATTERN = new RegExp(
  `(?<![\\w.$€£¥])(?<num>-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)` +
    `(?:[ ]?(?<scale>(?:${EN_SCALE_SOURCE})\\b))?[ ]+(?<name>${alternation(EN_CURRENCY_NAMES)})\\b`,
  'gi',
);

/** Amounts followed by an English currency name: 1.5 trillion yen, 3.5 billion yuan, 500 crore rupees. */
export const enCurrencyName: PatternRule<'money'> = {
  id: 'money/en/currency-name',
  type: 'money',
  lang: 'en',
  trigger: / (?:dollars|renminbi|roubles|pounds|rupees|rubles|euros|yuan|yen|won)/i,
  pattern: PATTERN,
  extract(match, ctx) {
    const { num, scale, name } = match.groups!;
    const numeral = parseNumeral(num!);
    const currency = EN_CURRENCY_NAMES.find((c) => c.name.toLowerCase() === name!.toLowerCase()) ?? currencyNamed(EN_CURRENCY_NAMES, name!);
    if (!numeral || !currency) return null;
    const factor = scale ? EN_SCALES[scale.toLowerCase()] ?? EN_SCALES[scale]! : '1';
    const qualifier = enQualifierWordBefore(ctx.scan, match.index);
    const { fields, start, end } = moneyFields(ctx, {
      numeral,
      currency: currency.code,
      factor,
      qualifierWord: qualifier?.word,
      start: qualifier?.start ?? match.index,
      end: match.index + match[0].length,
    });
    return { start, end, fields };
  },
  examples: [
    { text: 'Toshiba needs 1.5 trillion yen.', mention: '1.5 trillion yen', expect: { amount: 1.5e12, currency: 'JPY' } },
    { text: 'sales of 3.5 billion yuan', mention: '3.5 billion yuan', expect: { amount: 3.5e9, currency: 'CNY' } },
    { text: 'about 500 crore rupees', mention: 'about 500 crore rupees', expect: { amount: 5e9, currency: 'INR', qualifier: 'approx' } },
    { text: 'worth 20 million US dollars', mention: '20 million US dollars', expect: { amount: 2e7, currency: 'USD' } },
  ],
  negatives: ['27,403.54 points', 'the 2014 World Cup', 'May 13, 2014'],
};
