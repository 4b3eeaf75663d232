import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { ArticleMeta } from '../model/article.ts';
import { DATE_PATTERN, NOT_A_NAME } from './structure.ts';

/** What a page gives: the article as text (title, metadata line, paragraphs) and its metadata. */
export interface HtmlArticle {
  text: string;
  /** What the page states in its markup: wins over what the text suggests. */
  meta: Partial<ArticleMeta>;
  /** Site-level guesses (publisher, site name, a meta author): used only where the text says nothing. */
  fallback: Partial<ArticleMeta>;
}

type Doc = cheerio.CheerioAPI;

const REMOVED_TAGS = 'script, style, noscript, iframe, svg, form, button, select, textarea, input, template, object, embed, canvas';
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'th', 'tr', 'ul', 'br',
]);
// Parts of class and id names (split at - and _) that mark page furniture. Substrings for
// words that never name an article body; whole parts for short words (ad, nav, tie…).
const FURNITURE_SUBSTRING = /share|comment|recommend|related|tuijian|fenxiang|sidebar|breadcrumb|jubao|advert|sinaads|qrcode|copyright|shenming|newsletter|pinglun|subscribe|hotnews|paging|player/i;
const FURNITURE_PART = /^(?:ad|ads|nav|navbar|menu|foot|footer|side|aside|tool|tools|rank|ranking|hot|banner|login|tie|cmt|promo|crumb|reply|survey|ewm|zoom|fav|collect|print|sc|font|like|ilike|counter|count|views)$/i;
// Names that mark the article's own container win over furniture words in the same name
// (Sina's body is `BSHARE_POP … #artibody`); comment sections are furniture whatever they say.
const ARTICLE_NAME = /article|body|content|main|story|artibody|正文/i;
const COMMENT_NAME = /comment|pinglun|reply/i;
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|visually-hidden|sr-only|hide)(?:\s|$)/i;
// Headings of lists of other articles; the section they open is not the article.
const RELATED_HEADINGS = new Set([
  '为你推荐', '相关阅读', '相关新闻', '相关文章', '相关推荐', '相关搜索', '点击排行', '热门推荐', '推荐阅读', '延伸阅读', '猜你喜欢',
  '大家都爱看', '热点新闻', '热门文章', '热门搜索', '热门评论', '更多评论', '最新评论', '热评文章', '栏目精粹', '精彩推荐', '新闻推荐',
  '图片新闻', '今日推荐', '编辑推荐', '24小时排行', 'Related Coverage', 'More From', 'Most Popular', 'Related Articles',
]);
const DATE_IN_TEXT = new RegExp(DATE_PATTERN);
/** `July 29, 2016`, `JULY 29, 2016`, `Sept. 3, 2019`: the date of an English byline. */
const ENGLISH_DATE_IN_TEXT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}\b/i;
const EDITOR_TEXT = /^[[【]?\s*[责責]任[编編][辑輯][:：]\s*([^\]】\s]+)/;
const SITE_CODE = /_[A-Za-z]{1,4}\d+$/;
const ORGANISATION_NAME = /网|报|社|新闻|财经|科技|日报|周刊|时报|在线|中文|传媒|媒体|自媒体|Times|News|Post|Journal|Reuters|Press|Media/;
const TITLE_SEPARATORS = /\s*(?:_|\||｜|--|\s-\s|–|—)\s*/;
/** Text blocks shorter than this (in characters) do not vote for their container. */
const MIN_VOTING_CHARS = 10;
const MAX_INFO_LINE_CHARS = 160;
// Widgets that sit on the metadata line: font size buttons, bookmark and report links.
const INFO_LINE_WIDGETS = /字号[:：]?\s*(?:A[-+]?\s*)+|收藏本文|收藏|举报|我要分享|分享到[:：]?|打印/g;

/** Whole characters without white space: CJK text is measured in characters, not words. */
function charCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32 && text[i] !== '\u3000' && text[i] !== '\u00a0') count++;
  return count;
}

