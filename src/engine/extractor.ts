import type { Article, AnchorSource } from '../model/article.ts';
import type { RuleId, Span } from '../model/span.ts';
import type { FieldsOf, RecordType } from '../model/records.ts';
import type { Reporter } from '../model/diagnostic.ts';
import type { Config } from '../config.ts';

export type Lang = 'zh' | 'en';

/** The date relative expressions resolve against, and where it came from. */
export interface Anchor {
  /** `YYYY-MM-DD`. */
  date: string;
  source: AnchorSource;
}

export interface ExtractContext {
  article: Article;
  /**
   * What rules match against: the article text with boilerplate blanked and full-width forms
   * folded to half-width. Same length as `article.text`, so offsets carry over unchanged.
   */
  scan: string;
  anchor?: Anchor;
  /** The run's configuration, for rules that take user data (the user's gazetteer). */
  config?: Config;
}

/** What a rule says about one mention. Offsets default to the whole match. */
export interface Extraction<T extends RecordType> {
  start?: number;
  end?: number;
  fields: FieldsOf<T>;
  /** Wins over overlapping figures of lower priority (default 0). */
  priority?: number;
}

/** A corpus example the rule must parse: the text, and what the record must say. */
export interface RuleExample<T extends RecordType> {
  text: string;
  /** The mention's text, where it is not the whole example. */
  mention?: string;
  /** The article's publication date for this example (default 2025-02-07). */
  publishedAt?: string;
  expect: Partial<FieldsOf<T>>;
}

interface RuleBase<T extends RecordType> {
  id: RuleId;
  type: T;
  lang: Lang | 'any';
  /** Examples that must parse: the proof of the rule, kept beside it. */
  examples: RuleExample<T>[];
  /** Texts on which this rule must not fire. */
  negatives?: string[];
  /**
   * What every mention of the rule holds (a literal, a few words, a character class), tested once
   * per article: an article without it skips the rule. Worth it where the rule's own pattern or
   * scan costs much more than finding this. Never global or sticky.
   */
  trigger?: RegExp;
}

/** A rule that is a regular expression plus a pure function of its match. */
export interface PatternRule<T extends RecordType = RecordType> extends RuleBase<T> {
  /** Must carry the `g` flag; add `d` to read group offsets with `groupSpan`. */
  pattern: RegExp;
  extract(match: RegExpExecArray, ctx: ExtractContext): Extraction<T> | Extraction<T>[] | null;
}

/** What a scan rule finds: an extraction with its offsets. */
export type ScanExtraction<T extends RecordType> = Extraction<T> & Span;

/** A rule that scans by other means (a gazetteer trie, a structure walk). */
export interface ScanRule<T extends RecordType = RecordType> extends RuleBase<T> {
  scan(ctx: ExtractContext): Iterable<ScanExtraction<T>>;
}

export type Extractor<T extends RecordType = RecordType> = PatternRule<T> | ScanRule<T>;

/** A record before the engine stamps ids and validates it. */
export interface Draft<T extends RecordType = RecordType> {
  type: T;
  start: number;
  end: number;
  rule: RuleId;
  priority: number;
  fields: FieldsOf<T>;
}

export type AnyDraft = { [T in RecordType]: Draft<T> }[RecordType];

/** Post-extraction pass over all drafts of an article: overlap, linking, events. */
export interface Refiner {
  id: string;
  refine(drafts: AnyDraft[], ctx: ExtractContext, reporter: Reporter): AnyDraft[];
}

export function isPatternRule<T extends RecordType>(rule: Extractor<T>): rule is PatternRule<T> {
  return 'pattern' in rule;
}

/** Absolute offsets of a named group of a match made with the `d` flag. */
export function groupSpan(match: RegExpExecArray, group: string): Span | undefined {
  const range = match.indices?.groups?.[group];
  return range ? { start: range[0], end: range[1] } : undefined;
}
