/**
 * Stock exchanges as news text names them, and the normalized symbol form of each.
 *
 * A symbol is `CODE.SUFFIX` with one suffix per market (FORMAT.md: `300017.SZ`, `600519.SH`,
 * `0700.HK`, `NVDA.US`):
 * - A shares keep their six digits; `.SS` (Yahoo's Shanghai suffix) becomes `.SH`.
 * - Hong Kong codes are written with four digits at least (`01186.HK` → `1186.HK`,
 *   `00700` → `0700.HK`), the form of FORMAT.md and of the gazetteer; `code` keeps the text's form.
 * - US listings all become `.US`: Reuters writes Nasdaq as `.O`/`.OQ` and NYSE as `.N`, and
 *   `(NASDAQ: PHCF)` names the exchange; the exchange is kept in the `exchange` field instead.
 * - India keeps Reuters'/Yahoo's `.NS` (NSE) and `.BO` (BSE), which are already market suffixes;
 *   so do Taipei `.TW`, Seoul `.KS` and Tokyo `.T`.
 * - Bare six-digit codes take their market from the code's prefix (600… Shanghai, 000…/300…
 *   Shenzhen, 920… Beijing); 43…/83…/87… are NEEQ (新三板) codes, written `.NQ`, although some
 *   of them moved to the Beijing exchange keeping their codes: the text rarely says which.
 */

export type Market = 'SH' | 'SZ' | 'BJ' | 'NQ' | 'HK' | 'US' | 'NS' | 'BO' | 'TW' | 'KS' | 'T';

export interface Exchange {
  /** Short id written in the `exchange` field. */
  id: string;
  market: Market;
  /** How texts name it before a code: `(NASDAQ: PHCF)`, `(纳斯达克：PDD)`, `SH 603976`. */
  names: readonly string[];
}

export const EXCHANGES: readonly Exchange[] = [
  { id: 'SSE', market: 'SH', names: ['SH', 'SSE', '上交所', '上海证券交易所', '沪市'] },
  { id: 'SZSE', market: 'SZ', names: ['SZ', 'SZSE', '深交所', '深圳证券交易所', '深市'] },
  { id: 'BSE-CN', market: 'BJ', names: ['BJ', '北交所', '北京证券交易所'] },
  { id: 'NEEQ', market: 'NQ', names: ['新三板'] },
  { id: 'HKEX', market: 'HK', names: ['HK', 'HKEX', 'SEHK', 'HKSE', '港交所', '联交所', '香港联交所', '港股'] },
  { id: 'NASDAQ', market: 'US', names: ['NASDAQ', 'Nasdaq', 'NasdaqGS', 'NasdaqGM', 'NasdaqCM', '纳斯达克', '纳斯达克交易所', '纳市'] },
  { id: 'NYSE', market: 'US', names: ['NYSE', 'NYSE American', 'NYSE Arca', 'NYSE MKT', 'AMEX', '纽交所', '纽约证券交易所', '纽约证交所'] },
  { id: 'OTC', market: 'US', names: ['OTC', 'OTCQX', 'OTCQB', 'OTC Markets', 'OTC Pink'] },
  { id: 'NSE', market: 'NS', names: ['NSE'] },
  { id: 'BSE', market: 'BO', names: ['BOM'] },
];

const EXCHANGE_BY_NAME = new Map(EXCHANGES.flatMap((e) => e.names.map((n) => [n.toUpperCase(), e] as const)));

/** The exchange a text names before a code (`NASDAQ`, `纽交所`, `sh`), if known. */
export function exchangeNamed(name: string): Exchange | undefined {
  return EXCHANGE_BY_NAME.get(name.trim().toUpperCase());
}

/** Suffixes written after a code in text, and what they mean. */
export const SUFFIXES: Readonly<Record<string, { market: Market; exchange: string }>> = {
  SH: { market: 'SH', exchange: 'SSE' },
  SS: { market: 'SH', exchange: 'SSE' },
  SZ: { market: 'SZ', exchange: 'SZSE' },
  BJ: { market: 'BJ', exchange: 'BSE-CN' },
  HK: { market: 'HK', exchange: 'HKEX' },
  US: { market: 'US', exchange: 'US' },
  O: { market: 'US', exchange: 'NASDAQ' },
  OQ: { market: 'US', exchange: 'NASDAQ' },
  N: { market: 'US', exchange: 'NYSE' },
  NS: { market: 'NS', exchange: 'NSE' },
  BO: { market: 'BO', exchange: 'BSE' },
  TW: { market: 'TW', exchange: 'TWSE' },
  KS: { market: 'KS', exchange: 'KRX' },
  T: { market: 'T', exchange: 'TSE' },
};

const MARKET_EXCHANGE: Readonly<Record<Market, string>> = {
  SH: 'SSE', SZ: 'SZSE', BJ: 'BSE-CN', NQ: 'NEEQ', HK: 'HKEX', US: 'US', NS: 'NSE', BO: 'BSE', TW: 'TWSE', KS: 'KRX', T: 'TSE',
};

/** The exchange id of a market, for codes whose text names only the market. */
export function marketExchange(market: Market): string {
  return MARKET_EXCHANGE[market];
}

/** Code prefixes of each mainland market. */
const MAINLAND_PREFIXES: ReadonlyArray<readonly [RegExp, Market]> = [
  [/^(?:60[0135]|68[89]|900)/, 'SH'],
  [/^(?:00[0-3]|30[01]|200)/, 'SZ'],
  [/^920/, 'BJ'],
  [/^(?:43|83|87)/, 'NQ'],
];

/** The mainland market a six-digit code belongs to, by its prefix; undefined for a number that is no code. */
export function mainlandMarket(code: string): Market | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  return MAINLAND_PREFIXES.find(([prefix]) => prefix.test(code))?.[1];
}

/** The normalized symbol of a code on a market (see the file comment). */
export function normalizedSymbol(code: string, market: Market): string {
  const upper = code.toUpperCase();
  if (market === 'HK') return `${upper.replace(/^0+/, '').padStart(4, '0')}.HK`;
  return `${upper}.${market}`;
}

const SYMBOL_SHAPES: ReadonlyArray<readonly [Market, RegExp]> = [
  ['HK', /^\d{4,5}\.HK$/],
  ['US', /^[A-Z][A-Z0-9]{0,5}(?:[.-][A-Z])?\.US$/],
  ['NS', /^[A-Z][A-Z0-9&-]{0,11}\.NS$/],
  ['BO', /^[A-Z0-9][A-Z0-9&-]{0,11}\.BO$/],
  ['TW', /^\d{4,6}\.TW$/],
  ['KS', /^\d{6}\.KS$/],
  ['T', /^\d{4}\.T$/],
];

/** Why a symbol is malformed, or undefined when it is a well-formed normalized symbol. */
export function symbolProblem(symbol: string): string | undefined {
  const mainland = /^(\d{6})\.(SH|SZ|BJ|NQ)$/.exec(symbol);
  if (mainland) {
    const expected = mainlandMarket(mainland[1]!);
    if (!expected) return `no mainland market uses codes like ${mainland[1]}`;
    return expected === mainland[2] ? undefined : `code ${mainland[1]} belongs to .${expected}, not .${mainland[2]}`;
  }
  const suffix = symbol.slice(symbol.lastIndexOf('.') + 1);
  const shape = SYMBOL_SHAPES.find(([market]) => market === suffix);
  if (!shape) return `unknown market suffix in ${symbol}`;
  return shape[1].test(symbol) ? undefined : `${symbol} is not a well-formed .${suffix} symbol`;
}
