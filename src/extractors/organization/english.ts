import type { PatternRule } from '../../engine/extractor.ts';
import { kindOfName } from './kind.ts';

/** A capitalized word of a company name: Larsen, Toubro, L&T, ONGC, McDonald's. */
const WORD = String.raw`(?:[A-Z][A-Za-z&'.-]*|[A-Z]{2,})`;
/** Capitalized words joined by spaces, `and`, `&` or `of`: Oil and Natural Gas Corp. */
const NAME = String.raw`${WORD}(?:\s(?:(?:and|&|of|de)\s)?${WORD}){0,5}`;

/** Words that start a sentence or a clause and are no part of a name. */
const LEADING_WORDS = /^(?:(?:The|A|An|In|On|At|For|With|And|But|Shares|Stocks|While|However|Analysts|Investors|of|and|&|de)\s)+/;

function trimName(name: string): string {
  return name.replace(LEADING_WORDS, '');
}

/** `Larsen and Toubro (LART.NS)`, `Transocean Partners LLC (NYSE: RIGP)`, `Qualcomm (NASDAQ: QCOM )`. */
export const englishNameBesideTicker: PatternRule<'organization'> = {
  id: 'organization/en/name-beside-ticker',
  type: 'organization',
  lang: 'en',
  trigger: /\s\((?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|OTC|[A-Z0-9]{1,6}\.[A-Z]{1,2}\))/,
  pattern: new RegExp(String.raw`(?<![A-Za-z])(?<name>${NAME})\s\((?:(?:NYSE|NASDAQ|Nasdaq|NYSEMKT|AMEX|LSE|TSX|OTC)\s*:\s*[A-Z.]{1,6}\s*|[A-Z0-9]{1,6}\.[A-Z]{1,2})\)`, 'dg'),
  extract(match, ctx) {
    const range = match.indices?.groups?.name;
    if (!range) return null;
    const raw = ctx.article.text.slice(range[0], range[1]);
    const name = trimName(raw);
    if (name.length < 2) return null;
    const start = range[1] - name.length;
    return { start, end: range[1], priority: 1, fields: { name, aliases: [], kind: kindOfName(name) } };
  },
  examples: [
    { text: 'Infrastructure stocks gained with Larsen and Toubro (LART.NS) adding 0.5 percent.', mention: 'Larsen and Toubro', expect: { name: 'Larsen and Toubro' } },
    { text: 'Lanco Infratech (LAIN.NS) rose 4.3 percent.', mention: 'Lanco Infratech', expect: { name: 'Lanco Infratech' } },
    { text: 'Transocean Partners LLC (NYSE: RIGP) hit a low of $13.18.', mention: 'Transocean Partners LLC', expect: { name: 'Transocean Partners LLC' } },
  ],
  negatives: ['The index rose (0.5 percent) on Tuesday.', 'prices fell (ONGC.NS) today'],
};

const LEGAL_WORD = 'Corp|Corporation|Inc|Incorporated|Ltd|Limited|LLC|PLC|Plc|Group|Holdings|Industries|Infratech|Bank|Capital|Partners|Technologies|Motors|Airlines|Securities';

/**
 * An all-caps word closing a name after its legal word (S&P Capital IQ, Deutsche Bank AG), unless it
 * is a title or a market term that follows names in a sentence (Apple Inc CEO, Acme Corp IPO).
 */
const CAPS_TAIL = String.raw`(?!(?:CEO|CFO|COO|CTO|CIO|IPO|ETF|EPS|ADR|USD|GDP|AI)\b)[A-Z]{2,4}\b`;

