import type { Direction } from '../model/records.ts';
import { clauseStart } from './clause.ts';
import { codeUnitSet, isAsciiWordUnit } from '../text/code-units.ts';
import { isWhiteSpace } from '../text/space.ts';

/**
 * Words that state a change, and its direction. 涨跌 (up or down) is listed as neutral so that it
 * wins over the 涨 and 跌 inside it.
 */
export const ZH_CHANGE_WORDS: ReadonlyArray<readonly [string, Direction | null]> = [
  ['涨跌', null], ['减值', null], ['减持', null], ['增持', null], ['增发', null], ['增资', null], ['升级', null], ['新增', null],
  ['上涨', 'up'], ['涨幅', 'up'], ['收涨', 'up'], ['大涨', 'up'], ['暴涨', 'up'], ['涨', 'up'],
  ['增长', 'up'], ['增加', 'up'], ['增幅', 'up'], ['升幅', 'up'], ['增', 'up'], ['上扬', 'up'], ['上升', 'up'], ['攀升', 'up'],
  ['提高', 'up'], ['提升', 'up'], ['上调', 'up'], ['走高', 'up'], ['反弹', 'up'], ['飙升', 'up'], ['升', 'up'],
  ['下跌', 'down'], ['跌幅', 'down'], ['收跌', 'down'], ['暴跌', 'down'], ['大跌', 'down'], ['跌', 'down'],
  ['下降', 'down'], ['降幅', 'down'], ['下调', 'down'], ['下滑', 'down'], ['降低', 'down'], ['降', 'down'],
  ['减少', 'down'], ['减', 'down'], ['回落', 'down'], ['走低', 'down'], ['下行', 'down'], ['缩水', 'down'],
  ['萎缩', 'down'], ['重挫', 'down'], ['蒸发', 'down'],
];

export const EN_CHANGE_WORDS: ReadonlyArray<readonly [string, Direction]> = [
  ['gained', 'up'], ['gains', 'up'], ['gain', 'up'], ['rose', 'up'], ['rising', 'up'], ['rise', 'up'], ['up', 'up'],
  ['added', 'up'], ['adding', 'up'], ['higher', 'up'], ['climbed', 'up'], ['jumped', 'up'], ['advanced', 'up'],
  ['increased', 'up'], ['grew', 'up'], ['surged', 'up'], ['rallied', 'up'], ['jump', 'up'], ['increase', 'up'], ['raised', 'up'], ['hiked', 'up'], ['boosted', 'up'],
  ['climbing', 'up'], ['jumping', 'up'], ['surging', 'up'], ['soaring', 'up'], ['soared', 'up'], ['growing', 'up'], ['increasing', 'up'], ['advancing', 'up'],
  ['fell', 'down'], ['falling', 'down'], ['down', 'down'], ['dropped', 'down'], ['declined', 'down'], ['lower', 'down'],
  ['lost', 'down'], ['slipped', 'down'], ['decreased', 'down'], ['shed', 'down'], ['slid', 'down'], ['tumbled', 'down'],
  ['plunged', 'down'], ['eased', 'down'], ['declining', 'down'], ['dropping', 'down'], ['sliding', 'down'], ['tumbling', 'down'],
  ['plunging', 'down'], ['sinking', 'down'], ['sank', 'down'], ['slumped', 'down'], ['off', 'down'], ['drop', 'down'], ['fall', 'down'], ['decline', 'down'], ['loss', 'down'], ['cut', 'down'], ['cuts', 'down'], ['lowered', 'down'], ['reduced', 'down'],
];

const ZH_MAP = new Map(ZH_CHANGE_WORDS);
const EN_MAP = new Map(EN_CHANGE_WORDS);
// `up to` before a figure is its qualifier (a payment of up to $1 billion), not a rise.
const EN_PATTERN = new RegExp(`\\b(?:${EN_CHANGE_WORDS.map(([w]) => (w === 'up' ? 'up(?!\\s+to\\b)' : w)).join('|')})\\b`, 'gi');

/** The Chinese words by their first character, longest first: what an alternation of them, longest first, tries at a position. */
const ZH_BY_FIRST = new Map<number, string[]>();
for (const [word] of [...ZH_CHANGE_WORDS].sort((a, b) => b[0].length - a[0].length)) {
  const first = word.charCodeAt(0);
  ZH_BY_FIRST.set(first, [...(ZH_BY_FIRST.get(first) ?? []), word]);
}
/** The first characters of the Chinese words, as a table: most positions begin none, and skip the map. */
const ZH_FIRSTS = codeUnitSet(ZH_CHANGE_WORDS.map(([word]) => word[0]!));

/**
 * The last Chinese change word in text[from, to), with where it starts, as a left-to-right search
 * for the words (longest first at each position, each search going on after the word found)
 * finds it: a look-up by character code at each position instead of a regex call per word.
 */
