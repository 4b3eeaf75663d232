import type { Config } from '../../src/config.ts';
import type { AnyDraft, ExtractContext } from '../../src/engine/extractor.ts';
import { runExtractors } from '../../src/engine/run-extractors.ts';
import { extractors, refiners } from '../../src/extractors/index.ts';
import { Reporter } from '../../src/model/diagnostic.ts';
import { listInputs, loadInput } from '../../src/load/index.ts';
import { extractContext } from '../../src/pipeline.ts';
import { numeralRuns } from '../../src/text/numerals.ts';
import { MB } from './measure.ts';

export interface RuleCost {
  /** A rule id, or a refiner id. */
  id: string;
  /** CPU milliseconds (wall time would count the waits of a busy machine). */
  ms: number;
  /** Drafts the rule produced (for a refiner: drafts it dropped). */
  drafts: number;
  /** The rate of the corpus if this rule were the only work. */
  mbPerSecond: number;
}

/** The id under which the profile charges the numeral runs every numeral rule of an article shares. */
const SHARED_NUMERAL_RUNS = 'shared/numeral-runs';

/**
 * Times every rule and refiner on its own over the first `articles` inputs of the corpus: the
 * loaded articles are kept in memory; the rules run article by article, as in the pipeline, so
 * that what an article's rules share (its numeral runs, kept for one text at a time) is found
 * once, charged to a line of its own, and not again to every rule that reads it. Each refiner
 * then runs over all the articles' drafts in turn. Costliest first.
 */
export async function profileRules(inputDir: string, config: Config, articles: number): Promise<RuleCost[]> {
  const contexts: ExtractContext[] = [];
  for (const file of (await listInputs(inputDir)).slice(0, articles)) {
    for (const article of (await loadInput(file, config)).articles) contexts.push(extractContext(article, config));
  }
  const bytes = contexts.reduce((sum, ctx) => sum + Buffer.byteLength(ctx.article.text), 0);
  const reporter = new Reporter('extract');
  const cost = (id: string, ms: number, drafts: number): RuleCost => ({ id, ms, drafts, mbPerSecond: bytes / MB / (ms / 1000) });
  const cpuSince = (before: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };

  let sharedMs = 0;
  const ruleMs = new Float64Array(extractors.length);
  const ruleDrafts = new Float64Array(extractors.length);
  for (const ctx of contexts) {
    const found = process.cpuUsage();
    numeralRuns(ctx.scan);
    sharedMs += cpuSince(found);
    for (let r = 0; r < extractors.length; r++) {
      const started = process.cpuUsage();
      ruleDrafts[r]! += runExtractors(ctx, [extractors[r]!], reporter).length;
      ruleMs[r]! += cpuSince(started);
    }
  }
  const costs: RuleCost[] = [cost(SHARED_NUMERAL_RUNS, sharedMs, 0), ...extractors.map((rule, r) => cost(rule.id, ruleMs[r]!, ruleDrafts[r]!))];
  let drafts: AnyDraft[][] = contexts.map((ctx) => runExtractors(ctx, extractors, reporter));
  for (const refiner of refiners) {
    const started = process.cpuUsage();
    const refined = contexts.map((ctx, i) => refiner.refine(drafts[i]!, ctx, reporter));
    const dropped = drafts.reduce((n, d, i) => n + d.length - refined[i]!.length, 0);
    costs.push(cost(refiner.id, cpuSince(started), dropped));
    drafts = refined;
  }
  return costs.sort((a, b) => b.ms - a.ms);
}