function squash(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

function isFurniture(el: Element): boolean {
  if (el.tagName === 'nav' || el.tagName === 'aside') return true;
  const names = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`.trim();
  if (!names) return false;
  if (ARTICLE_NAME.test(names) && !COMMENT_NAME.test(names)) return false;
  for (const name of names.split(/\s+/)) {
    if (FURNITURE_SUBSTRING.test(name)) return true;
    if (name.split(/[-_]/).some((part) => FURNITURE_PART.test(part))) return true;
  }
  return false;
}

function isHidden(el: Element): boolean {
  return (
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs['style'] ?? '') ||
    'hidden' in el.attribs ||
    HIDDEN_CLASS.test(el.attribs['class'] ?? '')
  );
}

/** Reads JSON-LD blocks; a broken block is skipped, not fatal. */
function jsonLdArticle($: Doc): Record<string, unknown> | undefined {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const type = record['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && /Article|Posting/.test(t)) || 'pubDate' in record) found.push(record);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      visit(JSON.parse($(el).text()));
    } catch {
      // Sites ship JSON-LD with trailing commas or comments; such a block simply gives nothing.
    }
  });
  return found[0];
}

/** The strings of a JSON-LD value: a string, a list, or objects with a `name`. */
function textValues(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(textValues);
  if (value && typeof value === 'object') return textValues((value as Record<string, unknown>)['name']);
  return [];
}

function metaContent($: Doc, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = $(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`).first().attr('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The offset of a zone at a local date, as `+08:00`. */
export function zoneOffset(localIso: string, timeZone: string): string {
  const probe = new Date(`${localIso.slice(0, 10)}T12:00:00Z`);
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name = format
    .formatToParts(probe)
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/** ISO 8601 from the forms pages use; a time without a zone gets the given zone's offset. */
export function normaliseTimestamp(raw: string, timeZone: string): string | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(raw.trim());
  if (iso) {
    if (!iso[2]) return iso[1];
    const time = iso[3] && iso[3] !== '00' ? `${iso[2]}:${iso[3]}` : iso[2];
    const zone = iso[4] ? (iso[4] === 'Z' ? '+00:00' : iso[4].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : zoneOffset(iso[1]!, timeZone);
    return `${iso[1]}T${time}${zone}`;
  }
  const loose = DATE_IN_TEXT.exec(raw);
  if (!loose) return undefined;
  const date = `${loose[1]}-${loose[2]!.padStart(2, '0')}-${loose[3]!.padStart(2, '0')}`;
  if (!loose[4]) return date;
  return `${date}T${loose[4].padStart(2, '0')}:${loose[5]}${zoneOffset(date, timeZone)}`;
}

/** The element holding the article's own headline: the one the page title or og:title names. */
function findHeadline($: Doc, candidates: readonly string[]): Element | undefined {
  const wanted = candidates.map(squash).filter((c) => c.length > 0);
  let best: { el: Element; rank: number } | undefined;
  $('h1, h2, h3, h4, [class*="title"], [id*="title"], [class*="Title"], [class*="headline"]').each((_, el) => {
    const text = squash($(el).text());
    if (text.length < 4 || text.length > 150) return;
    if (!wanted.some((w) => w === text || (w.includes(text) && text.length >= w.length * 0.4))) return;
    const heading = /^h\d$/.test(el.tagName) ? 10 - Number(el.tagName[1]) : 0;
    const rank = text.length * 10 + heading;
    if (!best || rank > best.rank) best = { el, rank };
  });
  return best?.el;
}

/** Text of an element with its parts separated by spaces (spans without white space between). */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') parts.push(node.data);
    else if (node.type === 'tag' && !isFurniture(node as Element) && !isHidden(node as Element)) {
      parts.push(' ');
      (node as Element).children.forEach(walk);
      parts.push(' ');
    }
  };
  walk(el);
  return squash(parts.join(''));
}

/** The short line near the headline that carries the date, source and author. */
function findInfoLine($: Doc, headline: Element | undefined, title: string): Element | undefined {
  const all = $('body *').toArray() as Element[];
  const at = headline ? all.indexOf(headline) : -1;
  const order = at === -1 ? all.slice(0, 400) : [...all.slice(at + 1, at + 120), ...all.slice(Math.max(0, at - 40), at).reverse()];
  // A numeric date first (2019-09-25, 2019年9月25日); an English one (JULY 29, 2016) only on a page without one.
  return infoLineDated($, order, headline, title, DATE_IN_TEXT) ?? infoLineDated($, order, headline, title, ENGLISH_DATE_IN_TEXT);
}

/** The first of `order` whose own text holds a date, grown to the largest short container not holding the headline. */
function infoLineDated($: Doc, order: readonly Element[], headline: Element | undefined, title: string, date: RegExp): Element | undefined {
  for (const el of order) {
    if (headline && $(el).closest(headline).length > 0) continue;
    const own = squash($(el).contents().filter((_, n) => n.type === 'text').text());
    if (own.length > 60 || !date.test(own)) continue;
    let container = el;
    while (container.parent && container.parent.type === 'tag') {
      const parent = container.parent as Element;
      const parentText = spacedText(parent);
      if (parent.tagName === 'body' || parentText.length > MAX_INFO_LINE_CHARS || parentText.includes(title)) break;
      if (headline && $(parent).find(headline).length > 0) break;
      container = parent;
    }
    return container;
  }
  return undefined;
}

/** Most characters of the block around an editor's credit that closes the text with it. */
const MAX_EDITOR_BLOCK_CHARS = 200;

/**
 * The lines of the short block that holds the editor's credit (`<ul><li>原标题：…</li><li>责任编辑：X</li></ul>`),
 * read before furniture is removed: many pages print it after the body, outside its container.
 */
function editorBlockLines($: Doc, el: Element): string[] {
  let block = el;
  while (block.parent && block.parent.type === 'tag' && (block.parent as Element).tagName !== 'body') {
    if (charCount($(block.parent).text()) > MAX_EDITOR_BLOCK_CHARS) break;
    block = block.parent as Element;
  }
  return paragraphsOf($, block).filter((line) => line.length <= MAX_EDITOR_BLOCK_CHARS);
}

/** Every text node below the body, with its element, in document order. */
function textNodes($: Doc): Array<{ text: string; el: Element }> {
  const found: Array<{ text: string; el: Element }> = [];
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      const text = squash(node.data);
      if (text && node.parent?.type === 'tag') found.push({ text, el: node.parent as Element });
    } else if (node.type === 'tag') (node as Element).children.forEach(walk);
  };
  $('body').each((_, body) => walk(body));
  return found;
}

