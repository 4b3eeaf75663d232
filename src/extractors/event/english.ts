import type { EventRule } from './rule.ts';

export const acquisitionEn: EventRule = {
  id: 'event/en/acquisition',
  eventType: 'acquisition',
  lang: 'en',
  trigger: new RegExp(
    String.raw`\b(?:agree[sd]? to (?:buy|acquire)|(?:plans?|offer(?:s|ed)?) to (?:buy|acquire)|will (?:buy|acquire)|acquired|acquires|completed (?:the|its) (?:acquisition|purchase|takeover) of|bought(?= [A-Z]))\b|` +
      // A deal called off is still the deal's news: abandoned its $40 billion purchase of Arm.
      String.raw`\b(?:terminated|cancell?ed|abandoned|scrapped|called off|walked away from) (?:its|the|their) (?:[^.,;]{0,30} )?(?:acquisition|purchase|takeover)(?= of\b)|` +
      String.raw`\bsale (?:of [^.,;]{1,40} )?to (?<subject>[A-Z][\w&.]*(?: [A-Z][\w&.]*){0,3})|\b(?:agreed to be|will be|was|is being) (?:acquired|bought) by (?<owner>[A-Z][\w&.]*(?: [A-Z][\w&.]*){0,3})`,
    'dg',
  ),
  nearestSubject: true,
  entityObject: true,
  polarity: (trigger) => (/^(?:terminat|cancel|abandon|scrap|called off|walked away)/.test(trigger) ? 'negative' : undefined),
  // Wishes and hypotheticals are no deal: if only Yahoo had bought Google.
  rejectClause: /\b(?:if|would|could|might|rumou?r)\b/i,
  examples: [
    { text: 'IBM agreed to buy Red Hat for $34 billion on Sunday.', expect: [{ eventType: 'acquisition', subject: 'IBM', date: '2025-02-02' }] },
    { text: "Red Hat's $34 billion sale to IBM is a complicated beast.", expect: [{ eventType: 'acquisition', subject: 'IBM' }] },
    { text: 'Red Hat agreed to be acquired by IBM for $34 billion.', expect: [{ eventType: 'acquisition', subject: 'IBM' }] },
    { text: 'In 2006 Google bought YouTube for $1.65 billion.', expect: [{ eventType: 'acquisition', subject: '谷歌' }] },
    { text: 'On Tuesday Microsoft abandoned its $40 billion purchase of Netflix.', expect: [{ eventType: 'acquisition', subject: '微软', polarity: 'negative' }] },
  ],
  negatives: ['If only Yahoo had bought Google when it had the chance.', 'Investors bought shares of Google on Monday.'],
};

export const earningsEn: EventRule = {
  id: 'event/en/earnings',
  eventType: 'earnings',
  lang: 'en',
  trigger:
    /\b(?:net (?:income|profit|loss)|revenues?|sales|earnings per share|operating (?:income|profit)|(?:reported|posted|booked|swung to|returned to) an? (?:net |quarterly |annual |(?:first|second|third|fourth)-quarter )?(?:profit|loss))\b/gi,
  needs: ['money', 'percent'],
  // The company results belong to is named just before, or referred back to (The company … with net sales climbing 35%).
  nearestSubject: true,
  rejectClause: /\b(?:expect(?:s|ed)?|forecast|estimate[sd]?|analysts?|could|may|might|would)\b/i,
  polarity: (trigger) => (/loss/i.test(trigger) ? 'negative' : undefined),
  examples: [
    { text: 'IBM reported revenue of $22.1 billion for the quarter, down 4 percent.', publishedAt: '2015-01-21', expect: [{ eventType: 'earnings', subject: 'IBM' }] },
    { text: 'Twitter posted a quarterly loss of $125 million.', expect: [{ eventType: 'earnings', subject: '推特', polarity: 'negative' }] },
  ],
  negatives: ['Analysts expect revenue of $22 billion.', 'Apple Watch could provide a 1%-3% lift to revenue.'],
};

const OWNER = String.raw`(?<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})['’]s`;
const TOP_POST = String.raw`(?:CEO|chief executive(?: officer)?|CFO|chief financial officer|COO|chairman|chairwoman|president)`;

