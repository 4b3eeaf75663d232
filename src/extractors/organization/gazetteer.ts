import type { ExtractContext, Extraction, ScanRule } from '../../engine/extractor.ts';
import type { Span } from '../../model/span.ts';
import type { FieldsOf } from '../../model/records.ts';
import { COMPANIES, type GazetteerEntry } from '../../lexicon/companies.ts';
import { NameTrie } from './trie.ts';
import { CHINESE_PLACES } from '../../lexicon/people.ts';
import { lowerCased } from './lower-cased.ts';

/**
 * `build` over the gazetteer: the built-in entries' once, and once per configured list of user
 * entries (theirs first, so they win ties).
 */
function perUserEntries<T>(build: (entries: readonly GazetteerEntry[]) => T): (ctx: ExtractContext) => T {
  const builtIn = build(COMPANIES);
  const withUserEntries = new WeakMap<readonly GazetteerEntry[], T>();
  return (ctx) => {
    const user = ctx.config?.gazetteer;
    if (!user || user.length === 0) return builtIn;
    let built = withUserEntries.get(user);
    if (built === undefined) {
      built = build([...user, ...COMPANIES]);
      withUserEntries.set(user, built);
    }
    return built;
  };
}

/** Entries by each of their names, lower-cased, the first entry of the list taking a name two share. */
function byNameOf(entries: readonly GazetteerEntry[]): Map<string, GazetteerEntry> {
  const byName = new Map<string, GazetteerEntry>();
  for (const entry of entries) for (const alias of [entry.name, ...entry.aliases]) if (!byName.has(alias.toLowerCase())) byName.set(alias.toLowerCase(), entry);
  return byName;
}
const byNameFor = perUserEntries(byNameOf);

/** The entry one of whose names is exactly `name` (the user's entries first). */
export function gazetteerEntryNamed(name: string, ctx: ExtractContext): GazetteerEntry | undefined {
  return byNameFor(ctx).get(lowerCased(name));
}

/** The trie of the gazetteer's names, the user's entries first. */
export const trieFor = perUserEntries((entries) => new NameTrie(entries));

/**
 * A place and a local name right before a brand's short form make it part of a project's or
 * estate's name (济南鹊山龙湖, 杭州西溪万科): the two or three characters between are no function
 * word (济南的龙湖 and 北京市龙湖 stay the developer). Longer forms (深圳前海微众银行) are names.
 */
const PLACE_NAMED_BEFORE = new RegExp(`(?:${CHINESE_PLACES})(?:[^\\s\\p{P}的和与及在是为对从向将把被等市省区县]){2,3}$`, 'u');

/**
 * Whether an entry's weak alias (央行) names it in this text: the text names the entry otherwise or
 * holds one of its context words. Decided once per entry and text, in `decided`.
 */
function weakAliasAllowed(entry: GazetteerEntry, scan: string, decided: Map<GazetteerEntry, boolean>): boolean {
  let allowed = decided.get(entry);
  if (allowed === undefined) {
    const strong = [entry.name, ...entry.aliases].filter((a) => !entry.weakAliases?.includes(a));
    allowed = [...strong, ...(entry.context ?? [])].some((word) => scan.includes(word));
    decided.set(entry, allowed);
  }
  return allowed;
}

/** Organizations the gazetteer knows, by any of their names, reported under the canonical one. */
export const gazetteerOrganization: ScanRule<'organization'> = {
  id: 'organization/any/gazetteer',
  type: 'organization',
  lang: 'any',
  scan(ctx) {
    const weakAllowed = new Map<GazetteerEntry, boolean>();
    const found: Array<Extraction<'organization'> & Span> = [];
    for (const { start, end, entry, alias } of trieFor(ctx).scan(ctx.scan)) {
      if (entry.weakAliases?.includes(alias) && !weakAliasAllowed(entry, ctx.scan, weakAllowed)) continue;
      if (end - start <= 3 && alias !== entry.name && PLACE_NAMED_BEFORE.test(ctx.scan.slice(Math.max(0, start - 8), start))) continue;
      // The entry's own aliases, read-only downstream: the entity refiner reads an entry's names once
      // for all mentions sharing them.
      const fields: FieldsOf<'organization'> = { name: entry.name, aliases: entry.aliases, kind: entry.kind };
      if (entry.security) fields.security = entry.security;
      found.push({ start, end, priority: 2, fields });
    }
    return found;
  },
  examples: [
    { text: '美股其他高估值科技公司如特斯拉、苹果、微软等股价也在恐慌情绪蔓延下纷纷重挫。', mention: '特斯拉', expect: { name: '特斯拉', kind: 'company', security: 'TSLA.US' } },
    { text: '英伟达股价遭遇了前所未见的暴跌。', mention: '英伟达', expect: { name: '英伟达', security: 'NVDA.US' } },
    { text: '头部公司正在竞先接入Deepseek。', mention: 'Deepseek', expect: { name: 'DeepSeek' } },
    { text: '字节跳动旗下的火山引擎宣布将支持V3/R1等不同尺寸的DeepSeek开源模型。', mention: '火山引擎', expect: { name: '火山引擎' } },
    { text: '中国人民银行今日开展7000亿元MLF操作。', mention: '中国人民银行', expect: { name: '中国人民银行', kind: 'regulator' } },
    { text: '央行宣布下调MLF利率10个基点。', mention: '央行', expect: { name: '中国人民银行', kind: 'regulator' } },
    { text: '2月7日,深交所发布公告。', mention: '深交所', expect: { name: '深圳证券交易所', kind: 'exchange' } },
    { text: 'Reliance Industries closed down 1.9 percent.', mention: 'Reliance Industries', expect: { name: 'Reliance Industries' } },
  ],
  negatives: [
    '公司在济南有两个项目，分别是济南中弘广场和济南鹊山龙湖。',
    '从硅谷到华尔街,DeepSeek-R1的余震仍在持续。',
    '春节前后A股和美股的核心概念股则几乎全线涨停。',
    '这让人联想到一股新的浪潮。',
    '印度央行维持利率不变。',
    '各国央行选择空间有限。央行现在应该做什么？',
    'The metadata is safe.',
  ],
};
