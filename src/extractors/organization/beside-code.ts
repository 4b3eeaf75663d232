import type { PatternRule } from '../../engine/extractor.ts';
import { isCjk, isDescription, nameStartBefore } from './boundary.ts';
import { kindOfName } from './kind.ts';
import { LIVE_QUOTE_SOURCE } from '../../text/live-quote.ts';

/**
 * A bracketed listing code right after a name: `网宿科技(300017.SZ)`, `柏荣集团控股（08316）`,
 * `申通快递(18.910,0.34,1.83%)(002468.SZ)`, `正川股份（SH 603976，收盘价：102.17元）`, or an inline
 * live quote alone (`民众金融科技(0.155,-0.00,-1.90%)`). The
 * security rule emits the code; this names the organization (the entity refiner copies the
 * security's symbol onto it).
 */
// The match starts with the bracket and then looks behind it for the name's last character: a
// pattern that starts with a look-behind is tried at every position. A live quote matches as a
// whole, so a code is only ever read from a bracket that holds no quote.
const LIVE_QUOTE_AFTER_BRACKET = LIVE_QUOTE_SOURCE.replace(/^\\\(/, '');
const CODE_AFTER_NAME = new RegExp(
  String.raw`\((?<=[\u4e00-\u9fffA-Za-z]\()(?:${LIVE_QUOTE_AFTER_BRACKET}|(?:(?:SH|SZ|HK|BJ|NASDAQ|NYSE|AMEX)\s*:?\s*)?(?:\d{6}(?:\.(?:SZ|SH|BJ))?|\d{4,5}(?:\.HK)?|[A-Z]{1,5}\.(?:US|O|N|OQ|HK|TW))(?=[),，]))`,
  'g',
);

/** A share class letter written after a Chinese short name: 万科A(000002.SZ). */
const SHARE_CLASS = /[\u4e00-\u9fff][AB]$/;

export const nameBesideCode: PatternRule<'organization'> = {
  id: 'organization/zh/name-beside-code',
  type: 'organization',
  lang: 'zh',
  pattern: CODE_AFTER_NAME,
  extract(match, ctx) {
    let end = match.index;
    while (end > 0 && ctx.scan[end - 1] === ' ') end--;
    const nameEnd = SHARE_CLASS.test(ctx.scan.slice(end - 2, end)) ? end - 1 : end;
    if (!isCjk(ctx.scan[nameEnd - 1])) return null;
    const start = nameStartBefore(ctx.scan, nameEnd, 2, 8);
    if (start === undefined || isDescription(ctx.scan.slice(start, nameEnd), true)) return null;
    const name = ctx.article.text.slice(start, end);
    return { start, end, priority: 1, fields: { name, aliases: [], kind: kindOfName(name) } };
  },
  examples: [
    { text: 'TMT出海指数超八成样本周内收涨,网宿科技(300017.SZ)、广和通(300638.SZ)等成份股涨超15%。', mention: '广和通', expect: { name: '广和通' } },
    { text: '新浪港股讯，柏荣集团控股（08316）今日早段急升。', mention: '柏荣集团控股', expect: { name: '柏荣集团控股' } },
    { text: '格隆汇9月27丨汉诺宝嘉（872197）发布2019年年度报告。', mention: '汉诺宝嘉', expect: { name: '汉诺宝嘉' } },
    { text: '每经AI快讯，正川股份（SH 603976，收盘价：102.17元）发布公告称。', mention: '正川股份', expect: { name: '正川股份' } },
    { text: '第二大股东民众金融科技(0.155,-0.00,-1.90%)持股近8%。', mention: '民众金融科技', expect: { name: '民众金融科技' } },
  ],
  negatives: ['预训练费用(557.6万美元)不及成本1/10。', '本周指数(000001)上涨。'],
};
