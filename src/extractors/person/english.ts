import type { PatternRule } from '../../engine/extractor.ts';

/** A capitalized word of an English personal name: Walsh, Andrés, O’Reilly, McAdams, Smith-Jones. */
const NAME_WORD = String.raw`\p{Lu}(?:\p{Ll}+(?:[-]?\p{Lu}\p{Ll}+)?|[’']\p{Lu}\p{Ll}+)`;
const FULL_NAME = String.raw`${NAME_WORD}(?: ${NAME_WORD}){1,2}`;
/**
 * Every character \p{Lu} can be, without the lower case and CJK that fill most text: tested first,
 * it spares the slow \p{Lu} test at those characters (no upper-case letter lies in U+3000..U+9FFF).
 */
const MAY_BE_UPPER = String.raw`(?=[A-Z\u0080-\u2FFF\uA000-\u{10FFFF}])`;
/** Words that open a heading or a sentence but no name: `The Company (NYSE): ...`. */
const NOT_A_FIRST_NAME = /^(?:The|A|An|In|On|At|For|Our|Why|How|What|Top|Best|Stock|Shares|Update|Note|Source|Disclosure)\s/;

/**
 * A contributor's paragraph in a round-up, opened by the writer and the company they write about:
 * `Tamara Walsh (WhiteWave Foods): From smart acquisitions…`. Only at the start of a line, so a
 * company with its ticker inside a sentence (`Qualcomm (NASDAQ: QCOM)`) is left alone.
 */
export const englishContributor: PatternRule<'person'> = {
  id: 'person/en/contributor-paragraph',
  type: 'person',
  lang: 'en',
  trigger: /\):/,
  // The line break is part of the match (the draft is the name's): a pattern that opens on a
  // look-behind is tried at every character of the text, one that opens on \n only at line breaks.
  pattern: new RegExp(String.raw`(?:^|\n)[ \t]*(?<name>${FULL_NAME}) \((?<subject>[^()\n:]{2,60})\):`, 'dgu'),
  extract(match, ctx) {
    const range = match.indices?.groups?.name;
    if (!range) return null;
    const name = ctx.article.text.slice(range[0], range[1]);
    if (NOT_A_FIRST_NAME.test(name)) return null;
    return { start: range[0], end: range[1], priority: 1, fields: { name, aliases: name.includes('’') ? [name.replace('’', "'")] : [] } };
  },
  examples: [
    { text: 'Priya Raman (Netflix): Streaming is a scale game and Netflix has the scale.', mention: 'Priya Raman', expect: { name: 'Priya Raman' } },
    { text: 'Intro line.\nJosé Álvarez (Costco Wholesale): Membership fees keep growing.', mention: 'José Álvarez', expect: { name: 'José Álvarez' } },
    { text: 'Liam O’Connor (Intel): Chips are cyclical.', mention: 'Liam O’Connor', expect: { name: 'Liam O’Connor' } },
  ],
  negatives: [
    'Shares of Acme rose after Qualcomm Inc (NASDAQ: QCOM): the chipmaker beat estimates.',
    'The Company (Acme Corp): results were mixed.',
    'Growth continued, said Apple (AAPL): a buy.',
  ],
};

/** Honorifics before a name (CEO, COO… are roles the role rule reads: `Facebook COO Sheryl Sandberg`). */
const TITLE = String.raw`(?:Mr|Ms|Mrs|Dr)\.`;

/**
 * A name after its title, or before `, analyst at X` / `, chief executive of X`: the title or the
 * apposition says a person stands there.
 */
