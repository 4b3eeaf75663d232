import type { AnyDraft, Draft, ExtractContext } from '../engine/extractor.ts';
import type { RuleId, Span } from '../model/span.ts';
import { CHINESE_PLACES, COUNTRIES, isChineseName } from '../lexicon/people.ts';
import { isCjkCode, isDescription, nameStartBefore } from '../extractors/organization/boundary.ts';
import { codeUnitSet, isAsciiUpper } from '../text/code-units.ts';
import { personNameAt } from '../extractors/person/names.ts';
import { Coverage, entityCoverage } from './entities-coverage.ts';
import { anchoredMatches } from './anchored-scan.ts';

type OrgDraft = Draft<'organization'>;

const LIST_MEMBER: RuleId = 'organization/any/list-member';
/** Words that join the last item of a list (金洲慈航和金龙机电), as character codes. */
const JOINERS = new Set([...'、和及'].map((ch) => ch.charCodeAt(0)));
const ENUMERATION_COMMA = '、'.charCodeAt(0);
/** The Han characters that end an item: a joiner, 等, 的. */
const HAN_ITEM_ENDS = '和及与等的';
/** What ends an item: the next separator, 等, or punctuation. */
const ITEM_END = new RegExp(`[、${HAN_ITEM_ENDS},，。；;:：()\\s]`);
const MAX_ITEM = 10;
const REGISTERED = /(?:股份有限公司|有限责任公司|有限公司)$/;
/** Items naming people by their trade (房屋查验咨询师, 分析人士) stand in lists of companies too. */
const PERSON_WORD_END = /[师员者人手家士长]$/;

const overlapping = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The Han characters ending an item, as codes: within a run of Han only these end one. */
const HAN_ITEM_END = codeUnitSet(HAN_ITEM_ENDS);

/** The item right after a list separator at `at`, if it is cleanly bounded. */
function itemAfter(scan: string, at: number): Span | undefined {
  let end = at;
  while (end < scan.length && end - at <= MAX_ITEM && isCjkCode(scan.charCodeAt(end)) && HAN_ITEM_END[scan.charCodeAt(end)] !== 1) end++;
  if (end - at < 2 || end - at > MAX_ITEM) return undefined;
  const stop = scan[end];
  return stop === undefined || ITEM_END.test(stop) ? { start: at, end } : undefined;
}

/** `entities`: where the organizations and people are, members added so far included. */
function acceptable(scan: string, span: Span, entities: Coverage<AnyDraft>): boolean {
  const item = scan.slice(span.start, span.end);
  if (isDescription(item, true) || isChineseName(item)) return false;
  return !entities.any(span.start, span.end);
}

/** The items of the list an organization stands in, itself included, in text order. */
function listAround(scan: string, seed: Span): Span[] {
  const items: Span[] = [seed];
  for (let last = seed; JOINERS.has(scan.charCodeAt(last.end)); ) {
    const next = itemAfter(scan, last.end + 1);
    if (!next) break;
    items.push(next);
    last = next;
  }
  for (let first = seed; scan.charCodeAt(first.start - 1) === ENUMERATION_COMMA; ) {
    const end = first.start - 1;
    const start = nameStartBefore(scan, end, 2, MAX_ITEM);
    if (start === undefined) break;
    first = { start, end };
    items.unshift(first);
  }
  return items;
}

/** The texts of the organizations among the first `count` drafts. */
function organizationTexts(drafts: readonly AnyDraft[], count: number, articleText: string): Set<string> {
  const texts = new Set<string>();
  for (let i = 0; i < count; i++) {
    const d = drafts[i]!;
    if (d.type === 'organization') texts.add(articleText.slice(d.start, d.end));
  }
  return texts;
}

/**
 * Lists name their members alike: where two items of a list are companies the article names
 * (`长生生物、中弘股份、金洲慈航和金龙机电`, `中国互联网投资基金、交银国际、安恒信息、朗玛峰创投、天堂硅谷、
 * 闻勤资本`), or one is a registered name (…股份有限公司), the other items are companies too. One
 * brand in a list of other things (`淘宝、社交网络、网上银行`) is not enough. Members are added to `drafts`.
 */
