import type { AnyDraft, Draft, ExtractContext, Refiner } from '../../engine/extractor.ts';
import type { FieldsOf } from '../../model/records.ts';
import type { Span } from '../../model/span.ts';
import { Scene, type Subject } from './scene.ts';
import type { EntityKind, EventRule } from './rule.ts';

const DEFAULT_SUBJECTS: readonly EntityKind[] = ['organization', 'security'];

// A product as news names it: DeepSeek-R1, GPT-4o, MI300X, iPhone 11, 含光800芯片.
const PRODUCT =
  /[A-Za-z][A-Za-z0-9]*(?:[-./+][A-Za-z0-9]+)*(?: (?:Pro|Max|Plus|Ultra|mini|\d+[A-Za-z]*)\b)*|[\p{Script=Han}]{2,4}\d{2,4}[A-Za-z]*(?=芯片|手机|处理器|系列|模型)/gu;
const PRODUCT_NOUN = /^\s?(?:模型|大模型|芯片|手机|系统|平台|应用|汽车|处理器|App|APP|app)/;

interface Found {
  rule: EventRule;
  span: Span;
  trigger: Span;
  fields: FieldsOf<'event'>;
}

function productIn(scene: Scene, from: number, to: number, subjects: readonly Subject[]): string | undefined {
  const region = scene.scan.slice(from, to);
  PRODUCT.lastIndex = 0;
  for (let m = PRODUCT.exec(region); m; m = PRODUCT.exec(region)) {
    const token = m[0];
    if (subjects.some((s) => s.name.toLowerCase() === token.toLowerCase())) continue;
    if (/\d/.test(token) || PRODUCT_NOUN.test(region.slice(m.index + token.length))) return token;
  }
  return undefined;
}

function someoneElses(scene: Scene, product: string, subjects: readonly Subject[]): boolean {
  const lower = product.toLowerCase();
  return scene.mentions.some(
    (m) => m.kind === 'organization' && lower.startsWith(m.name.toLowerCase()) && !subjects.some((s) => s.name === m.name),
  );
}

