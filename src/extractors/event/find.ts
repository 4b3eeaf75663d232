import { hexDigest } from '../../text/digest.ts';
import type { AnyDraft, Draft, ExtractContext, Refiner } from '../../engine/extractor.ts';
import type { FieldsOf } from '../../model/records.ts';
import type { Span } from '../../model/span.ts';
import { Scene, type Subject } from './scene.ts';
import type { EntityKind, EventRule } from './rule.ts';
import { triggerOpenings, triggerScanner, type TriggerMatch } from './trigger-scan.ts';

const DEFAULT_SUBJECTS: readonly EntityKind[] = ['organization', 'security'];
const ALL_KINDS: readonly EntityKind[] = ['organization', 'person', 'security'];

// A product as news names it: DeepSeek-R1, GPT-4o, MI300X, iPhone 11, Redmi K30, 含光800芯片, “含光800”.
const PRODUCT =
  /“(?<quoted>[^”"]{0,12}[A-Za-z0-9][^”"]{0,12})”|[A-Za-z][A-Za-z0-9]*(?:[-./+][A-Za-z0-9]+)*(?: (?:Pro|Max|Plus|Ultra|mini|\d+[A-Za-z]*|[A-Z][A-Za-z]?\d+[A-Za-z]*)\b)*|(?:(?![的了是和与及在为款])\p{Script=Han}){2,4}\d{1,4}[A-Za-z]*(?: ?(?:Pro|Max|Plus|Ultra|mini|SE))*(?=芯片|手机|处理器|系列|模型|汽车|电脑|平板)/gu;
// Terms of the trade with a digit that name no product: P2P, B2B, 5G, 3D.
const GENERIC_TERM = /^(?:P2P|B2B|B2C|C2C|O2O|[2-6]G|3D|Q[1-4]|H[12])$/i;
// A quoted name before these is a policy or a slogan: 采用“0佣金”政策.
const NOT_A_PRODUCT = /^\s?(?:政策|模式|战略|理念|计划|口号|活动|原则)/;
/** A product name without a digit needs a few letters: AI芯片 names no product. */
const MIN_WORD_PRODUCT = 3;
const PRODUCT_NOUN = /^\s?(?:模型|大模型|芯片|手机|系统|平台|应用|汽车|处理器|App|APP|app)/;

interface Found {
  rule: EventRule;
  span: Span;
  trigger: Span;
  fields: FieldsOf<'event'>;
  /** The linked figures' values: a headline and its body sentence restate the same ones. */
  figureValues: string;
  /** The linked figures' distinct values, sorted; the events of one match share the list. */
  values: readonly string[];
  /** Every value linked so far, made only when a merged event adds one `values` does not hold. */
  grownValues?: Set<string>;
  /** The ids of `fields.figures`, made when a first event merges into this one. */
  figureIds?: Set<string>;
  sentence: number;
}

function productIn(scene: Scene, from: number, to: number, subjects: readonly Subject[]): string | undefined {
  const region = scene.scan.slice(from, to);
  PRODUCT.lastIndex = 0;
  for (let m = PRODUCT.exec(region); m; m = PRODUCT.exec(region)) {
    const token = m.groups?.quoted ?? m[0];
    if (m.groups?.quoted && (/^\d/.test(token) || NOT_A_PRODUCT.test(region.slice(m.index + m[0].length)))) continue;
    if (subjects.some((s) => s.name.toLowerCase() === token.toLowerCase())) continue;
    if (GENERIC_TERM.test(token)) continue;
    if (/\d/.test(token)) return token;
    // A model line's suffix (iPad Pro, Vision Pro), or the launch word before it (新款Kindle), marks a product without a digit.
    if (!m.groups?.quoted && (/ (?:Pro|Max|Plus|Ultra|mini)$/.test(token) || region.slice(Math.max(0, m.index - 2), m.index).endsWith('款'))) return token;
    if (token.length >= MIN_WORD_PRODUCT && PRODUCT_NOUN.test(region.slice(m.index + m[0].length))) return token;
  }
  return undefined;
}

// A product the story describes instead of naming, right after a release verb: 开发出一款能…的计算机 → 计算机,
// 研发出新一代文心大模型 → 文心大模型.
const DESCRIBED_PRODUCT =
  /^了?\s*(?:(?:一|首|两|三|多|新)?款|一种|新一代|新型|全新)(?:[^,。;:!?]{0,40}?的)?(?<product>[\p{Script=Han}A-Za-z0-9]{0,6}(?:计算机|电脑|芯片|处理器|手机|平板|手表|耳机|系统|模型|大模型|机器人|软件|应用|服务器|汽车|电池|游戏))/u;

