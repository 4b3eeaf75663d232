import type { ExtractContext, Extraction, ScanRule } from '../../engine/extractor.ts';
import type { Span } from '../../model/span.ts';
import type { FieldsOf } from '../../model/records.ts';
import { COMPANIES, type GazetteerEntry } from '../../lexicon/companies.ts';
import { NameTrie } from './trie.ts';
import { CHINESE_PLACES, COUNTRIES } from '../../lexicon/people.ts';
import { lowerCased } from './lower-cased.ts';
import { isCjkCode } from './boundary.ts';
import { isAsciiLower, isAsciiUpper } from '../../text/code-units.ts';

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

/**
 * A data credit right after a market's name (某某新三板资料显示, 某网新三板数据显示): where a word of
 * its own stands glued before the market, the two are a publisher's data product, and the market
 * is no party of the story. After a function or time word (据新三板数据显示, 今日上交所数据显示) it is.
 */
const DATA_CREDIT = /(?:资料|数据|信息)显示/y;
/** The last character of a function or time word before the market (据, 今日): no publisher's name ends so. */
const NOT_A_PUBLISHER_END = /[据自从由在于的和与及是为对向经年月日天周时今昨前后中]/;

function inDataProductName(scan: string, start: number, end: number, entry: GazetteerEntry): boolean {
  if (entry.kind !== 'exchange' || !isCjkCode(scan.charCodeAt(start - 1)) || NOT_A_PUBLISHER_END.test(scan[start - 1]!)) return false;
  DATA_CREDIT.lastIndex = end;
  return DATA_CREDIT.test(scan);
}

/** Kinds whose national arms are organizations of their own: 亚马逊中国, Yahoo Japan (not 新华社香港, a dateline). */
const HAS_UNITS = new Set<GazetteerEntry['kind']>(['company', 'bank', 'broker', 'fund']);
/**
 * A country after a company's Chinese name, then what ends a subject (亚马逊中国方面表示, 亚马逊中国继续押宝):
 * the company's arm there. Before a noun (苹果中国市场, 特斯拉中国工厂) or a list (中国、美国) it is no name.
 */
const UNIT_AFTER_ZH = new RegExp(`^(?:${COUNTRIES})(?=方面|公司|官方|表示|宣布|回应|回复|继续|正式|也|已|将|则|[，。,；;：:！？!?）)」”\s])`);
/** A country after a company's Latin name: Yahoo Japan, Amazon India, Google China. */
const UNIT_AFTER_EN = /^ (?:Japan|China|India|Korea|Europe|Germany|France|UK|Canada|Australia|Taiwan|Hong Kong|Singapore|Brazil|Mexico|Russia)(?![A-Za-z])/;
/** The characters the countries open with: most names are followed by none of them. */
const COUNTRY_OPENING = new Set(COUNTRIES.split('|').map((country) => country.charCodeAt(0)));

/** The end of a company's national arm written right after its name at `end`, or -1. */
function unitEnd(scan: string, end: number, entry: GazetteerEntry): number {
  if (!HAS_UNITS.has(entry.kind)) return -1;
  const last = scan.charCodeAt(end - 1);
  const next = scan.charCodeAt(end);
  // Most names are followed by neither a country's first character nor a space: a test or two each.
  if (isCjkCode(last) && COUNTRY_OPENING.has(next)) {
    const unit = UNIT_AFTER_ZH.exec(scan.slice(end, end + 8));
    return unit ? end + unit[0].length : -1;
  }
  if ((isAsciiUpper(last) || isAsciiLower(last)) && next === 32) {
    const unit = UNIT_AFTER_EN.exec(scan.slice(end, end + 11));
    return unit ? end + unit[0].length : -1;
  }
  return -1;
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
      if (inDataProductName(ctx.scan, start, end, entry)) continue;
      const armEnd = unitEnd(ctx.scan, end, entry);
      if (armEnd > 0) {
        // A national arm is an organization of its own (亚马逊中国 beside 亚马逊), named as written.
        const name = ctx.article.text.slice(start, armEnd);
        found.push({ start, end: armEnd, priority: 2, fields: { name, aliases: [], kind: entry.kind } });
        continue;
      }
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
    { text: '英国离开欧盟的日子越来越近，联合国发布了报告。', mention: '欧盟', expect: { name: '欧盟' } },
    { text: '微博发布财报，微博股价盘后上涨。', mention: '微博', expect: { name: '微博', security: 'WB.US' } },
    { text: '截至发稿，亚马逊中国方面对记者表示将继续投入。', mention: '亚马逊中国', expect: { name: '亚马逊中国', kind: 'company' } },
    { text: 'The fund keeps its shares of Alibaba and Sony Japan.', mention: 'Sony Japan', expect: { name: 'Sony Japan' } },
    { text: '据新三板数据显示，挂牌公司数量有所减少。', mention: '新三板', expect: { name: '全国中小企业股份转让系统', kind: 'exchange' } },
    { text: '今日上交所数据显示，两市成交放量。', mention: '上交所', expect: { name: '上海证券交易所' } },
  ],
  negatives: [
    '公司在济南有两个项目，分别是济南中弘广场和济南鹊山龙湖。',
    '从硅谷到华尔街,DeepSeek-R1的余震仍在持续。',
    '春节前后A股和美股的核心概念股则几乎全线涨停。',
    '这让人联想到一股新的浪潮。',
    '印度央行维持利率不变。',
    '各国央行选择空间有限。央行现在应该做什么？',
    'The metadata is safe.',
    '关注@某某财经 微博，每天获取最新资讯。',
    '该平台联合国际品牌首次推出一小时达业务。',
    // A publisher's data product named after the market it covers: a credit, not the market.
    '智通新三板资料显示，该公司主营建材销售。',
  ],
};
