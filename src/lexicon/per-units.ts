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
  ['项', 'item'], ['条', 'item'], ['笔', 'transaction'], ['单', 'order'], ['户', 'household'], ['位', 'person'], ['个', 'unit'],
];

const PER_PATTERN = new RegExp(
  PER_WORDS.map(([w]) => w).sort((a, b) => b.length - a.length).join('|'),
  'gi',
);

/** Keeps the words between two per-unit words, if any. */
function keepWord(words: string[], between: string): void {
  const raw = between.trim();
  if (raw) words.push(raw);
}

/** A thing a price is per, as written, or in the vocabulary of `per` where it is one of its words (月 → month). */
export function perThing(thing: string): string {
  return PER_WORDS.find(([w]) => w === thing)?.[1] ?? thing;
}

/** Translates the unit of a per-unit price into the vocabulary of `per`. */
export function perText(unit: string): string {
  const words: string[] = [];
  let cursor = 0;
  PER_PATTERN.lastIndex = 0;
  for (let m = PER_PATTERN.exec(unit); m; m = PER_PATTERN.exec(unit)) {
    keepWord(words, unit.slice(cursor, m.index));
    const written = m[0].toLowerCase();
    words.push(PER_WORDS.find(([w]) => w.toLowerCase() === written)![1]);
    cursor = m.index + m[0].length;
  }
  keepWord(words, unit.slice(cursor));
  return words.join(' ');
}

/** Price words after which an amount is per share (收盘价8.69元, 每股1.95港元). */
export const SHARE_PRICE_WORDS = /(?:收盘价|开盘价|股价|发行价|每股|均价|报价|最高价|最低价|价格为|回购价格|增持价格|减持价格)[^，。；,;]{0,6}$/;

/** Units a per-unit price may name after a slash or 每 (元/股, 美元/桶, 15美元/百万). */
export const PER_UNIT_SOURCE = `(?:百万|千万|千|万)?(?:输入|输出)?(?:token|普通股|美国存托股|存托股|股|桶|吨|盎司|千克|公斤|克|平方米|平米|千瓦时|度|台|辆|人|次|月|年|张|件|份|项|条|笔|单|户|位|个)|百万|千万`;

/**
 * The low end of a range of unit prices and its separator, before the high end: 每项2毛钱到(10块钱),
 * 普遍在2元—(10元). What a price is per, said before the low end, holds for the high end too.
 */
export const PRICE_RANGE_LOW_SOURCE = `(?:\\d+(?:\\.\\d+)?(?:元|块钱|块|毛钱|角钱|美元|港元)?[ ]*(?:-|—|–|~|～|至|到)[ ]*)?`;

/**
 * A price stated for one of something (一个借款用户的查询成本通常在, 一张门票的价格为): the thing
 * (group 1, kept as written), then 的 and a word of price or cost, then at most a few words before
 * the amount.
 */
export const PER_ONE_SOURCE =
  `一(?:个|位|名|家|户|台|辆|件|张|份|次|笔|单|项|条|部|只|套)?([\\u4e00-\\u9fffA-Za-z0-9]{1,8}?)的[\\u4e00-\\u9fff]{0,4}?` +
  `(?:成本|价格|售价|单价|定价|费用|花费|收费|开支|价钱)[^，。；,;]{0,6}?`;

/**
 * A verb that sets a price level right before an unscaled amount: a stock quote when the sentence
 * is about a stock (收盘报0.94元, 该股报收12.3元, 股价跌破1元, 创一年新高1.38港元, 站上1元生死线); not 营收突破100亿元.
 */
export const PRICE_LEVEL_VERB = /(?:报|报收|收于|跌破|跌穿|击穿|跌至|跌到|涨至|涨到|升至|站上|站稳|重回|失守|突破|低于|高于|新高|新低|高见|低见|触及)$/;

/** Words that make a sentence about a listed stock. */
export const STOCK_CUE = /股价|股份|股票|仙股|收盘|收市|开盘|盘中|午盘|尾盘|停牌|复牌|涨停|跌停|港股|美股|A股/;

/** English phrasing of a share price before its amount: went public at $27, shares closed at $41. */
export const EN_SHARE_PRICE =
  /(?:went public|IPO'?e?d?|priced (?:its |the )?(?:shares|IPO|offering)?|(?:shares|stock) (?:\w+ ){0,2}(?:closed|opened|ended|finished|traded|trading|trades|hit|peaked|bottomed)|share price of|stock price of|trading|trades)\s+(?:at|to|of|around|near|above|below)\s+(?:about |around |roughly |nearly )?$/i;

/** English per-unit nouns: $57 a barrel, $3 per share, $1 million a day. */
export const EN_PER_SOURCE = `(?:a|an|per)\\s+(barrel|share|ton|tonne|ounce|gallon|pound|kilogram|unit|day|week|hour|month|quarter|year)`;