function describedProductAfter(scene: Scene, from: number, to: number): string | undefined {
  return DESCRIBED_PRODUCT.exec(scene.scan.slice(from, Math.min(to, from + 64)))?.groups?.product;
}

function someoneElses(scene: Scene, product: string, subjects: readonly Subject[]): boolean {
  const lower = product.toLowerCase();
  return scene.organizations.some((name) => lower.startsWith(name.toLowerCase()) && !subjects.some((s) => s.name === name));
}

/** The subject named in the trigger's `subject` group (获李泉增持, 维持百度买入评级, ARM的首次公开募股). */
function groupSubjects(rule: EventRule, scene: Scene, match: TriggerMatch, group: [number, number], clauseIndex: number, kinds: readonly EntityKind[]): Subject[] {
  const start = match.index;
  const inside = scene.mentionsIn(group[0], group[1], ALL_KINDS);
  if (rule.namedSubject) {
    const name = scene.scan.slice(group[0], group[1]).trim();
    if (!rule.namedSubject.test(name) && (inside.length || !scene.seriesMember(name, clauseIndex))) return [];
    return [{ name, mention: { start: group[0], end: group[1] }, clause: clauseIndex }];
  }
  let named = inside.filter((m) => kinds.includes(m.kind));
  if (rule.ownerSubject) named = named.filter((m) => m.end >= group[1] - 1).slice(-1);
  if (named.length) return named.map((m) => ({ name: m.name, mention: { start: m.start, end: m.end }, clause: clauseIndex }));
  const shortFor = kinds.includes('organization') && inside.length === 0 ? scene.organizationShortFor(scene.scan.slice(group[0], group[1]).trim()) : undefined;
  if (shortFor) return [{ name: shortFor, mention: { start: group[0], end: group[1] }, clause: clauseIndex }];
  if (kinds.includes('person')) {
    // 免去华融信托董事长沈易明的职务: the person follows the post.
    const clause = scene.clauses[clauseIndex]!;
    const after = scene.mentionsIn(group[0], clause.end, ['person'])[0];
    if (after) return [{ name: after.name, mention: { start: after.start, end: after.end }, clause: clauseIndex }];
    const people = scene.peopleOpening(scene.scan.slice(group[0], match.end));
    if (people.length) return people;
  }
  return scene.antecedent(scene.scan.slice(group[0], group[1]), clauseIndex, start, kinds);
}

function subjectsFor(rule: EventRule, scene: Scene, match: TriggerMatch, clauseIndex: number): Subject[] {
  const kinds = rule.subjects ?? DEFAULT_SUBJECTS;
  const start = match.index;
  const group = match.result?.indices?.groups?.subject ?? match.result?.indices?.groups?.owner;
  if (group && group[1] > group[0]) {
    const named = groupSubjects(rule, scene, match, group, clauseIndex, kinds);
    if (named.length || rule.ownerSubject !== 'if-named') return named;
  }
  if (rule.nearestSubject) {
    const clause = scene.clauses[clauseIndex]!;
    const nearest = scene.mentionsIn(clause.start, start, kinds).at(-1);
    if (nearest) return [{ name: nearest.name, mention: { start: nearest.start, end: nearest.end }, clause: clauseIndex }];
    const referred = scene.referredBack(clauseIndex, start, kinds);
    if (referred.length) return referred;
  }
  if (rule.everyEntityBefore) {
    const clause = scene.clauses[clauseIndex]!;
    return scene.mentionsIn(clause.start, start, kinds).map((m) => ({ name: m.name, mention: { start: m.start, end: m.end }, clause: clauseIndex }));
  }
  const leading = scene.leadingGroup(clauseIndex, start, kinds);
  if (!leading.length) return scene.impliedSubject(clauseIndex, start, kinds, rule.speakerActs);
  // 华信科技关于控股股东股权质押解除的公告: the notice's issuer opens the clause, the act is its holder's.
  return scene.holderAbout(leading, start, kinds) ?? leading;
}

/** The product's maker, as a release event found so far tells it: an event about the product is the maker's. */
function productMakerOf(scene: Scene, clauseIndex: number, trigger: number, found: readonly Found[]): Subject[] {
  const sentence = scene.sentences[scene.clauses[clauseIndex]!.sentence]!;
  const product = productIn(scene, sentence.start, trigger, [])?.toLowerCase();
  if (!product) return [];
  for (const event of found) {
    const made = event.fields.eventType === 'product_release' ? event.fields.object?.toLowerCase() : undefined;
    if (made && (made === product || made.startsWith(`${product} `) || product.startsWith(`${made} `))) return [{ name: event.fields.subject }];
  }
  return [];
}

