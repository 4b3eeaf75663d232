import type { PatternRule } from '../../engine/extractor.ts';
import { triedAtOpenings, wordOpenings } from '../../engine/openings.ts';
import { CHINESE_PLACES, isChineseName, ROLES } from '../../lexicon/people.ts';
import { isDescription, nameStartBefore } from './boundary.ts';
import { kindOfName } from './kind.ts';
import { gazetteerEntryNamed } from './gazetteer.ts';

/**
 * A name, unless it is shaped like a person's (王雪红宣布) or a description (该公司). `named`: the
 * context already says a company stands there, so common words may be part of its name.
 */
function organizationBefore(scan: string, text: string, end: number, max: number, named = false) {
  const start = nameStartBefore(scan, end, 2, max);
  if (start === undefined) return undefined;
  const name = text.slice(start, end);
  if (isDescription(name, named) || isChineseName(name)) return undefined;
  return { start, end, name };
}

/** A Latin name right before 旗下/母公司 (Meta旗下), or a brand of three digits (360旗下; four would be a year). */
const LATIN_OWNER = /(?<![A-Za-z0-9.&-])(?:[A-Za-z][A-Za-z0-9.&-]{1,30}|[1-9]\d{2})$/;

/**
 * Ownership: `字节跳动旗下的火山引擎`, `脸书母公司Meta`, `阿里巴巴全资子公司`. The owner before
 * 旗下/子公司 is an organization, and so is a Latin name right after 母公司.
 */
export const ownershipOrganization: PatternRule<'organization'> = {
  id: 'organization/zh/ownership',
  type: 'organization',
  lang: 'zh',
  pattern: /(?<link>旗下|的全资子公司|全资子公司|控股子公司|子公司|母公司|的运营公司|的运营方|的运营主体)(?<parent>[A-Z][A-Za-z0-9.&-]{1,30})?/dg,
  extract(match, ctx) {
    const link = match.indices?.groups?.link;
    if (!link) return null;
    const results = [];
    const latinOwner = LATIN_OWNER.exec(ctx.scan.slice(Math.max(0, link[0] - 31), link[0]));
    const owner = latinOwner
      ? { start: link[0] - latinOwner[0].length, end: link[0], name: ctx.article.text.slice(link[0] - latinOwner[0].length, link[0]) }
      : organizationBefore(ctx.scan, ctx.article.text, link[0], 6);
    if (owner) results.push({ start: owner.start, end: owner.end, fields: { name: owner.name, aliases: [], kind: kindOfName(owner.name) } });
    const parent = match.indices?.groups?.parent;
    if (parent && match.groups?.link === '母公司') {
      const name = ctx.article.text.slice(parent[0], parent[1]);
      results.push({ start: parent[0], end: parent[1], fields: { name, aliases: [], kind: kindOfName(name) } });
    }
    return results.length ? results : null;
  },
  examples: [
    { text: '据悉,脸书母公司Meta已经成立了四个专门研究小组。', mention: 'Meta', expect: { name: 'Meta' } },
    { text: '2月4日,爱奇艺旗下的云平台宣布上线。', mention: '爱奇艺', expect: { name: '爱奇艺' } },
    { text: '5月14日，360旗下公司退出该平台股东行列。', mention: '360', expect: { name: '360' } },
    { text: '据悉，点融网的运营公司点融信息服务有限公司已完成增资。', mention: '点融网', expect: { name: '点融网' } },
  ],
  negatives: ['其旗下平台支持一键部署。', '该公司的子公司已完成交割。', '2019旗下公司数量增加。', '该平台的运营方已被立案。'],
};

/**
 * The subject of an announcement: `阳光照明公告称`, `，迈克生物披露定增结果`. Companies announce;
 * a person-shaped subject is left to the person rules.
 */
