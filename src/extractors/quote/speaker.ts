import type { ExtractContext } from '../../engine/extractor.ts';
import { trieFor } from '../organization/gazetteer.ts';
import { ROLES, SPEECH_VERBS_ZH } from '../../lexicon/people.ts';
import { englishTitleLength, personNameAt } from '../person/names.ts';

const VERB = new RegExp(SPEECH_VERBS_ZH.join('|'));
const VERB_AT_END = new RegExp(`(?:${SPEECH_VERBS_ZH.join('|')})\\s*[:,]?\\s*$`);
const ROLE = new RegExp(ROLES.join('|'), 'g');
const PRONOUN = /^(?:他|她)(?:们)?/;

export interface Attribution {
  speaker: string;
  verb: string;
}

/** The canonical name of an organization whose name opens `text`, if any (中国电信表示…). */
export type OrganizationAt = (text: string) => string | undefined;

/** Reads organizations from the article's gazetteer (built-in and user names). */
export function organizationOpening(ctx: ExtractContext): OrganizationAt {
  const trie = trieFor(ctx);
  return (text) => {
    const first = trie.scan(text).next().value;
    return first?.start === 0 ? first.entry.name : undefined;
  };
}

/**
 * The speaker named right before a quotation it states as a position (公安部“…”的严厉表态): an
 * organization of the gazetteer, or a Chinese name after punctuation or 在/据, ending at the mark.
 */
export function speakerRightBefore(ctx: ExtractContext, before: string): string | undefined {
  const tail = before.slice(-16);
  for (const match of trieFor(ctx).scan(tail)) if (match.end === tail.length) return match.entry.name;
  for (const length of [3, 2]) {
    const start = tail.length - length;
    const found = start > 0 ? personNameAt(tail, start) : undefined;
    if (found?.end === tail.length && /[\s,，。；;在据]/.test(tail[start - 1]!)) return found.name;
  }
  return undefined;
}

/**
 * Who speaks in a clause that ends at a speech verb: a name at the clause's start (张建锋称),
 * the name after its role (OpenAI创始成员安德烈·卡帕西(Andrej Karpathy)在…感慨道), or a pronoun
 * (他表示) that the link refiner resolves to the last person named.
 */
function speakerOf(clause: string, organizationAt: OrganizationAt): string | undefined {
  // The nearest comma-separated part that names someone: 张建锋拿出一张芯片展示，称“…”.
  const parts = clause.split(/[,，、]/);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!.trim();
    const speaker = speakerOfPart(part) ?? organizationAt(part);
    if (speaker) return speaker;
  }
  return undefined;
}

function speakerOfPart(part: string): string | undefined {
  const first = personNameAt(part, 0);
  if (first) return first.name;
  let afterRole: string | undefined;
  ROLE.lastIndex = 0;
  for (let m = ROLE.exec(part); m; m = ROLE.exec(part)) {
    const at = m.index + m[0].length + (part[m.index + m[0].length] === ' ' ? 1 : 0);
    afterRole = personNameAt(part, at)?.name ?? afterRole;
  }
  return afterRole ?? PRONOUN.exec(part)?.[0] ?? trailingName(part);
}

/** A name closing the part after 的 or a role: 跻身内地女首富的吴亚军，在业绩会上表示. */
function trailingName(part: string): string | undefined {
  for (const length of [3, 2]) {
    const start = part.length - length;
    const found = start > 0 ? personNameAt(part, start) : undefined;
    if (found?.end !== part.length) continue;
    if (part[start - 1] === '的' || ROLES.some((r) => part.endsWith(r, start))) return found.name;
  }
  return undefined;
}

/** `“…”OpenAI创始成员安德烈·卡帕西…感慨道。`: the speaker and verb in the clause after a quotation. */
export function attributionAfter(after: string, organizationAt: OrganizationAt): Attribution | undefined {
  const clause = after.split(/[。！？!?；;\n“"]/, 1)[0] ?? '';
  const verb = VERB.exec(clause);
  if (!verb || verb.index > 60) return undefined;
  const speaker = speakerOf(clause.slice(0, verb.index), organizationAt);
  return speaker ? { speaker, verb: verb[0] } : undefined;
}

/** `张建锋称：“…”`, `吴亚军…在中期业绩会上表示，“…”`: the speaker and verb in the clause before. */
export function attributionBefore(before: string, organizationAt: OrganizationAt): Attribution | undefined {
  const verbMatch = VERB_AT_END.exec(before);
  if (!verbMatch) return undefined;
  const verb = verbMatch[0].replace(/[\s:,]+$/, '');
  const head = before.slice(0, verbMatch.index);
  const clause = head.slice(Math.max(head.search(/[^。！？!?\n”"]*$/), 0));
  const speaker = speakerOf(clause, organizationAt);
  return speaker ? { speaker, verb } : undefined;
}

// Up to five words: a title may stand before the name (said Fed Chair Jerome Powell).
const EN_NAME = String.raw`[A-Z][a-z]+(?: [A-Z][a-z]+){0,4}`;
/** Mr. Smith said: the honorific before a surname. */
const EN_HONORIFIC = String.raw`(?:(?:Mr|Ms|Mrs|Dr)\.\s)?`;
/** Smith, the chief executive, said: an apposition between the name and the verb. */
const EN_APPOSITION = String.raw`(?:,\s(?:an?|the|who)\s[^,"“”\n]{1,60},)?`;
const EN_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:(?<verb1>said|says|told)\s${EN_HONORIFIC}(?<name1>${EN_NAME})|${EN_HONORIFIC}(?<name2>${EN_NAME})${EN_APPOSITION}\s(?<verb2>said|says|told)\b)`,
);
const EN_BEFORE = new RegExp(String.raw`(?<name>${EN_NAME})${EN_APPOSITION}\s(?<verb>said|says|told)(?:\s[a-z]+){0,3}\s*[:,]\s*$`);
const NOT_A_NAME = /^(?:The|It|He|She|They|We|I|You|This|That)$/;

/** English: `"…," said Marissa Mayer`, `"…," Mayer said`, `Mayer said: "…"`. */
export function englishAttribution(before: string, after: string): Attribution | undefined {
  // A title before the name (said Fed Chair Jerome Powell) is not the speaker's name.
  const untitled = (name: string) => name.slice(englishTitleLength(name));
  const tooLong = (name: string) => untitled(name).split(' ').length > 3;
  const a = EN_AFTER.exec(after)?.groups;
  const name = a?.name1 ?? a?.name2;
  if (a && name && !NOT_A_NAME.test(name) && !tooLong(name)) return { speaker: untitled(name), verb: (a.verb1 ?? a.verb2)! };
  const b = EN_BEFORE.exec(before)?.groups;
  if (b?.name && !NOT_A_NAME.test(b.name) && !tooLong(b.name)) return { speaker: untitled(b.name), verb: b.verb! };
  return undefined;
}
