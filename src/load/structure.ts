import type { Article, ArticleMeta } from '../model/article.ts';
import type { Span } from '../model/span.ts';
import { isAsciiDigit } from '../text/code-units.ts';
import { isWhiteSpace, trimSpan } from '../text/space.ts';

export type StructureSpan = Article['structure'][number];

/** What the text itself says about the article, with every span pointing into the text. */
export interface TextStructure {
  meta: ArticleMeta;
  boilerplate: Span[];
  structure: StructureSpan[];
}

/** How far from the top the title, source line, dateline and 原标题 are looked for. */
const HEAD_CHARS = 600;
/** A first line longer than this is body text, not a headline. */
const MAX_TITLE_CHARS = 80;

const HAN = /\p{Script=Han}/u;

/** Characters read between checks whether the rest of the text can still turn the answer. */
const LANGUAGE_BLOCK = 256;

/** 'zh' when Han characters carry the text, else 'en'. */
export function detectLanguage(text: string): 'zh' | 'en' {
  let han = 0;
  let latin = 0;
  const limit = Math.min(text.length, 20000);
  for (let block = 0; block < limit; block += LANGUAGE_BLOCK) {
    const blockEnd = Math.min(block + LANGUAGE_BLOCK, limit);
    // Range tests as one unsigned comparison each (a letter of either case by its lower-case form):
    // the loop the whole head of every text goes through.
    for (let i = block; i < blockEnd; i++) {
      const code = text.charCodeAt(i);
      if ((code - 0x4e00) >>> 0 <= 0x9fff - 0x4e00) han++;
      else if (((code | 0x20) - 0x61) >>> 0 <= 0x7a - 0x61) latin++;
    }
    // Stop once the rest cannot turn the answer, whatever it holds.
    if (blockEnd - block === LANGUAGE_BLOCK) {
      const rest = limit - blockEnd;
      if (han * 5 >= latin + rest) return 'zh';
      if ((han + rest) * 5 < latin) return 'en';
    }
  }
  // One Han character carries about a word, a Latin word about five letters.
  return han * 5 >= latin ? 'zh' : 'en';
}

// ---------------------------------------------------------------------------------------------
// Boilerplate: regions extractors must never see.

const IMAGE_FILE = /[A-Za-z0-9_-]{8,}\.(?:png|jpe?g|gif|webp|bmp)(?![A-Za-z])/gi;
// Every image file name holds this; testing for it first spares the name run retried at every letter.
const IMAGE_EXTENSION = /\.(?:png|jpe?g|gif|webp|bmp)/i;
const IMAGE_PLACEHOLDER = /\{IMG:\d+\}|\[(?:图片|图)\]/g;
// Site furniture, in the order the alternatives are tried. Those anchored at a line start
// (marked) keep the engine from skipping ahead to the characters the others open with.
const SITE_FURNITURE_PARTS: ReadonlyArray<[source: string, atLineStart?: true]> = [
  ['返回搜狐[，,]?\\s*查看更多'],
  ['[责責]任[编編][辑輯][:：]\\s*(?=阅读|$)'],
  ['阅读\\s*\\(\\s*\\d*\\s*\\)\\s*投诉'],
  ['点击加载更多'],
  ['更多精彩资讯点击'],
  ['共\\s*\\d+\\s*页[^\\n]{0,20}下一页'],
  ['【(?:点击|投票)[^】\\n]{0,10}】'],
  ['^ALSO READ:[^\\n]*', true],
  ['^[^\\n]{0,10}转载请[^\\n]*', true],
  ['【[^】\\n]*(?:不得转载|版权所有)[^】\\n]*】'],
  ['转播到腾讯微博'],
  ['^精彩视频推荐$', true],
  ['返回[^\\s，。]{1,8}首页>*'],
];
const SITE_FURNITURE = new RegExp(SITE_FURNITURE_PARTS.map(([source]) => source).join('|'), 'gm');
/** The same without the line-start alternatives, for a text that holds none of what they need. */
const SITE_FURNITURE_INSIDE_LINES = new RegExp(
  SITE_FURNITURE_PARTS.filter(([, atLineStart]) => !atLineStart).map(([source]) => source).join('|'),
  'gm',
);
// Every match of a line-start alternative holds one of these.
const LINE_START_FURNITURE_MARK = /ALSO READ|转载请|精彩视频推荐/;
// A line that states a disclaimer: `声明:`, `免责声明：`, `新华财经声明:` or a risk warning.
const DISCLAIMER_LINE = /^[^\n]{0,16}?(?:免[责責][声聲]明|[风風][险險]提示|[声聲]明)[:：][^\n]*/gm;
// Every disclaimer line holds this: the line-by-line search starts at the line of the first one, if any.
const DISCLAIMER_MARK = /[明示][:：]/;
const DISCLAIMER_WORDS = /投资建议|仅供参考|风险自担|投资有风险|版权|转载|不代表|平台/;
// A short line that asks the reader to download, scan or follow: a promotion, not the article.
const PROMOTION_LINE = /^[^\n]{0,80}(?:下载客户端|扫描(?:下方)?二维码|长按识别|关注[^\n]{0,8}公众号|点击(?:看详情|领取|下载))[^\n]{0,80}$/gm;
// Every promotion line holds one of these: the line search, which retries its reach at every line,
// starts at the line of the first one, if any.
const PROMOTION_WORDS = /下载客户端|扫描(?:下方)?二维码|长按识别|公众号|点击(?:看详情|领取|下载)/;
const RISK_WARNING = /不构成(?:实质性)?投资建议|投资有风险|据此操作[，,]?\s*风险自担/g;
/** Risk warnings inside lines longer than this blank only their sentence. */
const MAX_WARNING_LINE = 200;

// ---------------------------------------------------------------------------------------------
// Metadata lines.

