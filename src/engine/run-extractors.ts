import type { RecordType } from '../model/records.ts';
import type { RuleId } from '../model/span.ts';
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
  const length = ctx.article.text.length;
  // Rules share triggers (a digit, 年): each is looked for once per article.
  const triggerFound = new Map<RegExp, boolean>();
  for (const rule of extractors) {
    if (rule.trigger) {
      let found = triggerFound.get(rule.trigger);
      if (found === undefined) triggerFound.set(rule.trigger, (found = rule.trigger.test(scan)));
      if (!found) continue;
    }
    // What a draft takes from its rule is read once per rule, not per match: rules come in many
    // shapes, and each read of one is a lookup.
    const stamp: DraftStamp = { drafts, type: rule.type, rule: rule.id, length, reporter };
    try {
      if (isPatternRule(rule)) {
        const pattern = rule.pattern;
        pattern.lastIndex = 0;
        for (let match = pattern.exec(scan); match; match = pattern.exec(scan)) {
          if (match[0].length === 0) pattern.lastIndex++;
          const result = rule.extract(match, ctx);
          if (!result) continue;
          const matchEnd = match.index + match[0].length;
          if (!Array.isArray(result)) {
            pushDraft(stamp, result, result.start ?? match.index, result.end ?? matchEnd);
            continue;
          }
          for (const extraction of result) pushDraft(stamp, extraction, extraction.start ?? match.index, extraction.end ?? matchEnd);
        }
      } else {
        for (const extraction of rule.scan(ctx)) pushDraft(stamp, extraction, extraction.start, extraction.end);
      }
    } catch (error) {
      reporter.error('extract/rule-failed', `rule ${rule.id} failed: ${(error as Error).message}`, { rule: rule.id });
    }
  }
  return drafts;
}

/** Where drafts go, and what the rule at hand stamps on them. */
interface DraftStamp {
  drafts: AnyDraft[];
  type: RecordType;
  rule: RuleId;
  /** The article text's length, which a span must not pass. */
  length: number;
  reporter: Reporter;
}

/** An extraction as a draft of the rule at hand, its offsets the whole match's where it names none. */
function pushDraft(stamp: DraftStamp, extraction: Extraction<RecordType>, start: number, end: number): void {
  if (!(start >= 0 && end > start && end <= stamp.length)) {
    const { rule } = stamp;
    stamp.reporter.warn('extract/bad-span', `rule ${rule} produced an empty or out-of-range span ${start}-${end}`, { rule });
    return;
  }
  stamp.drafts.push({
    type: stamp.type,
    start,
    end,
    rule: stamp.rule,
    priority: extraction.priority ?? 0,
    fields: extraction.fields,
  } as AnyDraft);
}