/** English names by their legal or sector word: Oil and Natural Gas Corp, Reliance Industries. */
export const englishLegalSuffix: PatternRule<'organization'> = {
  id: 'organization/en/legal-suffix',
  type: 'organization',
  lang: 'en',
  trigger: /\s(?:Corp|Inc|Ltd|Limited|LLC|PLC|Plc|Group|Holdings|Industries|Infratech|Bank|Capital|Partners|Technologies|Motors|Airlines|Securities)/,
  pattern: new RegExp(String.raw`(?<![A-Za-z])${WORD}(?:\s(?:(?:and|&|of|de)\s)?${WORD}){0,4}\s(?:${LEGAL_WORD})\b(?:\s${CAPS_TAIL})?\.?`, 'g'),
  extract(match) {
    const name = trimName(match[0].replace(/\.$/, ''));
    const words = name.split(/\s+/);
    if (words.length < 2) return null;
    const start = match.index + match[0].indexOf(name);
    return { start, end: start + name.length, priority: 1, fields: { name, aliases: [], kind: kindOfName(name) } };
  },
  examples: [
    { text: 'Oil and Natural Gas Corp ended down 1.5 percent.', mention: 'Oil and Natural Gas Corp', expect: { name: 'Oil and Natural Gas Corp' } },
    { text: 'Shares of Lanco Infratech rose.', mention: 'Lanco Infratech', expect: { name: 'Lanco Infratech', kind: 'company' } },
    { text: 'Estimates from Sentieo Capital IQ data show a premium.', mention: 'Sentieo Capital IQ', expect: { name: 'Sentieo Capital IQ' } },
    { text: 'Zenith Holdings CEO Anna Berg resigned.', mention: 'Zenith Holdings', expect: { name: 'Zenith Holdings' } },
  ],
  negatives: ['The Group met on Tuesday.', 'the bank said on Monday'],
};

const ORGANIZATION_WORD = /\b(?:Exchange|Bank|Corporation|Company|Commission|Fund|Association|Organization|Agency|Authority|Board|Council|Institute|Reserve|Group|Industries|Securities|Capital|Partners|Holdings|Ministry|Office)\b/;

/**
 * `Bombay Stock Exchange (BSE)`: an acronym defined in brackets is an alias of the name before
 * it, when its letters are the name's initials.
 */
export const englishAcronymDefinition: PatternRule<'organization'> = {
  id: 'organization/en/acronym-definition',
  type: 'organization',
  lang: 'en',
  pattern: / \((?<short>[A-Z]{2,6})\)/dg,
  extract(match, ctx) {
    const short = match.indices?.groups?.short;
    if (!short) return null;
    const acronym = ctx.article.text.slice(short[0], short[1]);
    // The name before: as many capitalized words (and joining of/and/&) as the acronym has letters.
    const words = ctx.scan.slice(Math.max(0, match.index - 120), match.index).split(' ');
    const taken: string[] = [];
    for (let i = words.length - 1; i >= 0 && taken.filter((w) => /^[A-Z]/.test(w)).length < acronym.length; i--) {
      const word = words[i]!;
      if (!/^(?:[A-Z][a-z]+|of|and|&)$/.test(word)) break;
      taken.unshift(word);
    }
    const fullName = taken.join(' ');
    const initials = taken.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    if (initials !== acronym || !ORGANIZATION_WORD.test(fullName)) return null;
    const fields = { name: fullName, aliases: [acronym], kind: kindOfName(fullName) };
    return [
      { start: match.index - fullName.length, end: match.index, priority: 1, fields },
      { start: short[0], end: short[1], priority: 1, fields },
    ];
  },
  examples: [
    { text: 'People walk past the Bombay Stock Exchange (BSE) building in Mumbai.', mention: 'BSE', expect: { name: 'Bombay Stock Exchange', kind: 'exchange' } },
  ],
  negatives: ['He met John Smith (JS) yesterday.'],
};

/** Words of a name after `IPO of`: capitalized, not a sentence word. */
const SUBJECT_NAME = String.raw`(?!(?:The|A|An|Its|Their|This|That)\b)[A-Z][A-Za-z&'.-]*(?:\s[A-Z][A-Za-z&'.-]*){0,3}`;

/**
 * What only a company has: `the IPO of Shake Shack`, `shares of Home Depot`, `a stake in Yahoo Japan`,
 * `the acquisition of Red Hat`.
 */