// `原标题：` opening a line names the headline; `（原标题：…）` only notes a renamed one.
const ORIGINAL_TITLE = /(?<![（(])原[标標][题題][:：]\s*/g;
// Marks of a promotion placed above an article (a headline never carries them).
const PROMOTION = /【[^】\n]*】|点击|报名|领取|扫码|下载|推广|广告/;
// A copyright notice a page prints above its headline, after the outlet and byline furniture:
// `新京报新媒体 ·作者：… 原创版权禁止商业转载授权 <headline>`.
const COPYRIGHT_NOTICE = /(?:原创)?版权[^\s，。]{0,10}(?:授权|所有|声明)|(?:禁止|严禁|不得)[^\s，。]{0,6}转载[^\s，。]{0,6}|转载请注明[^\s，。]{0,12}/;
/** The rest of a notice run together with it: 原创版权所有未经授权禁止转载. */
const NOTICE_TAIL = /^[^\s|｜]*/;
/** How far into the first line a copyright notice still counts as furniture above the headline. */
const NOTICE_REACH = 60;
/** A written date with an optional clock time: groups year, month, day, hour, minute. */
export const DATE_PATTERN =
  '(\\d{4})(?:[-/.]|年\\s*)(\\d{1,2})(?:[-/.]|月\\s*)(\\d{1,2})日?(?:\\s*(\\d{1,2})[:：](\\d{2})(?:[:：]\\d{2})?)?';
/** `新华财经|2025年02月07日` */
const SOURCE_BAR_DATE = new RegExp(`^[ \\t\\u3000]*([^\\s|｜]{2,20})\\s*[|｜]\\s*${DATE_PATTERN}`, 'm');
/** `2018-12-28 17:21 来源:中新经纬`, `发布时间：2019-09-26 10:09:11` */
const DATE_THEN_SOURCE = new RegExp(`(?:(?:[发發][布佈][时時][间間]|[时時][间間]|日期)[:：]\\s*)?${DATE_PATTERN}(?:[^\\S\\n]*(?:[来來]源|来自)[:：]\\s*([^\\s|｜，,。;；]+))?`, 'g');
const SOURCE_LABEL = /(?<![图片数据资料])(?:本文)?[来來]源[:：]\s*(?!链接)([^\s|｜，,。;；()（）]{2,30})/g;
const TRAILING_SOURCE = /[（(]([^（）()\n]{2,14})[）)]\s*$/;
const NOT_A_SOURCE = /^(?:[记記]者|作者|[编編][辑輯]|[责責]任[编編][辑輯]|[责責][编編]|完|本报|end\b)|^\d/i;
const SOURCE_SUFFIX = /(?:整理|供稿|报道|撰稿)$/;

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ENGLISH_LEADING_DATE =
  /^\s*(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2}),\s*(\d{4})/i;

// `新华财经上海2月7日电(谈瑞、周子涵)`, `中新经纬客户端12月28日电`
const ZH_DATELINE = /([\p{Script=Han}A-Za-z]{0,16}?)(\d{1,2})月(\d{1,2})日(?:\d{1,2}时)?电[^\S\n]*(?:[（(]([^（）()\n]{1,40})[）)])?/gu;
// Every dateline holds this: the first one found bounds where a dateline can start, so the lazy
// prefix is tried only from there, not at every character of the head.
const ZH_DATELINE_CORE = /日(?:\d{1,2}时)?电/;
/** The most code units a dateline runs ahead of its 日: the prefix (a Han character may take two), month, 月, day. */
const ZH_DATELINE_LEAD = 16 * 2 + 2 + 1 + 2;
const NEWS_AGENCY =
  /^(?:新华社|新华财经|新华网|中新社|中新网|中新经纬客户端|中新经纬|人民网|人民日报|央视网|央广网|本报|本刊|中证网|中国证券报|证券时报|上海证券报|经济日报|光明日报|财联社|澎湃新闻|界面新闻|第一财经|每日经济新闻|每经|21世纪经济报道|证券日报|财新|金融界|格隆汇|智通财经|财华社|券商中国|华尔街见闻|新京报|中国日报网|国际在线|路透社?|美联社|法新社|彭博社?)(?:记者)?/;
