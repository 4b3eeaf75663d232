import { groupSpan, type PatternRule } from '../../engine/extractor.ts';
import { EXCHANGES, exchangeNamed, mainlandMarket } from '../../lexicon/exchanges.ts';
import { openingBracketBefore, securityFields } from './fields.ts';

const byLength = (a: string, b: string) => b.length - a.length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EXCHANGE_NAMES = EXCHANGES.flatMap((e) => e.names).sort(byLength).map(escape).join('|');

/**
 * An exchange named before the code: (NASDAQ: PHCF), (NYSE: RIGP), (NASDAQ: QCOM ),
 * （纳斯达克：PDD）, (HKEX: 9988), and the run-together A-share form SH 603976 / sz000001
 * (not inside a URL or markup attribute: stockcode=sh600051, company/sz000063/).
 * The colon form must open a bracket or follow a comma inside one, so a sentence such as
 * “HK: 2024 results” is no ticker.
 */
export const exchangePrefixedCode: PatternRule<'security'> = {
  id: 'security/any/exchange-prefixed-code',
  type: 'security',
  lang: 'any',
  pattern: new RegExp(
    // The bracket or separator before the name is part of the match (the mention starts at the name):
    // a pattern that starts with a character is searched fast, one that starts with a look-behind
    // is tried at every position. So is the prefix of the run-together form, then what stands before it.
    `(?:[(;,]\\s*(?<exchange>${EXCHANGE_NAMES})\\s*:\\s*(?<code>[A-Z][A-Z0-9]{0,5}(?:\\.[A-Z])?|\\d{1,6})(?=\\s*[);,])` +
      `|(?<mainlandPrefix>SH|SZ|BJ|sh|sz|bj)(?<![\\w=/"'-]..)\\s?(?<mainland>\\d{6})(?!\\d))`,
    'dg',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    if (g.mainland) {
      const market = mainlandMarket(g.mainland);
      if (market !== g.mainlandPrefix!.toUpperCase()) return null;
      return { fields: securityFields(ctx, g.mainland, market, openingBracketBefore(ctx.scan, match.index)) };
    }
    const exchange = exchangeNamed(g.exchange!)!;
    const code = g.code!;
    const digits = /^\d+$/.test(code);
    if (exchange.market === 'HK' ? !digits || code.length > 5 : exchange.market === 'US' ? digits : mainlandMarket(code) !== exchange.market) {
      return null;
    }
    const start = groupSpan(match, 'exchange')!.start;
    return { start, fields: securityFields(ctx, code, exchange.market, openingBracketBefore(ctx.scan, start), exchange.id) };
  },
  examples: [
    { text: '普惠财富投资管理有限公司(NASDAQ: PHCF)(普惠或公司)，一家第三方财富管理品牌服务商', mention: 'NASDAQ: PHCF', expect: { symbol: 'PHCF.US', code: 'PHCF', exchange: 'NASDAQ', name: '普惠财富投资管理有限公司' } },
    { text: 'Transocean Partners LLC (NYSE: RIGP) posted a new 52-week low', mention: 'NYSE: RIGP', expect: { symbol: 'RIGP.US', exchange: 'NYSE', name: 'Transocean Partners LLC' } },
    { text: 'what they had to say about Qualcomm (NASDAQ: QCOM ) , Facebook (NASDAQ: FB ) ,', mention: 'NASDAQ: QCOM', expect: { symbol: 'QCOM.US', name: 'Qualcomm' } },
    { text: 'Google (NASDAQ: GOOG ) (NASDAQ: GOOGL ) , Taiwan Semiconductor', mention: 'NASDAQ: GOOGL', expect: { symbol: 'GOOGL.US', name: 'Google' } },
    { text: 'The Boeing Co. (NYSE: BA) traded higher', mention: 'NYSE: BA', expect: { symbol: 'BA.US', name: 'The Boeing Co.' } },
    { text: 'The shares of Boeing (NYSE: BA) traded higher', mention: 'NYSE: BA', expect: { symbol: 'BA.US', name: 'Boeing' } },
    { text: '拼多多（纳斯达克：PDD）公布财报', mention: '纳斯达克：PDD', expect: { symbol: 'PDD.US', exchange: 'NASDAQ', name: '拼多多' } },
    { text: '阿里巴巴(NYSE: BABA; HKEX: 9988)', mention: 'HKEX: 9988', expect: { symbol: '9988.HK', exchange: 'HKEX' } },
    { text: 'Tencent Holdings (HKEX: 700) rose', mention: 'HKEX: 700', expect: { symbol: '0700.HK', name: 'Tencent Holdings' } },
    { text: '贵州茅台（上交所：600519）', mention: '上交所：600519', expect: { symbol: '600519.SH', exchange: 'SSE', name: '贵州茅台' } },
    { text: 'Some Miner Corp. (OTCQX: SMCX) said', mention: 'OTCQX: SMCX', expect: { symbol: 'SMCX.US', exchange: 'OTC' } },
    { text: '每经AI快讯，正川股份（SH 603976，收盘价：102.17元）8月3日晚间发布公告称', mention: 'SH 603976', expect: { symbol: '603976.SH', code: '603976', exchange: 'SSE', name: '正川股份' } },
    { text: '平安银行sz000001今日走强', mention: 'sz000001', expect: { symbol: '000001.SZ' } },
  ],
  negatives: ['SH 000001 is not a Shanghai code', 'http://finance.sina.com.cn/realstock/company/sz000063/nc.shtml', 'stockcode=sh600051', 'Results (HK: 2024 annual)', 'the NYSE: a market', 'SHA256 0123456789', '(NASDAQ: 1234)'],
};
