import type { Article } from '../model/article.ts';
import type { RecordType } from '../model/records.ts';
import { Reporter } from '../model/diagnostic.ts';
import { isPatternRule, type AnyDraft, type Extraction, type Extractor, type ExtractContext } from './extractor.ts';

/**
 * Runs every rule over the article. The engine owns the regex loop, stamps rule ids and
 * offsets, and turns a throwing or misbehaving rule into a diagnostic instead of a crash.
 */
export function runExtractors(
  ctx: ExtractContext,
  extractors: readonly Extractor[],
  reporter: Reporter,
): AnyDraft[] {
  const drafts: AnyDraft[] = [];
  const { scan } = ctx;
  // Rules share triggers (a digit, 年): each is looked for once per article.
  const triggerFound = new Map<RegExp, boolean>();
  for (const rule of extractors) {
    if (rule.trigger) {
      let found = triggerFound.get(rule.trigger);
      if (found === undefined) triggerFound.set(rule.trigger, (found = rule.trigger.test(scan)));
      if (!found) continue;
    }
    try {
      if (isPatternRule(rule)) {
        const pattern = rule.pattern;
        pattern.lastIndex = 0;
        for (let match = pattern.exec(scan); match; match = pattern.exec(scan)) {
          if (match[0].length === 0) pattern.lastIndex++;
          const result = rule.extract(match, ctx);
          if (!result) continue;
          if (!Array.isArray(result)) {
            pushMatchDraft(drafts, rule, result, match, ctx.article, reporter);
            continue;
          }
          for (const extraction of result) pushMatchDraft(drafts, rule, extraction, match, ctx.article, reporter);
        }
      } else {
        for (const extraction of rule.scan(ctx)) {
          pushDraft(drafts, rule, extraction, extraction.start, extraction.end, ctx.article, reporter);
        }
      }
    } catch (error) {
      reporter.error('extract/rule-failed', `rule ${rule.id} failed: ${(error as Error).message}`, { rule: rule.id });
    }
  }
  return drafts;
}

/** A pattern rule's extraction, its offsets the whole match's where it names none. */
function pushMatchDraft(
  drafts: AnyDraft[],
  rule: Extractor,
  extraction: Extraction<RecordType>,
  match: RegExpExecArray,
  article: Article,
  reporter: Reporter,
): void {
  const start = extraction.start ?? match.index;
  const end = extraction.end ?? match.index + match[0].length;
  pushDraft(drafts, rule, extraction, start, end, article, reporter);
}

function pushDraft(
  drafts: AnyDraft[],
  rule: Extractor,
  extraction: Extraction<RecordType>,
  start: number,
  end: number,
  article: Article,
  reporter: Reporter,
): void {
  if (!(start >= 0 && end > start && end <= article.text.length)) {
    reporter.warn('extract/bad-span', `rule ${rule.id} produced an empty or out-of-range span ${start}-${end}`, { rule: rule.id });
    return;
  }
  drafts.push({
    type: rule.type,
    start,
    end,
    rule: rule.id,
    priority: extraction.priority ?? 0,
    fields: extraction.fields,
  } as AnyDraft);
}
