import type { AnyDraft, Draft, ExtractContext } from '../../engine/extractor.ts';
import type { Span } from '../../model/span.ts';
import type { Direction } from '../../model/records.ts';
import { recordId } from '../../validate/index.ts';
import type { EntityKind, FigureType } from './rule.ts';
import { splitText } from './breaks.ts';
import { openingUnits } from '../../engine/opening-units.ts';

/** An entity mention with its canonical name; a name followed by its code (网宿科技(300017.SZ)) is one mention. */
export interface Mention extends Span {
  name: string;
  kind: EntityKind;
}

export interface DateMark extends Span {
  value: string;
}

type FigureDraft = Draft<'money'> | Draft<'percent'> | Draft<'ratio'>;

/** A figure draft as events link it; its id and value are spelled out only for the figures an event links. */
export class FigureMark implements Span {
  readonly start: number;
  readonly end: number;
  readonly type: FigureType;
  /** The change the figure states (跌幅16.97% → down), where it states one. */
  readonly direction?: Direction;
  private spelledId?: string;
  private spelledValue?: string;

  constructor(
    private readonly draft: FigureDraft,
    private readonly articleId: string,
  ) {
    this.start = draft.start;
    this.end = draft.end;
    this.type = draft.type;
    this.direction = draft.fields.direction;
  }

  /** The id the figure's record gets. */
  get id(): string {
    return (this.spelledId ??= recordId(this.articleId, this.type, this.start, this.end));
  }

  /** The figure's value as a comparable key (`percent:4.5`). */
  get value(): string {
    if (this.spelledValue === undefined) {
      const d = this.draft;
      const value = d.type === 'money' ? `${d.fields.amount}${d.fields.currency}` : String(d.fields.value);
      this.spelledValue = `${d.type}:${value}`;
    }
    return this.spelledValue;
  }
}

export interface Clause extends Span {
  sentence: number;
  /** The break character after the clause (`:` marks a topic: `运达股份:中标…`). */
  breakChar: string;
}

/** A resolved subject: its name, and the mention it was read from when the clause names it. */
export interface Subject {
  name: string;
  mention?: Span;
  /** The clause the subject was found in (for figure ranges). */
  clause?: number;
  /** Named by a collective before an appositive list, not by an entity mention. */
  collective?: boolean;
  /** Joined to the subject by 与 (华为云宣布与硅基流动联合首发): a partner in the act. */
  partner?: boolean;
}

// Words that may open a clause before its subject: time words, list markers, framing phrases.
const CLAUSE_OPENER =
  /^(?:\s+|\d{1,2}[、.)]|[(（]\d{1,2}[)）]|近日|日前|今日|今天|昨日|昨天|当日|当天|同日|此前|目前|本周|上周|周内|早间|晚间|午间|盘中|全天|截至目前|截至收盘|美东时间|北京时间|据悉|此外|另外|同时|其中|而|但|且)/;
// A dateline before the story's first words: 中新经纬客户端12月28日电, 新华财经上海2月7日电(谈瑞、周子涵).
const DATELINE = /^[^,。:;]{0,24}?\d{1,2}日电(?:\s*[(（][^)）]{0,24}[)）])?\s*/;
/** The words every dateline holds: a clause opening without them is passed over at one look. */
const DATELINE_MARK = '日电';
/** A clause that is only a source and a date before 丨: 格隆汇5月21日丨. */
const SOURCE_STAMP = /^[^,。:;]{0,12}?\d{1,2}月\d{1,2}日$/;
/** English words that stand for the company of the sentence before. */
const EN_ANAPHOR = /\b(?:that|it|its|the (?:stock|shares|company|firm))\b|^\s*(?:Shares|This)\b/i;
const HAN = /\p{Script=Han}/u;
const ALL_ENTITY_KINDS: readonly EntityKind[] = ['organization', 'person', 'security'];
/** Words that stand for an entity named earlier. */
const PRONOUN = /^(?:其(?![中他余实次])|该公司|本公司|公司|该行|本行|该集团|该企业|该股|他|她|该机构)/;
/** 四家公司, 上述三大巨头: a group defined earlier by an appositive list. */
const GROUP_ANAPHOR = /^(?:这|上述|该|以上)?[两二三四五六七八九十\d]+(?:家|大)[\p{Script=Han}]{0,4}?(?:公司|巨头|企业|银行|机构|运营商)/u;
/** 公司董事肖清: the company word qualifies the post of the person named next. */
const POST_OF =
  /^(?:公司|本公司|该公司|其)[\p{Script=Han}]{0,6}?(?:董事长|董事|监事|高管|股东|总经理|总裁|财务总监|董秘|助理|实际控制人|员工|负责人)$/u;
/** Role nouns that name a party introduced with the same role earlier (融入方张洺豪 … 融入方未履行). */
const ROLE = /^(?:融入方|借款人|发行人|控股股东|实际控制人|出质人|质权人|担保方|收购方|出让方|受让方)/;
/** A clause opening with a verb continues the subject of the clause before (…,周内录得涨幅16%). */
const CONTINUATION =
  /^(?:并|且|又|也|还|均|将|已|已经|拟|计划|预计|预期|录得|报收|获|实现|完成|宣布|表示|称|披露|发布|构成|成为|同比|环比|市值|股价|单日|随后|最终|予|给予|维持|下降|上升|增长|减少|单项|累计|合计|共计|追加|决定|同意|申请|终止|中止|暂停|筹划)/;