/** Removes each list of other articles that opens with a heading such as 为你推荐. */
function removeRelatedSections($: Doc): void {
  for (const { text: raw, el } of textNodes($)) {
    const text = raw.replace(/[:：]$/, '');
    if (!RELATED_HEADINGS.has(text) || !el.parent) continue;
    let section: Element = el;
    while (section.parent && section.parent.type === 'tag' && (section.parent as Element).tagName !== 'body') {
      const parentText = squash($(section.parent).text());
      if (!parentText.startsWith(text) || parentText.length > 3000) break;
      section = section.parent as Element;
    }
    // A heading paragraph standing alone is followed by the headlines it introduces.
    if (section === el) {
      for (let next = $(el).next(); next.length > 0 && isHeadlineLike(squash(next.text())); next = $(el).next()) next.remove();
    }
    $(section).remove();
  }
}

/** A short line without sentence punctuation: another article's headline. */
function isHeadlineLike(text: string): boolean {
  return text.length > 0 && text.length <= 40 && !/[。，；]/.test(text);
}

interface Candidate {
  el: Element;
  score: number;
}

/** Scores containers by the text they hold directly or one or two levels down. */
function scoreContainers($: Doc): Map<Element, number> {
  const scores = new Map<Element, number>();
  const vote = (el: Element | null, points: number) => {
    if (!el || el.type !== 'tag') return;
    scores.set(el, (scores.get(el) ?? 0) + points);
  };
  $('body p, body pre, body td, body blockquote, body div, body section, body article, body li').each((_, node) => {
    const el = node as Element;
    const isParagraph = el.tagName === 'p' || el.tagName === 'pre' || el.tagName === 'blockquote';
    const text = isParagraph ? $(el).text() : $(el).contents().filter((_, n) => n.type === 'text').text();
    const length = charCount(text);
    if (length < MIN_VOTING_CHARS) return;
    const linkLength = isParagraph ? charCount($(el).find('a').text()) : 0;
    if (linkLength > length * 0.5) return;
    const punctuation = text.match(/[，。、；：,.;]/g)?.length ?? 0;
    const points = (1 + punctuation + Math.min(length / 40, 6)) * (1 - linkLength / length);
    if (isParagraph || el.tagName === 'li') {
      vote(el.parent as Element, points);
      vote(el.parent?.parent as Element, points / 2);
    } else {
      vote(el, points);
      vote(el.parent as Element, points / 2);
    }
  });
  for (const [el, score] of scores) {
    const all = charCount($(el).text());
    const links = charCount($(el).find('a').text());
    scores.set(el, score * (1 - (all === 0 ? 0 : links / all)));
  }
  return scores;
}