/** A subsidiary's act is its parent's, as the parent's announcement tells it (申通有限完成交割 → 申通快递). */
function answeredByParents(scene: Scene, subjects: Subject[]): Subject[] {
  if (scene.parents.size === 0) return subjects;
  const seen = new Set<string>();
  const out: Subject[] = [];
  for (const subject of subjects) {
    const name = scene.parents.get(subject.name) ?? subject.name;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push(name === subject.name ? subject : { ...subject, name });
  }
  return out;
}

function contextMatches(rule: EventRule, scene: Scene, clauseIndex: number): boolean {
  const clause = scene.clauses[clauseIndex]!;
  if (rule.rejectClause?.test(scene.scan.slice(clause.start, clause.end))) return false;
  if (!rule.requireContext) return true;
  for (let i = Math.max(0, clause.sentence - 1); i <= clause.sentence; i++) {
    const s = scene.sentences[i]!;
    if (rule.requireContext.test(scene.scan.slice(s.start, s.end))) return true;
  }
  return false;
}

const NO_VALUES: readonly string[] = [];

/**
 * The figures' distinct values in the order sort() gives, each put in its place as it is read:
 * sort() sets up a work area on every call, which costs more than lists this short.
 */
export function distinctSortedValues(figures: ReadonlyArray<{ readonly value: string }>): readonly string[] {
  // Most matches link no figure or one: their lists are made at their size.
  if (figures.length < 2) return figures.length === 0 ? NO_VALUES : [figures[0]!.value];
  const values: string[] = [];
  for (const figure of figures) {
    const value = figure.value;
    let at = values.length;
    while (at > 0 && values[at - 1]! > value) at--;
    if (at > 0 && values[at - 1] === value) continue;
    values.push(value);
    for (let i = values.length - 1; i > at; i--) values[i] = values[i - 1]!;
    values[at] = value;
  }
  return values;
}