export const englishCompanyOfShares: PatternRule<'organization'> = {
  id: 'organization/en/company-of-shares',
  type: 'organization',
  lang: 'en',
  trigger: / (?:of|in) /,
  pattern: new RegExp(String.raw`\b(?:IPO|initial public offering|shares|stock|acquisition|takeover|stake) (?:of|in) (?:the )?(?<name>${SUBJECT_NAME})(?![A-Za-z])`, 'dg'),
  extract(match, ctx) {
    const range = match.indices?.groups?.name;
    if (!range) return null;
    const name = ctx.article.text.slice(range[0], range[1]).replace(/[.']+$/, '');
    if (name.length < 2 || /^(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December|U\.S|US|China|Europe|Asia)$/.test(name)) return null;
    return { start: range[0], end: range[0] + name.length, priority: 0, fields: { name, aliases: [], kind: kindOfName(name) } };
  },
  examples: [
    { text: 'The big bank is one of the underwriters for the IPO of Blue Apron which was announced today.', mention: 'Blue Apron', expect: { name: 'Blue Apron' } },
    { text: 'Investors sold shares of Carnival after the warning.', mention: 'Carnival', expect: { name: 'Carnival' } },
  ],
  negatives: ['The stock of the company fell.', 'shares of Monday trading were light', 'a stake in China was sold', 'shares of the fund rose'],
};

/** A company's name read after or before its cue: one to three capitalized words (MediaTek, Mengniu Dairy). */
const CUED_NAME = String.raw`(?!(?:The|A|An|Its|Their|This|That|Our|These|Those|In|On|At|For|With|And|But|As|After|Before|When|While|Last|Next|Mr|Mrs|Ms|Dr)\b)[A-Z][A-Za-z0-9&'’.-]*(?: [A-Z][A-Za-z0-9&'’-]*){0,2}`;
/** Places and calendar words, capitalized like names: rivals like China, one of December's… */
const NOT_AN_ORGANIZATION = /^(?:China|Chinese|India|Japan|Europe|Asia|America|U\.S|US|UK|Germany|Korea|Taiwan|Hong Kong|Wall Street|Silicon Valley|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday)$/;
/** What companies are counted among: `one of China's largest dairy companies`. */
const COMPANY_PLURAL = 'companies|firms|banks|makers|chipmakers|automakers|producers|manufacturers|retailers|brands|insurers|lenders|developers|brokers|operators|carriers|suppliers|conglomerates';

/**
 * Names a phrase says are organizations: `research organization Gartner`, `ratings agency Fitch`,
 * `competitors like MediaTek`, `Mengniu Dairy, one of China's largest dairy companies`.
 */
export const englishCuedOrganization: PatternRule<'organization'> = {
  id: 'organization/en/cued',
  type: 'organization',
  lang: 'en',
  trigger: / (?:firm|organization|company|agency|house|group|bank) |(?:engine|network|app|giant|retailer|start-?up|maker|airline|insurer|lender|conglomerate|service) |rival|competitor|peer|, (?:one of|among) /,
  pattern: new RegExp(
    String.raw`\b(?:(?:research|consulting|consultancy|analytics|data|ratings?|brokerage|investment|private equity|accounting|law) (?:firm|organization|company|agency|house|group|bank)|(?:[Tt]he|[Aa]n?|rival|fellow) (?:search engine|social network|messaging app|(?:e-commerce|tech|technology|internet|media) (?:giant|company)|(?:online )?retailer|start-?up|chipmaker|carmaker|automaker|airline|insurer|lender|conglomerate|streaming service)|(?:rivals?|competitors?|peers?)(?: like| such as| including)?) (?<after>${CUED_NAME})(?![A-Za-z])|(?<before>${CUED_NAME}), (?:one of|among) (?:the )?(?:[A-Za-z’']+ ){0,4}(?:${COMPANY_PLURAL})\b`,
    'dg',
  ),
  extract(match, ctx) {
    const range = match.indices?.groups?.after ?? match.indices?.groups?.before;
    if (!range) return null;
    const raw = ctx.article.text.slice(range[0], range[1]);
    const name = trimName(raw.replace(/[’']s$|[.]$/, ''));
    if (name.length < 2 || NOT_AN_ORGANIZATION.test(name)) return null;
    const start = range[0] + raw.indexOf(name);
    return { start, end: start + name.length, priority: 0, fields: { name, aliases: [], kind: kindOfName(name) } };
  },
  examples: [
    { text: 'Market research firm Canalys estimates that shipments fell.', mention: 'Canalys', expect: { name: 'Canalys' } },
    { text: 'Deals like the one signed with the search engine Qwant will be reviewed.', mention: 'Qwant', expect: { name: 'Qwant' } },
    { text: 'The deal values the online retailer Zulily at $2.4 billion.', mention: 'Zulily', expect: { name: 'Zulily' } },
    { text: 'It stays ahead of competitors like Unisoc in budget phones.', mention: 'Unisoc', expect: { name: 'Unisoc' } },
    { text: 'The deal with Feihe Dairy, one of the largest dairy companies in China, closed.', mention: 'Feihe Dairy', expect: { name: 'Feihe Dairy' } },
  ],
  negatives: ['It faces rivals like China in trade.', 'The research firm said sales fell.', 'Apple, one of my favorite stocks, rose.', 'competitors such as the big banks', 'the search engine Monday said', 'a start-up The company bought', 'It is an airline In March it said.'],
};

/** What is bought besides companies: securities and assets, named by a capitalized word before them (Treasury bonds). */
const BOUGHT_NOT_COMPANY = String.raw`(?!\S* (?:shares|stock|stocks|bonds|notes|debt|bills|assets|securities|futures|options|units|stakes?)\b)`;

/** Things bought that are written like names: U.S. Treasuries, Brent Oil, a New York-based firm. */
const NOT_BOUGHT_COMPANY =
  /Treasur|Bonds?\b|Notes?\b|Bills?\b|Dollars?\b|Euros?\b|Yen\b|Gold\b|Oil\b|Bitcoin|-based|^U\.S\.?|^Series\b|^(?:European|American|Japanese|Asian|British|German|French|Indian|Korean|Canadian|Australian|Russian|Brazilian|Western|Eastern)\b/;

/**
 * The company bought in a deal: `Yahoo bought Tumblr`, `agreed to acquire Red Hat`, `if Verizon had bought Snapchat`.
 * Securities (bought Treasury bonds), places and months are not taken.
 */
export const englishAcquiredOrganization: PatternRule<'organization'> = {
  id: 'organization/en/acquired',
  type: 'organization',
  lang: 'en',
  trigger: /(?:bought|acquired|acquire|buy|purchased|takeover of) /,
  pattern: new RegExp(String.raw`\b(?:bought|acquired|(?:to|would|will|could|agreed to) (?:buy|acquire)|purchased|takeover of) ${BOUGHT_NOT_COMPANY}(?<name>${CUED_NAME})(?![A-Za-z])(?:(?: instead of| rather than| or| and) ${BOUGHT_NOT_COMPANY}(?<other>${CUED_NAME})(?![A-Za-z]))?`, 'dg'),
  extract(match, ctx) {
    const found = [];
    // The company bought, and the one it is weighed against (bought Snapchat instead of Tumblr).
    for (const range of [match.indices?.groups?.name, match.indices?.groups?.other]) {
      if (!range) continue;
      const raw = ctx.article.text.slice(range[0], range[1]);
      const name = raw.replace(/[’']s$|[.]$/, '');
      if (name.length < 2 || NOT_AN_ORGANIZATION.test(name) || /^[A-Z][a-z]*day$/.test(name) || NOT_BOUGHT_COMPANY.test(name)) continue;
      found.push({ start: range[0], end: range[0] + name.length, priority: 0, fields: { name, aliases: [], kind: kindOfName(name) } });
    }
    return found.length ? found : null;
  },
  examples: [
    { text: 'If only the firm had bought Instagram back then.', mention: 'Instagram', expect: { name: 'Instagram' } },
    { text: 'IBM agreed to acquire Red Hat for $34 billion.', mention: 'Red Hat', expect: { name: 'Red Hat' } },
    { text: 'Had the firm bought Instagram instead of Tumblr, it would be worth more.', mention: 'Tumblr', expect: { name: 'Tumblr' } },
  ],
  negatives: ['The Fed bought Treasury bonds on Monday.', 'Investors bought Chinese stocks.', 'He bought China exposure.', 'It acquired Monday a new unit.', 'They bought shares of the fund.', 'Funds bought U.S. Treasuries.', 'It acquired New York-based startups.', 'It plans to acquire European rivals.'],
};
