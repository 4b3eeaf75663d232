import { groupSpan, type PatternRule } from '../../engine/extractor.ts';
import { mainlandMarket, type Market } from '../../lexicon/exchanges.ts';
import { openingBracketBefore, securityFields } from './fields.ts';

/** A short name stated beside the code in filing headers: 证券代码：600586  证券简称：金晶科技. */
const SHORT_NAME_AFTER = /^[^\n]{0,40}?(?:证券|股票|公司)简称\s*[:：]\s*(?<name>[^\s,，;；:：、|｜]{2,12})/du;

/**
 * A code after its label: 证券代码：600586 (filing headers), （股票代码：002468）, 股票代码为00700.
 * Six digits take their market from the prefix; five digits are a Hong Kong code.
 */
export const labelledCode: PatternRule<'security'> = {
  id: 'security/zh/labelled-code',
  type: 'security',
  lang: 'zh',
  trigger: /代码/,
  pattern: /(?:[AHB]股|港股)?(?:证券|股票|公司|股份)?代码\s*[:为是]?\s*(?<code>\d{6}|\d{5})(?!\d)/dg,
  extract(match, ctx) {
    const code = match.groups!.code!;
    const market: Market | undefined = code.length === 5 ? 'HK' : mainlandMarket(code);
    if (!market) return null;
    const span = groupSpan(match, 'code')!;
    const fields = securityFields(ctx, code, market, openingBracketBefore(ctx.scan, match.index));
    if (fields.name === undefined || !/\p{Script=Han}/u.test(fields.name)) {
      const stated = SHORT_NAME_AFTER.exec(ctx.scan.slice(span.end, span.end + 60));
      const named = stated?.indices?.groups?.name;
      if (named) fields.name = ctx.article.text.slice(span.end + named[0], span.end + named[1]);
      else delete fields.name;
    }
    return { start: span.start, end: span.end, fields };
  },
  examples: [
    { text: '证券代码：600586          证券简称：金晶科技          编号：临 2019—035', mention: '600586', expect: { symbol: '600586.SH', code: '600586', name: '金晶科技' } },
    { text: '申通快递（股票代码：002468）发布公告', mention: '002468', expect: { symbol: '002468.SZ', name: '申通快递' } },
    { text: '腾讯控股，股票代码为00700', mention: '00700', expect: { symbol: '0700.HK' } },
    { text: '中国银行A股代码601988，H股代码03988', mention: '601988', expect: { symbol: '601988.SH', name: '中国银行' } },
    { text: '中国银行A股代码601988，H股代码03988', mention: '03988', expect: { symbol: '3988.HK' } },
  ],
  negatives: ['邮政编码：100000', '验证码：123456', '代码：999999'],
};