/** Appends the events the trigger match tells to `found`; a list of its own per match would mostly stay empty. */
function eventsOfMatch(rule: EventRule, scene: Scene, match: TriggerMatch, ctx: ExtractContext, triggers: readonly number[], found: Found[]): void {
  // The trigger's span becomes an object only for a match that yields events; most yield none.
  const triggerStart = match.index;
  const triggerEnd = match.end;
  const clauseIndex = scene.clauseAt(triggerStart);
  if (clauseIndex < 0) return;
  if (rule.needs && !scene.sentenceHasFigure(scene.clauses[clauseIndex]!.sentence, rule.needs)) return;
  if (!contextMatches(rule, scene, clauseIndex)) return;
  let subjects = subjectsFor(rule, scene, match, clauseIndex);
  const partner = rule.partnerIsObject ? subjects.find((s) => s.partner)?.name : undefined;
  if (rule.partnerIsObject) subjects = subjects.filter((s) => !s.partner);
  if (subjects.length === 0 && rule.productMaker) subjects = productMakerOf(scene, clauseIndex, triggerStart, found);
  subjects = answeredByParents(scene, subjects);
  if (subjects.length === 0) return;

  let fromClause = clauseIndex;
  for (const s of subjects) if (s.clause !== undefined && s.clause < fromClause) fromClause = s.clause;
  // A subject named by the trigger itself (index moves) ends where the next such trigger begins.
  const startsAnother = rule.namedSubject ? (c: Span) => triggers.some((t) => t >= c.start && t < c.end) : undefined;
  let figures = scene.figuresFor(fromClause, clauseIndex, startsAnother);
  if (rule.nearestSubject) {
    // X rose 4.3 percent while Y fell 2 percent: each subject keeps the figures up to the next name.
    // A subject referred back to (its, the company) leaves the whole clause to the trigger: $11 billion in stock repurchases.
    const from = subjects[0]!.mention?.end ?? scene.clauses[clauseIndex]!.start;
    const next = scene.mentionAfter(triggerEnd);
    figures = figures.filter((f) => f.start >= from && (!next || f.start < next.start));
  }
  if (rule.needs && !figures.some((f) => rule.needs!.includes(f.type))) return;

  const clause = scene.clauses[clauseIndex]!;
  let object = partner;
  if (rule.product) {
    let subjectEnd = clause.start;
    for (const s of subjects) if (s.mention && s.mention.end <= clause.end && s.mention.end > subjectEnd) subjectEnd = s.mention.end;
    object = productIn(scene, rule.product === 'after-trigger' ? triggerEnd : subjectEnd, clause.end, subjects);
    if (!object && rule.product === 'after-trigger' && rule.lang === 'zh') object = describedProductAfter(scene, triggerEnd, clause.end);
    if (!object || (rule.ownProductOnly && someoneElses(scene, object, subjects))) return;
  } else if (rule.entityObject && !object) {
    const side = rule.entityObject === 'before' ? scene.mentionsIn(clause.start, triggerStart, ALL_KINDS) : scene.mentionsIn(triggerEnd, clause.end, ALL_KINDS);
    object = side.find((m) => !subjects.some((s) => s.name === m.name))?.name;
  }

  let date = scene.dateFor(clauseIndex, triggerStart, subjects[0]!.mention);
  let dateInferred: boolean | undefined;
  if (!date) {
    // The story's own date (publication or dateline), never an anchor guessed from the text or configured for the run.
    const storyDate = ctx.anchor && (ctx.anchor.source === 'published' || ctx.anchor.source === 'dateline') ? ctx.anchor.date : undefined;
    date = storyDate ?? scene.recentDate(triggerStart);
    dateInferred = date ? true : undefined;
  }
  const text = scene.scan.slice(triggerStart, triggerEnd);
  // A neutral trigger (股价) takes the direction its figures state (下跌3.5%).
  const direction = rule.direction && (rule.direction(match.result?.groups?.move ?? text) ?? figures.find((f) => f.direction)?.direction);
  const polarity = rule.polarity?.(text, scene.scan.slice(clause.start, clause.end));

  // What every subject's event shares is read once; each gets its own figure list, which merging extends.
  const trigger = { start: triggerStart, end: triggerEnd };
  const figureIds = figures.map((f) => f.id);
  const values = distinctSortedValues(figures);
  const figureValues = values.length > 1 ? values.join(' ') : (values[0] ?? '');
  for (let index = 0; index < subjects.length; index++) {
    const subject = subjects[index]!;
    const last = index === subjects.length - 1;
    const fields: FieldsOf<'event'> = { eventType: rule.eventType, subject: scene.nameForEvent(subject.name), figures: last ? figureIds : figureIds.slice() };
    if (object) fields.object = scene.nameForEvent(object);
    if (date) fields.date = date;
    if (dateInferred) fields.dateInferred = true;
    if (direction) fields.direction = direction;
    if (polarity) fields.polarity = polarity;
    // One subject named in the trigger's clause: the span runs from it to the trigger, which reads well.
    const inClause = subject.mention && subject.mention.start >= clause.start && subject.mention.end <= triggerStart;
    const span = inClause && subjects.length === 1 ? { start: subject.mention!.start, end: triggerEnd } : (subject.mention ?? trigger);
    found.push({ rule, span, trigger, fields, figureValues, values, sentence: clause.sentence });
  }
}

/** An event dated only by the publication date (or not at all) says nothing about its day. */
const undated = (f: FieldsOf<'event'>) => !f.date || f.dateInferred === true;

/** `other`, when it or `event` is undated: then nothing tells them apart. */
function ifEitherUndated(event: Found, other: Found | undefined): Found | undefined {
  return other && (undated(event.fields) || undated(other.fields)) ? other : undefined;
}

/** The kept events of one subject: merging looks each event up among these, by type and date. */
interface SubjectEvents {
  /** The first kept event of each type. */
  firstOfType: Found[];
  /** The event of each type and date (an undated event a dated one merged into is found by its new date too). */
  dated: Array<{ eventType: string; date: string; event: Found }>;
}

/**
 * Several triggers may tell one event (英伟达股价…暴跌,单日跌幅…): one record per type, subject
 * and date. An undated event is the same as a dated one of its type and subject, or, for an index
 * named in its own words, as one of its type with the same figures (a headline's 新华出海TMT指数涨4.5%
 * and the body's TMT出海周内涨4.5%).
 */
