import type { Config } from '../../src/config.ts';
import type { AnyDraft, ExtractContext } from '../../src/engine/extractor.ts';
import { runExtractors } from '../../src/engine/run-extractors.ts';
import { extractors, refiners } from '../../src/extractors/index.ts';
import { Reporter } from '../../src/model/diagnostic.ts';
import { listInputs, loadInput } from '../../src/load/index.ts';
import { extractContext } from '../../src/pipeline.ts';
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

/**
 * Times every rule and refiner on its own over the first `articles` inputs of the corpus:
 * the loaded articles are kept in memory, then each rule runs over all of them in turn.
 * Costliest first.
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

  const costs: RuleCost[] = [];
  for (const rule of extractors) {
    const started = process.cpuUsage();
    let drafts = 0;
    for (const ctx of contexts) drafts += runExtractors(ctx, [rule], reporter).length;
    costs.push(cost(rule.id, cpuSince(started), drafts));
  }
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
