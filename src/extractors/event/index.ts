import type { Refiner } from '../../engine/extractor.ts';
import { eventRefiner } from './find.ts';
import type { EventRule } from './rule.ts';
import { indexMove, indexMoveEn, limitDown, limitUp, stockMove, stockMoveEn } from './market.ts';
import { adoption, pricing, productRelease } from './product.ts';
import { acquisition, acquisitionByBuyer, acquisitionPassive, contractWin, partnership } from './deals.ts';
import { buyback, capex, financing, investment, ipoListing, placement } from './capital.ts';
import { acquisitionEn, buybackEn, earningsEn, executiveChangeEn, executiveDepartureEn, executivePersonEn, partnershipEn, ipoListingEn, productReleaseEn, rateDecisionEn, ratingEn } from './english.ts';
import { holdingCut, pledgeRelease, shareIncrease, sharePledge, shareReduction, shareTransferOut } from './holdings.ts';
import { defaultEvent, earnings, impairment, overdueDebt, resultsReport } from './results.ts';
import { appointment, departure } from './people.ts';
import { ranking, rankingInBrackets, rating } from './research.ts';
import { rateDecision } from './policy.ts';

export const eventRules: readonly EventRule[] = [
  productRelease, adoption, pricing,
  stockMove, limitUp, limitDown, indexMove, stockMoveEn, indexMoveEn,
  partnership, acquisition, acquisitionPassive, acquisitionByBuyer, contractWin,
  financing, placement, investment, capex, ipoListing, buyback,
  sharePledge, pledgeRelease, shareReduction, shareTransferOut, holdingCut, shareIncrease,
  earnings, resultsReport, impairment, defaultEvent, overdueDebt,
  appointment, departure,
  rating, ranking, rankingInBrackets,
  rateDecision,
  acquisitionEn, earningsEn, rateDecisionEn, productReleaseEn, executiveChangeEn, executiveDepartureEn, executivePersonEn, ratingEn, ipoListingEn,
  partnershipEn, buybackEn,
];

/** The event pass; runs last, over the drafts every other rule and refiner left. */
export const eventRefiners: readonly Refiner[] = [eventRefiner(eventRules)];
