import type { ExtractContext } from '../../engine/extractor.ts';
import type { FieldsOf } from '../../model/records.ts';
import { scaleExact, type Numeral } from '../../text/numerals.ts';
import { clauseBefore, clauseStart } from '../../lexicon/clause.ts';
import { qualifierAfter, qualifierBefore, qualifierOf } from '../../lexicon/qualifiers.ts';
import { directionInWord, directionNear } from '../../lexicon/directions.ts';
import { isWhiteSpace } from '../../text/space.ts';
import { EN_PER_SOURCE, EN_SHARE_PRICE, PER_ONE_SOURCE, PER_UNIT_SOURCE, PRICE_LEVEL_VERB, PRICE_RANGE_LOW_SOURCE, SHARE_PRICE_WORDS, STOCK_CUE, perText, perThing } from '../../lexicon/per-units.ts';
import { codeUnitSet } from '../../text/code-units.ts';

/** What a money rule found: the numeral, the currency, and where the mention lies. */
export interface AmountMention {
  numeral: Numeral;
  currency: string;
  /** Currency units per unit of the numeral: 0.01 for 港仙, 1e9 for `bn`. */
  factor?: string;
  inferred?: boolean;
  /** A qualifier word written inside the mention (近6000亿美元 → 近). */
  qualifierWord?: string;
  start: number;
  end: number;
}

/** A numeral that begins with a unit (百万, 千万) names a unit, not an amount. */
export const BARE_UNIT = /^[百佰千仟万萬亿億]/;

const SLASH_PER = new RegExp(`^/(${PER_UNIT_SOURCE})`);
// 每百万输入token收取0.55美元, 每股发行价297港元; not 每月购买约300亿欧元资产 (a frequency, not a price).
// 每项2毛钱到10块钱: the high end of a range of prices is per the same thing. A count may come
// before the unit: 每10股派发现金红利2.5元 is a dividend per ten shares.
const EACH_PER = new RegExp(
  `每(\\d+(?=股))?(${PER_UNIT_SOURCE})(?:收取|收费|售价|价格|定价|报价|发行价|价|费用|费|为|是|需|要|花费|亏损|收益|盈利|派息|派发|派|分红|净资产|现金红利)*(?:约|仅|只|达|高达)?${PRICE_RANGE_LOW_SOURCE}$`,
);
// 一个借款用户的查询成本通常在2元—10元之间: a price of one borrower.
const ONE_PER = new RegExp(`${PER_ONE_SOURCE}${PRICE_RANGE_LOW_SOURCE}$`);
/** ONE_PER followed by its amount, anywhere in a clause. */
const ONE_PER_STATED = new RegExp(`${PER_ONE_SOURCE}${PRICE_RANGE_LOW_SOURCE}\\d`);
const COMMA = ','.charCodeAt(0);
const EN_PER = new RegExp(`^\\s+${EN_PER_SOURCE}\\b`, 'i');

/**
 * The money fields of a mention, read from the mention and its clause: qualifier (adjacent, a
 * verb away, or 左右 after), direction of a stated change, and what a price is per. Returns the
 * end of the mention too, which grows over a `/百万` or `a barrel` that belongs to it.
 */
export function moneyFields(ctx: ExtractContext, m: AmountMention): { fields: FieldsOf<'money'>; start: number; end: number } {
  const { scan } = ctx;
  const factor = m.factor ?? '1';
  const amountExact = scaleExact(m.numeral.exact, factor);
  const fields: FieldsOf<'money'> = { amount: Number(amountExact), amountExact, currency: m.currency };
  if (m.inferred) fields.currencyInferred = true;
  let end = m.end;

  const before = clauseBefore(scan, m.start, 16);
  const after = qualifierAfter(scan, end);
  const qualifier = qualifierOf(m.qualifierWord) ?? qualifierBefore(before) ?? after?.qualifier;
  if (after && !m.qualifierWord) end += after.length;
  if (m.numeral.min !== undefined && m.numeral.max !== undefined) {
    fields.amountMin = Number(scaleExact(String(m.numeral.min), factor));
    fields.amountMax = Number(scaleExact(String(m.numeral.max), factor));
    fields.qualifier = qualifier ?? 'approx';
  } else if (qualifier) {
    fields.qualifier = qualifier;
  }
  // A price that crosses a level moved to it (股价再次跌破1元): the crossing word is the qualifier
  // inside the mention, and still says which way the price went.
  const direction = directionNear(scan, m.start, end, 10) ?? (m.qualifierWord ? directionInWord(m.qualifierWord) : undefined);
  if (direction) fields.direction = direction;

  // Each pattern needs its first (or only) character: most amounts have none, and skip the regex.
  const next = scan.charCodeAt(end);
  const slash = next === SLASH ? SLASH_PER.exec(scan.slice(end, end + 12)) : null;
  const english = isWhiteSpace(next) ? EN_PER.exec(scan.slice(end, end + 24)) : null;
  const each = before.includes('每') ? EACH_PER.exec(before) : null;
  if (slash) {
    fields.per = perText(slash[1]!);
    end += slash[0].length;
  } else if (english) {
    fields.per = english[1]!.toLowerCase();
    end += english[0].length;
  } else if (each) {
    fields.per = each[1] === undefined ? perText(each[2]!) : `${each[1]} shares`;
  } else {
    // A price of one thing is an unscaled amount: 一家公司的收购价格为2亿元 is no unit price.
    // Looked for only when no unit written after the amount or with 每 has said what it is per.
    const one = SCALED.test(scan.slice(m.start, m.end)) ? undefined : onePer(scan, m.start);
    if (one) fields.per = perThing(one);
    else if (namesSharePrice(before) || labelledSharePrice(scan, m.start, before) || quotesStockPrice(scan, m, before)) fields.per = 'share';
  }
  return { fields, start: m.start, end };
}