// A lead naming the outlet, and maybe its section, at the start of the body: `新京报讯`,
// `金融界信托讯`, `证券时报e公司讯`. Tried at line starts only (sticky), never inside a sentence.
const NEWS_LEAD = new RegExp(
  '([\\p{Script=Han}A-Za-z]{2,10}?)(信托|财经|科技|汽车|房产|地产|e公司|股票|基金|银行|保险|港股|美股|期货|外汇|理财|产经|金融|证券|财|(?:AI)?快)?' +
    // 某某社（北京，记者 张三）讯: the place and the writer in brackets before 讯.
    '(?:[（(]([^（）()\\n]{1,30})[）)])?讯(?=[\\s，,：:（(【]|$)',
  'uy',
);
// Portals whose channels (财经, 科技, 港股 …) publish under their own names.
const PORTAL = /^(?:新浪|网易|腾讯|搜狐|凤凰网?|和讯网?)$/;
// A flash (快讯, 某某AI快讯) is the outlet's only where the words before it name an outlet: 午间快讯 is no credit.
const FLASH = '快';
// An outlet told by its ending: `某某网`, `某某晚报`, `某某财经客户端`, `某某财经`.
const OUTLET_ENDING = /(?:客户端|APP|网|社|报|新闻|财经)$/;
// A credit opening the body with the outlet (and maybe its city) and the day, before a comma or a
// bar, or with 消息 or 讯: `某某网 6月9日，`, `某某汇5月21日丨`, `某某网9月18日消息，`, `某某经济网北京6月9日讯`.
// Tried at line starts only (sticky).
const OPENING_CREDIT = new RegExp(
  '([\\p{Script=Han}A-Za-z0-9]{2,12}?)[ \\t\\u3000]*\\d{1,2}月\\d{1,2}日(?:\\d{1,2}时)?(?:(消息|讯)[ \\t\\u3000]*([，,丨|｜])?|[ \\t\\u3000]*([，,丨|｜]))',
  'uy',
);
// Names that open a dated 消息 without being an outlet: a clock's zone (北京时间), a ministry, a court, a company.
const NO_OUTLET_ENDING = /(?:时间|部|局|委|会|院|厅|署|办|府|银行|公司|集团|股份)$/;
// Words ending in 讯 that are no outlet's lead: 腾讯, 快讯, 资讯, 喜讯, 简讯, 通讯, 视讯.
const NOT_A_LEAD = /[腾快资喜简短通音视警电]$/;
// An outlet not in the list, told by its ending, before an optional city: `中国经济网北京`, `某某客户端`.
const OUTLET_BEFORE_CITY = /^[\p{Script=Han}A-Za-z]{1,12}(?:客户端|APP|网|社|报)(?=\p{Script=Han}{2,6}$|$)/u;
const TITLE_BAR = /^\s*(?:[|｜]\s*)?/;
const AGENCY_ENDING = /(?:社|网|端|报|台|讯|APP|客户端)$/;
// `MUMBAI (Reuters) -`, `NEW YORK, Jan 5 (Reuters) —`
const EN_DATELINE = /^([A-Z][A-Z .'-]{1,30}?)(?:,[^(\n]{1,30})?\s*\(([A-Z][A-Za-z. ]{1,25})\)\s*[-—–]/m;
// Every English dateline holds this; the line-start search, tried at every line, runs only then.
const EN_DATELINE_MARK = /\)\s*[-—–]/;

const NAME = '(?:[\\p{Script=Han}·]{2,5}(?![\\p{Script=Han}])|[A-Za-z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})';
const NAME_LIST = `${NAME}(?:[ 、，,]${NAME}){0,5}`;
const REPORTER_WORD = /[记記作]者/;
// `（记者 张三）`, and with the place written from before it: `（北京，记者 张三）`.
const REPORTER_PARENS = new RegExp(`[（(]\\s*(?:\\p{Script=Han}{2,6}[，,]\\s?)?(?:[记記]者|作者)[:：]?\\s*(${NAME_LIST})\\s*[）)]`, 'gu');
// A dated lead with its writer in brackets: `C114讯 9月18日消息（南山）`, `某网3月5日消息（记者 张三）`.
const DATED_LEAD_BYLINE = new RegExp(
  `\\d{1,2}月\\d{1,2}日(?:\\d{1,2}时)?消息\\s*[（(]\\s*(?:[记記]者|作者|编译)?[:：]?\\s*(${NAME_LIST})\\s*[）)]`,
  'gu',
);
const AUTHOR_LABEL = new RegExp(`(?:作者|[记記]者)[:：]\\s*(${NAME_LIST})`, 'gu');
// A writer's or translator's credit with a slash or a bar: `（编译/林子）`, `文/张三`, `（文/图 李四）`, `作者 | 张三`.
const SLASH_CREDIT = new RegExp(`(?:^|[（(])\\s*(?:(?:文[/／]图|图[/／]文)\\s*|(?:文|编译|撰文|作者|整理)\\s*[/／|｜]\\s*)(${NAME_LIST})\\s*(?=[）)]|$)`, 'gmu');
const SLASH_CREDIT_CUE = /(?:文|编译|撰文|作者|整理)\s*[/／|｜]|图[/／]文/;
// A WeChat account's header carried over to a portal: `原创： 王思远编译 债券研究` (writer, then account).
const ORIGINAL_CREDIT = /^[ \t]*原创[:：][ \t\u3000]*([\p{Script=Han}·]{2,4}?)(?:编译|整理|翻译)?[ \t\u3000]+[^\s]{2,20}[ \t]*$/gmu;
// A credit line without a colon: `《棱镜》作者 周纯`, `作者 张三`.
const AUTHOR_LINE = new RegExp(`^[ \\t]*(?:《[^》\\n]{1,16}》)?\\s*作者[ \\t\\u3000]+(${NAME_LIST})[ \\t]*$`, 'gmu');
// A byline line of its own: `本报记者 张三 北京报道`, `某某报记者 张三 李四`, `每经记者 张三 每经编辑 李四`
// (with its editor). The whole line must be the credit (a caption's `记者 张三 摄` is no byline),
// and what stands before 记者 an outlet's name (他告诉记者 … is a sentence).
const REPORTER_LINE = new RegExp(
  '^[ \\t\\u3000]*(?<outlet>[\\p{Script=Han}A-Za-z0-9]{1,10}?)?(?:见习|特约|实习)?[记記]者[ \\t\\u3000]+' +
    '(?<names>[\\p{Script=Han}·]{2,5}(?:[ 、，,][\\p{Script=Han}·]{2,5})*?)' +
    '(?:[ \\t\\u3000]+[\\p{Script=Han}A-Za-z]{0,10}?[编編][辑輯][ \\t\\u3000]+(?<editor>[\\p{Script=Han}·]{2,5}))?' +
    '(?:[ \\t\\u3000]+\\p{Script=Han}{2,6}报道)?[ \\t\\u3000]*$',
  'gmu',
);
const EDITOR_LABEL = new RegExp(`(?:[责責]任[编編][辑輯]|[编編][辑輯]|[责責][编編])[:：]\\s*(${NAME_LIST})(?:_[A-Za-z]{1,4}\\d+)?`, 'gu');
const EDITOR_LINE_START = new RegExp(`^[\\[【]?(?:[责責]任[编編][辑輯]|[编編][辑輯])\\s+(${NAME_LIST})`, 'gmu');
export const NOT_A_NAME = /^(?:网络整理|佚名|本站|综合|综合报道|编辑部|原创|校对|截至发稿|更新中|图|视频|组图|(?:见习|特约|实习|摄影)?记者|通讯员|实习生|摄影)$/;
const EN_REPORTING = /\(Reporting by ([^;)]+?)(?:;\s*(?:Additional reporting by [^;)]+;\s*)?(?:Writing by [^;)]+;\s*)?Edit(?:ing|ed) by ([^;)]+))?\)/;
const EN_BYLINE = /^By ([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){1,3}(?:(?:,| and) [A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){1,3})*)\s*$/gm;
const EDITOR_WORD = /[编編][辑輯]|[责責][编編]/;
/** Bylines stand near the top or at the very end; 作者： in the middle of a story names a book's author. */
const BYLINE_TAIL_CHARS = 400;

