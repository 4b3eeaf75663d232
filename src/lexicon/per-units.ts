/**
 * What a price is per, in the words of the record's `per` field: 每百万输入token → `1M input tokens`,
 * 元/股 → `share`. Unknown words are kept as written.
 */
const PER_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['百万', '1M'], ['千万', '10M'], ['万', '10K'], ['千', '1K'], ['百', '100'],
  ['输入', 'input'], ['输出', 'output'], ['token', 'tokens'], ['tokens', 'tokens'],
  ['普通股', 'share'], ['存托股', 'share'], ['股', 'share'], ['桶', 'barrel'], ['吨', 'ton'], ['盎司', 'ounce'], ['千克', 'kg'], ['公斤', 'kg'], ['克', 'gram'],
  ['平方米', 'sq m'], ['平米', 'sq m'], ['千瓦时', 'kWh'], ['度电', 'kWh'], ['台', 'unit'], ['辆', 'vehicle'],
  ['人', 'person'], ['次', 'use'], ['月', 'month'], ['年', 'year'], ['张', 'unit'], ['件', 'item'], ['份', 'copy'],
];

const PER_PATTERN = new RegExp(
  PER_WORDS.map(([w]) => w).sort((a, b) => b.length - a.length).join('|'),
  'gi',
);

/** Translates the unit of a per-unit price into the vocabulary of `per`. */
export function perText(unit: string): string {
  const words: string[] = [];
  let cursor = 0;
  const keep = (to: number) => {
    const raw = unit.slice(cursor, to).trim();
    if (raw) words.push(raw);
  };
  PER_PATTERN.lastIndex = 0;
  for (let m = PER_PATTERN.exec(unit); m; m = PER_PATTERN.exec(unit)) {
    keep(m.index);
    words.push(PER_WORDS.find(([w]) => w.toLowerCase() === m![0].toLowerCase())![1]);
    cursor = m.index + m[0].length;
  }
  keep(unit.length);
  return words.join(' ');
}

/** Price words after which an amount is per share (收盘价8.69元, 每股1.95港元). */
export const SHARE_PRICE_WORDS = /(?:收盘价|开盘价|股价|发行价|每股|均价|报价|最高价|最低价|价格为|回购价格|增持价格|减持价格)[^，。；,;]{0,6}$/;

/** Units a per-unit price may name after a slash or 每 (元/股, 美元/桶, 15美元/百万). */
export const PER_UNIT_SOURCE = `(?:百万|千万|千|万)?(?:输入|输出)?(?:token|普通股|美国存托股|存托股|股|桶|吨|盎司|千克|公斤|克|平方米|平米|千瓦时|度|台|辆|人|次|月|年|张|件|份)|百万|千万`;

/** English per-unit nouns: $57 a barrel, $3 per share. */
export const EN_PER_SOURCE = `(?:a|an|per)\\s+(barrel|share|ton|tonne|ounce|gallon|pound|kilogram|unit|month|year)`;