export function expandOrganizationLists(drafts: AnyDraft[], ctx: ExtractContext): void {
  const { scan, article } = ctx;
  // The drafts found before: members are pushed after them and are no seeds.
  const found = drafts.length;
  // The names the article gives organizations, read at the first list: most mentions stand alone.
  let known: Set<string> | undefined;
  let entities: Coverage<AnyDraft> | undefined;
  const seen = new Set<number>();
  for (let s = 0; s < found; s++) {
    const seed = drafts[s]!;
    if (seed.type !== 'organization' || seen.has(seed.start)) continue;
    // Most names stand alone, with no joiner after them and no list comma before.
    if (!JOINERS.has(scan.charCodeAt(seed.end)) && scan.charCodeAt(seed.start - 1) !== ENUMERATION_COMMA) {
      seen.add(seed.start);
      continue;
    }
    const items = listAround(scan, seed);
    for (const item of items) seen.add(item.start);
    if (items.length < 2) continue;
    const names = (known ??= organizationTexts(drafts, found, article.text));
    const texts = items.map((i) => article.text.slice(i.start, i.end));
    const knownItems = texts.filter((t) => names.has(t)).length;
    // One known name lists companies too when every other item is name-shaped: three characters or
    // more, no common word in it (分别为宜人贷、易利贷、农金宝互金; not 淘宝、社交网络、网上银行 or 腾讯、游戏、社交).
    const companies =
      knownItems >= 2 ||
      texts.some((t) => names.has(t) && REGISTERED.test(t)) ||
      (knownItems === 1 && texts.every((t) => names.has(t) || (t.length >= 3 && !isDescription(t, false) && !PERSON_WORD_END.test(t))));
    if (!companies) continue;
    entities ??= entityCoverage(drafts, scan.length);
    for (const span of items) {
      if (!acceptable(scan, span, entities)) continue;
      const name = article.text.slice(span.start, span.end);
      const member: OrgDraft = { type: 'organization', ...span, rule: LIST_MEMBER, priority: 0, fields: { name, aliases: [], kind: 'company' } };
      entities.mark(member);
      drafts.push(member);
    }
  }
}

