/**
 * Currency words and symbols of the genre, each with its ISO 4217 code. A `factor` turns a
 * sub-unit into currency units (港仙 → HKD 0.01). Lists are longest first where one name ends
 * another (新加坡元 before 元), since they become regex alternations.
 */
export interface CurrencyName {
  name: string;
  code: string;
  factor?: string;
}

/** Names written after the amount: 557.6万美元, 4.3万亿元人民币, 1.95港元, 30港仙. */
export const ZH_CURRENCY_SUFFIXES: readonly CurrencyName[] = [
  { name: '元人民币', code: 'CNY' },
  { name: '人民币', code: 'CNY' },
  { name: '块钱', code: 'CNY' },
  // Colloquial tenths of a yuan: 2毛钱 is 0.2 CNY (毛 alone is too often 毛利).
  { name: '毛钱', code: 'CNY', factor: '0.1' },
  { name: '角钱', code: 'CNY', factor: '0.1' },
  { name: '美元', code: 'USD' },
  { name: '美金', code: 'USD' },
  { name: '美圆', code: 'USD' },
  { name: '美分', code: 'USD', factor: '0.01' },
  { name: '港元', code: 'HKD' },
  { name: '港币', code: 'HKD' },
  { name: '港仙', code: 'HKD', factor: '0.01' },
  { name: '欧元', code: 'EUR' },
  { name: '日元', code: 'JPY' },
  { name: '日圆', code: 'JPY' },
  { name: '円', code: 'JPY' },
  { name: '英镑', code: 'GBP' },
  { name: '韩元', code: 'KRW' },
  { name: '新台币', code: 'TWD' },
  { name: '台币', code: 'TWD' },
  { name: '卢布', code: 'RUB' },
  { name: '澳元', code: 'AUD' },
  { name: '加元', code: 'CAD' },
  { name: '瑞士法郎', code: 'CHF' },
  { name: '瑞郎', code: 'CHF' },
  { name: '新加坡元', code: 'SGD' },
  { name: '新元', code: 'SGD' },
  { name: '印度卢比', code: 'INR' },
  { name: '卢比', code: 'INR' },
  { name: '泰铢', code: 'THB' },
  { name: '越南盾', code: 'VND' },
  { name: '林吉特', code: 'MYR' },
  { name: '奈拉', code: 'NGN' },
  { name: '兰特', code: 'ZAR' },
  { name: '比特币', code: 'XBT' },
  { name: '元', code: 'CNY' },
];

/** Names written before the amount: 人民币6.08亿元, 港币100万元. */
export const ZH_CURRENCY_PREFIXES: readonly CurrencyName[] = [
  { name: '人民币', code: 'CNY' },
  { name: '港币', code: 'HKD' },
  { name: '港元', code: 'HKD' },
  { name: '美元', code: 'USD' },
  { name: '新台币', code: 'TWD' },
  { name: '台币', code: 'TWD' },
  { name: '欧元', code: 'EUR' },
  { name: '日元', code: 'JPY' },
  { name: '英镑', code: 'GBP' },
];

/** Symbols and codes before the amount: US$1.2 billion, HK$5, RMB 3.5bn, €40m. */
export const CURRENCY_SYMBOLS: readonly CurrencyName[] = [
  { name: 'US$', code: 'USD' },
  { name: 'HK$', code: 'HKD' },
  { name: 'NT$', code: 'TWD' },
  { name: 'S$', code: 'SGD' },
  { name: 'A$', code: 'AUD' },
  { name: 'C$', code: 'CAD' },
  { name: 'RMB', code: 'CNY' },
  { name: 'CNY', code: 'CNY' },
  { name: 'USD', code: 'USD' },
  { name: 'HKD', code: 'HKD' },
  { name: 'EUR', code: 'EUR' },
  { name: 'JPY', code: 'JPY' },
  { name: 'GBP', code: 'GBP' },
  { name: 'INR', code: 'INR' },
  { name: 'Rs.', code: 'INR' },
  { name: 'Rs', code: 'INR' },
  { name: '$', code: 'USD' },
  { name: '€', code: 'EUR' },
  { name: '£', code: 'GBP' },
  { name: '¥', code: 'CNY' },
  { name: '￥', code: 'CNY' },
];

/** English names after the amount: 1.5 trillion yen, 3.5 billion yuan. */
export const EN_CURRENCY_NAMES: readonly CurrencyName[] = [
  { name: 'US dollars', code: 'USD' },
  { name: 'Hong Kong dollars', code: 'HKD' },
  { name: 'dollars', code: 'USD' },
  { name: 'yuan', code: 'CNY' },
  { name: 'renminbi', code: 'CNY' },
  { name: 'yen', code: 'JPY' },
  { name: 'euros', code: 'EUR' },
  { name: 'pounds', code: 'GBP' },
  { name: 'rupees', code: 'INR' },
  { name: 'won', code: 'KRW' },
  { name: 'roubles', code: 'RUB' },
  { name: 'rubles', code: 'RUB' },
];

/** English scale words after a figure: $1.2 billion, RMB 3.5bn, €40m, Rs 500 crore. */
export const EN_SCALES: Readonly<Record<string, string>> = {
  thousand: '1e3', k: '1e3',
  million: '1e6', mln: '1e6', mn: '1e6', m: '1e6',
  billion: '1e9', bln: '1e9', bn: '1e9', b: '1e9',
  trillion: '1e12', tn: '1e12', trn: '1e12',
  lakh: '1e5', crore: '1e7',
};

/** The scale words as a regex alternation, longest first. */
export const EN_SCALE_SOURCE = Object.keys(EN_SCALES).sort((a, b) => b.length - a.length).join('|');

export function alternation(names: readonly CurrencyName[]): string {
  return [...names]
    .sort((a, b) => b.name.length - a.name.length)
    .map((c) => c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** The second characters of the names written after an amount, by their first; null where a name is that one character (元). */
const SUFFIX_SECONDS = new Map<number, Set<number> | null>();
for (const { name } of ZH_CURRENCY_SUFFIXES) {
  const first = name.charCodeAt(0);
  const seconds = SUFFIX_SECONDS.get(first);
  if (name.length === 1) SUFFIX_SECONDS.set(first, null);
  else if (seconds !== null) SUFFIX_SECONDS.set(first, (seconds ?? new Set()).add(name.charCodeAt(1)));
}

/**
 * Whether a name of ZH_CURRENCY_SUFFIXES may begin at `at`, by its first two characters: most
 * numbers are followed by none (27日, 3个月), and a pattern of the names need not be tried there.
 */
export function currencySuffixMayStart(text: string, at: number): boolean {
  const seconds = SUFFIX_SECONDS.get(text.charCodeAt(at));
  return seconds === null || (seconds !== undefined && seconds.has(text.charCodeAt(at + 1)));
}

const byNameOfList = new WeakMap<readonly CurrencyName[], Map<string, CurrencyName>>();

/** The first entry of `names` with the name, by one look-up in a map made once per list: rules ask per amount. */
export function currencyNamed(names: readonly CurrencyName[], name: string): CurrencyName | undefined {
  let byName = byNameOfList.get(names);
  if (byName === undefined) {
    byName = new Map();
    for (const currency of names) if (!byName.has(currency.name)) byName.set(currency.name, currency);
    byNameOfList.set(names, byName);
  }
  return byName.get(name);
}

/** ¥ is the yen as well as the yuan: the sentence decides. */
export function yenOrYuan(sentence: string): 'JPY' | 'CNY' {
  return /日元|日本|日圆|yen|Japan/i.test(sentence) ? 'JPY' : 'CNY';
}