interface Line {
  start: number;
  end: number;
}

/** Non-empty lines, trimmed, as offsets. */
function linesOf(text: string, limit: number): Line[] {
  const lines: Line[] = [];
  let from = 0;
  while (from < text.length && from <= limit) {
    const newline = text.indexOf('\n', from);
    const lineEnd = newline === -1 ? text.length : newline;
    const trimmed = trimSpan(text, from, lineEnd);
    if (trimmed.end > trimmed.start) lines.push(trimmed);
    from = lineEnd + 1;
  }
  return lines;
}

function pad(value: number | string): string {
  return String(value).padStart(2, '0');
}

function isoFrom(year: string, month: string, day: string, hour?: string, minute?: string): string | undefined {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = `${year}-${pad(m)}-${pad(d)}`;
  return hour !== undefined && minute !== undefined ? `${date}T${pad(hour)}:${minute}` : date;
}

function splitNames(list: string): string[] {
  return list
    .split(/[、，,]|\s+(?=[\p{Script=Han}])|(?<=[\p{Script=Han}])\s+|\s+and\s+/u)
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && !NOT_A_NAME.test(name));
}

function covered(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= span.start && span.end <= s.end);
}

/**
 * Furniture patterns, each chosen for the text at hand by a quick test that every match passes:
 * a text that fails it is not searched, or searched with fewer alternatives.
 */
const FURNITURE: ReadonlyArray<(text: string) => RegExp | undefined> = [
  (text) => (IMAGE_EXTENSION.test(text) ? IMAGE_FILE : undefined),
  () => IMAGE_PLACEHOLDER,
  (text) => (LINE_START_FURNITURE_MARK.test(text) ? SITE_FURNITURE : SITE_FURNITURE_INSIDE_LINES),
];

/**
 * Where a search for lines holding `mark` can start: the start of the line of its first
 * occurrence, since no earlier line holds it. -1 when the text holds none.
 */
function lineOfFirst(text: string, mark: RegExp): number {
  const first = mark.exec(text);
  return first ? text.lastIndexOf('\n', first.index) + 1 : -1;
}

/** Adds the span [start, end), trimmed of white space, unless nothing is left of it. */
function addTrimmed(spans: Span[], text: string, start: number, end: number): void {
  const trimmed = trimSpan(text, start, end);
  if (trimmed.end > trimmed.start) spans.push(trimmed);
}

/** Finds disclaimers, image placeholders and site furniture. */
function findBoilerplate(text: string): Span[] {
  const spans: Span[] = [];
  for (const choose of FURNITURE) {
    const pattern = choose(text);
    if (!pattern) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      addTrimmed(spans, text, m.index, m.index + m[0].length);
    }
  }
  const promotions = lineOfFirst(text, PROMOTION_WORDS);
  if (promotions !== -1) {
    PROMOTION_LINE.lastIndex = promotions;
    for (let m = PROMOTION_LINE.exec(text); m; m = PROMOTION_LINE.exec(text)) addTrimmed(spans, text, m.index, m.index + m[0].length);
  }
  const disclaimers = lineOfFirst(text, DISCLAIMER_MARK);
  if (disclaimers !== -1) {
    DISCLAIMER_LINE.lastIndex = disclaimers;
    for (let m = DISCLAIMER_LINE.exec(text); m; m = DISCLAIMER_LINE.exec(text)) {
      if (DISCLAIMER_WORDS.test(m[0])) addTrimmed(spans, text, m.index, m.index + m[0].length);
    }
  }
  RISK_WARNING.lastIndex = 0;
  for (let m = RISK_WARNING.exec(text); m; m = RISK_WARNING.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const newline = text.indexOf('\n', m.index);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd - lineStart <= MAX_WARNING_LINE) {
      addTrimmed(spans, text, lineStart, lineEnd);
    } else {
      const before = text.slice(Math.max(lineStart, m.index - MAX_WARNING_LINE), m.index);
      const sentenceStart = m.index - before.length + Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), -1) + 1;
      const after = text.slice(m.index, Math.min(lineEnd, m.index + MAX_WARNING_LINE));
      const stop = after.search(/[。！]/);
      addTrimmed(spans, text, sentenceStart, stop === -1 ? m.index + after.length : m.index + stop + 1);
    }
  }
  return mergeSpans(spans);
}

const byStartThenLongest = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

function inOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byStartThenLongest(spans[i - 1]!, spans[i]!) > 0) return false;
  return true;
}

/** Sorted, with overlapping or touching spans joined. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  // Spans merged once already come in order: no copy and no sort for them.
  const sorted = inOrder(spans) ? spans : [...spans].sort(byStartThenLongest);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/**
 * Reads title, source line, dateline, byline and editor from a plain-text article, and marks
 * boilerplate. Works on text with line breaks and on pages flattened to one line.
 */
