import type { Qualifier } from '../model/records.ts';
import { isWhiteSpace } from '../text/space.ts';

/** Chinese qualifier words written before a figure (FORMAT.md vocabulary), longest first. */
const ZH_BEFORE: ReadonlyArray<readonly [string, Qualifier]> = [
  ['不超过', 'at_most'], ['最多', 'at_most'], ['至多', 'at_most'],
  ['不低于', 'at_least'], ['不少于', 'at_least'], ['至少', 'at_least'], ['起码', 'at_least'],
  ['不及', 'less_than'], ['不足', 'less_than'], ['不到', 'less_than'], ['低于', 'less_than'], ['少于', 'less_than'], ['小于', 'less_than'],
  ['超过', 'more_than'], ['超出', 'more_than'], ['高于', 'more_than'], ['多于', 'more_than'], ['大于', 'more_than'], ['逾', 'more_than'], ['超', 'more_than'],
  // Breaking through a level puts the figure past it: 进口突破3000亿美元, 收益率跌破1%.
  ['突破', 'more_than'], ['升破', 'more_than'], ['跌破', 'less_than'], ['跌穿', 'less_than'],
  ['将近', 'nearly'], ['接近', 'nearly'], ['逼近', 'nearly'], ['近乎', 'nearly'], ['几乎', 'nearly'], ['近', 'nearly'],
  ['约合', 'approx'], ['大约', 'approx'], ['大概', 'approx'], ['约为', 'approx'], ['约', 'approx'],
];

/** Chinese qualifier words written after a figure: 50万元左右, 八成以上. */
const ZH_AFTER: ReadonlyArray<readonly [string, Qualifier]> = [
  ['左右', 'approx'], ['上下', 'approx'], ['以上', 'more_than'], ['以下', 'less_than'],
];

