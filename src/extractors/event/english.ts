import type { EventRule } from './rule.ts';

export const acquisitionEn: EventRule = {
  id: 'event/en/acquisition',
  eventType: 'acquisition',
  lang: 'en',
  trigger:
    /\b(?:agree[sd]? to (?:buy|acquire)|(?:plans?|offer(?:s|ed)?) to (?:buy|acquire)|will (?:buy|acquire)|acquired|acquires|completed (?:the|its) acquisition of)\b|\bsale (?:of [^.,;]{1,40} )?to (?<subject>[A-Z][\w&.]*(?: [A-Z][\w&.]*){0,3})/dg,
  nearestSubject: true,
  entityObject: true,
  // Wishes and hypotheticals are no deal: if only Yahoo had bought Google.
  rejectClause: /\b(?:if|would|could|might|rumou?r)\b/i,
  examples: [
    { text: 'IBM agreed to buy Red Hat for $34 billion on Sunday.', expect: [{ eventType: 'acquisition', subject: 'IBM', date: '2025-02-02' }] },
    { text: "Red Hat's $34 billion sale to IBM is a complicated beast.", expect: [{ eventType: 'acquisition', subject: 'IBM' }] },
  ],
  negatives: ['If only Yahoo had bought Google when it had the chance.'],
};

export const earningsEn: EventRule = {
  id: 'event/en/earnings',
  eventType: 'earnings',
  lang: 'en',
  trigger: /\b(?:net (?:income|profit|loss)|revenue|sales|earnings per share|operating (?:income|profit))\b/gi,
  needs: ['money', 'percent'],
  rejectClause: /\b(?:expect(?:s|ed)?|forecast|estimate[sd]?|analysts?|could|may|might|would)\b/i,
  polarity: (trigger) => (/loss/i.test(trigger) ? 'negative' : undefined),
  examples: [
    { text: 'IBM reported revenue of $22.1 billion for the quarter, down 4 percent.', publishedAt: '2015-01-21', expect: [{ eventType: 'earnings', subject: 'IBM' }] },
  ],
  negatives: ['Analysts expect revenue of $22 billion.', 'Apple Watch could provide a 1%-3% lift to revenue.'],
};