export const announcingOrganization: PatternRule<'organization'> = {
  id: 'organization/zh/announcement-subject',
  type: 'organization',
  lang: 'zh',
  pattern: /(?:公告称|公告显示|发布公告|晚间公告|披露)/g,
  extract(match, ctx) {
    // Only companies issue 公告: a name holding a common word (中国中期) is one, unless it ends in one (国内企业).
    const announces = match[0] !== '披露';
    const found =
      organizationBefore(ctx.scan, ctx.article.text, match.index, 6) ??
      (announces ? organizationBefore(ctx.scan, ctx.article.text, match.index, 6, true) : undefined);
    if (!found || (found.name.length < 4 && announces && isDescription(found.name, false)) || isDescription(found.name.slice(-2), false)) return null;
    const before = ctx.scan[found.start - 1];
    // Only a subject that opens its clause: 据阳光照明公告称 is fine, 其中某条公告称 is not a name.
    if (before !== undefined && !/[\s,，。；;:：!！?？、\n丨|]/.test(before)) return null;
    return { start: found.start, end: found.end, fields: { name: found.name, aliases: [], kind: kindOfName(found.name) } };
  },
  examples: [
    { text: '阳光照明公告称，公司回购股份已实施完毕。', mention: '阳光照明', expect: { name: '阳光照明' } },
    { text: '迈克生物定增结果：高毅资产获配近2.7亿元\n迈克生物披露定增结果。', mention: '迈克生物', expect: { name: '迈克生物' } },
    { text: '25日晚间，中国中材发布公告称，决定申请中止收购。', mention: '中国中材', expect: { name: '中国中材' } },
  ],
  negatives: ['王雪红公告称将专任董事长。', '该公司公告称业绩下滑。', '同日,交易所公告显示成交放量。', '，国内企业发布公告称将停产。', '，海外机构公告称减持。', '，数据披露显示增长。'],
};

/** `ZStack正式宣布`, `ZStack表示`: a Latin brand (capitals inside) as the subject of an announcement. */
export const latinSubjectOrganization: PatternRule<'organization'> = {
  id: 'organization/zh/latin-subject',
  type: 'organization',
  lang: 'zh',
  pattern: /(?<![A-Za-z0-9.-])(?:[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z]{2,8})(?=(?:正式|也|已|今日|近日)?(?:宣布|表示|公告|发布公告|透露))/g,
  extract(match) {
    const name = match[0];
    return { fields: { name, aliases: [], kind: kindOfName(name) } };
  },
  examples: [
    { text: 'ZStack正式宣布获2.3亿元B+轮融资。', mention: 'ZStack', expect: { name: 'ZStack' } },
    { text: 'ZStack表示，此次融资将继续用于深耕IaaS产品关键技术。', mention: 'ZStack', expect: { name: 'ZStack' } },
  ],
  negatives: ['Yves Maitre表示将举家搬至台北。', '这家公司宣布了新的计划。', 'iPhone发布会上宣布降价。'],
};

