import { groupSpan, type PatternRule } from '../../engine/extractor.ts';
import { mainlandMarket, type Market } from '../../lexicon/exchanges.ts';
import { securityFields } from './fields.ts';

/**
 * A bare code in brackets right after a Chinese name: 汉诺宝嘉（872197）, 柏荣集团控股（08316）.
 * Without a name before it, or with a six-digit number no market uses, a bracketed number is
 * no code. Hong Kong codes written this way start with 0 (years and amounts do not).
 */
export const bracketedBareCode: PatternRule<'security'> = {
  id: 'security/zh/bracketed-bare-code',
  type: 'security',
  lang: 'zh',
  // The bracket first, then the name's character before it: a pattern that starts with a
  // look-behind is tried at every position.
  pattern: /\((?<=\p{Script=Han}\s*\()\s*(?<code>\d{6}|0\d{3,4})\s*\)/dgu,
  extract(match, ctx) {
    const code = match.groups!.code!;
    const market: Market | undefined = code.length === 6 ? mainlandMarket(code) : 'HK';
    if (!market) return null;
    const fields = securityFields(ctx, code, market, match.index);
    // 上证指数(000001) is an index, not a listed security.
    if (fields.name === undefined || fields.name.endsWith('指数')) return null;
    const span = groupSpan(match, 'code')!;
    return { start: span.start, end: span.end, fields };
  },
  examples: [
    { text: '挖贝网 6月9日，汉诺宝嘉（872197）近日发布2019年年度报告', mention: '872197', expect: { symbol: '872197.NQ', exchange: 'NEEQ', name: '汉诺宝嘉' } },
    { text: '柏荣集团控股（08316）发布公告', mention: '08316', expect: { symbol: '8316.HK', code: '08316', name: '柏荣集团控股' } },
    { text: '贵州茅台(600519)今日收涨', mention: '600519', expect: { symbol: '600519.SH', name: '贵州茅台' } },
  ],
  negatives: ['本周指数(000001)上涨', '营业收入（123456）元', '全年（2019）', '编号（100000）', '(600519)', '，（000001）'],
};