export function analyzeStructure(
  text: string,
  known: { statedTitle?: string | undefined; boilerplate?: readonly Span[] | undefined } = {},
): TextStructure {
  const { statedTitle } = known;
  const language = detectLanguage(text);
  const meta: ArticleMeta = { authors: [], language };
  const structure: StructureSpan[] = [];
  const boilerplate = [...findBoilerplate(text), ...(known.boilerplate ?? [])];
  const head = text.slice(0, HEAD_CHARS);
  const lines = linesOf(text, HEAD_CHARS).filter((line) => !covered(line, boilerplate));

  const titleSpan = statedTitleSpan(text, lines, statedTitle) ?? findTitle(text, head, lines, boilerplate, language);
  if (titleSpan) {
    meta.title = text.slice(titleSpan.start, titleSpan.end);
    structure.push({ ...titleSpan, role: 'title' });
  }
  const afterTitle = titleSpan?.end ?? 0;

  readSourceLine(text, afterTitle, meta, structure);
  readDateline(text, meta, structure);
  readBylines(text, meta, structure);
  readEditor(text, boilerplate, meta, structure);
  if (!meta.source) {
    const starts = leadStarts(text, lines, afterTitle);
    readNewsLead(text, starts, meta, structure);
    if (!meta.source && head.includes('月')) readOpeningCredit(text, starts, meta, structure);
  }
  if (!meta.source) readTrailingSource(text, boilerplate, meta, structure);
  markAdsBeforeOriginalTitle(text, head, structure, boilerplate);

  structure.sort((a, b) => a.start - b.start);
  return { meta, boilerplate: mergeSpans(boilerplate), structure };
}

/** The first line, when it is the title the input states (an HTML heading, a feed's title). */
function statedTitleSpan(text: string, lines: readonly Line[], statedTitle: string | undefined): Span | undefined {
  const first = lines[0];
  if (!first || !statedTitle) return undefined;
  return text.slice(first.start, first.end) === statedTitle.trim() ? { start: first.start, end: first.end } : undefined;
}

function findTitle(
  text: string,
  head: string,
  lines: readonly Line[],
  boilerplate: Span[],
  language: 'zh' | 'en',
): Span | undefined {
  ORIGINAL_TITLE.lastIndex = 0;
  const original = ORIGINAL_TITLE.exec(head);
  const first = lines[0];
  if (!first) return undefined;
  // A first line ahead of the 原标题 line is an advertisement, not the headline.
  const firstLine = text.slice(first.start, first.end);
  const firstIsAd = original !== null && original.index > first.end && (firstLine.length > MAX_TITLE_CHARS || PROMOTION.test(firstLine));
  if (original && (firstIsAd || original.index < first.end && original.index - first.start < 20)) {
    if (firstIsAd) boilerplate.push({ start: first.start, end: trimSpan(text, first.start, original.index).end });
    // A teaser may run the headline into its first sentence; a later 原标题 then restates it.
    for (let m: RegExpExecArray | null = original; m; m = ORIGINAL_TITLE.exec(head)) {
      const title = originalTitle(text, m.index + m[0].length, lineEndAt(text, m.index), language);
      if (title) return title;
    }
    return undefined;
  }
  return titleAfterNotice(text, first, language) ?? headline(text, first.start, first.end, language);
}

/** The headline after a copyright notice that opens the first line among page furniture. */
function titleAfterNotice(text: string, first: Line, language: 'zh' | 'en'): Span | undefined {
  const notice = COPYRIGHT_NOTICE.exec(text.slice(first.start, Math.min(first.end, first.start + NOTICE_REACH)));
  if (!notice) return undefined;
  const noticeEnd = first.start + notice.index + notice[0].length;
  const after = trimSpan(text, noticeEnd + NOTICE_TAIL.exec(text.slice(noticeEnd, first.end))![0].length, first.end);
  return headline(text, after.start, first.end, language);
}

/** The headline after 原标题：: its line, or up to the first space when the body follows on the same line. */
function originalTitle(text: string, start: number, lineEnd: number, language: 'zh' | 'en'): Span | undefined {
  const whole = headline(text, start, lineEnd, language);
  if (whole) return whole;
  const space = text.slice(start, lineEnd).search(/\s/);
  return space > 0 ? headline(text, start, start + space, language) : undefined;
}

function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}

/**
 * How far past its start a headline's end is looked for. A title cut there or later is over
 * MAX_TITLE_CHARS long even without a white space at each end and Markdown marks (`###### `):
 * before the cut no two white spaces stand together, or the cut would be there.
 */
const TITLE_REACH = MAX_TITLE_CHARS + 10;

/** The headline at `start`: up to its line's end or to the metadata written after it. */
function headline(text: string, start: number, lineEnd: number, language: 'zh' | 'en'): Span | undefined {
  const reach = Math.min(lineEnd, start + TITLE_REACH);
  const cut = titleEnd(text, start, lineEnd, reach);
  // A first line of body text is not read to its end only to be found too long.
  if (cut === -1 && reach < lineEnd) return undefined;
  const span = trimSpan(text, start, cut > start ? cut : lineEnd);
  // A Markdown heading's marks are not part of the title.
  const marks = /^#{1,6}\s+/.exec(text.slice(span.start, span.end));
  if (marks) span.start += marks[0].length;
  const title = text.slice(span.start, span.end);
  if (title.length < 5 || title.length > MAX_TITLE_CHARS) return undefined;
  // English headlines do not end in a full stop; a first line that does is a caption or body.
  if (language === 'en' && /\.\s*$/.test(title)) return undefined;
  // A full stop anywhere marks a sentence: a teaser running into the body, not a headline.
  if (language === 'zh' && title.includes('。')) return undefined;
  if (language === 'zh' && !HAN.test(title)) return undefined;
  return span;
}

/**
 * Where a headline written on the same line as its metadata ends, or -1: the first of two white
 * spaces, or white space before a date (2025-02-07, 2025年2月7日) or a bar, or 来源： with or
 * without white space before it. Read by code unit: as one regex, the optional white space before
 * 来源 made every position of the line a try. Positions from `stopAt` on are not tried.
 */
export function titleEnd(text: string, start: number, end: number, stopAt = end): number {
  for (let i = start; i < stopAt; i++) {
    const code = text.charCodeAt(i);
    if (!isWhiteSpace(code)) {
      if (sourceLabelAt(text, i, end)) return i;
      continue;
    }
    let after = i + 1;
    while (after < end && isWhiteSpace(text.charCodeAt(after))) after++;
    if (after - i >= 2 || sourceLabelAt(text, after, end) || barAt(text, after, end) || dateAt(text, after, end)) return i;
  }
  return -1;
}

