import type { PatternRule } from '../../engine/extractor.ts';
import { CHINESE_NUMERAL_CHARS, NUMERAL_SOURCE, parseNumeral } from '../../text/numerals.ts';
import { qualifierWordBefore } from '../../lexicon/qualifiers.ts';
import { Decimal } from 'decimal.js';
import { percentFields } from './fields.ts';

// 五百分之2.2 is a fraction of 500, not a percentage: no numeral may stand before 百分之.
const PATTERN = new RegExp(
  `(?<base>[百佰千仟万萬](?<![\\d${CHINESE_NUMERAL_CHARS}].)[百佰千仟万萬]*)[ ]*分[ ]*之[ ]*(?<num>${NUMERAL_SOURCE})(?:[ ]?(?<k>[kK])(?![A-Za-z]))?`,
  'g',
);

/** 百分之三十, 百分之2.4, 千分之一 (0.1%), 万分之三 (0.03%), 百万分之五. */
export const zhPercentWords: PatternRule<'percent'> = {
  id: 'percent/zh/fen-zhi',
  type: 'percent',
  lang: 'zh',
  trigger: /分[ ]*之/,
  pattern: PATTERN,
  extract(match, ctx) {
    const { base, num, k } = match.groups!;
    const text = num!.trimEnd();
    // 百分之百: a lone 百 is a number here, where nothing else could follow 之.
    const numeral = /^[百佰]$/.test(text) ? { value: 100, exact: '100' } : parseNumeral(text, { spaces: true });
    if (!numeral) return null;
    // 百分之 counts hundredths; 千分之, 万分之 and 百万分之 count smaller parts of the whole.
    const whole = parseNumeral(base!.length === 1 ? `一${base}` : base!);
    if (!whole) return null;
    const factor = new Decimal(100).div(whole.exact).times(k ? 1000 : 1).toFixed();
    const end = match.index + match[0].length - (num!.length - text.length);
    const qualifier = qualifierWordBefore(ctx.scan, match.index);
    return percentFields(ctx, { numeral, unit: '%', factor, qualifierWord: qualifier?.word, start: qualifier?.start ?? match.index, end });
  },
  examples: [
    { text: '持股比例为百分之三十', mention: '百分之三十', expect: { value: 30, unit: '%' } },
    { text: '上升了百分之2.2', mention: '百分之2.2', expect: { value: 2.2, direction: 'up' } },
    { text: '千分之一', expect: { value: 0.1 } },
    { text: '印花税为千分之一', mention: '千分之一', expect: { value: 0.1 } },
    { text: '万分之三', expect: { value: 0.03 } },
    { text: '百万分之五', expect: { value: 0.0005 } },
    { text: '百分之一百二十点五', expect: { value: 120.5 } },
    { text: '百分之百', expect: { value: 100 } },
    { text: '百 分之 一百二十点五', expect: { value: 120.5 } },
  ],
  negatives: ['五百分之2.2', '百分之二三十', '十分之一'],
};