// The company whose chief leaves is the subject when no successor is named (Intel's CEO is stepping down).
export const executiveDepartureEn: EventRule = {
  id: 'event/en/executive-departure',
  eventType: 'executive_change',
  lang: 'en',
  trigger: new RegExp(
    String.raw`\b${OWNER} (?:longtime |current |founder and )?${TOP_POST}(?: [A-Z][a-z'-]+ [A-Z][a-z'-]+)? (?:is leaving|will leave|left|leaves|is stepping down|will step down|steps down|stepped down|resigned|resigns|will resign|is retiring|will retire|retired|was ousted|was fired|departed)\b`,
    'dg',
  ),
  ownerSubject: 'only',
  rejectClause: /\b(?:if|whether|rumou?rs?|speculat\w*|could|might)\b/i,
  examples: [
    { text: "Intel's CEO is leaving at the end of the month.", expect: [{ eventType: 'executive_change', subject: '英特尔' }] },
    {
      text: "Kestrel Outdoor Brands (NYSE: KOB) had a rough quarter. Kestrel's chief executive Dana Miles stepped down on Sunday.",
      expect: [{ eventType: 'executive_change', subject: 'Kestrel Outdoor Brands', date: '2025-02-02' }],
    },
  ],
  negatives: ["Investors wonder whether Intel's CEO will step down.", "The board's chairman is leaving the meeting early."],
};

export const partnershipEn: EventRule = {
  id: 'event/en/partnership',
  eventType: 'partnership',
  lang: 'en',
  trigger: new RegExp(
    String.raw`\b${OWNER} (?:new |strategic )?(?:partnership|joint venture|alliance) with\b|\b(?:partnered|teamed up|formed a (?:joint venture|partnership)|signed a (?:partnership|joint venture) (?:agreement|deal)) with\b`,
    'dg',
  ),
  ownerSubject: 'if-named',
  nearestSubject: true,
  entityObject: true,
  rejectClause: /\b(?:if|whether|rumou?rs?|could|might|would|talks?)\b/i,
  examples: [
    { text: "Sales should rise thanks to Tesla's partnership with Panasonic on batteries.", expect: [{ eventType: 'partnership', subject: '特斯拉' }] },
    { text: 'Microsoft partnered with OpenAI in 2019.', expect: [{ eventType: 'partnership', subject: '微软', object: 'OpenAI' }] },
  ],
  negatives: ['Microsoft is in talks about a partnership with OpenAI.', "The charity's partnership with local schools grew."],
};

export const buybackEn: EventRule = {
  id: 'event/en/buyback',
  eventType: 'buyback',
  lang: 'en',
  trigger: /\b(?:(?:stock|share) (?:buybacks?|repurchases?)|buybacks?|repurchased|bought back|buys back|buying back)\b/g,
  needs: ['money'],
  nearestSubject: true,
  rejectClause: /\b(?:if|whether|could|might|would|may|expects?|plans?)\b/i,
  examples: [
    { text: 'Oracle spent $3 billion on share repurchases last quarter.', expect: [{ eventType: 'buyback', subject: '甲骨文' }] },
    { text: 'Microsoft bought back $5.5 billion of its stock in the quarter.', expect: [{ eventType: 'buyback', subject: '微软' }] },
  ],
  negatives: ['Oracle could spend $3 billion on share repurchases.', 'Buybacks rose across the market.'],
};

const HEDGED = /\b(?:expect(?:s|ed)?|could|may|might|would|likely|plans?|consider(?:s|ing)?|analysts?|if|whether)\b/i;

export const rateDecisionEn: EventRule = {
  id: 'event/en/rate-decision',
  eventType: 'rate_decision',
  lang: 'en',
  trigger:
    /\b(?:cut|cuts|raised|raises|hiked|hikes|lowered|lowers|held|holds|kept|keeps|left|leaves)\b[^.;]{0,40}?\b(?:interest|repo|benchmark|policy|key|lending|deposit|reverse repo) rates?\b|\brate (?:cut|hike|increase|decision)\b/g,
  rejectClause: HEDGED,
  examples: [
    { text: 'The Federal Reserve cut interest rates by 25 basis points on Wednesday.', expect: [{ eventType: 'rate_decision', subject: '美联储', date: '2025-02-05' }] },
  ],
  negatives: ['Analysts expect the Federal Reserve to cut interest rates in March.'],
};

export const productReleaseEn: EventRule = {
  id: 'event/en/product-release',
  eventType: 'product_release',
  lang: 'en',
  trigger: /\b(?:launched|unveiled|introduced|released|rolled out|debuted)\b/g,
  product: 'after-trigger',
  ownProductOnly: true,
  rejectClause: HEDGED,
  examples: [{ text: 'IBM launched the z16 mainframe on Tuesday.', expect: [{ eventType: 'product_release', subject: 'IBM', object: 'z16', date: '2025-02-04' }] }],
  negatives: ['IBM could launch a new mainframe next year.'],
};

// A person's name as news prints it after "named": two to four capitalized words.
const PERSON_NAME = /^[A-Z][a-z'-]+(?: [A-Z]\.?)?(?: [A-Z][a-z'-]+){1,2}$/;