const EN_BEFORE: ReadonlyArray<readonly [string, Qualifier]> = [
  ['approximately', 'approx'], ['roughly', 'approx'], ['around', 'approx'], ['about', 'approx'], ['some', 'approx'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'],
  ['more than', 'more_than'], ['over', 'more_than'], ['above', 'more_than'],
  ['at least', 'at_least'],
  ['less than', 'less_than'], ['under', 'less_than'], ['below', 'less_than'],
  ['up to', 'at_most'], ['at most', 'at_most'],
];

function lookup(table: ReadonlyArray<readonly [string, Qualifier]>): Map<string, Qualifier> {
  return new Map(table.map(([w, q]) => [w.toLowerCase(), q]));
}

const ZH_BEFORE_MAP = lookup(ZH_BEFORE);
const ZH_AFTER_MAP = lookup(ZH_AFTER);
const EN_BEFORE_MAP = lookup(EN_BEFORE);

const alternation = (table: ReadonlyArray<readonly [string, Qualifier]>) =>
  table.map(([w]) => w).sort((a, b) => b.length - a.length).join('|');

/** Regex source of a Chinese qualifier written right before a figure, for rules to embed. */
export const ZH_QUALIFIER_SOURCE = alternation(ZH_BEFORE);
/** Regex source of an English qualifier right before a figure (followed by a space). */
export const EN_QUALIFIER_SOURCE = alternation(EN_BEFORE);

// A qualifier may stand a verb away from its figure: 至少将达到3000亿美元, 约为2.1%.
const ZH_MODALS = ['将', '可', '能', '或将', '或', '有望', '预计'];
const ZH_LINKS = ['达到', '达', '到', '为', '是', '有', '在'];
const ZH_NEAR_END = new RegExp(`(${ZH_QUALIFIER_SOURCE})(?:${ZH_MODALS.join('|')})?(?:${ZH_LINKS.join('|')})?$`);
const EN_NEAR_END = new RegExp(`\\b(${EN_QUALIFIER_SOURCE})\\s+(?:of\\s+)?$`, 'i');

// What the texts these patterns match end or begin with, by character code: most words before or
// after a figure have none there, and skip the regex (each tried at every position of the text).
const codesOf = (words: Iterable<string>) => new Set([...words].map((w) => w.charCodeAt(0)));
const ZH_NEAR_LAST = codesOf([...ZH_BEFORE.map(([w]) => w), ...ZH_MODALS, ...ZH_LINKS].map((w) => w.at(-1)!));
const ZH_AFTER_FIRST = codesOf(ZH_AFTER.map(([w]) => w));

/**
 * 过 alone before a figure is `more than` (年销售额过千万, 售价过万元), but it ends verbs as often
 * (通过, 经过, 不过, 超过 is listed): only read right before a figure, and not after these.
 */
const GUO = '过'.charCodeAt(0);
const GUO_VERB_FIRST = new Set([...'通经不超越跨度错路走看闯想做说听去来穿略胜赛渡闪放难好太'].map((c) => c.charCodeAt(0)));

/** The qualifier a word names (`近` → nearly), Chinese or English. */
export function qualifierOf(word: string | undefined): Qualifier | undefined {
  if (!word) return undefined;
  if (word === '过') return 'more_than';
  // A Chinese word is its own key (no case, no spaces): most words are, and need no normalizing.
  const chinese = ZH_BEFORE_MAP.get(word);
  if (chinese) return chinese;
  const key = word.toLowerCase().trim();
  return ZH_BEFORE_MAP.get(key) ?? EN_BEFORE_MAP.get(key) ?? ZH_AFTER_MAP.get(key);
}

/** The qualifier at the end of the words before a figure (`至少将达到` → at_least). */
export function qualifierBefore(before: string): Qualifier | undefined {
  const last = before.charCodeAt(before.length - 1);
  const zh = ZH_NEAR_LAST.has(last) ? ZH_NEAR_END.exec(before) : null;
  if (zh) return qualifierOf(zh[1]);
  // The English pattern ends in white space.
  const en = isWhiteSpace(last) ? EN_NEAR_END.exec(before) : null;
  return en ? qualifierOf(en[1]) : undefined;
}

/**
 * The qualifier that the words after a figure in its clause begin with (`左右` → approx), with its
 * length, read in place at `end` of the scan text: the words are two characters and hold no clause
 * break, so that no slice of the clause is needed.
 */
export function qualifierAfter(scan: string, end: number): { qualifier: Qualifier; length: number } | undefined {
  if (!ZH_AFTER_FIRST.has(scan.charCodeAt(end))) return undefined;
  for (const [word, qualifier] of ZH_AFTER) if (scan.startsWith(word, end)) return { qualifier, length: word.length };
  return undefined;
}

const NEAREST_WORDS = [...ZH_BEFORE, ...EN_BEFORE];

/** The nearest qualifier anywhere in the words before a figure (不及…成本1/10 → less_than). */
export function nearestQualifier(before: string): Qualifier | undefined {
  let found: Qualifier | undefined;
  let bestEnd = -1;
  let bestLength = 0;
  const lower = before.toLowerCase();
  // The word ending nearest the figure wins; of words ending together the longest (不超过 over 超过).
  for (const [word, q] of NEAREST_WORDS) {
    const i = lower.lastIndexOf(word);
    if (i < 0) continue;
    const end = i + word.length;
    if (end > bestEnd || (end === bestEnd && word.length > bestLength)) {
      bestEnd = end;
      bestLength = word.length;
      found = q;
    }
  }
  return found;
}

/** Chinese qualifier words by their last character, longest first. */
const ZH_BEFORE_BY_LAST = new Map<number, string[]>();
for (const [word] of [...ZH_BEFORE].sort((a, b) => b[0].length - a[0].length)) {
  const last = word.charCodeAt(word.length - 1);
  ZH_BEFORE_BY_LAST.set(last, [...(ZH_BEFORE_BY_LAST.get(last) ?? []), word]);
}

/**
 * A Chinese qualifier written right before `start` (近6000亿美元, 超八成), which belongs to the
 * mention: its word (the longest that ends there) and where it begins. Looked up after a match, so
 * that patterns can begin with the figure itself (much faster than an optional leading alternation).
 */
export function qualifierWordBefore(scan: string, start: number): { word: string; start: number } | undefined {
  const last = scan.charCodeAt(start - 1);
  const words = ZH_BEFORE_BY_LAST.get(last);
  if (words) {
    for (const word of words) {
      if (word.length <= start && scan.startsWith(word, start - word.length)) return { word, start: start - word.length };
    }
  }
  // 超过 and 不超过 are listed, and found above.
  if (last === GUO && start >= 2 && !GUO_VERB_FIRST.has(scan.charCodeAt(start - 2))) return { word: '过', start: start - 1 };
  return undefined;
}

// `up to` may take an article before the figure (a payment of up to a $1 billion); other words with
// one are prepositions as often (under a $2 billion deal, talked about a $1 billion plan).
const EN_ADJACENT = new RegExp(`\\b(?:(${EN_QUALIFIER_SOURCE})|(up to)\\s+an?)\\s+$`, 'i');

/** An English qualifier right before `start` (below $57, about 4 per cent), as `qualifierWordBefore`. */
export function enQualifierWordBefore(scan: string, start: number): { word: string; start: number } | undefined {
  // The word is followed by a space: most figures have none before them, and skip the pattern.
  if (!isWhiteSpace(scan.charCodeAt(start - 1))) return undefined;
  const window = scan.slice(Math.max(0, start - 20), start);
  const m = EN_ADJACENT.exec(window);
  return m ? { word: (m[1] ?? m[2])!, start: start - window.length + m.index } : undefined;
}