function merge(found: Found[]): Found[] {
  // Looked up by the subject's own string, whose hash the string keeps, and then among that
  // subject's few events: a key joining type, subject and date would be a new string to hash per event.
  const bySubject = new Map<string, SubjectEvents>();
  const byFigures = new Map<string, Found>();
  const kept: Found[] = [];
  for (const event of found.sort((a, b) => a.trigger.start - b.trigger.start)) {
    const f = event.fields;
    let subjectEvents = bySubject.get(f.subject);
    if (!subjectEvents) bySubject.set(f.subject, (subjectEvents = { firstOfType: [], dated: [] }));
    // Only a subject named by its own words (an index) may be restated under another name; two
    // companies up 4% each are two moves (京东涨超4% … 理想汽车涨超4%).
    const figureKey = event.rule.namedSubject && event.figureValues && `${f.eventType}\u0000${event.figureValues}`;
    const restated = figureKey ? ifEitherUndated(event, byFigures.get(figureKey)) : undefined;
    const date = f.date ?? '';
    const dated = subjectEvents.dated.find((d) => d.eventType === f.eventType && d.date === date);
    const same =
      dated?.event ??
      ifEitherUndated(event, subjectEvents.firstOfType.find((e) => e.fields.eventType === f.eventType)) ??
      (restated && restated.sentence !== event.sentence ? restated : undefined);
    if (!same) {
      kept.push(event);
      subjectEvents.dated.push({ eventType: f.eventType, date, event });
      if (!subjectEvents.firstOfType.some((e) => e.fields.eventType === f.eventType)) subjectEvents.firstOfType.push(event);
      if (figureKey && !byFigures.has(figureKey)) byFigures.set(figureKey, event);
      continue;
    }
    const into = same.fields;
    if (undated(into) && !undated(f)) {
      into.date = f.date;
      delete into.dateInferred;
      if (!dated) subjectEvents.dated.push({ eventType: f.eventType, date, event: same });
    }
    // A set beside the kept event's figure list, made when a first event merges into it: a long
    // article restating one event many times would otherwise make merging quadratic.
    const ids = (same.figureIds ??= new Set(into.figures));
    for (const id of f.figures) {
      if (ids.has(id)) continue;
      ids.add(id);
      into.figures.push(id);
    }
    for (const value of event.values) {
      if (same.grownValues ? same.grownValues.has(value) : same.values.includes(value)) continue;
      (same.grownValues ??= new Set(same.values)).add(value);
    }
    into.object ??= f.object;
    into.direction ??= f.direction;
    into.polarity ??= f.polarity;
  }
  return kept;
}

/**
 * What any article telling this event would share: type, subject, the date the text gives
 * (not a publication date), and the figures' values (hashed, to keep the key short).
 */
function eventKey(event: Found): string {
  const f = event.fields;
  const values = event.grownValues ? [...event.grownValues].sort().join(' ') : event.figureValues;
  const figures = values ? hexDigest('sha1', values).slice(0, 8) : '';
  return `${f.eventType}|${f.subject}|${f.dateInferred ? '' : (f.date ?? '')}|${figures}`;
}

/** Turns the merged events into drafts, each on a span of its own where one is free. */
function toDrafts(events: Found[], textLength: number): Draft<'event'>[] {
  const used = new Set<number>();
  const key = (span: Span) => span.start * (textLength + 1) + span.end;
  return events.map((event) => {
    let span = event.span;
    if (used.has(key(span))) span = event.trigger;
    used.add(key(span));
    // The event's own fields become the draft's: nothing else holds them.
    const fields = event.fields;
    fields.eventKey = eventKey(event);
    return { type: 'event', start: span.start, end: span.end, rule: event.rule.id, priority: 0, fields };
  });
}

/** The trigger starts a rule without a named subject has no use for. */
const NO_STARTS: readonly number[] = [];

/** The event pass: runs every event rule over the article and appends the event drafts. */
export function eventRefiner(rules: readonly EventRule[]): Refiner {
  // Built on the first article: reading the trigger openings takes milliseconds a run that extracts nothing need not pay.
  let triggersOf: ReturnType<typeof triggerScanner> | undefined;
  return {
    id: 'refine/events',
    refine(drafts: AnyDraft[], ctx: ExtractContext, reporter): AnyDraft[] {
      let scene: Scene;
      try {
        scene = new Scene(drafts, ctx);
      } catch (error) {
        reporter.error('normalize/event-scene-failed', `events were not read: ${(error as Error).message}`);
        return drafts;
      }
      const found: Found[] = [];
      triggersOf ??= triggerScanner(rules, triggerOpenings(rules));
      const triggers = triggersOf(ctx.scan);
      for (let index = 0; index < rules.length; index++) {
        const rule = rules[index]!;
        try {
          const matches = triggers[index]!;
          if (matches instanceof Error) throw matches;
          const starts = rule.namedSubject ? matches.map((m) => m.index) : NO_STARTS;
          for (const m of matches) eventsOfMatch(rule, scene, m, ctx, starts, found);
        } catch (error) {
          reporter.error('normalize/event-rule-failed', `event rule ${rule.id} failed: ${(error as Error).message}`, { rule: rule.id });
        }
      }
      return drafts.concat(toDrafts(merge(found), ctx.scan.length));
    },
  };
}
