import type { AnyDraft, ExtractContext } from '../engine/extractor.ts';
import type { Reporter } from '../model/diagnostic.ts';
import type { Config } from '../config.ts';
import { enrichFx } from './fx.ts';

/** Adds derived values to drafts (reference-currency amounts, links); never removes one. */
export type Enricher = (drafts: AnyDraft[], ctx: ExtractContext, config: Config, reporter: Reporter) => void;

export const enrichers: readonly Enricher[] = [enrichFx];

export function enrichDrafts(drafts: AnyDraft[], ctx: ExtractContext, config: Config, reporter: Reporter): void {
  for (const enrich of enrichers) enrich(drafts, ctx, config, reporter);
}
