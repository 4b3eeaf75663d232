import { groupSpan, type ExtractContext, type Extraction, type ScanExtraction, type ScanRule } from '../../engine/extractor.ts';
import { mainlandMarket, SUFFIXES } from '../../lexicon/exchanges.ts';
import { openingBracketBefore, securityFields } from './fields.ts';
import { codeUnitSet, isAsciiWordUnit } from '../../text/code-units.ts';

/**
 * A code with its market suffix: 300017.SZ, 600519.SH, 01186.HK, TSLA.US, NVDA.O, LART.NS,
 * 2330.TW, 005930.KS, (7203.T).
 * Letter codes with Reuters suffixes (.O, .N, .NS) must sit in brackets, so that U.N or
 * Corp.N in running English is not read as a ticker.
 */
export const SUFFIXED_CODE =
  /(?=[\d(A-Z])(?<![\w.])(?:(?<mainland>\d{6})\.(?<mainlandSuffix>S[ZHS]|BJ|s[zhs]|bj)|(?<hk>\d{4,5})\.(?:HK|hk)|(?<asia>\d{4}\.TW|\d{6}\.KS|(?<=\(\s*)\d{4}\.T)|(?<bracket>\(\s*)?(?<letters>[A-Z][A-Z0-9&]{0,11})\.(?<letterSuffix>US|OQ|O|NS|N|BO))(?![\w.]*\w)/dg;
const AT_CODE = new RegExp(SUFFIXED_CODE.source, 'dy');

/** What a suffix begins with: every match holds a dot followed by one of these. */
const SUFFIX_INITIALS = codeUnitSet('SBsbHhTKUON');
/** The longest code before its dot (12 letters); a bracket and spaces may stand before it. */
const LONGEST_CODE = 12;
const OPEN_BRACKET = '('.charCodeAt(0);
const DOT = '.'.charCodeAt(0);
const MAY_OPEN_CODE = codeUnitSet('0123456789(ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const SPACE = /\s/;

/** The first position a match whose suffix dot is at `dot` can start at. */
function earliestStart(scan: string, dot: number): number {
  let start = Math.max(0, dot - LONGEST_CODE);
  let open = start;
  while (open > 0 && SPACE.test(scan[open - 1]!)) open--;
  if (scan.charCodeAt(open - 1) === OPEN_BRACKET) start = open - 1;
  return start;
}

/**
 * The matches SUFFIXED_CODE gives in an exec loop over the text, found by trying it only in the
 * few positions before each dot that a suffix letter follows: such a pattern, opening with a
 * look-behind, is otherwise tried at every position of the text. Positions are tried in order,
 * each once, so the matches are the same.
 */
export function* suffixedCodeMatches(scan: string): Generator<RegExpExecArray> {
  let next = 0;
  for (let dot = scan.indexOf('.'); dot >= 0; dot = scan.indexOf('.', dot + 1)) {
    if (dot < next || SUFFIX_INITIALS[scan.charCodeAt(dot + 1)] !== 1) continue;
    for (let at = Math.max(next, earliestStart(scan, dot)); at < dot; at++) {
      // The pattern's own first test, read by code: a match opens on a digit, ( or capital, after no word character or dot.
      if (!MAY_OPEN_CODE[scan.charCodeAt(at)] || isAsciiWordUnit(scan.charCodeAt(at - 1)) || scan.charCodeAt(at - 1) === DOT) continue;
      AT_CODE.lastIndex = at;
      const match = AT_CODE.exec(scan);
      if (!match) continue;
      yield match;
      next = at + match[0].length;
      at = next - 1;
    }
    next = Math.max(next, dot);
  }
}

function codeMention(match: RegExpExecArray, ctx: ExtractContext): Extraction<'security'> | null {
  const g = match.groups!;
  if (g.mainland) {
    const suffix = SUFFIXES[g.mainlandSuffix!.toUpperCase()]!;
    // 600519.SZ names a code the market does not use: a typo or no code at all.
    if (mainlandMarket(g.mainland) !== suffix.market) return null;
    return { fields: securityFields(ctx, g.mainland, suffix.market, openingBracketBefore(ctx.scan, match.index)) };
  }
  if (g.hk) return { fields: securityFields(ctx, g.hk, 'HK', openingBracketBefore(ctx.scan, match.index)) };
  if (g.asia) {
    const [code, suffix] = g.asia.split('.') as [string, string];
    return { fields: securityFields(ctx, code, SUFFIXES[suffix]!.market, openingBracketBefore(ctx.scan, match.index), SUFFIXES[suffix]!.exchange) };
  }
  const suffix = SUFFIXES[g.letterSuffix!]!;
  if (suffix.market !== 'US' || g.letterSuffix !== 'US') {
    if (!g.bracket) return null;
  }
  const span = groupSpan(match, 'letters')!;
  return {
    start: span.start,
    end: match.index + match[0].length,
    fields: securityFields(ctx, g.letters!, suffix.market, openingBracketBefore(ctx.scan, span.start), suffix.exchange),
  };
}

export const suffixedCode: ScanRule<'security'> = {
  id: 'security/any/suffixed-code',
  type: 'security',
  lang: 'any',
  scan(ctx) {
    const extractions: ScanExtraction<'security'>[] = [];
    for (const match of suffixedCodeMatches(ctx.scan)) {
      const mention = codeMention(match, ctx);
      if (mention) extractions.push({ fields: mention.fields, priority: mention.priority, start: mention.start ?? match.index, end: mention.end ?? match.index + match[0].length });
    }
    return extractions;
  },
  examples: [
    { text: '六成样本涨幅超5%,网宿科技(300017.SZ)、广和通(300638.SZ)等成份股涨幅居前', mention: '300017.SZ', expect: { symbol: '300017.SZ', code: '300017', exchange: 'SZSE', name: '网宿科技' } },
    { text: '六成样本涨幅超5%,网宿科技(300017.SZ)、广和通(300638.SZ)等成份股涨幅居前', mention: '300638.SZ', expect: { symbol: '300638.SZ', name: '广和通' } },
    { text: '贵州茅台（600519.SH）股价创新高', mention: '600519.SH', expect: { symbol: '600519.SH', exchange: 'SSE', name: '贵州茅台' } },
    { text: '格隆汇5月21日丨中国铁建(01186.HK)宣布，近日', mention: '01186.HK', expect: { symbol: '1186.HK', code: '01186', exchange: 'HKEX', name: '中国铁建' } },
    { text: '富瑞发研报指，预期百度(09888.HK)第四季恢复增长', mention: '09888.HK', expect: { symbol: '9888.HK', name: '百度' } },
    { text: '百度与吉利(00175.HK)合资的集度', mention: '00175.HK', expect: { symbol: '0175.HK', name: '吉利' } },
    { text: '原标题：特斯拉(TSLA.US)盘前跌超4%', mention: 'TSLA.US', expect: { symbol: 'TSLA.US', code: 'TSLA', name: '特斯拉' } },
    { text: '最终收跌近6%的特斯拉(TSLA.US)今日盘前继续下跌', mention: 'TSLA.US', expect: { name: '特斯拉' } },
    { text: '在几乎毫无进展的情况下，英伟达(NVDA.O)准备放弃收购', mention: 'NVDA.O', expect: { symbol: 'NVDA.US', code: 'NVDA', exchange: 'NASDAQ', name: '英伟达' } },
    { text: 'Infrastructure stocks gained with Larsen and Toubro (LART.NS) adding 0.5 percent', mention: 'LART.NS', expect: { symbol: 'LART.NS', exchange: 'NSE', name: 'Larsen and Toubro' } },
    { text: 'Reliance Industries (RELI.NS) closed down 1.9 percent and Oil and Natural Gas Corp (ONGC.NS) ended down', mention: 'ONGC.NS', expect: { symbol: 'ONGC.NS', name: 'Oil and Natural Gas Corp' } },
    { text: 'energy firms fell. Reliance Industries (RELI.NS) closed down', mention: 'RELI.NS', expect: { name: 'Reliance Industries' } },
    { text: 'Shares of IBM (IBM.N) rose', mention: 'IBM.N', expect: { symbol: 'IBM.US', exchange: 'NYSE', name: 'IBM' } },
    { text: '申通快递(18.910,0.34,1.83%)(002468.SZ)收购天津转运中心', mention: '002468.SZ', expect: { symbol: '002468.SZ', name: '申通快递', quoteSnapshot: '18.910,0.34,1.83%' } },
    { text: '中国铁建(9.140,-0.21,-2.23%)(01186.HK)：联合体中标', mention: '01186.HK', expect: { name: '中国铁建', quoteSnapshot: '9.140,-0.21,-2.23%' } },
    { text: '龙湖集团（00960.HK）来说', mention: '00960.HK', expect: { symbol: '0960.HK', name: '龙湖集团' } },
    { text: '阿里巴巴-SW(09988.HK)午后走高', mention: '09988.HK', expect: { symbol: '9988.HK', name: '阿里巴巴-SW' } },
    { text: '*ST康美(600518.SH)复牌', mention: '600518.SH', expect: { name: '*ST康美' } },
    { text: '台积电(2330.TW)与三星电子(005930.KS)', mention: '2330.TW', expect: { symbol: '2330.TW', exchange: 'TWSE', name: '台积电' } },
    { text: '丰田汽车(7203.T)', mention: '7203.T', expect: { symbol: '7203.T', name: '丰田汽车' } },
  ],
  negatives: [
    '客服电话400-6123115',
    '截至2042.215万股',
    '600519.SZ 是错误的写法',
    'the U.N. said on Monday',
    'Corp.N is not a ticker',
    '图片 6cfc445a7e.png',
    '2025.02.07',
    '截至2019.T年',
  ],
};