/** Verbs that end a clause introducing what someone said: 回应称, 表示, 透露. */
const SPEECH = /(?:称|表示|指出|透露|说|坦言|强调)\s*$/;
/** The bare company word means the company that made the announcement (兴业证券28日公告称，公司…). */
const COMPANY_WORD = /^(?:公司|本公司|该公司)/;
const ANNOUNCES = /^\s*(?:\d{1,2}日)?(?:晚间|早间)?(?:在[^,。;]{1,8})?(?:发布|发出|披露)?(?:公告|宣布|表示|称|公布)/;
/** The units an announcement may open with: most names are followed by none, and need no copy of the words after them nor a search. */
const ANNOUNCEMENT_OPENINGS = openingUnits(ANNOUNCES);
/**
 * The holder a notice is about, after the issuer's name (华信科技关于控股股东股权质押解除的公告,
 * X关于董事减持股份计划的公告): the act told is the holder's. Not a meeting (股东大会, 董事会).
 */
const ABOUT_HOLDER = /^关于(?:公司|本公司)?(?<role>控股股东|实际控制人|实控人|第一大股东|大股东|持股5%以上(?:的)?股东|股东(?!大会)|董事(?!会)|监事(?!会)|高级管理人员|高管|董监高)/;
/** The word every such notice holds: a group without it before the trigger is passed over at one look. */
const ABOUT = '关于';
// Between two mentions of one list: 英伟达、亚马逊和微软.
const LIST_JOINER = /^[)）\]】\s]*(?:、|和|及|以及|\/|and|&)\s*/;
// The parent before its unit: 字节跳动旗下的火山引擎 → 火山引擎.
const PARENT_LINK = /^[)）\s]*(?:旗下|下属|控股子公司|子公司|全资子公司)(?:的)?\s*/;
// A name in a relative clause of ownership before the kind of company the subject is: 腾讯在2018年投资的游戏公司
// 灵犀互娱 → 灵犀互娱. Not after a preposition (阿里巴巴向其投资的物流公司菜鸟增资 is 阿里巴巴's act), nor a verb
// whose object the phrase is (英伟达超越全球最大的芯片公司英特尔: 最大 is no act of 英伟达's).
const DESCRIBED_HEAD =
  /^(?:[)）]|\s*[(（][^()（）]{0,12}[)）])?\s*(?![向对给把与和同跟为将从])[^,。;:!?]{0,16}?(?:收购|并购|投资|控股|参股|入股|孵化|创办|创立|成立|分拆|持股|扶持)了?的[\p{Script=Han}A-Za-z]{0,8}?(?:公司|企业|集团|实验室|团队|机构|厂商|品牌)\s*$/u;
// The partner after the subject: 华为云宣布与硅基流动联合首发.
const PARTNER_LINK = /(?:与|同|跟|联合|携手)\s*$/;
// A name that only qualifies the noun after it is no subject: DeepSeek核心概念股. Sticky, tried
// right where the name ends: no copy of the words after it is made to test them.
const MODIFIES = /(?:核心)?(?:概念股|概念|板块|产业链|供应链|相关股|题材)/y;
/** The collective before an appositive list: 北美四大科技巨头——微软、Meta、谷歌、亚马逊. */
const COLLECTIVE = /([\p{Script=Han}A-Za-z]{2,12}?(?:巨头|公司|企业|银行|运营商|机构|券商|厂商|平台))\s*(?:——|—|:)\s*$/u;

// A date after 从, 由, 较, 比 is the baseline of a comparison, not the day of the event.
const BASELINE_WORDS = '从由较比自';
/** A date value of month or day precision. */
const MONTH_PRECISE = /^\d{4}-\d{2}/;
/** The words that introduce a subsidiary right before its name. */
const SUBSIDIARY_LINK = /(?:全资|控股)?子公司\s*(?:——|—|:)?\s*$/;
/** The word every subsidiary link holds: a window without it is passed over at one look. */
const SUBSIDIARY = '子公司';
const SUBSIDIARY_REACH = 10;
/** The longest joiner between the two sides of a date range (至, 到, -, 一直到). */
const RANGE_JOINER_REACH = 3;
/** How far back (in characters) a pronoun or a role looks for the entity it stands for. */
const ANTECEDENT_REACH = 3000;
const INDEX_MENTION = /[\p{Script=Han}A-Za-z0-9]{1,14}指数/gu;
/** The group of a clause that names no one before the trigger; shared, as every group is (callers never change one). */
const NO_GROUP: Subject[] = [];
/** How many clauses back 四家公司 may look for the list that defined it. */
const COLLECTIVE_REACH = 12;

/**
 * The first index whose start is at or after `offset`, searched in the items' starts: a list of
 * small integers lies in one piece, where each step over the items themselves would fetch one
 * (of four shapes) from wherever it was made.
 */
