import type { ScanExtraction, ScanRule } from '../../engine/extractor.ts';
import { parseNumeral, runSuffix, runsFollowedBy } from '../../text/numerals.ts';
import { enQualifierWordBefore, qualifierWordBefore } from '../../lexicon/qualifiers.ts';
import { inLiveQuote, percentFields } from './fields.ts';

export const SIGN_AFTER = runSuffix(/[ ]?[%％](?![A-Fa-f\d])/y, ' %％');
// Not inside a URL: %2020% is an escaped space and a digit run, 30%25 an escaped percent sign.
const URL_BEFORE = new Uint8Array(0x80); // by character code, as the run is found
for (const ch of '%=&/?#_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') URL_BEFORE[ch.charCodeAt(0)] = 1;

/** Figures with a percent sign: 16.97%, ２２％, 负3.9%, 超15%, 近4%. */
export const percentSign: ScanRule<'percent'> = {
  id: 'percent/any/percent-sign',
  type: 'percent',
  lang: 'any',
  scan(ctx) {
    const extractions: ScanExtraction<'percent'>[] = [];
    for (const { run, after } of runsFollowedBy(ctx.scan, SIGN_AFTER)) {
      if (URL_BEFORE[ctx.scan.charCodeAt(run.start - 1)] === 1 || inLiveQuote(ctx.scan, run.start)) continue;
      const numeral = parseNumeral(ctx.scan.slice(run.start, run.end));
      if (!numeral) continue;
      const qualifier = qualifierWordBefore(ctx.scan, run.start) ?? enQualifierWordBefore(ctx.scan, run.start);
      extractions.push(percentFields(ctx, {
        numeral,
        unit: '%',
        qualifierWord: qualifier?.word,
        start: qualifier?.start ?? run.start,
        end: run.end + after[0].length,
      }));
    }
    return extractions;
  },
  examples: [
    { text: '英伟达单日跌幅高达16.97%，', mention: '16.97%', expect: { value: 16.97, valueExact: '16.97', unit: '%', direction: 'down' } },
    { text: '新华出海TMT指数涨4.5%', mention: '4.5%', expect: { value: 4.5, direction: 'up' } },
    { text: '两项费用的降幅分别为12.5%和20%。', mention: '20%', expect: { value: 20, direction: 'down' } },
    { text: 'revenue climbing 18% to $2 billion', mention: '18%', expect: { value: 18, direction: 'up' } },
    { text: 'the index is off another 2.3% this week', mention: '2.3%', expect: { value: 2.3, direction: 'down' } },
    { text: '电新出海涨近4%。', mention: '近4%', expect: { value: 4, qualifier: 'nearly', direction: 'up' } },
    { text: '成份股涨超15%。', mention: '超15%', expect: { value: 15, qualifier: 'more_than', direction: 'up' } },
    { text: '1年期MLF中标利率为2.85%，', mention: '2.85%', expect: { value: 2.85 } },
    { text: '增速为负3.9%', mention: '负3.9%', expect: { value: -3.9 } },
    { text: '占比为２２％', mention: '２２％', expect: { value: 22 } },
    { text: '毛利率-22.2%', mention: '-22.2%', expect: { value: -22.2 } },
    { text: "closed at $4.13, that's a drop of nearly 8%.", mention: 'nearly 8%', expect: { value: 8, qualifier: 'nearly', direction: 'down' } },
    { text: '净利润较去年增长4.21%，相比去年24.24%的涨幅而言', mention: '24.24%', expect: { value: 24.24, direction: 'up' } },
    { text: '订单量保持100%以上的月环比增长。', mention: '100%以上', expect: { value: 100, qualifier: 'more_than', direction: 'up' } },
    { text: '录得12%的同比降幅', mention: '12%', expect: { value: 12, direction: 'down' } },
    { text: '十年期国债收益率可能会跌破1%。', mention: '跌破1%', expect: { value: 1, qualifier: 'less_than' } },
    { text: '该领域的营收近乎100%来自本土企业', mention: '近乎100%', expect: { value: 100, qualifier: 'nearly' } },
    { text: '渗透率几乎100%', mention: '几乎100%', expect: { value: 100, qualifier: 'nearly' } },
    { text: '占比过50%', mention: '过50%', expect: { value: 50, qualifier: 'more_than' } },
    { text: '百胜(0.155,-0.00,-1.90%)持股近8%，', mention: '近8%', expect: { value: 8, qualifier: 'nearly' } },
  ],
  negatives: [
    '申通快递(18.910,0.34,1.83%)',
    '贝莱德(431.2, 7.37, 1.74%)',
    'https://www.test.com/search?q=30%25',
    'https://www.test.com/search?q=30%25%2020%',
    '6cfc445ac8244e2caa7586f5326ca587.png',
    '400-6123115',
  ],
};
