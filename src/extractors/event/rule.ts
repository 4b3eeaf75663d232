import type { Lang } from '../../engine/extractor.ts';
import type { RuleId } from '../../model/span.ts';
import type { Direction, EventType, RecordType } from '../../model/records.ts';

export type FigureType = Extract<RecordType, 'money' | 'percent' | 'ratio'>;
export type EntityKind = Extract<RecordType, 'organization' | 'person' | 'security'>;

/** What an event example must yield, checked through the whole chain (text → records). */
export interface EventExample {
  text: string;
  publishedAt?: string;
  /** Every listed event must be among the article's events (subset match on these fields). */
  expect: Array<{ eventType: EventType; subject: string; date?: string; object?: string; direction?: Direction; polarity?: 'positive' | 'negative' }>;
}

/**
 * One event rule: a trigger found in the text, plus the subject, date and figures the other
 * rules already found around it. The trigger may name the subject's place with a named
 * group `subject` (获李泉增持, 维持百度买入评级); otherwise the subject is the entity that
 * opens the trigger's clause, or the one a pronoun (其, 公司) or a bare verb clause refers back to.
 */
export interface EventRule {
  id: RuleId;
  eventType: EventType;
  lang: Lang;
  /** Matched on `ctx.scan`; must carry the `g` flag (and `d` when it has a `subject` group). */
  trigger: RegExp;
  /**
   * For a trigger that opens with a look-behind, which the engine tries at every position: a
   * pattern (`g` flag) every trigger match holds, with only Han, Latin letters and digits between
   * the match's start and it. The trigger is then tried only in the runs around its matches.
   */
  anchor?: RegExp;
  /** Entity kinds that may be the subject (default: organization and security). */
  subjects?: readonly EntityKind[];
  /** The subject is the entity nearest before the trigger (English: Lanco Infratech (LAIN.NS) rose 4.3 percent). */
  nearestSubject?: boolean;
  /**
   * The subject is the entity that ends the `subject` group (or `owner`, its second name where a
   * pattern names the subject in two places: a regex may not repeat a group name), the owner right before 的 (高瓴资本 of
   * 宁德时代第二大股东高瓴资本的持股比例), never one named further back in it. `only`: an owner the
   * group names but no entity matches means no event; `if-named`: the subject is then found as usual
   * (每普通股6美元的首次公开募股 names no owner).
   */
  ownerSubject?: 'only' | 'if-named';
  /**
   * What the clause after a speech verb says was done, the speaker did (柏基回应称，8月末的行动属于
   * “被迫”减持): for acts of the speaker's own, not for figures the speaker quotes (X表示，行业销售收入…).
   */
  speakerActs?: boolean;
  /** Every entity before the trigger in its clause is a subject (领投 lists), not only the first group. */
  everyEntityBefore?: boolean;
  /**
   * The `subject` group's text is the subject itself when no entity lies in it (index names), if it
   * has this form or shares its last two characters with an index named in the sentence (TMT出海 beside 新华出海系列指数).
   */
  namedSubject?: RegExp;
  /** At least one linked figure of these types, or no event (涨 without a number is no stock move). */
  needs?: readonly FigureType[];
  /** The event needs a product named in its clause (adoption, product release); it becomes `object`. */
  product?: 'after-trigger' | 'after-subject';
  /** The product must not bear another organization's name (华为云上线DeepSeek-R1 is adoption, not release). */
  ownProductOnly?: boolean;
  /**
   * With no subject named, the maker of a product the trigger's sentence names before it, as a
   * release event of the article tells (苹果发布iPhone 11 … 新品名为iPhone 11，…，售价699美元).
   */
  productMaker?: boolean;
  /** The party joined by 与 is the object, not a second subject (宁德时代与特斯拉签署供货协议: the customer). */
  partnerIsObject?: boolean;
  /**
   * The event's object is the first other entity after the trigger in its clause (the acquired,
   * the partner), or with `before` the first before it (the broker who rates).
   */
  entityObject?: true | 'before';
  /** The trigger's clause must not match this (营收 beside a stock-move word is earnings). */
  rejectClause?: RegExp;
  /** The sentence, or the one before, must match this (TMT出海涨4.5% is an index move only near 指数). */
  requireContext?: RegExp;
  direction?: (trigger: string) => Direction | undefined;
  polarity?: (trigger: string, clause: string) => 'positive' | 'negative' | undefined;
  examples: EventExample[];
  /** Texts on which this rule must yield no event. */
  negatives: string[];
}