export const executiveChangeEn: EventRule = {
  id: 'event/en/executive-change',
  eventType: 'executive_change',
  lang: 'en',
  trigger:
    /\b(?:named|appointed|promoted)\s(?<subject>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,3}?)\s(?:as\s)?(?:its\s|the\s)?(?:new\s)?(?:chief executive|CEO|chief financial officer|CFO|chairman|chairwoman|president)\b/dg,
  subjects: ['person'],
  namedSubject: PERSON_NAME,
  entityObject: 'before',
  examples: [
    { text: 'IBM named Arvind Krishna chief executive officer on Thursday.', expect: [{ eventType: 'executive_change', subject: 'Arvind Krishna', object: 'IBM' }] },
  ],
  negatives: ['IBM named its new mainframe the z16.'],
};

// The person first, then the post (Jane Doe was named chief executive of X; John Roe stepped down as CFO).
export const executivePersonEn: EventRule = {
  id: 'event/en/executive-person',
  eventType: 'executive_change',
  lang: 'en',
  trigger: new RegExp(
    String.raw`\b(?<subject>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,3}?)(?:,[^,.;]{1,40},)? (?:was|has been|will be|is being) (?:named|appointed|promoted to)|` +
      String.raw`\b(?<owner>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,3}?)(?:,[^,.;]{1,40},)? (?:stepped down|steps down|will step down|is stepping down|resigned|resigns|will resign|is leaving|will retire|retired) as`,
    'dg',
  ),
  subjects: ['person'],
  namedSubject: PERSON_NAME,
  // Only a top post is an executive change (named to the board, named the winner are not).
  requireContext: new RegExp(String.raw`\b(?:named|appointed|promoted to|as) (?:its |the )?(?:new |interim )?(?:chief executive|CEO|chief financial officer|CFO|chief operating officer|COO|chairman|chairwoman|president)\b`),
  rejectClause: /\b(?:if|whether|rumou?rs?|could|might|would|expected to)\b/i,
  examples: [
    {
      text: 'Kestrel Outdoor Brands (NYSE: KOB) said Dana Miles was named chief executive on Monday.',
      expect: [{ eventType: 'executive_change', subject: 'Dana Miles' }],
    },
    { text: 'Robert Brandt stepped down as CFO of the retailer last week.', expect: [{ eventType: 'executive_change', subject: 'Robert Brandt' }] },
  ],
  negatives: ['Dana Miles was named to the board on Monday.', 'Analysts wonder whether Robert Brandt will step down as CFO.'],
};

export const ratingEn: EventRule = {
  id: 'event/en/rating',
  eventType: 'rating',
  lang: 'en',
  trigger:
    /\b(?:upgraded|downgraded|initiated coverage (?:of|on)|reiterated (?:its |a )?\w+ rating on|(?:raised|cut|lowered) (?:its |the )?price target (?:on|for))\s(?<subject>[A-Z][\w&.]*(?: [A-Z][\w&.]*){0,3})/dg,
  entityObject: 'before',
  examples: [
    {
      text: 'Morgan Stanley upgraded IBM to overweight with a price target of $150.',
      expect: [{ eventType: 'rating', subject: 'IBM', object: '摩根士丹利' }],
    },
  ],
  negatives: ['The agency upgraded its forecast for growth.'],
};

export const ipoListingEn: EventRule = {
  id: 'event/en/ipo-listing',
  eventType: 'ipo_listing',
  lang: 'en',
  // Whose offering it is: the IPO of Shake Shack, Alibaba's IPO (not the bank that underwrites it).
  trigger:
    /\b(?:IPO|initial public offering)\b(?<=(?:\b(?<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})['’]s (?:planned )?)?(?:IPO|initial public offering))(?: of (?<subject>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}))?|\b(?:went public|(?:Nasdaq|NYSE|stock market|trading) debut|began trading)\b/dg,
  ownerSubject: 'if-named',
  rejectClause: HEDGED,
  examples: [
    { text: 'Airbnb shares soared 112 percent in their Nasdaq debut on Thursday.', expect: [{ eventType: 'ipo_listing', subject: '爱彼迎', date: '2025-02-06' }] },
    { text: 'Goldman Sachs is one of the underwriters for the IPO of Alibaba, priced on Thursday.', expect: [{ eventType: 'ipo_listing', subject: '阿里巴巴' }] },
    { text: "Goldman Sachs advised on Alibaba's IPO in September.", expect: [{ eventType: 'ipo_listing', subject: '阿里巴巴' }] },
  ],
  negatives: ['Airbnb is considering an IPO next year.'],
};