function bestContainers($: Doc): Element[] {
  const scores = scoreContainers($);
  let top: Candidate | undefined;
  for (const [el, score] of scores) if (!top || score > top.score) top = { el, score };
  // A fragment without any scoring block (a feed item's bare text) is read whole.
  if (!top) return $('body').toArray() as Element[];
  // Pages that break the story into several blocks (ads and asides between them) keep each
  // block: siblings of the best container, and elsewhere blocks of the same kind.
  const threshold = Math.max(10, top.score * 0.2);
  const kind = (el: Element) => `${el.tagName}.${(el.attribs['class'] ?? '').split(/\s+/)[0]}`;
  const topKind = kind(top.el);
  const chosen = new Set<Element>([top.el]);
  for (const [el, score] of scores) {
    if (score < threshold) continue;
    if (el.parent === top.el.parent || (kind(el) === topKind && topKind.length > el.tagName.length + 1)) chosen.add(el);
  }
  const inDocument = $('body *').toArray();
  const position = new Map(inDocument.map((el, i) => [el, i]));
  // A chosen block inside another chosen block is already read with it.
  return [...chosen]
    .filter((el) => ![...chosen].some((other) => other !== el && $(other).find(el).length > 0))
    .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}

/** Paragraphs of a container: block elements and <br> break, inline text joins. */
function paragraphsOf($: Doc, root: Element): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = squash(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      current += node.data;
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    if (el.tagName === 'br') {
      flush();
      return;
    }
    if (BLOCK_TAGS.has(el.tagName)) {
      const all = charCount($(el).text());
      const links = $(el).find('a');
      // A block that is mostly links (a list of other headlines) is navigation.
      if (links.length >= 2 && charCount(links.text()) > all * 0.6) return;
      flush();
      el.children.forEach(walk);
      flush();
      return;
    }
    el.children.forEach(walk);
  };
  walk(root);
  flush();
  return paragraphs;
}

/**
 * Main text and metadata of a news page. Metadata comes from JSON-LD and <meta> first, then
 * from the visible line under the headline; the body is the densest block of text.
 *
 * Measured against @mozilla/readability over linkedom on the twelve corpus pages: both keep
 * every body, but Readability returns the <title> with its site suffix on six pages, lets a
 * disclaimer, a related-news list or a "Continue reading" link through on three, states no
 * 来源 or date, and took about 2.5 times as long; hence this extractor.
 */