/** A capitalized name of one to three words, as English lists write companies: Snapchat, Red Hat, AT&T. */
const LATIN_ITEM = String.raw`[A-Z][A-Za-z0-9&'’.-]*(?: [A-Z][A-Za-z0-9&'’.-]*){0,2}`;
/** The next item of an English list: `, Facebook`, ` and Snapchat`, `, or Tumblr`. */
const NEXT_LATIN_ITEM = new RegExp(String.raw`^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(${LATIN_ITEM})(?![A-Za-z])`);
/** The item before, read back from an English list's next item. */
const PREVIOUS_LATIN_ITEM = new RegExp(String.raw`(?<![A-Za-z])(${LATIN_ITEM})(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$`);
/** Capitalized words that are no company: sentence words, places, months, days. */
const NOT_A_LATIN_MEMBER =
  /^(?:The|A|An|It|Its|This|That|These|Those|He|She|They|We|I|In|On|At|For|With|But|As|Mr|Mrs|Ms|Dr|China|India|Japan|Europe|Asia|America|U\.S|US|UK|Britain|Germany|France|Korea|Taiwan|Hong Kong|Wall Street|Silicon Valley|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * English lists name their members alike: where two items of `Google, Facebook and Snapchat` are
 * organizations the article names, the other capitalized items are too. Members are added to `drafts`.
 */
export function expandLatinOrganizationLists(drafts: AnyDraft[], ctx: ExtractContext): void {
  const { scan, article } = ctx;
  const found = drafts.length;
  let known: Set<number> | undefined;
  let entities: Coverage<AnyDraft> | undefined;
  const seen = new Set<number>();
  for (let s = 0; s < found; s++) {
    const seed = drafts[s]!;
    if (seed.type !== 'organization' || seen.has(seed.start) || !isAsciiUpper(scan.charCodeAt(seed.start))) continue;
    // Most names stand alone: no comma or joiner right after, none right before.
    const after = scan.charCodeAt(seed.end);
    const before = scan.charCodeAt(seed.start - 1);
    if (after !== 44 && after !== 32 && before !== 32) continue;
    const items: Span[] = [{ start: seed.start, end: seed.end }];
    for (let last = items[0]!, next = NEXT_LATIN_ITEM.exec(scan.slice(last.end, last.end + 48)); next; next = NEXT_LATIN_ITEM.exec(scan.slice(last.end, last.end + 48))) {
      const start = last.end + next[0].length - next[1]!.length;
      last = { start, end: start + next[1]!.length };
      items.push(last);
    }
    for (let first = items[0]!, previous = PREVIOUS_LATIN_ITEM.exec(scan.slice(Math.max(0, first.start - 48), first.start)); previous; ) {
      const end = first.start - (previous[0].length - previous[1]!.length);
      first = { start: end - previous[1]!.length, end };
      items.unshift(first);
      previous = PREVIOUS_LATIN_ITEM.exec(scan.slice(Math.max(0, first.start - 48), first.start));
    }
    for (const item of items) seen.add(item.start);
    if (items.length < 3) continue;
    if (!known) {
      known = new Set<number>();
      for (let i = 0; i < found; i++) if (drafts[i]!.type === 'organization') known.add(drafts[i]!.start * (scan.length + 1) + drafts[i]!.end);
    }
    const isKnown = (span: Span) => known!.has(span.start * (scan.length + 1) + span.end);
    if (items.filter(isKnown).length < 2) continue;
    entities ??= entityCoverage(drafts, scan.length);
    for (const span of items) {
      const name = article.text.slice(span.start, span.end);
      if (isKnown(span) || NOT_A_LATIN_MEMBER.test(name) || entities.any(span.start, span.end)) continue;
      const member: OrgDraft = { type: 'organization', ...span, rule: LIST_MEMBER, priority: 0, fields: { name, aliases: [], kind: 'company' } };
      entities.mark(member);
      drafts.push(member);
    }
  }
}

const MOVE_LIST_MEMBER: RuleId = 'organization/any/move-list-member';
/**
 * A clause that moves a name by a percentage: `，融创中国涨超3%`, `，俄铝涨近10%`, `，虎牙跌逾9%`.
 * The name opens the clause; the lazy name stops at the first move word.
 */
export const MOVE_CLAUSE = /(?<=^|[,，、;；。:：\s])(?<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,7}?)(?:股价)?(?:盘中|午后|一度|早盘)?(?:大|急|飙|暴|上|收|高开|低开)?(?:涨|跌|升)(?:超|近|逾|约|了)?\d+(?:\.\d+)?%/dg;
/** What every move clause holds: the move and the first digit of its size. */
export const MOVE = /[涨跌升][超近逾约了]?\d/g;
/** Indexes, boards, markets and measures move by percentages too: 恒生科技指数, 创业板指, 铝价, 营收. */
const NOT_A_MOVER = /指数?$|指数|板块|[^控]股$|板|市场|价$|^(?:营收|收入|利润|净利|销量|成交|出口|进口|大盘|两市|港股|美股|A股|恒指|国指|纳指|标普|道指)/;
/** Sectors, commodities and currencies move alike: 半导体涨4%, 现货黄金跌1%, 比特币涨5%. */
const SECTOR_OR_ASSET =
  /^(?:现货|期货|伦敦|纽约|国际|布伦特|沪|美)?(?:半导体|芯片|白酒|军工|医药|医疗|汽车|地产|房地产|内房|券商|保险|银行|光伏|锂电|新能源|煤炭|钢铁|有色|石油|化工|航空|航运|船舶|家电|食品|饮料|农业|传媒|游戏|教育|电力|科技|消费|黄金|白银|原油|铜|铝|镍|锌|铁矿石|天然气|比特币|以太坊|美元|人民币|离岸人民币|欧元|日元|港元|港币|英镑|美债|国债|债券)$/;

/** Where a clause list ends: a sentence stop. */
const SENTENCE_STOP = /[。；;!！?？\n]/;

/**
 * Market reports list movers alike (`世茂集团涨近7%，融创中国涨超3%，富力地产涨3.47%`): where one
 * mover of a sentence is an organization the article names, the others are organizations too.
 */
export function expandMoveLists(drafts: AnyDraft[], ctx: ExtractContext): void {
  const { scan, article } = ctx;
  // Most articles have no move clause: the drafts are read only where there is one.
  const clauses = anchoredMatches(scan, MOVE_CLAUSE, MOVE);
  if (clauses.length === 0) return;
  const known = new Set<number>();
  for (const d of drafts) if (d.type === 'organization') known.add(d.start * (scan.length + 1) + d.end);
  if (known.size === 0) return;
  // The movers of the sentences that name a known organization, in text order.
  const movers: Span[] = [];
  let sentence: Span[] = [];
  let sentenceHasKnown = false;
  let lastEnd = 0;
  for (const m of clauses) {
    const range = m.indices!.groups!.name!;
    const span = { start: range[0], end: range[1] };
    if (SENTENCE_STOP.test(scan.slice(lastEnd, span.start))) {
      if (sentenceHasKnown) movers.push(...sentence);
      sentence = [];
      sentenceHasKnown = false;
    }
    lastEnd = m.index + m[0].length;
    if (known.has(span.start * (scan.length + 1) + span.end)) {
      sentenceHasKnown = true;
      continue;
    }
    const name = scan.slice(span.start, span.end);
    if (NOT_A_MOVER.test(name) || SECTOR_OR_ASSET.test(name) || isDescription(name, true) || isChineseName(name)) continue;
    sentence.push(span);
  }
  if (sentenceHasKnown) movers.push(...sentence);
  if (movers.length === 0) return;
  // Movers yield to the mentions found before them, not to one another.
  const covered = entityCoverage(drafts, scan.length);
  for (const span of movers) {
    if (covered.any(span.start, span.end)) continue;
    const name = article.text.slice(span.start, span.end);
    drafts.push({ type: 'organization', ...span, rule: MOVE_LIST_MEMBER, priority: 0, fields: { name, aliases: [], kind: 'company' } });
  }
}