function subjectsFor(rule: EventRule, scene: Scene, match: RegExpExecArray, clauseIndex: number): Subject[] {
  const kinds = rule.subjects ?? DEFAULT_SUBJECTS;
  const start = match.index;
  const group = match.indices?.groups?.subject;
  if (group && group[1] > group[0]) {
    const inside = scene.mentions.filter((m) => m.start >= group[0] && m.end <= group[1]);
    if (rule.namedSubject) {
      if (inside.length) return [];
      return [{ name: scene.scan.slice(group[0], group[1]).trim(), mention: { start: group[0], end: group[1] }, clause: clauseIndex }];
    }
    const named = inside.filter((m) => kinds.includes(m.kind));
    if (named.length) return named.map((m) => ({ name: m.name, mention: { start: m.start, end: m.end }, clause: clauseIndex }));
    return scene.antecedent(scene.scan.slice(group[0], group[1]), clauseIndex, start, kinds);
  }
  if (rule.everyEntityBefore) {
    const clause = scene.clauses[clauseIndex]!;
    return scene.mentionsIn(clause.start, start, kinds).map((m) => ({ name: m.name, mention: { start: m.start, end: m.end }, clause: clauseIndex }));
  }
  const leading = scene.leadingGroup(clauseIndex, start, kinds);
  return leading.length ? leading : scene.impliedSubject(clauseIndex, start, kinds);
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

function eventsOfMatch(rule: EventRule, scene: Scene, match: RegExpExecArray, ctx: ExtractContext): Found[] {
  const trigger = { start: match.index, end: match.index + match[0].length };
  const clauseIndex = scene.clauseAt(trigger.start);
  if (clauseIndex < 0 || !contextMatches(rule, scene, clauseIndex)) return [];
  const subjects = subjectsFor(rule, scene, match, clauseIndex);
  if (subjects.length === 0) return [];

  const fromClause = Math.min(...subjects.map((s) => (s.clause !== undefined && s.clause <= clauseIndex ? s.clause : clauseIndex)));
  const figures = scene.figuresFor(fromClause, clauseIndex);
  if (rule.needs && !figures.some((f) => rule.needs!.includes(f.type))) return [];

  const clause = scene.clauses[clauseIndex]!;
  let object: string | undefined;
  if (rule.product) {
    const subjectEnd = Math.max(clause.start, ...subjects.map((s) => (s.mention && s.mention.end <= clause.end ? s.mention.end : clause.start)));
    object = productIn(scene, rule.product === 'after-trigger' ? trigger.end : subjectEnd, clause.end, subjects);
    if (!object || (rule.ownProductOnly && someoneElses(scene, object, subjects))) return [];
  } else if (rule.entityObject) {
    object = scene.mentions.find((m) => m.start >= trigger.end && m.end <= clause.end && !subjects.some((s) => s.name === m.name))?.name;
  }

  let date = scene.dateFor(clauseIndex, trigger.start);
  let dateInferred: boolean | undefined;
  if (!date) {
    date = ctx.article.meta.publishedAt?.slice(0, 10) ?? scene.recentDate(trigger.start);
    dateInferred = date ? true : undefined;
  }
  const text = match[0];
  const direction = rule.direction?.(text);
  const polarity = rule.polarity?.(text);

  return subjects.map((subject) => {
    const fields: FieldsOf<'event'> = { eventType: rule.eventType, subject: subject.name, figures: figures.map((f) => f.id) };
    if (object) fields.object = object;
    if (date) fields.date = date;
    if (dateInferred) fields.dateInferred = true;
    if (direction) fields.direction = direction;
    if (polarity) fields.polarity = polarity;
    // One subject named in the trigger's clause: the span runs from it to the trigger, which reads well.
    const inClause = subject.mention && subject.mention.start >= clause.start && subject.mention.end <= trigger.start;
    const span = inClause && subjects.length === 1 ? { start: subject.mention!.start, end: trigger.end } : (subject.mention ?? trigger);
    return { rule, span, trigger, fields };
  });
}

/** Several triggers may tell one event (英伟达股价…暴跌,单日跌幅…): one record per type, subject and date. */
function merge(found: Found[]): Found[] {
  const byKey = new Map<string, Found>();
  for (const event of found.sort((a, b) => a.trigger.start - b.trigger.start)) {
    const f = event.fields;
    const key = `${f.eventType}\u0000${f.subject}\u0000${f.date ?? ''}`;
    const kept = byKey.get(key);
    if (!kept) {
      byKey.set(key, event);
      continue;
    }
    for (const id of f.figures) if (!kept.fields.figures.includes(id)) kept.fields.figures.push(id);
    kept.fields.object ??= f.object;
    kept.fields.direction ??= f.direction;
    kept.fields.polarity ??= f.polarity;
  }
  return [...byKey.values()];
}

/** Turns the merged events into drafts, each on a span of its own where one is free. */
function toDrafts(events: Found[]): Draft<'event'>[] {
  const used = new Set<string>();
  return events.map((event) => {
    let span = event.span;
    if (used.has(`${span.start}-${span.end}`)) span = event.trigger;
    used.add(`${span.start}-${span.end}`);
    return { type: 'event', start: span.start, end: span.end, rule: event.rule.id, priority: 0, fields: event.fields };
  });
}

/** The event pass: runs every event rule over the article and appends the event drafts. */
export function eventRefiner(rules: readonly EventRule[]): Refiner {
  return {
    id: 'refine/events',
    refine(drafts: AnyDraft[], ctx: ExtractContext, reporter): AnyDraft[] {
      const scene = new Scene(drafts, ctx);
      const found: Found[] = [];
      for (const rule of rules) {
        try {
          rule.trigger.lastIndex = 0;
          for (let m = rule.trigger.exec(ctx.scan); m; m = rule.trigger.exec(ctx.scan)) {
            if (m[0].length === 0) rule.trigger.lastIndex++;
            else found.push(...eventsOfMatch(rule, scene, m, ctx));
          }
        } catch (error) {
          reporter.error('normalize/event-rule-failed', `event rule ${rule.id} failed: ${(error as Error).message}`, { rule: rule.id });
        }
      }
      return [...drafts, ...toDrafts(merge(found))];
    },
  };
}