const sourceLabelAt = (text: string, at: number, end: number): boolean =>
  at + 2 < end && (text[at] === '来' || text[at] === '來') && text[at + 1] === '源' && (text[at + 2] === ':' || text[at + 2] === '：');

const barAt = (text: string, at: number, end: number): boolean => at < end && (text[at] === '|' || text[at] === '｜');

/** `2025-02-07`, `2025年2月7`: four digits, a separator, one or two digits, a separator, a digit. */
function dateAt(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < at + 4 && i < end && isAsciiDigit(text.charCodeAt(i))) i++;
  if (i < at + 4 || i >= end || !'-/.年'.includes(text[i]!)) return false;
  const month = ++i;
  while (i < month + 2 && i < end && isAsciiDigit(text.charCodeAt(i))) i++;
  if (i === month || i >= end || !'-/.月'.includes(text[i]!)) return false;
  return i + 1 < end && isAsciiDigit(text.charCodeAt(i + 1));
}

function readSourceLine(text: string, afterTitle: number, meta: ArticleMeta, structure: StructureSpan[]): void {
  const head = text.slice(0, HEAD_CHARS);
  const bar = head.includes('|') || head.includes('｜') ? SOURCE_BAR_DATE.exec(head) : null;
  if (bar && bar.index >= afterTitle - 1) {
    meta.source = bar[1];
    meta.publishedAt = isoFrom(bar[2]!, bar[3]!, bar[4]!, bar[5], bar[6]);
    const span = trimSpan(text, bar.index, bar.index + bar[0].length);
    structure.push({ ...span, role: 'source-line' });
    return;
  }
  DATE_THEN_SOURCE.lastIndex = afterTitle;
  const dated = DATE_THEN_SOURCE.exec(head);
  // A date near the top is the publication date only on a short metadata line.
  const onMetadataLine = dated !== null && (dated[6] !== undefined || (dated.index - afterTitle < 200 && startsShortLine(text, dated.index)));
  if (dated && onMetadataLine) {
    meta.publishedAt = isoFrom(dated[1]!, dated[2]!, dated[3]!, dated[4], dated[5]);
    if (dated[6]) meta.source = dated[6];
    structure.push({ ...trimSpan(text, dated.index, dated.index + dated[0].length), role: 'source-line' });
  }
  if (!meta.source) {
    SOURCE_LABEL.lastIndex = 0;
    const labelled = SOURCE_LABEL.exec(head) ?? lastMatch(SOURCE_LABEL, text, Math.max(0, text.length - 300));
    if (labelled) {
      meta.source = labelled[1];
      structure.push({ ...trimSpan(text, labelled.index, labelled.index + labelled[0].length), role: 'source-line' });
    }
  }
  if (!meta.publishedAt && meta.language === 'en') {
    const leading = ENGLISH_LEADING_DATE.exec(head);
    if (leading) {
      const month = ENGLISH_MONTHS.indexOf(leading[1]!.slice(0, 3).toLowerCase()) + 1;
      meta.publishedAt = isoFrom(leading[3]!, String(month), leading[2]!);
      structure.push({ ...trimSpan(text, leading.index, leading.index + leading[0].length), role: 'source-line' });
    }
  }
}

/** A date opening a short line is metadata; one inside a sentence is content. */
function startsShortLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(lineStart, offset).trim() === '' && lineEndAt(text, offset) - lineStart <= 60;
}

function lastMatch(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  let last: RegExpExecArray | null = null;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m;
  return last;
}

function readDateline(text: string, meta: ArticleMeta, structure: StructureSpan[]): void {
  const region = text.slice(0, HEAD_CHARS * 2);
  const core = ZH_DATELINE_CORE.exec(region);
  if (core) ZH_DATELINE.lastIndex = Math.max(0, core.index - ZH_DATELINE_LEAD);
  const zh = core ? ZH_DATELINE.exec(region) : null;
  if (zh) {
    const prefix = zh[1] ?? '';
    const agency =
      NEWS_AGENCY.exec(prefix)?.[0] ?? (meta.source && prefix.startsWith(meta.source) ? meta.source : OUTLET_BEFORE_CITY.exec(prefix)?.[0] ?? '');
    const city = prefix.slice(agency.length);
    if (city.length >= 2 && city.length <= 6 && HAN.test(city) && !AGENCY_ENDING.test(city)) meta.dateline = city;
    if (!meta.source && agency) meta.source = agency.replace(/记者$/, '');
    meta.datelineDate = resolveMonthDay(Number(zh[2]), Number(zh[3]), meta.publishedAt);
    if (zh[4]) {
      const names = splitNames(zh[4].replace(/^(?:记者|实习生|通讯员)\s*/, ''));
      if (names.length > 0 && meta.authors.length === 0) meta.authors = names;
    }
    const start = zh.index + (agency || city ? 0 : zh[1]!.length);
    structure.push({ ...trimSpan(text, start, zh.index + zh[0].length), role: 'dateline' });
    return;
  }
  const en = EN_DATELINE_MARK.test(region) ? EN_DATELINE.exec(region) : null;
  if (en) {
    meta.dateline = en[1]!.trim();
    if (!meta.source) meta.source = en[2]!.trim();
    structure.push({ ...trimSpan(text, en.index, en.index + en[0].length), role: 'dateline' });
  }
}

