import { chineseNameEnd, isBusinessOrPlace, NON_NAME_CHARS } from '../../lexicon/people.ts';

export interface NameAt {
  start: number;
  end: number;
  name: string;
  aliases: string[];
}

const CJK = /[\u4e00-\u9fff]/;
/** 安德烈·卡帕西, 伊隆·马斯克: parts of a transliterated name joined by the middle dot. */
const TRANSLITERATED = /^[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8})+/;
/** The Latin form in brackets right after: 安德烈·卡帕西(Andrej Karpathy). */
const LATIN_IN_BRACKETS = /^\(([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3})\)/;
/** A Latin personal name of two or three capitalized words: Yves Maitre. */
const LATIN_NAME = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}(?![A-Za-z])/;

/** The last part of a transliterated name stops where a word that names never hold starts. */
function trimTransliterated(name: string): string {
  const dot = name.lastIndexOf('·');
  let end = dot + 1;
  while (end < name.length && end - dot <= 6 && !NON_NAME_CHARS.has(name[end]!)) end++;
  return name.slice(0, end);
}

/**
 * The personal name starting at `start` of `text`, if one stands there: transliterated with its
 * Latin form, Latin, or Chinese (surname + given name). `text` is the scan text.
 */
export function personNameAt(text: string, start: number): NameAt | undefined {
  const rest = text.slice(start, start + 60);
  const transliterated = TRANSLITERATED.exec(rest);
  if (transliterated) {
    const name = trimTransliterated(transliterated[0]);
    if (name.endsWith('·')) return undefined;
    const latin = LATIN_IN_BRACKETS.exec(rest.slice(name.length));
    return { start, end: start + name.length, name, aliases: latin ? [latin[1]!] : [] };
  }
  const latin = LATIN_NAME.exec(rest);
  if (latin) return { start, end: start + latin[0].length, name: latin[0], aliases: [] };
  if (!CJK.test(rest[0] ?? '')) return undefined;
  const end = chineseNameEnd(text, start);
  if (end === undefined || isBusinessOrPlace(text, start, end)) return undefined;
  return { start, end, name: text.slice(start, end), aliases: [] };
}