const SLASH = '/'.charCodeAt(0);

/** The thing a price of one is for (一个借款用户的查询成本在 → 借款用户), as written: read over the clause, which may hold a range's low end. */
function onePer(scan: string, start: number): string | undefined {
  const clause = clauseStart(scan, start, 28);
  const before = scan.slice(clause, start);
  if (before.includes('的')) return before.includes('一') ? ONE_PER.exec(before)?.[1] : undefined;
  // A short clause with no subject of its own goes on about the price of the clause right before,
  // after a comma: 一个借款用户的查询成本在2元—10元之间，个别可达20元左右.
  if (before.length > 8 || scan.charCodeAt(clause - 1) !== COMMA) return undefined;
  const previous = clauseBefore(scan, clause - 1, 40);
  if (!previous.includes('的') || !previous.includes('一')) return undefined;
  return ONE_PER_STATED.exec(previous)?.[1];
}

/** The low end of a range and its separator, ending the words before the high end. */
const RANGE_LOW_AT_END = new RegExp(`${PRICE_RANGE_LOW_SOURCE}$`);
/** The last character of a range's low end and separator: every RANGE_LOW_AT_END match ends in one. */
const RANGE_SEPARATOR_END = codeUnitSet('-—–~～至到 ');

/**
 * SHARE_PRICE_WORDS, whose words all hold 价 but 每股: tested only on words that hold either. The
 * high end of a range is per share as its low end is (减持价格区间为10.2元-11.5元): the price word
 * is read before the low end.
 */
function namesSharePrice(before: string): boolean {
  if (!before.includes('价') && !before.includes('每股')) return false;
  if (SHARE_PRICE_WORDS.test(before)) return true;
  return RANGE_SEPARATOR_END[before.charCodeAt(before.length - 1)] === 1 && SHARE_PRICE_WORDS.test(before.replace(RANGE_LOW_AT_END, ''));
}

const FULL_COLON = '：'.charCodeAt(0);
const COLON = ':'.charCodeAt(0);

/**
 * A price a label names right before it (某某科技（SZ 300001，收盘价：12.35元）, 股价: 8.1元): the
 * colon ends the clause the amount is read in, so the label is the clause before the colon.
 */
function labelledSharePrice(scan: string, start: number, before: string): boolean {
  if (before !== '') return false;
  const colon = scan.charCodeAt(start - 1);
  if (colon !== FULL_COLON && colon !== COLON) return false;
  const label = clauseBefore(scan, start - 1, 12);
  return QUOTE_LABEL.test(label) || namesSharePrice(label + '：');
}

/** Labels of a stock quote's figures, only ever written with a colon: 最新价：3.45元, 昨收：3.40元. */
const QUOTE_LABEL = /(?:最新价|现价|昨收|今开|收盘|开盘)$/;

const SCALED = /[万萬亿億]|million|billion|trillion|\b(?:mn|bn|m|b)\b/i;
const SENTENCE_BREAK = codeUnitSet('。！？!?\n');

/**
 * Whether an unscaled amount is a stock's price: set by a price-level verb in a sentence about a
 * stock (中弘股份报0.94元, 股价连续20个交易日低于1元), or in English phrasing of a share price.
 */
function quotesStockPrice(scan: string, m: AmountMention, before: string): boolean {
  if (SCALED.test(scan.slice(m.start, m.end))) return false;
  // The English phrasing ends in white space right before the amount.
  if (isWhiteSpace(scan.charCodeAt(m.start - 1)) && EN_SHARE_PRICE.test(clauseBefore(scan, m.start, 40))) return true;
  if (!PRICE_LEVEL_VERB.test(before + (m.qualifierWord ?? ''))) return false;
  return STOCK_CUE.test(sentenceAround(scan, m.start, m.end));
}

/** The sentence around a mention, at most 40 characters either side. */
function sentenceAround(scan: string, start: number, end: number): string {
  let from = start;
  while (from > Math.max(0, start - 40) && SENTENCE_BREAK[scan.charCodeAt(from - 1)] === 0) from--;
  let to = end;
  while (to < Math.min(scan.length, end + 40) && SENTENCE_BREAK[scan.charCodeAt(to)] === 0) to++;
  return scan.slice(from, to);
}
