import type { Extractor, Refiner } from '../engine/extractor.ts';
import { moneyExtractors } from './money/index.ts';
import { percentExtractors } from './percent/index.ts';
import { ratioExtractors } from './ratio/index.ts';
import { quantityExtractors } from './quantity/index.ts';
import { dateExtractors } from './date/index.ts';
import { securityExtractors } from './security/index.ts';
import { organizationExtractors } from './organization/index.ts';
import { personExtractors } from './person/index.ts';
import { quoteExtractors } from './quote/index.ts';
import { resolveOverlaps } from '../refiners/overlap.ts';
import { linkEntities } from '../refiners/entities.ts';
import { speakersArePeople, nameSpeakers } from '../refiners/link.ts';
import { eventRefiners } from './event/index.ts';

/** THE ordered registry of rules. Order matters only for ties the refiners cannot break. */
export const extractors: readonly Extractor[] = [
  ...moneyExtractors,
  ...percentExtractors,
  ...ratioExtractors,
  ...quantityExtractors,
  ...dateExtractors,
  ...securityExtractors,
  ...organizationExtractors,
  ...personExtractors,
  ...quoteExtractors,
] as Extractor[];

/** Refiners run in this order over all drafts of an article, after extraction. */
export const refiners: readonly Refiner[] = [resolveOverlaps, speakersArePeople, linkEntities, nameSpeakers, ...eventRefiners];