/** A month and day stated without a year, placed in the year of the publication date. */
function resolveMonthDay(month: number, day: number, publishedAt: string | undefined): string | undefined {
  if (!publishedAt || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const year = Number(publishedAt.slice(0, 4));
  const publishedMonth = Number(publishedAt.slice(5, 7));
  // A dateline is never much later than publication: December under a January date is last year.
  const resolvedYear = month > publishedMonth + 1 ? year - 1 : year;
  return `${resolvedYear}-${pad(month)}-${pad(day)}`;
}

/**
 * Where a match of each byline pattern can begin at the earliest, read from a word every match
 * holds (-1: the text has none): the search starts there, not at the top of the text. The first
 * REPORTER_WORD (记者, 作者), which two of them hold, is looked for once and handed to all.
 */
const BYLINES: ReadonlyArray<[pattern: RegExp, earliest: (text: string, reporterWord: number) => number]> = [
  [REPORTER_PARENS, (text, reporterWord) => {
    if (reporterWord === -1) return -1;
    // The bracket, then white space, before the word; or the bracket, a place of up to six
    // characters and its comma (（北京，记者 …).
    let at = reporterWord;
    while (at > 0 && isWhiteSpace(text.charCodeAt(at - 1))) at--;
    return Math.max(0, at - 9);
  }],
  // Every label opens with its word.
  [AUTHOR_LABEL, (_text, reporterWord) => reporterWord],
  // The credit word before its slash; the bracket, or the line start, a few characters before it.
  [SLASH_CREDIT, (text) => {
    const cue = SLASH_CREDIT_CUE.exec(text);
    return cue ? Math.max(0, cue.index - 4) : -1;
  }],
  [ORIGINAL_CREDIT, (text) => {
    const word = text.indexOf('原创');
    return word === -1 ? -1 : text.lastIndexOf('\n', word) + 1;
  }],
  [AUTHOR_LINE, (text) => {
    const word = text.indexOf('作者');
    return word === -1 ? -1 : text.lastIndexOf('\n', word) + 1;
  }],
  // Month, 月, day, 日 and an hour with 时 stand before 消息.
  [DATED_LEAD_BYLINE, (text) => {
    const word = text.indexOf('消息');
    return word === -1 ? -1 : Math.max(0, word - 9);
  }],
  [EN_BYLINE, (text) => text.indexOf('By ')],
];

function readBylines(text: string, meta: ArticleMeta, structure: StructureSpan[]): void {
  const reporting = EN_REPORTING.exec(text);
  if (reporting) {
    if (meta.authors.length === 0) meta.authors = splitNames(reporting[1]!);
    if (reporting[2]) meta.editor = reporting[2].trim();
    structure.push({ start: reporting.index, end: reporting.index + reporting[0].length, role: 'byline' });
    return;
  }
  const tailStart = text.length - BYLINE_TAIL_CHARS;
  const reporterWord = REPORTER_WORD.exec(text)?.index ?? -1;
  for (const [pattern, earliest] of BYLINES) {
    const from = earliest(text, reporterWord);
    if (from === -1) continue;
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match.index > HEAD_CHARS * 2 && match.index < tailStart) {
        // Jump over the middle of the story to its last lines.
        if (pattern.lastIndex < tailStart) pattern.lastIndex = tailStart;
        continue;
      }
      const names = splitNames(match[1]!);
      if (names.length === 0) continue;
      if (meta.authors.length === 0) meta.authors = names;
      structure.push({ start: match.index, end: match.index + match[0].length, role: 'byline' });
      return;
    }
  }
  readReporterLine(text, meta, structure);
}

/**
 * A byline line of its own (REPORTER_LINE), looked for in the head and the last lines only: a
 * line that is all credit stands there, and searching the whole of a long story line by line for
 * one would cost more than every other byline together.
 */
function readReporterLine(text: string, meta: ArticleMeta, structure: StructureSpan[]): void {
  const headEnd = lineEndAt(text, Math.min(text.length, HEAD_CHARS * 2));
  const tailStart = Math.max(headEnd, text.lastIndexOf('\n', text.length - BYLINE_TAIL_CHARS) + 1);
  for (const [from, to] of [[0, headEnd], [tailStart, text.length]] as const) {
    const region = text.slice(from, to);
    if (!REPORTER_WORD.test(region)) continue;
    REPORTER_LINE.lastIndex = 0;
    for (let match = REPORTER_LINE.exec(region); match; match = REPORTER_LINE.exec(region)) {
      const { outlet, names: written, editor } = match.groups!;
      if (outlet !== undefined && outlet !== '本报' && outlet !== '本刊' && !namesOutlet(outlet)) continue;
      const names = splitNames(written!);
      if (names.length === 0) continue;
      if (meta.authors.length === 0) meta.authors = names;
      // The editor a byline line names after its writers (每经编辑 李四).
      if (editor && !meta.editor && !NOT_A_NAME.test(editor)) meta.editor = editor;
      structure.push({ start: from + match.index, end: from + match.index + match[0].length, role: 'byline' });
      return;
    }
  }
}

/**
 * The editor's label (`责任编辑：`) or a line opening with 编辑 and a name. Both hold 编辑, at most
 * `[` and 责任 after their start: the searches begin a few characters before its first occurrence,
 * and a text without one is not searched.
 */
function readEditor(text: string, boilerplate: readonly Span[], meta: ArticleMeta, structure: StructureSpan[]): void {
  const word = EDITOR_WORD.exec(text);
  if (!word) return;
  EDITOR_LABEL.lastIndex = Math.max(0, word.index - 2);
  let best: RegExpExecArray | null = null;
  for (let m = EDITOR_LABEL.exec(text); m; m = EDITOR_LABEL.exec(text)) {
    if (covered({ start: m.index, end: m.index + 1 }, boilerplate)) continue;
    // 责任编辑 names the editor in charge; a plain 编辑 line counts only without one.
    if (!best || (/^[责責]任/.test(m[0]) && !/^[责責]任/.test(best[0]))) best = m;
  }
  let match = best;
  if (!match) {
    EDITOR_LINE_START.lastIndex = Math.max(0, word.index - 3);
    match = EDITOR_LINE_START.exec(text);
  }
  if (!match) return;
  const names = splitNames(match[1]!);
  if (names.length === 0) return;
  if (!meta.editor) meta.editor = names.join('、');
  structure.push({ start: match.index, end: match.index + match[0].length, role: 'editor' });
}