const PLACED_SUBSIDIARY: RuleId = 'organization/any/placed-subsidiary';
/** A subsidiary named by its place and its parent's name: 控股子公司日本伊戈尔, 全资子公司香港比亚迪. */
const SUBSIDIARY_PLACE = new RegExp(`子公司(?:${COUNTRIES}|${CHINESE_PLACES})`, 'g');

/**
 * `伊戈尔：拟收购控股子公司日本伊戈尔少数股权`: after a subsidiary link, a place followed by the name of
 * an organization the article names is the subsidiary's own name.
 */
export function addPlacedSubsidiaries(drafts: AnyDraft[], ctx: ExtractContext): void {
  const { scan, article } = ctx;
  SUBSIDIARY_PLACE.lastIndex = 0;
  let m = SUBSIDIARY_PLACE.exec(scan);
  // The names are read at the first subsidiary link, before any is added: most articles have none.
  if (!m) return;
  const names = [...new Set(drafts.filter((d) => d.type === 'organization').map((d) => article.text.slice(d.start, d.end)))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return;
  for (; m; m = SUBSIDIARY_PLACE.exec(scan)) {
    const start = m.index + '子公司'.length;
    const placeEnd = m.index + m[0].length;
    const parent = names.find((n) => scan.startsWith(n, placeEnd));
    if (!parent) continue;
    const span = { start, end: placeEnd + parent.length };
    const inner = drafts.findIndex((d) => (d.type === 'organization' || d.type === 'person') && overlapping(d, span));
    if (inner >= 0 && (drafts[inner]!.start < span.start || drafts[inner]!.end > span.end)) continue;
    if (inner >= 0) drafts.splice(inner, 1);
    const name = article.text.slice(span.start, span.end);
    drafts.push({ type: 'organization', ...span, rule: PLACED_SUBSIDIARY, priority: 0, fields: { name, aliases: [], kind: 'company' } });
  }
}

type PersonDraft = Draft<'person'>;
/** What may follow the last name of a list: punctuation, 等, 和, 之后. */
const CLOSES_NAME = /[^\u4e00-\u9fff]|[、等和及之]/;
const PERSON_LIST_MEMBER: RuleId = 'person/any/list-member';

/** `卓火土、周永明、王雪红之后`: the names listed beside a known person are people too. */
export function expandPersonLists(drafts: AnyDraft[], ctx: ExtractContext): void {
  const { scan, article } = ctx;
  const queue = drafts.filter((d): d is PersonDraft => d.type === 'person');
  for (let p = queue.pop(); p; p = queue.pop()) {
    const candidates: Span[] = [];
    if (scan.charCodeAt(p.end) === ENUMERATION_COMMA) {
      const next = personNameAt(scan, p.end + 1);
      if (next && CLOSES_NAME.test(scan[next.end] ?? ' ')) candidates.push(next);
    }
    if (scan.charCodeAt(p.start - 1) === ENUMERATION_COMMA) {
      const end = p.start - 1;
      const length = [3, 2].find((n) => end - n >= 0 && personNameAt(scan, end - n)?.end === end);
      if (length) candidates.push({ start: end - length, end });
    }
    for (const span of candidates) {
      if (drafts.some((d) => (d.type === 'organization' || d.type === 'person') && overlapping(d, span))) continue;
      const name = article.text.slice(span.start, span.end);
      const member: PersonDraft = { type: 'person', ...span, rule: PERSON_LIST_MEMBER, priority: 0, fields: { name, aliases: [] } };
      drafts.push(member);
      queue.push(member);
    }
  }
}
