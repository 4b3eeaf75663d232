import { chineseNameEnd, isBusinessOrPlace } from '../../lexicon/people.ts';

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

/**
 * Characters of the standard transliteration of foreign names (卡帕西, 马斯克, 诺依曼): the last
 * part of a name stops at the first character outside them (冯·诺依曼架构).
 */
const TRANSLITERATION = new Set(
  ('阿埃艾爱安昂奥澳依翰逊琪丝薇黛妮露茜斐芙宾巴拜班邦保鲍贝本比彼宾波伯博布查达戴丹道德登迪蒂丁东杜多顿厄恩尔法范菲费芬丰冯弗福富盖甘冈高戈哥格根' +
    '贡古圭哈海汉豪赫亨洪胡华怀惠霍基吉加佳贾杰捷金卡凯坎康考柯科克肯库奎昆拉莱赖兰朗劳勒雷蕾里利莉丽连廉林琳隆卢鲁路伦罗洛' +
    '马玛迈麦曼梅门蒙米敏明莫默姆穆纳娜南内尼涅宁纽努诺欧帕派潘庞佩彭皮珀普奇齐恰乔切钦琼丘萨赛桑瑟森沙莎山尚舍申施什史斯' +
    '松苏索塔泰坦汤唐陶特滕提廷托图瓦万旺威韦维温文沃乌伍西希锡夏谢辛休雅亚扬杨耶伊因英尤于约泽扎詹兹佐卓茨烈帕德蒂莱娅').split(''),
);

/** Every character of the standard transliteration alphabet: 欧佩克, 卡帕西. */
export function isTransliteration(name: string): boolean {
  for (const ch of name) if (!TRANSLITERATION.has(ch)) return false;
  return true;
}

function trimTransliterated(name: string): string {
  const dot = name.lastIndexOf('·');
  let end = dot + 1;
  while (end < name.length && end - dot <= 6 && TRANSLITERATION.has(name[end]!)) end++;
  return name.slice(0, end);
}

/** A transliterated name right before one of these names a thing: 冯·诺依曼架构, 图灵奖. */
const THING_AFTER = /^(?:架构|定律|定理|奖|模型|方程|公式|效应|曲线|指数|公司|集团|大学|主义)/;

/**
 * The personal name starting at `start` of `text`, if one stands there: transliterated with its
 * Latin form, Latin, or Chinese (surname + given name). `text` is the scan text.
 */
export function personNameAt(text: string, start: number): NameAt | undefined {
  const rest = text.slice(start, start + 60);
  const transliterated = TRANSLITERATED.exec(rest);
  if (transliterated) {
    const name = trimTransliterated(transliterated[0]);
    if (name.endsWith('·') || THING_AFTER.test(rest.slice(name.length))) return undefined;
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

/**
 * A transliterated name written without the middle dot, right after a title (美国总统特朗普,
 * 首相约翰逊): two to four characters of the transliteration alphabet.
 */
export function transliteratedRunAt(text: string, start: number): NameAt | undefined {
  let end = start;
  while (end < text.length && end - start < 5 && TRANSLITERATION.has(text[end]!)) end++;
  if (end - start < 2 || end - start > 4 || THING_AFTER.test(text.slice(end, end + 2))) return undefined;
  return { start, end, name: text.slice(start, end), aliases: [] };
}

/**
 * Capitalized words of a title that English writes before a name (Fed Chair Jerome Powell,
 * Treasury Secretary Steven Mnuchin, Chief Executive Officer Satya Nadella): not part of it.
 */
const ENGLISH_TITLE_WORDS = new Set([
  'President', 'Vice', 'Chair', 'Chairman', 'Chairwoman', 'Secretary', 'Minister', 'Prime', 'Governor', 'Gov', 'Senator', 'Sen',
  'Rep', 'Representative', 'Chief', 'Executive', 'Officer', 'Director', 'Deputy', 'General', 'Commissioner', 'Judge', 'Justice',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Analyst', 'Economist', 'Strategist', 'Professor', 'Founder', 'Chancellor', 'Premier',
  'Mayor', 'King', 'Queen', 'Prince', 'Ambassador', 'Treasurer', 'Fed', 'Treasury', 'Commerce', 'Trade', 'Finance', 'State', 'Defense',
  'Former', 'Acting', 'Interim', 'Senior', 'Managing', 'Partner', 'Head', 'Leader', 'Speaker', 'CEO', 'CFO', 'COO', 'CTO', 'CIO',
]);

/**
 * Where the personal name starts in capitalized words a title may open or hold (Fed Chair Jerome
 * Powell, Goldman Sachs Analyst Jane Doe): the offset after the last title word, or 0. The last
 * word is always left (President Obama → Obama).
 */
export function englishTitleLength(words: string): number {
  let nameStart = 0;
  for (let at = 0, space = words.indexOf(' '); space !== -1; at = space + 1, space = words.indexOf(' ', at)) {
    if (ENGLISH_TITLE_WORDS.has(words.slice(at, space))) nameStart = space + 1;
  }
  return nameStart;
}