/** Investors of a round: `由三峡鑫泰领投`, `老股东…前海母基金继续跟投`. */
export const investorOrganization = triedAtOpenings<'organization'>({
  id: 'organization/zh/investor',
  type: 'organization',
  lang: 'zh',
  pattern: /(?:继续|共同|联合)?(?:领投|跟投|参投)/g,
  extract(match, ctx) {
    const found = organizationBefore(ctx.scan, ctx.article.text, match.index, 8);
    return found ? { start: found.start, end: found.end, fields: { name: found.name, aliases: [], kind: 'fund' } } : null;
  },
  examples: [{ text: '本轮融资方由三峡鑫泰领投，多家知名机构跟投。', mention: '三峡鑫泰', expect: { name: '三峡鑫泰' } }],
  negatives: ['多家知名机构跟投。', '本轮由老股东继续跟投。'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
});


/** A listed company named by its stock: `以长生生物股票为质押物`, `金洲慈航股价跌幅较大`. */
export const stockOfOrganization = triedAtOpenings<'organization'>({
  id: 'organization/zh/stock-of',
  type: 'organization',
  lang: 'zh',
  pattern: /股票|股价/g,
  extract(match, ctx) {
    const found = organizationBefore(ctx.scan, ctx.article.text, match.index, 6);
    return found ? { start: found.start, end: found.end, fields: { name: found.name, aliases: [], kind: 'company' } } : null;
  },
  examples: [{ text: '融入方张洺豪以长生生物股票为质押物。', mention: '长生生物', expect: { name: '长生生物' } }],
  negatives: ['公司股票将被终止上市。', '其股价大跌。', '个股股价普遍下跌。'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
});

/** `法国Orange前副总裁`, `HTC首席执行官`: a Latin name right before a title is the employer. */
export const latinEmployerOrganization: PatternRule<'organization'> = {
  id: 'organization/zh/latin-employer',
  type: 'organization',
  lang: 'zh',
  pattern: new RegExp(`(?<![A-Za-z0-9.-])[A-Z][A-Za-z0-9&]{1,20}(?=(?:前|原|现|的|副)?(?:${ROLES.filter((r) => !/^[A-Z]/.test(r)).join('|')}))`, 'g'),
  extract(match) {
    return { fields: { name: match[0], aliases: [], kind: kindOfName(match[0]) } };
  },
  examples: [
    { text: '法国Orange前副总裁Yves Maitre接任HTC首席执行官职务。', mention: 'Orange', expect: { name: 'Orange' } },
    { text: 'Yves Maitre接任HTC首席执行官职务。', mention: 'HTC', expect: { name: 'HTC' } },
  ],
  negatives: ['GPU集群了。', '他在CEO任上。'],
};

const KIND_AFTER_LIST = /等(?:多家|几家|数家|\d+家)?(?:公司|企业|机构|券商|银行|厂商|巨头|科技公司|上市公司|平台|基金公司|投资机构)/g;

/**
 * `包括新颜科技、魔蝎科技、同盾科技等公司`: a list the text itself calls companies. Every item of it
 * is an organization (at least two items, each bounded by 、, 和 or 及).
 */
export const listOfCompanies = triedAtOpenings<'organization'>({
  id: 'organization/zh/list-of-companies',
  type: 'organization',
  lang: 'zh',
  pattern: KIND_AFTER_LIST,
  extract(match, ctx) {
    const items = [];
    for (let end = match.index; ; ) {
      const found = organizationBefore(ctx.scan, ctx.article.text, end, 10, true);
      if (!found) break;
      items.unshift({ start: found.start, end: found.end, fields: { name: found.name, aliases: [], kind: kindOfName(found.name) } });
      const joiner = ctx.scan[found.start - 1];
      if (joiner !== '、' && joiner !== '和' && joiner !== '及') break;
      end = found.start - 1;
    }
    return items.length >= 2 ? items : null;
  },
  examples: [
    { text: '警方调查了包括新颜科技、魔蝎科技、信川科技等公司。', mention: '信川科技', expect: { name: '信川科技' } },
    { text: '头部平台如甲乙信贷、丙丁金融和戊己财富等机构均已下架产品。', mention: '丙丁金融', expect: { name: '丙丁金融' } },
  ],
  negatives: ['银行、证券、基金、信托等金融机构均受影响。', '该公司等企业也在观望。'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
});

/**
 * A lending platform named after its genre: `成都P2P平台优车行网站关闭`, `P2P平台和信贷的运营公司`.
 * The name runs to the word that follows it (网站, 的, 于, a verb or punctuation).
 */
export const namedPlatformOrganization = triedAtOpenings<'organization'>({
  id: 'organization/zh/named-platform',
  type: 'organization',
  lang: 'zh',
  pattern: /(?:P2P|网贷|网络借贷|互金)平台(?<name>[\u4e00-\u9fff]{2,5}?)(?=网站|官网|的|于|已|被|在|宣布|发布|涉嫌|因|[,，。、；;(])/dg,
  extract(match, ctx) {
    const range = match.indices?.groups?.name;
    if (!range) return null;
    const name = ctx.article.text.slice(range[0], range[1]);
    if (isDescription(name, false) || /^[的等中数]/.test(name)) return null;
    return { start: range[0], end: range[1], fields: { name, aliases: [], kind: 'company' } };
  },
  examples: [
    { text: '上周共出现3家问题平台，其中杭州P2P平台钱袋子网站关闭。', mention: '钱袋子', expect: { name: '钱袋子' } },
    { text: '5月17日，网贷平台和谐贷的运营公司完成增资。', mention: '和谐贷', expect: { name: '和谐贷' } },
  ],
  negatives: ['考察了P2P平台的信息接入情况。', '4月P2P平台信息披露排行榜发布。', '这些网贷平台已被立案。', 'P2P平台数量继续减少。'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
});

/** Words a brand takes in its company's other names: 申通快递, 韵达股份. */
const BRAND_CONTINUES = /^(?:快递|物流|股份|集团|控股|科技|实业|有限公司|公司)/;

/**
 * A subsidiary's short form after the link that introduces it: `全资子公司申通有限拟以3022万元收购`
 * (…有限 abbreviates …有限公司), where the article names the brand elsewhere as a company (申通快递).
 */
export const subsidiaryShortName = triedAtOpenings<'organization'>({
  id: 'organization/zh/subsidiary-short-name',
  type: 'organization',
  lang: 'zh',
  pattern: /(?:全资|控股)子公司(?<name>[\u4e00-\u9fff]{2,6}?有限)(?=[拟将以于已在与和])/dg,
  extract(match, ctx) {
    const range = match.indices?.groups?.name;
    if (!range) return null;
    const name = ctx.article.text.slice(range[0], range[1]);
    const brand = name.slice(0, -2);
    if (isDescription(brand, false) || !brandNamedElsewhere(ctx.scan, brand, range[0])) return null;
    // Over the gazetteer's brand inside it (申通 of 申通有限 is the parent's short name).
    return { start: range[0], end: range[1], priority: 3, fields: { name, aliases: [], kind: 'company' } };
  },
  examples: [{ text: '韵达股份公告称，董事会同意全资子公司韵达有限拟以5000万元收购转运中心资产。', mention: '韵达有限', expect: { name: '韵达有限' } }],
  negatives: ['全资子公司数量有限，影响有限。', '其控股子公司规模有限。', '全资子公司资金有限将影响扩张。', '董事会同意全资子公司韵达有限拟收购资产。'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
});

function brandNamedElsewhere(scan: string, brand: string, except: number): boolean {
  for (let at = scan.indexOf(brand); at >= 0; at = scan.indexOf(brand, at + 1)) {
    if (at !== except && BRAND_CONTINUES.test(scan.slice(at + brand.length, at + brand.length + 4))) return true;
  }
  return false;
}

/**
 * Where a subject ends before a verb at `end`: the words `words` matches at the end of the `reach`
 * characters before it (when, where, how far: 5月15日, 官网, 已), taken off one after another.
 */
function endBeforeWords(scan: string, end: number, words: RegExp, reach: number): number {
  for (let cut = words.exec(scan.slice(Math.max(0, end - reach), end)); cut; cut = words.exec(scan.slice(Math.max(0, end - reach), end))) {
    end -= cut[0].length;
  }
  return end;
}

/** What only an organization publishes: a titled document, a report, a ranking, results. */
const PUBLICATION =
  /(?:发布|公布)[了的]?(?=《|\d{4}年|\d{1,2}月|[一二三四]季报|[一二三四]季度报告|年报|半年报|中期业绩|年度业绩|季报|财报|业绩报告|研究报告|白皮书|排行榜|榜单)/g;
/** Words between a publisher and the verb: when and where (拍拍贷5月15日发布, 协会官网发布, 龙湖集团近日公布). */
const BEFORE_VERB = /(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}年|于|今日|昨日|近日|日前|今天|昨天|当天|正式|首次|再次|也|还|已|曾|将|官网|官方)$/;
/** Who publishes without being an organization named: 记者, 笔者, 本报, 官方. */
const NOT_A_PUBLISHER = /^(?:记者|笔者|本报|本刊|小编|我们|他们|官方|媒体|机构|研究|分析|报告|数据|统计|上周|本周|下周|随后|此前|同时|正式)$/;

/**
 * The publisher of a document, report or results, opening its clause: `零壹财经发布了《4月P2P网贷平台
 * 信息披露排行榜》`, `6、拍拍贷发布一季报`, `拍拍贷5月15日发布2019年第一季度财报`.
 */
export const publisherOrganization = triedAtOpenings<'organization'>({
  id: 'organization/zh/publisher',
  type: 'organization',
  lang: 'zh',
  pattern: PUBLICATION,
  extract(match, ctx) {
    const end = endBeforeWords(ctx.scan, match.index, BEFORE_VERB, 6);
    const found = organizationBefore(ctx.scan, ctx.article.text, end, 6);
    if (!found || NOT_A_PUBLISHER.test(found.name)) return null;
    const before = ctx.scan[found.start - 1];
    // The publisher opens its clause (上周，零壹财经发布了, 3、零壹财经发布, 根据亿欧智库…发布的《…》): not 其中某项研究发布.
    if (before !== undefined && !/[\s,，。；;:：!！?？、\n丨|据]/.test(before)) return null;
    return { start: found.start, end: found.end, fields: { name: found.name, aliases: [], kind: kindOfName(found.name) } };
  },
  examples: [
    { text: '上周，网贷之家发布了《5月P2P网贷行业月报》。', mention: '网贷之家', expect: { name: '网贷之家' } },
    { text: '2、点融网发布一季报 营收同比增长12%', mention: '点融网', expect: { name: '点融网' } },
    { text: '据悉，信而富5月20日发布2019年第一季度财报。', mention: '信而富', expect: { name: '信而富' } },
    { text: '根据艾欧智库2019年3月发布的《消费金融研究报告》显示，机构已达120家。', mention: '艾欧智库', expect: { name: '艾欧智库' } },
  ],
  negatives: ['上周，记者发布了《调查报告》。', '，随后发布《通知》。', '该公司发布2019年年报。', '，官方发布了《公告》。', '其中一家研究机构发布了《报告》。', '根据记者2018年发布的《调查》显示。'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
});

/** Places rank too: 中国以GDP总量排名第2位. */
const PLACE_ONLY = new RegExp(`^(?:${CHINESE_PLACES}|中国|美国|日本|英国|法国|德国|韩国|印度|俄罗斯|欧洲|亚洲|全球|香港|台湾|澳门)(?:省|市|地区)?$`);
/** Measures that rank too: 营收排名第3位, 市值（第5位）. */
const RANKED_MEASURE = /(?:营收|收入|利润|市值|销量|规模|总额|得分|排名|增速|增幅|占比|比例)$/;
/** The clause before a rank, naming what is ranked: 小米集团以1749亿元营收排名第53位. */
const RANKED_CLAUSE = /(?<=^|[\s,，。；;:：、])(?:其中|此外|而|另外)?(?<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,9}?)(?:则|也|还|更)?以[^,，。；;]{1,20}$/d;

/** The verbs before a rank (排名第三位, 位居第2位). */
const RANK_VERBS = ['排名', '位列', '位居', '名列'];

/**
 * What a ranking ranks: `此外，好未来（第483位）则成为…`, `美团点评则以652亿元营收排名第140位`. The
 * genre (rankings of companies) names organizations there.
 */
export const rankedOrganization = triedAtOpenings<'organization'>({
  id: 'organization/zh/ranked',
  type: 'organization',
  lang: 'zh',
  pattern: new RegExp(`\\((?:排名)?第\\d+位\\)|(?:${RANK_VERBS.join('|')})第[\\d一二三四五六七八九十百]+位`, 'g'),
  extract(match, ctx) {
    let found: { start: number; end: number; name: string } | undefined;
    if (match[0].startsWith('(')) {
      found = organizationBefore(ctx.scan, ctx.article.text, match.index, 8, true);
      const before = found && ctx.scan[found.start - 1];
      if (before !== undefined && !/[\s,，。；;:：、]/.test(before)) found = undefined;
    } else {
      const from = Math.max(0, match.index - 32);
      const clause = RANKED_CLAUSE.exec(ctx.scan.slice(from, match.index));
      const range = clause?.indices?.groups?.name;
      if (range) found = { start: from + range[0], end: from + range[1], name: ctx.article.text.slice(from + range[0], from + range[1]) };
    }
    if (!found || RANKED_MEASURE.test(found.name) || PLACE_ONLY.test(found.name) || isDescription(found.name, true) || isChineseName(found.name)) return null;
    return { start: found.start, end: found.end, fields: { name: found.name, aliases: [], kind: kindOfName(found.name) } };
  },
  examples: [
    { text: '此外，新东方（第475位）则成为又一家上榜的教育企业。', mention: '新东方', expect: { name: '新东方' } },
    { text: '今年新上榜的公司中，拼多多以131亿元营收排名第447位。', mention: '拼多多', expect: { name: '拼多多' } },
  ],
  negatives: ['该公司以500亿元营收排名第30位。', '其营收（第12位）略有下降。', '中国以GDP总量排名第2位。', '净利润以30%的增速排名第5位。'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
  // Written: read from the pattern, ( and the verbs would share one opening (20 pairs, not 11).
}, [{ firsts: '(', seconds: '排第' }, wordOpenings(RANK_VERBS)]);

/** Who counts without being a source named: 据不完全统计, 据记者统计, 据相关统计. */
const NOT_A_SOURCE = /^(?:不|相关|有关|公开|初步|粗略|官方|记者|笔者|本报|本刊|小编|我们|媒体|机构|市场|行业|数据)/;

/** A research house or agency counting: `据零壹智库统计，截至5月20日…`, `据网贷之家不完全统计`. */
export const statisticsSourceOrganization: PatternRule<'organization'> = {
  id: 'organization/zh/statistics-source',
  type: 'organization',
  lang: 'zh',
  // A literal every match holds: searched for as plain text, much faster than the pattern.
  trigger: /统计/,
  // 据 is part of the match (the mention is the name): a pattern that starts with a look-behind is tried at every position.
  pattern: /据(?<name>[\u4e00-\u9fff]{2,8}?)(?:的)?(?:不完全)?统计(?![局部])/dg,
  extract(match, ctx) {
    const range = match.indices?.groups?.name;
    if (!range) return null;
    const name = ctx.article.text.slice(range[0], range[1]);
    if (NOT_A_SOURCE.test(name) || isDescription(name, false) || isChineseName(name) || PLACE_ONLY.test(name)) return null;
    return { start: range[0], end: range[1], fields: { name, aliases: [], kind: kindOfName(name) } };
  },
  examples: [{ text: '近一个月来平台密集增资。据网贷天眼统计，截至5月20日，注册资本5亿元以上有28家。', mention: '网贷天眼', expect: { name: '网贷天眼' } }],
  negatives: ['据不完全统计，共有30家。', '据记者统计，已有十家。', '据相关统计数据显示。', '据中国统计，产量上升。', '据张伟统计，共有三家。'],
};

/** Words between a subject and 被…立案: when (于5月13日) and how far (已, 已经). */
const BEFORE_PASSIVE = /(?:于\d{1,2}月(?:\d{1,2}日)?|已经|已|近日|日前|今日|昨日|也|亦|均|都|等)$/;

/**
 * A platform or company a case is opened against, opening its clause: `其中爱贷网于5月13日被杭州公安局
 * 西湖分局立案`, `网利宝已被立案`. People (张三被立案侦查) and officers (董事长被立案) are not taken.
 */
export const caseAgainstOrganization: PatternRule<'organization'> = {
  id: 'organization/zh/case-against',
  type: 'organization',
  lang: 'zh',
  // No trigger: the pattern opens with the literal 被, which the engine searches for as fast.
  pattern: /被[^,，。;；\s]{0,12}?(?:立案|调查)/g,
  extract(match, ctx) {
    const end = endBeforeWords(ctx.scan, match.index, BEFORE_PASSIVE, 8);
    const found = [];
    // The subject, and the items listed before it (诚信宝、天融征信等也被列入调查).
    for (let item = organizationBefore(ctx.scan, ctx.article.text, end, 6); item; ) {
      if (ROLES.some((role) => item!.name.endsWith(role)) || /[人者员]$/.test(item.name)) return null;
      found.unshift({ start: item.start, end: item.end, fields: { name: item.name, aliases: [], kind: kindOfName(item.name) } });
      item = ctx.scan[item.start - 1] === '、' ? organizationBefore(ctx.scan, ctx.article.text, item.start - 1, 6) : undefined;
    }
    const first = found[0];
    if (!first) return null;
    const before = ctx.scan[first.start - 1];
    const opensClause = before === undefined || /[\s,，。；;:：!！?？、\n丨|中]/.test(before) || /(?:随后|先是|其中|此外|另外|同时)$/.test(ctx.scan.slice(first.start - 2, first.start));
    if (!opensClause) return null;
    return found;
  },
  examples: [
    { text: '上周共出现3家问题平台，其中爱钱进于6月2日被南昌市公安局立案侦查。', mention: '爱钱进', expect: { name: '爱钱进' } },
    { text: '据警方消息，团贷网已被立案。', mention: '团贷网', expect: { name: '团贷网' } },
    { text: '随后，诚信宝、天融征信等也被列入调查名单。', mention: '诚信宝', expect: { name: '诚信宝' } },
  ],
  negatives: ['相关负责人被带走调查。', '公司也被调查。', '张三被立案侦查。', '其董事长被立案调查。', '该平台已被立案。', '公司实控人被立案调查。', '多名借款人被立案。'],
};

/** What a stake's owner is not: a share of it (少数, 剩余), a kind (子公司, 公司), a pronoun. */
const NOT_A_STAKE_OWNER = /少数|剩余|全部|部分|子公司|公司$|的|持有|^(?:其|对方|标的|目标|相关|上述|所持|持有|旗下)/;

/**
 * The company whose shares change hands: `决定申请终止收购华南国际期货股权`, `拟收购华信科技51%股权`.
 * The verb bounds the name on the left, the stake on the right.
 */
export const stakeOfOrganization = triedAtOpenings<'organization'>({
  id: 'organization/zh/stake-of',
  type: 'organization',
  lang: 'zh',
  // A literal every match holds: searched for as plain text, much faster than the pattern.
  trigger: /股权/,
  pattern: /(?:收购|受让|转让|出售|增持|入股)(?<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9&]{1,11}?)(?:\d+(?:\.\d+)?%的?)?股权/dg,
  extract(match, ctx) {
    const range = match.indices?.groups?.name;
    if (!range) return null;
    const name = ctx.article.text.slice(range[0], range[1]);
    // Three characters or more, and no common word at its end: 出售物业股权, 收购海外资产股权 name no company.
    if (name.length < 3 || NOT_A_STAKE_OWNER.test(name) || isDescription(name, true) || isDescription(name.slice(-2), false)) return null;
    if (isChineseName(name) || PLACE_ONLY.test(name)) return null;
    return { start: range[0], end: range[1], fields: { name, aliases: [], kind: kindOfName(name) } };
  },
  examples: [
    { text: '26日晚间，公司决定申请终止收购华南国际期货股权。', mention: '华南国际期货', expect: { name: '华南国际期货', kind: 'broker' } },
    { text: '公司拟以3亿元收购华信科技51%股权。', mention: '华信科技', expect: { name: '华信科技' } },
  ],
  negatives: ['伊戈尔拟收购控股子公司少数股权。', '公司拟收购其持有的股权。', '拟转让所持全部股权。', '集团拟出售该公司股权。', '张伟拟转让股权。', '拟收购控股股东持有的华信股权。', '拟出售物业股权。', '拟收购海外资产股权。'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
});

/** What a partner's name does not open with: the verb 联合 modifies (联合推出), a count, a pronoun, 联合国/联合体. */
const NOT_A_PARTNER = /^(?:推出|首发|首推|发起|发布|举办|主办|承办|打造|开展|启动|研发|开发|成立|组建|出资|投资|签署|制定|编制|起草|完成|实施|申报|创始|国|体|各|多|众|其|了|起|多家|数家|业内|行业|上下游|合作伙伴|商家|品牌|平台|机构|企业|公司)/;

/**
 * The partner a known company teams up with: `今年天猫联合蜂鸟在成都首次推出…`, `京东携手达达推出…`. The
 * company on the left must be one the gazetteer knows; what the pair does next ends the partner's name.
 */
export const partnerOrganization = triedAtOpenings<'organization'>({
  id: 'organization/zh/partner',
  type: 'organization',
  lang: 'zh',
  pattern: /(?:联合|携手|联手|牵手)(?<name>[\u4e00-\u9fffA-Za-z]{2,6}?)(?=在|于|共同|一起|推出|发布|打造|成立|上线|开展|举办|启动|[，。、,])/dg,
  extract(match, ctx) {
    const range = match.indices?.groups?.name;
    if (!range) return null;
    const left = organizationBefore(ctx.scan, ctx.article.text, match.index, 8, true);
    // 华为云与硅基流动联合首发: after a pair, 联合 means together, and what follows is their deed.
    if (!left || !gazetteerEntryNamed(left.name, ctx) || /[与和及同]/.test(ctx.scan[left.start - 1] ?? '')) return null;
    const name = ctx.article.text.slice(range[0], range[1]);
    if (NOT_A_PARTNER.test(name) || isDescription(name, true) || isChineseName(name) || PLACE_ONLY.test(name)) return null;
    return { start: range[0], end: range[1], fields: { name, aliases: [], kind: kindOfName(name) } };
  },
  examples: [
    { text: '今年天猫联合蜂鸟在成都、武汉首次推出半日达服务。', mention: '蜂鸟', expect: { name: '蜂鸟' } },
    { text: '，京东携手达达推出即时配送服务。', mention: '达达', expect: { name: '达达' } },
  ],
  negatives: ['今年天猫联合推出新品，', '天猫联合多家品牌在上海推出活动。', '某平台联合蜂鸟在上海推出业务。', '公司联合创始人张伟，', '京东携手合作伙伴推出服务。', '华为云宣布与硅基流动联合首发并上线服务。'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
});

/**
 * A company answering through its spokespeople: `滴滴方面回应称`, `，蜂巢科技方面表示`. 方面 after a name then
 * a verb of speech names the company; fields (硬件方面，) take no such verb, and people are left alone.
 */
export const spokesOrganization: PatternRule<'organization'> = {
  id: 'organization/zh/spokes',
  type: 'organization',
  lang: 'zh',
  // A literal every match holds: searched for as plain text, much faster than the pattern.
  trigger: /方面/,
  pattern: /方面(?=对此|回应|回复|表示|称|透露|证实|否认|向记者|告诉记者|对记者)/g,
  extract(match, ctx) {
    const found = organizationBefore(ctx.scan, ctx.article.text, match.index, 8);
    if (!found || found.name.length < 2 || PLACE_ONLY.test(found.name) || /[方家局部委院]$/.test(found.name)) return null;
    const before = ctx.scan[found.start - 1];
    if (before !== undefined && !/[\s,，。；;:：!！?？、\n丨|“"]/.test(before)) return null;
    return { start: found.start, end: found.end, fields: { name: found.name, aliases: [], kind: kindOfName(found.name) } };
  },
  examples: [
    { text: '截至发稿，滴滴方面回应称，暂不予置评。', mention: '滴滴', expect: { name: '滴滴' } },
    { text: '对此，蜂巢科技方面表示，将继续推进。', mention: '蜂巢科技', expect: { name: '蜂巢科技' } },
  ],
  negatives: ['硬件方面，公司拥有多年经验。', '，张伟方面表示不予置评。', '，公司方面表示将核实。', '，监管方面表示关注。', '，美国方面表示反对。', '，警方方面回应称。'],
};

/** Words between a funded company and 完成/获得: when and how (近日, 已, 正式, 成功, 宣布). */
const BEFORE_FUNDING = /(?:\d{1,2}月\d{1,2}日|今日|昨日|近日|日前|近期|今年|去年|此前|刚刚|正式|成功|顺利|先后|再次|首次|累计|已经|已|宣布|也|又|还)$/;
/** Who is funded without being named: time words, counts, kinds. */
const NOT_FUNDED = /^(?:今年|去年|此前|目前|本轮|此次|本次|累计|其|该|这|多家|企业|公司|平台|项目|行业|团队|创业)/;

/**
 * The company a round of financing is for, opening its clause: `近日，极兔速递宣布完成B轮融资`,
 * `5月20日，小红书完成新一轮5亿美元融资`, `，蜂巢科技获得10亿元融资`.
 */
export const fundedOrganization: PatternRule<'organization'> = {
  id: 'organization/zh/funded',
  type: 'organization',
  lang: 'zh',
  // A literal every match holds: searched for as plain text, much faster than the pattern.
  trigger: /融资/,
  pattern: /(?:完成|获得|获)了?[^，。；,;:：\n]{0,16}?融资/g,
  extract(match, ctx) {
    const end = endBeforeWords(ctx.scan, match.index, BEFORE_FUNDING, 6);
    const found = organizationBefore(ctx.scan, ctx.article.text, end, 8);
    if (!found || NOT_FUNDED.test(found.name) || PLACE_ONLY.test(found.name)) return null;
    const before = ctx.scan[found.start - 1];
    if (before !== undefined && !/[\s,，。；;:：!！?？、\n丨|]/.test(before)) return null;
    return { start: found.start, end: found.end, fields: { name: found.name, aliases: [], kind: kindOfName(found.name) } };
  },
  examples: [
    { text: '近日，极兔速递宣布完成B轮融资。', mention: '极兔速递', expect: { name: '极兔速递' } },
    { text: '5月20日，小红书完成新一轮5亿美元融资，由某基金领投。', mention: '小红书', expect: { name: '小红书' } },
  ],
  negatives: ['，该公司完成B轮融资。', '，今年完成融资的企业有30家。', '，多家企业获得融资。', '，张伟完成融资。', '，创业公司获融资难。', '，项目获得银行融资。'],
};
