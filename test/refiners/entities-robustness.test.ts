import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/engine/snippet.ts';
import { runExtractors } from '../../src/engine/run-extractors.ts';
import { organizationExtractors } from '../../src/extractors/organization/index.ts';
import { personExtractors } from '../../src/extractors/person/index.ts';
import { quoteExtractors } from '../../src/extractors/quote/index.ts';
import { resolveOverlaps } from '../../src/refiners/overlap.ts';
import { linkEntities } from '../../src/refiners/entities.ts';
import { nameSpeakers, speakersArePeople } from '../../src/refiners/link.ts';
import { Reporter } from '../../src/model/diagnostic.ts';
import { scanText } from '../../src/text/fold.ts';

// Inputs that would make a careless name rule or linker quadratic: each must finish in time
// proportional to its length (a generous bound, for a loaded 2-core machine) and never throw.
const PATHOLOGICAL: Record<string, string> = {
  'registered names back to back': '有限公司'.repeat(50_000),
  'one gazetteer name repeated': '中国工商银行'.repeat(30_000),
  'Latin company names repeated': 'ABC Def Ghi Corp '.repeat(20_000),
  'middle dots': '安·'.repeat(80_000),
  'opening quotation marks': '“'.repeat(200_000),
  'titles without names': '董事长'.repeat(60_000),
};

describe.each(Object.entries(PATHOLOGICAL))('%s', (_name, text) => {
  it('is extracted and linked within seconds, without a failing rule', () => {
    const ctx = { article: articleFromText(text), scan: scanText(text, []) };
    const reporter = new Reporter('extract');
    const started = performance.now();
    let drafts = runExtractors(ctx, [...organizationExtractors, ...personExtractors, ...quoteExtractors], reporter);
    for (const refiner of [resolveOverlaps, speakersArePeople, linkEntities, nameSpeakers]) drafts = refiner.refine(drafts, ctx, reporter);
    expect(reporter.diagnostics).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