function lowerBound(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const startsOf = (items: readonly Span[]): number[] => items.map((item) => item.start);

/** Some item (of items sorted by start, `starts` theirs) lies wholly inside [start, end). */
function anyWithin(items: readonly Span[], starts: readonly number[], start: number, end: number): boolean {
  for (let i = lowerBound(starts, start); i < items.length && starts[i]! < end; i++) if (items[i]!.end <= end) return true;
  return false;
}

/**
 * Items (sorted by start) lying wholly inside [start, end), of one of `kinds` if given. Nearly
 * always every item starting there is one: their run is then copied at its size, where a list
 * grown by push would set aside room for seventeen.
 */
function within<T extends Span & { kind?: string }>(items: readonly T[], starts: readonly number[], start: number, end: number, kinds?: readonly string[]): T[] {
  const from = lowerBound(starts, start);
  let to = from;
  let allKept = true;
  for (; to < items.length && starts[to]! < end; to++) {
    if (items[to]!.end > end || (kinds && !kinds.includes(items[to]!.kind!))) allKept = false;
  }
  if (allKept) return items.slice(from, to);
  const out: T[] = [];
  for (let i = from; i < to; i++) if (items[i]!.end <= end && (!kinds || kinds.includes(items[i]!.kind!))) out.push(items[i]!);
  return out;
}

const byStart = (a: Span, b: Span) => a.start - b.start;
/** By start, the longer of two mentions starting together first. */
const byStartLongerFirst = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

/**
 * Sorts the items (stably) unless they are in order already, as the drafts mostly come: a sort
 * copies the whole array into a work area however ordered it is.
 */
function sortUnlessSorted<T>(items: T[], order: (a: T, b: T) => number): void {
  for (let i = 1; i < items.length; i++) {
    if (order(items[i - 1]!, items[i]!) > 0) {
      items.sort(order);
      return;
    }
  }
}

/** The mentions of names (organizations, people) and of codes, one outermost mention where they overlap. */
function mentionsOf(named: Mention[], codes: readonly Mention[], scan: string): Mention[] {
  sortUnlessSorted(named, byStartLongerFirst);
  // A code right after a name, or around it, belongs to that name: 网宿科技(300017.SZ).
  for (const code of codes) {
    const owner = named.find((n) => (n.start <= code.start && code.start <= n.end + 2) || (code.start <= n.start && n.end <= code.end));
    if (owner) owner.end = Math.max(owner.end, scan[code.end] === ')' && owner.end <= code.start ? code.end + 1 : code.end);
    else named.push(code);
  }
  sortUnlessSorted(named, byStartLongerFirst);
  const outer: Mention[] = [];
  for (const m of named) if (!outer.length || m.start >= outer[outer.length - 1]!.end) outer.push(m);
  return outer;
}

/**
 * An article as the event rules see it: the clauses and sentences of the scan text, and the
 * entity, date and figure drafts the other rules produced, sorted for range look-ups.
 */
export class Scene {
  readonly scan: string;
  readonly mentions: Mention[];
  readonly dates: DateMark[];
  readonly figures: FigureMark[];
  readonly clauses: Clause[];
  readonly sentences: Span[];
  // The starts of the mentions, dates, figures and clauses, for searches by offset.
  private readonly mentionStarts: number[];
  private readonly dateStarts: number[];
  private readonly figureStarts: number[];
  private readonly clauseStarts: number[];
  /** The distinct names of the article's people, read when first asked for (few rules ask). */
  private distinctPeople?: string[];
  /** The distinct names of the article's organizations, read when first asked for. */
  private distinctOrganizations?: string[];
  /** A subsidiary's name → its parent's (申通快递…同意全资子公司申通有限…): the parent answers for its acts. */
  readonly parents = new Map<string, string>();
  /**
   * In an English story, a canonical name the gazetteer gives in Chinese (脸书) → the name as the
   * story writes it (Facebook): an English reader's event names the company as the story does.
   */
  private readonly written = new Map<string, string>();
  /** `effectiveStart` of each clause, by its index (-1: not asked yet). */
  private readonly effectiveStarts: number[];
  /** `mayLeadWithName` of each clause, by its index (-1: not asked yet, 0: no, 1: yes). */
  private readonly leadsWithName: number[];
  /**
   * `leadingGroup` by the kinds asked for (each rule's array), then by clause and the mentions
   * before the limit (see `groupKey`): every trigger of a clause, and each later one of its
   * sentence, asks for the same group again.
   */
  private readonly groups = new Map<readonly EntityKind[], Map<number, Subject[]>>();
  /** The relative clauses read past to a subject they describe (腾讯在2018年投资的游戏公司灵犀互娱): their dates are not the subject's. */
  private readonly describing: Span[] = [];

  constructor(drafts: readonly AnyDraft[], ctx: ExtractContext) {
    this.scan = ctx.scan;
    this.dates = [];
    this.figures = [];
    // The drafts are read in one pass: their kinds differ in shape, so each look at one costs.
    const named: Mention[] = [];
    const codes: Mention[] = [];
    const dated: Array<Draft<'date'>> = [];
    // Where each date range ends, and the values its second sides have there.
    const rangeEnds = new Map<number, string[]>();
    const english = ctx.article.meta.language === 'en';
    for (const d of drafts) {
      switch (d.type) {
        case 'organization':
          named.push({ start: d.start, end: d.end, name: d.fields.name, kind: d.type });
          if (english) this.noteWrittenName(d);
          break;
        case 'person':
          named.push({ start: d.start, end: d.end, name: d.fields.name, kind: d.type });
          break;
        case 'security':
          codes.push({ start: d.start, end: d.end, name: d.fields.name ?? d.fields.symbol, kind: 'security' });
          break;
        case 'date': {
          if (!d.fields.value) break;
          dated.push(d);
          if (!d.fields.valueEnd) break;
          const values = rangeEnds.get(d.end);
          if (values) values.push(d.fields.valueEnd);
          else rangeEnds.set(d.end, [d.fields.valueEnd]);
          break;
        }
        case 'money':
        case 'percent':
        case 'ratio':
          this.figures.push(new FigureMark(d, ctx.article.id));
          break;
      }
    }
    this.mentions = mentionsOf(named, codes, this.scan);
    this.mentionStarts = startsOf(this.mentions);
    for (const d of dated) {
      // An event is dated to the day: 2018-12-28 17:21 in a source line is the day 2018-12-28.
      // A range dates it by its start: the end of 2020年8月25日至2021年2月20日 is no date of its own.
      const value = d.fields.value!;
      if (this.endsRange(d.start, value, rangeEnds)) continue;
      this.dates.push({ start: d.start, end: d.end, value: value.includes('T') ? value.replace(/T.*$/, '') : value });
    }
    this.findParents();
    sortUnlessSorted(this.dates, byStart);
    sortUnlessSorted(this.figures, byStart);
    this.dateStarts = startsOf(this.dates);
    this.figureStarts = startsOf(this.figures);
    ({ sentences: this.sentences, clauses: this.clauses } = splitText(this.scan));
    this.clauseStarts = startsOf(this.clauses);
    // An array of numbers, not a typed array: one that long is allocated outside the heap, which costs more per article.
    this.effectiveStarts = new Array<number>(this.clauses.length).fill(-1);
    this.leadsWithName = new Array<number>(this.clauses.length).fill(-1);
  }

  /** The distinct names of the article's people. */
  get people(): string[] {
    return (this.distinctPeople ??= [...new Set(this.mentions.filter((m) => m.kind === 'person').map((m) => m.name))]);
  }

  /** The distinct names of the article's organizations. */
  get organizations(): string[] {
    return (this.distinctOrganizations ??= [...new Set(this.mentions.filter((m) => m.kind === 'organization').map((m) => m.name))]);
  }

  /**
   * Subsidiaries named as such (全资子公司申通有限, 腾讯的子公司X): the parent is the organization named
   * right before the link word, else the company whose announcement this is (公司…同意全资子公司X).
   */
  private findParents(): void {
    // Most articles name no subsidiary: one search rules out a look before every organization.
    if (!this.scan.includes(SUBSIDIARY)) return;
    let organizations: Mention[] | undefined;
    for (const m of this.mentions) {
      if (m.kind !== 'organization') continue;
      const before = this.scan.slice(Math.max(0, m.start - SUBSIDIARY_REACH), m.start);
      const link = before.includes(SUBSIDIARY) ? SUBSIDIARY_LINK.exec(before) : null;
      if (!link) continue;
      organizations ??= this.mentions.filter((o) => o.kind !== 'person');
      const linkStart = m.start - before.length + link.index;
      const previous = organizations.filter((o) => o.end <= linkStart).at(-1);
      const adjacent = previous && /^[)\s]*(?:的)?$/.test(this.scan.slice(previous.end, linkStart)) ? previous.name : undefined;
      const parent = adjacent ?? this.latestAnnouncer(linkStart, ['organization', 'security'])?.name;
      if (parent && parent !== m.name) this.parents.set(m.name, parent);
    }
  }

  /** An organization a Chinese name stands for, written otherwise in this English story (脸书 as Facebook). */
  private noteWrittenName(d: Draft<'organization'>): void {
    if (!HAN.test(d.fields.name) || this.written.has(d.fields.name)) return;
    const text = this.scan.slice(d.start, d.end).trim();
    if (!HAN.test(text)) this.written.set(d.fields.name, text);
  }

  /** The name an event gives its subject or object: as the story writes it (see `written`). */
  nameForEvent(name: string): string {
    return this.written.get(name) ?? name;
  }

  /** The date is the second side of a range whose first side ends just before it (…至2021年2月20日). */
  private endsRange(start: number, value: string, rangeEnds: ReadonlyMap<number, readonly string[]>): boolean {
    for (let gap = 1; gap <= RANGE_JOINER_REACH; gap++) if (rangeEnds.get(start - gap)?.includes(value)) return true;
    return false;
  }

  clauseAt(offset: number): number {
    const i = lowerBound(this.clauseStarts, offset + 1) - 1;
    return i >= 0 && offset < this.clauses[i]!.end ? i : -1;
  }

  /** The name shares its last two characters with an index the sentence names (TMT出海 beside 新华出海系列指数). */
  seriesMember(name: string, clauseIndex: number): boolean {
    const sentence = this.sentences[this.clauses[clauseIndex]!.sentence]!;
    const tail = name.slice(-2);
    for (const m of this.scan.slice(sentence.start, sentence.end).matchAll(INDEX_MENTION)) {
      if (m[0].includes(tail) && m[0] !== name) return true;
    }
    return false;
  }

  /** People of the article whose name opens the text (沈易明华融国际信托… when the name was read into a company's). */
  peopleOpening(text: string): Subject[] {
    const person = this.people.find((name) => text.startsWith(name));
    return person ? [{ name: person }] : [];
  }

  /** The first mention starting at or after `offset`. */
  mentionAfter(offset: number): Mention | undefined {
    return this.mentions[lowerBound(this.mentionStarts, offset)];
  }

  mentionsIn(start: number, end: number, kinds: readonly EntityKind[]): Mention[] {
    return within(this.mentions, this.mentionStarts, start, end, kinds);
  }

  /** Where the clause's own words begin, after time words, list markers and dates. */
  effectiveStart(clauseIndex: number): number {
    let at = this.effectiveStarts[clauseIndex]!;
    if (at < 0) this.effectiveStarts[clauseIndex] = at = this.findEffectiveStart(this.clauses[clauseIndex]!);
    return at;
  }

  private findEffectiveStart(clause: Clause): number {
    let at = clause.start;
    const head = this.scan.slice(at, Math.min(clause.end, at + 48));
    const dateline = head.includes(DATELINE_MARK) ? DATELINE.exec(head) : null;
    if (dateline) at += dateline[0].length;
    for (let moved = true; moved && at < clause.end; ) {
      moved = false;
      const date = this.dates[lowerBound(this.dateStarts, at)];
      if (date && date.start === at) {
        at = date.end;
        moved = true;
        continue;
      }
      const opener = CLAUSE_OPENER.exec(this.scan.slice(at, Math.min(clause.end, at + 8)));
      if (opener && opener[0].length > 0) {
        at += opener[0].length;
        moved = true;
      }
    }
    return at;
  }

  /**
   * The subject group that opens a clause before `limit`: the first mention, the mentions
   * listed with it, the unit a parent owns (X旗下的Y), the partner after 与, or the
   * collective an appositive list defines (北美四大科技巨头——微软、Meta…).
   */
  leadingGroup(clauseIndex: number, limit: number, kinds: readonly EntityKind[]): Subject[] {
    // The mentions are sorted and never overlap, so those the group may read (from the clause's
    // own words up to the limit) run from `from` to the first that reaches past the limit: the
    // group depends on the limit only through where that run ends.
    const from = lowerBound(this.mentionStarts, this.effectiveStart(clauseIndex));
    let to = from;
    while (to < this.mentions.length && this.mentions[to]!.start < limit && this.mentions[to]!.end <= limit) to++;
    // Most triggers have no mention before them in their clause: no group, however the clause opens.
    if (to === from) return NO_GROUP;
    let byKinds = this.groups.get(kinds);
    if (!byKinds) this.groups.set(kinds, (byKinds = new Map()));
    const key = clauseIndex * (this.mentions.length + 1) + to;
    let group = byKinds.get(key);
    if (!group) byKinds.set(key, (group = this.findLeadingGroup(clauseIndex, from, to, kinds)));
    return group;
  }

  /** The group of `leadingGroup`, read from the mentions `from` to `to` of the kinds asked for. */
  private findLeadingGroup(clauseIndex: number, from: number, to: number, kinds: readonly EntityKind[]): Subject[] {
    if (!this.mayLeadWithName(clauseIndex)) return [];
    // Only the mentions up to the group's end are read: a mention that qualifies the noun after it is no candidate.
    let group: Mention[] | undefined;
    let partners: Set<Mention> | undefined;
    for (let i = from; i < to; i++) {
      const candidate = this.mentions[i]!;
      if (!kinds.includes(candidate.kind) || this.modifiesNext(candidate)) continue;
      if (!group) {
        group = [candidate];
        continue;
      }
      const gap = this.scan.slice(group[group.length - 1]!.end, candidate.start);
      const joined = LIST_JOINER.exec(gap);
      if (joined && joined[0].length === gap.length && !partners) group.push(candidate);
      else if (group.length === 1 && PARENT_LINK.exec(gap)?.[0].length === gap.length) group[0] = candidate;
      else if (PARTNER_LINK.test(gap) && !/[，,]/.test(gap) && gap.length <= 12) {
        group.push(candidate);
        (partners ??= new Set()).add(candidate);
      } else {
        const head = group.length === 1 && !partners ? this.describedHead(group, i, to, kinds) : -1;
        if (head < 0) break;
        i = head;
      }
    }
    if (!group) return [];
    if (group.length > 1) {
      const before = this.scan.slice(this.effectiveStart(clauseIndex), group[0]!.start);
      const collective = COLLECTIVE.exec(before);
      if (collective && collective[1]!.length === before.replace(/\s*(?:——|—|:)\s*$/, '').length) {
        const start = group[0]!.start - before.length;
        return [{ name: collective[1]!, mention: { start, end: start + collective[1]!.length }, clause: clauseIndex, collective: true }];
      }
    }
    return group.map((m) => ({ name: m.name, mention: { start: m.start, end: m.end }, clause: clauseIndex, partner: partners?.has(m) || undefined }));
  }

  /**
   * When the words between the group and the trigger say the notice is about a holder of the
   * group's company (华信科技关于控股股东股权质押解除的公告): the holder, as named right after its role
   * or earlier with it (控股股东——华信集团有限公司); none when it is named neither way (the body
   * then tells the act). Undefined when the words name no holder: the group is the subject.
   */
  holderAbout(group: readonly Subject[], trigger: number, kinds: readonly EntityKind[]): Subject[] | undefined {
    const last = group[group.length - 1]!.mention;
    if (!last || last.end >= trigger) return undefined;
    const at = this.scan.indexOf(ABOUT, last.end);
    if (at < 0 || at >= trigger) return undefined;
    const about = ABOUT_HOLDER.exec(this.scan.slice(at, Math.min(trigger, at + 16)));
    if (!about) return undefined;
    const roleEnd = at + about[0].length;
    const next = this.mentionAfter(roleEnd);
    if (next && next.end <= trigger && kinds.includes(next.kind) && /^(?:——|—|:)?$/.test(this.scan.slice(roleEnd, next.start))) {
      return [{ name: next.name, mention: { start: next.start, end: next.end }, clause: group[0]!.clause }];
    }
    return this.roleBearer(about.groups!.role!, at, kinds);
  }

  /**
   * The first mention from `i` to `to` that the words since the group's one name describe as the
   * company that name was said of (X收购的人工智能公司Y): it replaces the group's name, and its index is returned; else -1.
   */
  private describedHead(group: Mention[], i: number, to: number, kinds: readonly EntityKind[]): number {
    const first = group[0]!;
    // The mentions are sorted: past the reach of the clause, every later one is too.
    for (let k = i; k < to && this.mentions[k]!.start - first.end <= 48; k++) {
      const candidate = this.mentions[k]!;
      if (!kinds.includes(candidate.kind)) continue;
      if (!DESCRIBED_HEAD.test(this.scan.slice(first.end, candidate.start)) || this.modifiesNext(candidate)) continue;
      group[0] = candidate;
      this.describing.push({ start: first.end, end: candidate.start });
      return k;
    }
    return -1;
  }

  /** The name qualifies the noun after it (DeepSeek核心概念股): it is no subject. */
  private modifiesNext(mention: Mention): boolean {
    MODIFIES.lastIndex = mention.end;
    return MODIFIES.test(this.scan);
  }

  /** The clause opens neither with a word that refers back nor as a source stamp; read once per clause, as every trigger in it asks. */
  private mayLeadWithName(clauseIndex: number): boolean {
    let known = this.leadsWithName[clauseIndex]!;
    if (known < 0) {
      known = this.opensWithReference(this.effectiveStart(clauseIndex)) || this.isSourceStamp(clauseIndex) ? 0 : 1;
      this.leadsWithName[clauseIndex] = known;
    }
    return known === 1;
  }

  /** The clause opens with a word that refers back (其, 公司, 融入方, 四家公司), not with a name. */
  private opensWithReference(at: number): boolean {
    const next = this.mentions[lowerBound(this.mentionStarts, at)];
    if (next && next.start === at) return false;
    if (next && next.start - at <= 12 && POST_OF.test(this.scan.slice(at, next.start))) return false;
    // 融入方张洺豪: a role followed by its bearer introduces the bearer.
    const role = ROLE.exec(this.scan.slice(at, at + 8));
    if (role && next && /^(?:——|—|:)?$/.test(this.scan.slice(at + role[0].length, next.start))) return false;
    const opening = this.scan.slice(at, at + 12);
    return PRONOUN.test(opening) || ROLE.test(opening) || GROUP_ANAPHOR.test(opening);
  }

  /**
   * The subject of a trigger whose clause names none before it: a pronoun's antecedent, a
   * role's earlier bearer, the topic before a colon, the subject of the clause a verb clause
   * continues, or with `speakerActs` the speaker of the clause before (柏基回应称，…“被迫”减持).
   * Nothing when none of these holds: an unresolved subject yields no event.
   */
  impliedSubject(clauseIndex: number, trigger: number, kinds: readonly EntityKind[], speakerActs = false): Subject[] {
    const clause = this.clauses[clauseIndex]!;
    const at = this.effectiveStart(clauseIndex);
    const opening = this.scan.slice(at, Math.min(clause.end, at + 12));
    if (GROUP_ANAPHOR.test(opening)) return this.collectiveBefore(clauseIndex, kinds);
    const role = ROLE.exec(opening);
    if (role) return this.roleBearer(role[0], at, kinds);
    const topic = this.topicBefore(clauseIndex, kinds);
    if (topic.length) return topic;
    if (PRONOUN.test(opening)) return this.resolvePronoun(opening, clauseIndex, at, kinds);
    if (CONTINUATION.test(opening) || at === trigger || (speakerActs && this.reportsSpeech(clauseIndex))) return this.previousSubject(clauseIndex, kinds);
    return [];
  }

  /** The clause before ends on a speech verb (柏基回应称，…): this one tells what the speaker did. */
  private reportsSpeech(clauseIndex: number): boolean {
    const before = this.clauses[clauseIndex - 1];
    return !!before && before.sentence === this.clauses[clauseIndex]!.sentence && SPEECH.test(this.scan.slice(before.start, before.end));
  }

  /** A pronoun standing inside a trigger (维持其买入评级): its antecedent. */
  antecedent(text: string, clauseIndex: number, at: number, kinds: readonly EntityKind[]): Subject[] {
    const word = PRONOUN.exec(text.trim());
    return word && word[0].length === text.trim().length ? this.resolvePronoun(word[0], clauseIndex, at, kinds) : [];
  }

  private resolvePronoun(word: string, clauseIndex: number, at: number, kinds: readonly EntityKind[]): Subject[] {
    const previous = this.previousSubject(clauseIndex, kinds);
    if (previous.length) return previous;
    const latest = (COMPANY_WORD.test(word) && this.latestAnnouncer(at, kinds)) || this.latestMention(at, kinds);
    return latest ? [latest] : [];
  }

  /** The words right after the mention announce (兴业证券28日公告称). */
  private announcesAfter(mention: Mention): boolean {
    if (ANNOUNCEMENT_OPENINGS && !ANNOUNCEMENT_OPENINGS.has(this.scan.charCodeAt(mention.end))) return false;
    return ANNOUNCES.test(this.scan.slice(mention.end, mention.end + 16));
  }

  private latestAnnouncer(before: number, kinds: readonly EntityKind[]): Subject | undefined {
    for (let i = lowerBound(this.mentionStarts, before) - 1; i >= 0 && this.mentions[i]!.start >= before - ANTECEDENT_REACH; i--) {
      const m = this.mentions[i]!;
      if (kinds.includes(m.kind) && m.end <= before && this.announcesAfter(m)) return { name: m.name };
    }
    return undefined;
  }

  private previousSubject(clauseIndex: number, kinds: readonly EntityKind[]): Subject[] {
    const sentence = this.clauses[clauseIndex]!.sentence;
    for (let i = clauseIndex - 1; i >= 0 && this.clauses[i]!.sentence === sentence; i--) {
      const at = this.effectiveStart(i);
      // A clause that itself opens with a verb goes on about the same subject: a name inside it
      // is its object (X公告称，预计不能向证监会提交回复，决定中止收购Y: 证监会 is no subject).
      if (CONTINUATION.test(this.scan.slice(at, at + 4))) continue;
      const group = this.leadingGroup(i, this.clauses[i]!.end, kinds);
      if (group.length) return group;
      const role = ROLE.exec(this.scan.slice(at, at + 6));
      if (role) return this.roleBearer(role[0], at, kinds);
    }
    return [];
  }

    /**
   * An English sentence that goes on about the company named in the sentence before (The stock
   * fell 3%, that's a drop of nearly 8%): the last entity of that sentence, when the words before
   * the trigger refer back and name no entity of their own.
   */
  referredBack(clauseIndex: number, trigger: number, kinds: readonly EntityKind[]): Subject[] {
    const sentenceIndex = this.clauses[clauseIndex]!.sentence;
    const sentence = this.sentences[sentenceIndex]!;
    const previous = this.sentences[sentenceIndex - 1];
    const named = this.mentionsIn(sentence.start, trigger, ALL_ENTITY_KINDS).at(-1);
    if (named) {
      // Tim Brugger (Facebook): With its stock price up 38%: the pronoun after the name stands for it.
      const clauseStart = this.clauses[clauseIndex]!.start;
      if (named.end > clauseStart || !kinds.includes(named.kind) || !EN_ANAPHOR.test(this.scan.slice(clauseStart, trigger))) return [];
      return [{ name: named.name }];
    }
    if (!previous || !EN_ANAPHOR.test(this.scan.slice(sentence.start, trigger))) return [];
    const last = this.mentionsIn(previous.start, previous.end, kinds).at(-1);
    return last ? [{ name: last.name }] : [];
  }

  /**
   * The organization an English story names in full once and then by its first word(s)
   * (SeaWorld Entertainment … SeaWorld's CEO): the full name, when exactly one organization's mention opens with these words.
   */
  organizationShortFor(words: string): string | undefined {
    if (!/^[A-Z][\w&.-]{2,}(?: [A-Z][\w&.-]*)*$/.test(words)) return undefined;
    const prefix = `${words} `;
    const names = new Set<string>();
    for (const m of this.mentions) {
      if (m.kind === 'organization' && this.scan.startsWith(prefix, m.start)) names.add(m.name);
    }
    return names.size === 1 ? [...names][0] : undefined;
  }

  /** The clause is only a source and its date (格隆汇5月21日丨): it names no subject. */
  isSourceStamp(clauseIndex: number): boolean {
    const clause = this.clauses[clauseIndex]!;
    return clause.breakChar === '丨' || clause.breakChar === '|' ? SOURCE_STAMP.test(this.scan.slice(clause.start, clause.end).trim()) : false;
  }

  /** The latest collective defined by an appositive list within the clauses before. */
  private collectiveBefore(clauseIndex: number, kinds: readonly EntityKind[]): Subject[] {
    for (let i = clauseIndex - 1; i >= Math.max(0, clauseIndex - COLLECTIVE_REACH); i--) {
      const group = this.leadingGroup(i, this.clauses[i]!.end, kinds);
      if (group[0]?.collective) return [{ name: group[0].name }];
    }
    return [];
  }

  private topicBefore(clauseIndex: number, kinds: readonly EntityKind[]): Subject[] {
    const sentence = this.clauses[clauseIndex]!.sentence;
    for (let i = clauseIndex - 1; i >= 0 && this.clauses[i]!.sentence === sentence; i--) {
      const clause = this.clauses[i]!;
      if (clause.breakChar !== ':') continue;
      const mentions = this.mentionsIn(clause.start, clause.end, kinds);
      const last = mentions[mentions.length - 1];
      if (last && mentions[0]!.start === this.effectiveStart(i) && /^[)）\s]*$/.test(this.scan.slice(last.end, clause.end))) {
        return this.leadingGroup(i, clause.end, kinds);
      }
    }
    return [];
  }

  private latestMention(before: number, kinds: readonly EntityKind[]): Subject | undefined {
    for (let i = lowerBound(this.mentionStarts, before) - 1; i >= 0 && this.mentions[i]!.start >= before - ANTECEDENT_REACH; i--) {
      const m = this.mentions[i]!;
      if (kinds.includes(m.kind) && m.end <= before) return { name: m.name };
    }
    return undefined;
  }

  private roleBearer(role: string, before: number, kinds: readonly EntityKind[]): Subject[] {
    for (let i = lowerBound(this.mentionStarts, before) - 1; i >= 0 && this.mentions[i]!.start >= before - ANTECEDENT_REACH; i--) {
      const m = this.mentions[i]!;
      if (m.start >= before || !kinds.includes(m.kind)) continue;
      const lead = this.scan.slice(Math.max(0, m.start - role.length - 2), m.start).replace(/(?:——|—|:)$/, '');
      if (lead.endsWith(role)) return [{ name: m.name }];
    }
    return [];
  }

  /** The event's date: a date in the trigger's clause, else the nearest one before it in the sentence. */
  dateFor(clauseIndex: number, trigger: number, subject?: Span): string | undefined {
    // A subject read past a relative clause describing it: that clause's dates are not the subject's act.
    const subjectStart = subject && this.describing.length ? subject.start : undefined;
    const clause = this.clauses[clauseIndex]!;
    let best: DateMark | undefined;
    for (let i = lowerBound(this.dateStarts, clause.start); i < this.dates.length && this.dates[i]!.start < clause.end; i++) {
      const d = this.dates[i]!;
      if (d.end > clause.end) continue;
      if (d.start > 0 && BASELINE_WORDS.includes(this.scan[d.start - 1]!)) continue;
      if (subjectStart !== undefined && this.describing.some((r) => r.end === subjectStart && r.start <= d.start && d.end <= r.end)) continue;
      if (!best || Math.abs(d.start - trigger) < Math.abs(best.start - trigger)) best = d;
    }
    if (best) return best.value;
    let sentenceStart = clause.start;
    for (let i = clauseIndex - 1; i >= 0 && this.clauses[i]!.sentence === clause.sentence; i--) sentenceStart = this.clauses[i]!.start;
    // The last date lying wholly between the sentence's start and the clause's.
    for (let i = lowerBound(this.dateStarts, clause.start) - 1; i >= 0 && this.dates[i]!.start >= sentenceStart; i--) {
      if (this.dates[i]!.end <= clause.start) return this.dates[i]!.value;
    }
    return undefined;
  }

  /** The latest date of month or day precision within the few sentences before `offset`. */
  recentDate(offset: number, sentences = 3): string | undefined {
    const clauseIndex = this.clauseAt(offset);
    if (clauseIndex < 0) return undefined;
    const sentence = this.clauses[clauseIndex]!.sentence;
    let from = clauseIndex;
    while (from > 0 && this.clauses[from - 1]!.sentence >= sentence - sentences) from--;
    let latest: string | undefined;
    for (let i = lowerBound(this.dateStarts, this.clauses[from]!.start); i < this.dates.length && this.dates[i]!.start < offset; i++) {
      const d = this.dates[i]!;
      if (d.end <= offset && MONTH_PRECISE.test(d.value)) latest = d.value;
    }
    return latest;
  }

  /**
   * Some figure of these types lies in the sentence. An event's figures all do (its subject is
   * named in the trigger's sentence, or named by no clause): a rule that needs one looks no further without.
   */
  sentenceHasFigure(sentenceIndex: number, types: readonly FigureType[]): boolean {
    const sentence = this.sentences[sentenceIndex]!;
    for (let i = lowerBound(this.figureStarts, sentence.start); i < this.figures.length && this.figures[i]!.start < sentence.end; i++) {
      const figure = this.figures[i]!;
      if (figure.end <= sentence.end && types.includes(figure.type)) return true;
    }
    return false;
  }

  /**
   * The figures of an event: those from the subject's clause to the trigger's clause, and in
   * the clauses after it that add figures without naming another entity or date (…暴跌,单日跌幅
   * 高达16.97%,市值蒸发近6000亿美元).
   */
  figuresFor(fromClause: number, triggerClause: number, startsAnother: (clause: Clause) => boolean = () => false): FigureMark[] {
    const sentence = this.clauses[triggerClause]!.sentence;
    let last = triggerClause;
    while (last + 1 < this.clauses.length && this.clauses[last + 1]!.sentence === sentence) {
      const next = this.clauses[last + 1]!;
      if (anyWithin(this.mentions, this.mentionStarts, next.start, next.end) || anyWithin(this.dates, this.dateStarts, next.start, next.end) || startsAnother(next)) break;
      last++;
    }
    return within(this.figures, this.figureStarts, this.clauses[Math.min(fromClause, triggerClause)]!.start, this.clauses[last]!.end);
  }
}
