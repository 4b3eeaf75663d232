import type { PatternRule } from '../../engine/extractor.ts';
import { clauseCommaWithin, parseNumeral } from '../../text/numerals.ts';
import { groupSpan } from '../../engine/extractor.ts';
import { sentenceAt } from '../../text/sentences.ts';
import { enQualifierWordBefore } from '../../lexicon/qualifiers.ts';
import { CURRENCY_SYMBOLS, EN_SCALES, EN_SCALE_SOURCE, alternation, currencyNamed, yenOrYuan } from '../../lexicon/currencies.ts';
import { ZH_SCALE_SOURCE, zhScaleFactor } from './scale.ts';
import { moneyFields } from './fields.ts';

const PATTERN = new RegExp(
  `(?<symbol>${alternation(CURRENCY_SYMBOLS)})[ ]?` +
    `(?<num>-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(?![\\d.]\\d)` +
    `(?:[ ]?(?<scale>(?:${EN_SCALE_SOURCE})\\b)|(?<zhScale>${ZH_SCALE_SOURCE}))?`,
  'gd',
);

/** Amounts after a currency symbol or code: $1.2 billion, US$5, HK$3.2, RMB 3.5bn, €40m, ￥300, $57 a barrel. */
export const symbolAmount: PatternRule<'money'> = {
  id: 'money/any/currency-symbol',
  type: 'money',
  lang: 'any',
  pattern: PATTERN,
  extract(match, ctx) {
    const { symbol, scale, zhScale } = match.groups!;
    // USD inside XUSD, Rs inside Mrs: a symbol glued to a word is part of it.
    if (/[A-Za-z]/.test(ctx.scan[match.index - 1] ?? '')) return null;
    let { num } = match.groups!;
    let end = match.index + match[0].length;
    // $20，300美圆 is $20 before a clause comma, not $20,300.
    const numSpan = groupSpan(match, 'num')!;
    const comma = clauseCommaWithin(ctx.article.text, numSpan.start, numSpan.end);
    if (comma >= 0) {
      num = ctx.scan.slice(numSpan.start, comma);
      end = comma;
    }
    const numeral = parseNumeral(num!);
    if (!numeral) return null;
    let currency = currencyNamed(CURRENCY_SYMBOLS, symbol!)!.code;
    if (symbol === '¥' || symbol === '￥') {
      const sentence = sentenceAt(ctx.article.sentences, match.index);
      currency = yenOrYuan(sentence ? ctx.article.text.slice(sentence.start, sentence.end) : '');
    }
    const factor = comma >= 0 ? '1' : scale ? EN_SCALES[scale.toLowerCase()] ?? EN_SCALES[scale] : zhScale ? zhScaleFactor(zhScale) : '1';
    const qualifier = enQualifierWordBefore(ctx.scan, match.index);
    const mention = moneyFields(ctx, { numeral, currency, factor, qualifierWord: qualifier?.word, start: qualifier?.start ?? match.index, end });
    return { start: mention.start, end: mention.end, fields: mention.fields };
  },
  examples: [
    { text: 'Nvidia lost $589 billion in market value.', mention: '$589 billion', expect: { amount: 589e9, currency: 'USD' } },
    { text: 'Brent crude fell to a 5-1/2 year low below $57 a barrel.', mention: 'below $57 a barrel', expect: { amount: 57, currency: 'USD', qualifier: 'less_than', per: 'barrel' } },
    { text: 'The company, which went public at $17 in 2012, now trades near $40.', mention: '$17', expect: { amount: 17, per: 'share' } },
    { text: 'Its shares closed at $41.50 on Friday.', mention: '$41.50', expect: { amount: 41.5, per: 'share' } },
    { text: 'The outage cost the airline $2 million a day.', mention: '$2 million a day', expect: { amount: 2e6, per: 'day' } },
    { text: 'The pact may result in a payment of up to a $2 billion.', mention: 'up to a $2 billion', expect: { amount: 2e9, qualifier: 'at_most', direction: undefined } },
    { text: 'The firm agreed to pay up to $300 million to settle.', mention: 'up to $300 million', expect: { amount: 3e8, qualifier: 'at_most', direction: undefined } },
    { text: 'It raised US$1.2 billion.', mention: 'US$1.2 billion', expect: { amount: 1.2e9, currency: 'USD' } },
    { text: 'Shares closed at HK$3.25.', mention: 'HK$3.25', expect: { amount: 3.25, currency: 'HKD' } },
    { text: 'revenue of RMB 3.5bn', mention: 'RMB 3.5bn', expect: { amount: 3.5e9, currency: 'CNY' } },
    { text: 'a €40m deal', mention: '€40m', expect: { amount: 4e7, currency: 'EUR' } },
    { text: 'NT$300 million', mention: 'NT$300 million', expect: { amount: 3e8, currency: 'TWD' } },
    { text: '在下面的价格中选一个，$20，300美圆, ￥300, ok?', mention: '￥300', expect: { amount: 300, currency: 'CNY' } },
    { text: '这款相机在日本售价¥39800。', mention: '¥39800', expect: { amount: 39800, currency: 'JPY' } },
    { text: '募资US$5亿', mention: 'US$5亿', expect: { amount: 5e8, currency: 'USD' } },
    { text: '在下面的价格中选一个，$20，300美圆', mention: '$20', expect: { amount: 20, currency: 'USD' } },
  ],
  negatives: ['400-6123115', 'GPT-4o', 'H800', 'MI300X', '$', 'USDT'],
};