export const englishTitledPerson: PatternRule<'person'> = {
  id: 'person/en/titled',
  type: 'person',
  lang: 'en',
  // A title, or a role before its preposition (chief executive, co-founder and portfolio manager
  // hold executive, founder and manager). Looked for from the space and the dot after them: an
  // alternation of the words themselves is tried at every character of the text.
  trigger:
    /\. (?<=(?:Mr|Ms|Mrs|Dr)\. )| (?:at|of|with|for)\b(?<=(?:analyst|economist|strategist|executive|founder|manager|chairman|spokes(?:man|woman|person)|head|director|president|partner|professor|officer|trader|CEO|CFO) (?:at|of|with|for))/,
  pattern: new RegExp(
    String.raw`${MAY_BE_UPPER}(?:\b${TITLE} (?<after>${FULL_NAME})(?![\p{L}])|(?<before>${FULL_NAME}), (?:an? |the )?(?:senior |chief |lead |equity |research )?(?:analyst|economist|strategist|chief executive|founder|co-founder|portfolio manager|fund manager|chairman|spokesman|spokeswoman|spokesperson|head(?: of [a-z]+(?: [a-z]+)?)?|(?:managing |executive )?director|(?:vice )?president|(?:managing|senior|founding) partner|professor|(?:chief (?:executive|financial|operating|investment|technology) )?officer|trader|CEO|CFO) (?:at|of|with|for)\b)`,
    'dgu',
  ),
  extract(match, ctx) {
    const range = match.indices?.groups?.after ?? match.indices?.groups?.before;
    if (!range) return null;
    const name = ctx.article.text.slice(range[0], range[1]);
    if (NOT_A_FIRST_NAME.test(name)) return null;
    return { start: range[0], end: range[1], priority: 1, fields: { name, aliases: [] } };
  },
  examples: [
    { text: 'Netflix CEO Reed Hastings said growth would slow.', mention: 'Reed Hastings', expect: { name: 'Reed Hastings' } },
    { text: 'Gene Munster, an analyst at Piper Jaffray, expects a rebound.', mention: 'Gene Munster', expect: { name: 'Gene Munster' } },
    { text: 'Mr. Warren Buffett wrote to shareholders.', mention: 'Warren Buffett', expect: { name: 'Warren Buffett' } },
    { text: 'Jane Porter, head of research at Citi, expects two cuts.', mention: 'Jane Porter', expect: { name: 'Jane Porter' } },
    { text: 'Mary Quinn, CEO of Acme Motors, said demand held up.', mention: 'Mary Quinn', expect: { name: 'Mary Quinn' } },
    { text: 'Tom Grant, managing partner at Fundstrat, turned bullish.', mention: 'Tom Grant', expect: { name: 'Tom Grant' } },
  ],
  negatives: ['The CEO is leaving at year end.', 'The Bank, an analyst at heart, said nothing.', 'Mr. Market is moody.', 'Goldman Sachs, a partner of the fund, declined.'],
};

/** Titles an appositive name follows: `Yahoo’s chief executive, Marissa Mayer, …`. */
const APPOSITIVE_TITLE = String.raw`(?:chief (?:executive|financial officer|operating officer|investment officer|technology officer)|chairman|chairwoman|president|co-founder|founder|spokesman|spokeswoman|spokesperson|CEO|CFO)`;

/**
 * A name set off by commas right after its job title: `Yahoo’s chief executive, Marissa Mayer,`,
 * `the company’s founder, Jack Ma.` The name ends the clause (a comma, a stop, a speech verb).
 */
export const englishAppositivePerson: PatternRule<'person'> = {
  id: 'person/en/appositive',
  type: 'person',
  lang: 'en',
  // Looked for from the comma and space after the title, not at every letter of the text.
  trigger: /, (?<=(?:executive|officer|chairman|chairwoman|president|founder|spokesman|spokeswoman|spokesperson|CEO|CFO), )/,
  pattern: new RegExp(String.raw`\b${APPOSITIVE_TITLE}, (?<name>${FULL_NAME})(?=[,.;]| (?:said|says|told|and)\b|$)`, 'dgu'),
  extract(match, ctx) {
    const range = match.indices?.groups?.name;
    if (!range) return null;
    const name = ctx.article.text.slice(range[0], range[1]);
    if (NOT_A_FIRST_NAME.test(name)) return null;
    return { start: range[0], end: range[1], priority: 1, fields: { name, aliases: [] } };
  },
  examples: [
    {
      text: 'Investors who back the company’s chief executive, Jane Porter, can reject the deal.',
      mention: 'Jane Porter',
      expect: { name: 'Jane Porter' },
    },
    { text: 'The bank’s chairman, Robert Klein said the merger would close in March.', mention: 'Robert Klein', expect: { name: 'Robert Klein' } },
  ],
  negatives: ['He stepped down as chief executive, The Board said.', 'She became president, and then chairman of the board.', 'The founder, a former banker, left.'],
};