/** Where an outlet's lead or credit may open: the body right after the title, and the later lines of the head. */
function leadStarts(text: string, lines: readonly Line[], afterTitle: number): number[] {
  // A page title may be separated from the body by a bar: `<headline> |新京报财讯 …`.
  const bodyStart = afterTitle + (TITLE_BAR.exec(text.slice(afterTitle, afterTitle + 8))?.[0].length ?? 0);
  return [bodyStart, ...lines.map((line) => line.start).filter((start) => start > bodyStart)];
}

/** The outlet of a `…讯` lead opening a line of the head, or opening the body right after the title. */
function readNewsLead(text: string, starts: readonly number[], meta: ArticleMeta, structure: StructureSpan[]): void {
  for (const start of starts) {
    NEWS_LEAD.lastIndex = start;
    const lead = NEWS_LEAD.exec(text);
    if (!lead) continue;
    const outlet = lead[1]!;
    const section = lead[2];
    const bracket = lead[3];
    if (NOT_A_SOURCE.test(outlet) || (section === undefined && bracket === undefined && NOT_A_LEAD.test(outlet))) continue;
    const flash = section?.endsWith(FLASH) === true;
    // A flash, or a lead with a bracket before its 讯, is an outlet's only when the name is one.
    if ((flash || bracket !== undefined) && !namesOutlet(outlet)) continue;
    // A portal's channel is an outlet of its own (新浪港股讯 → 新浪港股, as 新浪科技 and 新浪财经 are).
    meta.source = section !== undefined && !flash && PORTAL.test(outlet) ? outlet + section : outlet;
    // The place a bracket names before its writer: 某某社（北京，记者 张三）讯.
    const place = bracket?.split(/[，,]/)[0]?.trim();
    if (!meta.dateline && place && place !== bracket && place.length >= 2 && place.length <= 6 && /^\p{Script=Han}+$/u.test(place) && !REPORTER_WORD.test(place)) {
      meta.dateline = place;
    }
    structure.push({ start, end: start + lead[0].length, role: 'source-line' });
    return;
  }
}

/** Whether a name is an outlet's: one of the agencies known by name, or a name with an outlet's ending. */
function namesOutlet(name: string): boolean {
  return NEWS_AGENCY.exec(name)?.[0] === name || OUTLET_ENDING.test(name);
}

/** The outlet of a name that is an outlet's followed by a city of two to six Han characters (某某经济网北京). */
function outletBeforeCity(name: string): string | undefined {
  const outlet = NEWS_AGENCY.exec(name)?.[0] ?? OUTLET_BEFORE_CITY.exec(name)?.[0];
  if (!outlet) return undefined;
  const city = name.slice(outlet.length);
  return city.length >= 2 && city.length <= 6 && HAN.test(city) && !AGENCY_ENDING.test(city) ? outlet : undefined;
}

/**
 * The outlet of a dated credit opening the body or a line of the head (`某某网 6月9日，…`): an
 * outlet by its name, or any name before a bar (`某某汇5月21日丨`) or with 消息 or 讯, which no
 * sentence's subject takes. A subject and its date before a comma (`某某科技5月19日，`) is no credit.
 */
function readOpeningCredit(text: string, starts: readonly number[], meta: ArticleMeta, structure: StructureSpan[]): void {
  for (const start of starts) {
    OPENING_CREDIT.lastIndex = start;
    const credit = OPENING_CREDIT.exec(text);
    if (!credit) continue;
    const name = credit[1]!;
    const separator = credit[3] ?? credit[4];
    const barred = separator !== undefined && separator !== '，' && separator !== ',';
    // The outlet may name the city it writes from: 某某经济网北京6月9日讯. A name that is no outlet
    // by its ending still is one before a bar or with 消息 or 讯 (某某之家 6月9日消息), unless it is a
    // body's or a clock's.
    const outlet = namesOutlet(name)
      ? name
      : outletBeforeCity(name) ?? (barred || (credit[2] !== undefined && !NO_OUTLET_ENDING.test(name)) ? name : undefined);
    // 据某某社6月9日消息 cites another outlet's report: no credit of the text's own.
    if (!outlet || NOT_A_SOURCE.test(outlet) || outlet.startsWith('据')) continue;
    meta.source = outlet;
    if (!meta.dateline && outlet.length < name.length) meta.dateline = name.slice(outlet.length);
    structure.push({ ...trimSpan(text, start, start + credit[0].length - (separator ? 1 : 0)), role: 'source-line' });
    return;
  }
}

function readTrailingSource(text: string, boilerplate: Span[], meta: ArticleMeta, structure: StructureSpan[]): void {
  let end = text.length;
  // Skip trailing boilerplate (disclaimers, furniture) to reach the article's last words.
  for (let i = boilerplate.length - 1; i >= 0; i--) {
    const span = boilerplate[i]!;
    if (text.slice(span.end, end).trim() === '') end = span.start;
  }
  const tail = text.slice(Math.max(0, end - 40), end);
  const match = TRAILING_SOURCE.exec(tail);
  if (!match) return;
  const name = match[1]!.trim().replace(SOURCE_SUFFIX, '');
  if (name.length < 2 || NOT_A_SOURCE.test(name)) return;
  meta.source = name;
  const start = end - tail.length + match.index;
  structure.push({ ...trimSpan(text, start, start + match[0].length), role: 'source-line' });
}

/** Text between the metadata at the top and 原标题 (tags, promotions) is furniture. */
function markAdsBeforeOriginalTitle(text: string, head: string, structure: StructureSpan[], boilerplate: Span[]): void {
  ORIGINAL_TITLE.lastIndex = 0;
  const original = ORIGINAL_TITLE.exec(head);
  if (!original) return;
  const before = structure.filter((s) => s.end <= original.index);
  if (before.length === 0) return;
  const from = Math.max(...before.map((s) => s.end));
  const gap = trimSpan(text, from, original.index);
  if (gap.end > gap.start && !covered(gap, boilerplate)) boilerplate.push(gap);
}