export function lastChineseChangeWord(text: string, from = 0, to = text.length): { word: string; at: number } | undefined {
  let found: string | undefined;
  let foundAt = -1;
  for (let at = from; at < to; ) {
    if (ZH_FIRSTS[text.charCodeAt(at)] !== 1) {
      at++;
      continue;
    }
    let word: string | undefined;
    for (const w of ZH_BY_FIRST.get(text.charCodeAt(at))!) {
      if (at + w.length <= to && text.startsWith(w, at)) {
        word = w;
        break;
      }
    }
    if (word === undefined) {
      at++;
      continue;
    }
    found = word;
    foundAt = at;
    at += word.length;
  }
  return found === undefined ? undefined : { word: found, at: foundAt };
}

/** The direction a Chinese word holds a change word of (跌破 → down, 升破 → up). */
export function directionInWord(word: string): Direction | undefined {
  const found = lastChineseChangeWord(word);
  return found ? ZH_MAP.get(found.word) ?? undefined : undefined;
}

/** Whether text[from, to) holds a Latin letter. */
function hasLatin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code >= 0x61 && code <= 0x7a) return true;
  }
  return false;
}

/** The direction the nearest change word in text[from, to) before a figure states (单日跌幅高达 → down). */
function directionBefore(text: string, from: number, to: number): Direction | undefined {
  const zh = lastChineseChangeWord(text, from, to);
  let last = zh?.word;
  let lastAt = zh?.at ?? -1;
  // English words are Latin letters: most clauses have none and skip the English pattern.
  if (hasLatin(text, from, to)) {
    const words = text.slice(from, to);
    EN_PATTERN.lastIndex = 0;
    for (let m = EN_PATTERN.exec(words); m; m = EN_PATTERN.exec(words)) {
      if (from + m.index > lastAt) {
        last = m[0].toLowerCase();
        lastAt = from + m.index;
      }
    }
  }
  if (last === undefined) return undefined;
  return (ZH_MAP.get(last) ?? EN_MAP.get(last)) || undefined;
}

// Matched in place after the figure: its words (three characters at most) hold no clause break, so
// that they lie in the clause whenever they match.
// A measure word may stand before the change noun: 100%以上的月环比增长, 20%的同比降幅.
const ZH_AFTER = /的?(?:月环比|周环比|环比|同比|年均|年化|复合|平均)?(涨幅|增幅|增长|升幅|跌幅|降幅|下降|下跌)/y;
/** What ZH_AFTER begins with: most figures are followed by none of these, and skip it. */
const ZH_AFTER_FIRST = codeUnitSet('的涨增升跌降下');
const COORDINATED_BEFORE = /(?:\d[\d.,]*\s*(?:%|个百分点|倍|亿元|万元|元)?\s*(?:和|与|及|、)\s*)+$/;
const JOINERS = codeUnitSet('和与及、');
/** How far back the clause of a figure is read. */
const CLAUSE_REACH = 32;

/** Whether text[from, to) ends in a joiner and maybe white space (`[和与及、]\\s*$`), read back by character code. */
function endsInJoiner(text: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  return i > from && JOINERS[text.charCodeAt(i - 1)] === 1;
}

/** Whether the last word character (\w) of text[from, to) is a Latin letter: English words stand right before. */
function endsInLatinWord(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (isAsciiWordUnit(code)) return code >= 65 && code !== 95;
  }
  return false;
}

/**
 * The direction of the change a figure states, from the words right before it in its clause
 * (单日跌幅高达16.97%, closed down 1.9%), English words a little further (a drop of nearly 8%),
 * or a change noun right after it (去年24.24%的涨幅). `reach` is how far back Chinese words count.
 * Read over offsets of the scan text: most figures take no slice of it.
 */
export function directionNear(scan: string, start: number, end: number, reach: number): Direction | undefined {
  const clause = clauseStart(scan, start, CLAUSE_REACH);
  // The last of coordinated figures shares the change word of the first: 增幅分别高达100.5%和149%.
  const coordinated = endsInJoiner(scan, clause, start) ? (COORDINATED_BEFORE.exec(scan.slice(clause, start))?.[0].length ?? 0) : 0;
  // Within the clause already read back, the nearer words need no second walk back.
  const from = coordinated === 0 && reach <= CLAUSE_REACH ? Math.max(clause, start - reach) : clauseStart(scan, start - coordinated, reach);
  const near = directionBefore(scan, from, start - coordinated);
  if (near) return near;
  if (endsInLatinWord(scan, clause, start)) {
    const before = scan.slice(clause, start);
    const words = before.slice(before.search(/[A-Za-z][^\u3400-\u9fff]*$/));
    const english = directionBefore(words, 0, words.length);
    if (english) return english;
  }
  if (ZH_AFTER_FIRST[scan.charCodeAt(end)] !== 1) return undefined;
  ZH_AFTER.lastIndex = end;
  const after = ZH_AFTER.exec(scan);
  return after ? ZH_MAP.get(after[1]!) ?? undefined : undefined;
}