export function extractHtml(html: string, timeZone: string): HtmlArticle {
  const $ = cheerio.load(html);
  const ld = jsonLdArticle($);
  const pageTitle = squash($('title').first().text());
  const ogTitle = metaContent($, 'og:title', 'twitter:title', 'hdl');
  const ldTitle = textValues(ld?.['headline'] ?? ld?.['title'])[0];

  const editorNode = textNodes($).find((node) => node.text.length < 40 && EDITOR_TEXT.test(node.text));
  const editor = editorNode ? EDITOR_TEXT.exec(editorNode.text)![1]!.replace(SITE_CODE, '') : undefined;
  const editorLines = editorNode ? editorBlockLines($, editorNode.el) : [];

  $(REMOVED_TAGS).remove();
  $('body *').each((_, el) => {
    if (isHidden(el as Element)) $(el).remove();
  });

  const headlineEl = findHeadline($, [ldTitle ?? '', ogTitle ?? '', pageTitle]);
  const title = headlineEl ? squash($(headlineEl).text()) : (ldTitle ?? ogTitle ?? pageTitle.split(TITLE_SEPARATORS)[0] ?? '');
  const infoEl = findInfoLine($, headlineEl, title);
  const infoLine = infoEl ? squash(spacedText(infoEl).replace(INFO_LINE_WIDGETS, ' ')) : undefined;
  const infoSource = infoEl
    ? $(infoEl)
        .find('[class*="source"], [id*="source"], [id*="media_name"], [class*="where"], [bosszone="jgname"]')
        .toArray()
        .map((el) => squash($(el).text()).replace(/^(?:[来來]源|来自)[:：]\s*/, ''))
        .find((text) => text.length >= 2 && text.length <= 30 && !DATE_IN_TEXT.test(text))
    : undefined;

  if (infoEl) $(infoEl).remove();
  if (headlineEl) $(headlineEl).remove();
  $('body *').each((_, el) => {
    if (isFurniture(el as Element)) $(el).remove();
  });
  removeRelatedSections($);

  const paragraphs = bestContainers($)
    .flatMap((el) => paragraphsOf($, el))
    .filter((p) => p !== title);
  // The editor's credit printed apart from the body (with 原标题 after it) closes the text, as on the page.
  const closing = editor && !paragraphs.some((p) => p.includes(editor)) ? editorLines.filter((line) => !paragraphs.includes(line)) : [];
  const text = [title, infoLine, ...paragraphs, ...closing].filter((part): part is string => Boolean(part)).join('\n');

  const meta: Partial<ArticleMeta> = {};
  const fallback: Partial<ArticleMeta> = {};
  if (title) meta.title = title;
  const published =
    metaContent($, 'article:published_time', 'article:published', 'og:published_time', 'datePublished', 'pubdate', 'publishdate') ??
    textValues(ld?.['datePublished'])[0] ??
    (infoLine && DATE_IN_TEXT.exec(infoLine)?.[0]) ??
    textValues(ld?.['pubDate'])[0];
  const publishedAt = published ? normaliseTimestamp(published, timeZone) : undefined;
  if (publishedAt) meta.publishedAt = publishedAt;

  // The 来源 and 作者 written on the metadata line are read from the text by the structure
  // analysis; what the page marks up is stated, and site-level names only fill gaps.
  const source = metaContent($, 'source', 'article:source') ?? infoSource ?? metaContent($, 'mediaid');
  if (source) meta.source = source;
  const metaAuthor = metaContent($, 'author', 'article:author');
  const authorIsOrganisation = metaAuthor !== undefined && ORGANISATION_NAME.test(metaAuthor);
  const titleSuffix =
    title && pageTitle.startsWith(title)
      ? pageTitle.slice(title.length).replace(/^[\s_|｜\-–—]+/, '').split(TITLE_SEPARATORS).filter(Boolean).pop()
      : undefined;
  const siteSource = textValues(ld?.['publisher'])[0] ?? (authorIsOrganisation ? metaAuthor : undefined) ?? metaContent($, 'og:site_name', 'application-name') ?? titleSuffix;
  if (siteSource) fallback.source = siteSource;

  const ldAuthors = textValues(ld?.['author']);
  if (ldAuthors.length) meta.authors = ldAuthors;
  else if (metaAuthor && !authorIsOrganisation && !metaAuthor.includes('@') && !NOT_A_NAME.test(metaAuthor)) fallback.authors = [metaAuthor];
  if (editor) meta.editor = editor;

  const url = $('link[rel="canonical"]').attr('href') ?? metaContent($, 'og:url') ?? textValues(ld?.['url'] ?? ld?.['@id'])[0];
  if (url) meta.url = url.trim();
  return { text, meta, fallback };
}
