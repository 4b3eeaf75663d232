import type { PatternRule } from '../../engine/extractor.ts';
import { triedAtOpenings, wordOpenings } from '../../engine/openings.ts';
import { COUNTRIES, isChineseName } from '../../lexicon/people.ts';
import { isDescription, nameStartBefore } from './boundary.ts';
import { kindOfName } from './kind.ts';
import { personNameAt } from '../person/names.ts';

/**
 * Where a name read rightwards after its cue ends: punctuation, a conjunction, or a verb that
 * the name is the subject of (佳兆业。, 中国港桥、, 民众证券持股75%, 港桥投资签署协议).
 */
const NAME_THEN_BOUNDARY = String.raw`^(?<name>[\u4e00-\u9fff]{2,8}?)(?=[^\u4e00-\u9fff]|和|与|及|等|的|在|已|将|于|拟|也|则|为|是|对|向|被|持股|持有|签署|签订|旗下|宣布|表示|发布|称|接盘|入主|成为|股价|涨|跌|$)`;
const NAME_AFTER_CUE = new RegExp(NAME_THEN_BOUNDARY);
/** Nouns and adverbs that follow the cues as words, not names: 龙头企业, 龙头地位, 接盘方尚未确定. */
const NOT_A_NAME = /^(?:企业|房企|车企|药企|险企|酒企|券商|银行|公司|股|个股|地位|效应|作用|标的|品种|白马|上市|之一|们|集中|持股|名单|普遍|集体|纷纷|全线|大幅|表现|走势|板块|指数|方面|盘中|午后|早盘|尾盘|今日|近日|[尚未仍还暂已均都不或是为谁则再亦涨跌升]|[大小]涨|[大小]跌)|^[\u4e00-\u9fff]{0,2}(?:谁|什么|哪)/;

/**
 * An organization named after a word for its standing in a deal or its trade: `房地产龙头佳兆业`,
 * `接盘方则是佳兆业`, `接盘侠中国港桥`, `第一大经纪商民众证券持股75%`.
 */
export const organizationAfterCue = triedAtOpenings<'organization'>({
  id: 'organization/zh/after-cue',
  type: 'organization',
  lang: 'zh',
  // The cue alone, so that one cue inside another's words (接盘方则是地产龙头宝龙地产) is read too.
  pattern: /(?:龙头|接盘方(?:则?是|为)?|接盘侠|接盘人|经纪商|(?:概念|龙头|白马|权重|成分|成份|妖)股)(?=[\u4e00-\u9fff])/g,
  extract(match, ctx) {
    const from = match.index + match[0].length;
    const found = NAME_AFTER_CUE.exec(ctx.scan.slice(from, from + 10));
    if (!found?.groups?.name) return null;
    const range = [from, from + found.groups.name.length] as const;
    const name = ctx.article.text.slice(range[0], range[1]);
    if (NOT_A_NAME.test(name) || isDescription(name, true) || isChineseName(name)) return null;
    return { start: range[0], end: range[1], fields: { name, aliases: [], kind: kindOfName(name) } };
  },
  examples: [
    { text: '公司拟出售子公司全部股权，接盘方则是地产龙头宝龙地产。', mention: '宝龙地产', expect: { name: '宝龙地产' } },
    { text: '今年以来，公司先后寻求接盘侠嘉凯城、加多宝等。', mention: '嘉凯城', expect: { name: '嘉凯城' } },
    { text: '第二大经纪商耀才证券持股12%。', mention: '耀才证券', expect: { name: '耀才证券', kind: 'broker' } },
    { text: '行业龙头概念股华宇锂电3月2日至3月15日股价上涨近两成。', mention: '华宇锂电', expect: { name: '华宇锂电' } },
    { text: '白马股海川医药股价创出新高。', mention: '海川医药', expect: { name: '海川医药' } },
  ],
  negatives: ['作为行业龙头企业，公司业绩稳定。', '白酒龙头股普遍上涨。', '公司确立了龙头地位。', '接盘方尚未确定。', '接盘侠们纷纷离场。', '行业龙头券商已率先布局。', '至于接盘方是谁并不重要。', '接盘侠是谁还不清楚。', '行业龙头是哪家？', '电子烟概念股普遍下跌。', '权重股集体走强。', '概念股中，多数收涨。', '龙头股大涨超过5%。', '成份股涨超15%。'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
});

/** A sector word that ends the name of a company owned by another: 港桥投资, 华夏资本. */
const OWNED_NAME = String.raw`(?<name>[\u4e00-\u9fff]{2,6}?(?:投资|资本|资产|证券|银行|基金|信托|保险|集团|控股|地产|置业|科技))(?=[^\u4e00-\u9fff]|和|与|及|等|在|已|将|于|拟|也|则|为|是|对|向|被|持股|持有|签署|签订|宣布|表示|发布|称)`;

/**
 * The company held by another, after 旗下: `中国港桥旗下的港桥投资签署协议`. Its name ends in a
 * sector word, so 旗下的云平台 or 旗下产品 are not read.
 */
export const ownedOrganization: PatternRule<'organization'> = {
  id: 'organization/zh/owned',
  type: 'organization',
  lang: 'zh',
  // A literal every match holds: searched for as plain text, much faster than the pattern.
  trigger: /旗下/,
  pattern: new RegExp(String.raw`旗下(?:的|子公司|公司)?${OWNED_NAME}`, 'dg'),
  extract(match, ctx) {
    const range = match.indices?.groups?.name;
    if (!range) return null;
    const name = ctx.article.text.slice(range[0], range[1]);
    // The words before the sector word must be a name, not a kind: 旗下村镇银行, 旗下私募基金, 旗下多家投资.
    if (isDescription(name.slice(0, -2), false) || /^(?:全资|控股)/.test(name)) return null;
    return { start: range[0], end: range[1], fields: { name, aliases: [], kind: kindOfName(name) } };
  },
  examples: [
    { text: '双方约定由华远集团旗下的华远投资签署协议。', mention: '华远投资', expect: { name: '华远投资', kind: 'fund' } },
  ],
  negatives: ['其旗下的云平台宣布上线。', '公司旗下多家投资机构参与。', '集团旗下金融科技业务增长。', '旗下私募基金规模扩大。', '集团旗下村镇银行已开业。'],
};

/** A name read after its genre does not open with a place word or a particle: 平台上, 平台之一. */
const NOT_A_PLATFORM_NAME = /^(?:上|中|内|外|之|已|将|也|都|均|等|和|及|与|的|正式|宣布|表示|发布|推出|上线|业务|用户|商家|数据|方面|产品|服务)/;

/**
 * A platform or brand a company owns, named after its genre: `收购网易旗下的海淘平台考拉，`,
 * `阿里旗下支付平台支付宝、`. The genre (two characters or more) says a name follows; punctuation or a
 * joiner ends it.
 */
export const ownedPlatformOrganization: PatternRule<'organization'> = {
  id: 'organization/zh/owned-platform',
  type: 'organization',
  lang: 'zh',
  // A literal every match holds: searched for as plain text, much faster than the pattern.
  trigger: /旗下/,
  pattern: /旗下的?(?!的)[\u4e00-\u9fff]{2,8}?(?:平台|品牌|网站)(?<name>[\u4e00-\u9fffA-Za-z]{2,6}?)(?=[，。、,;；：:）)」”\s]|和|与|及|等|的)/dg,
  extract(match, ctx) {
    const range = match.indices?.groups?.name;
    if (!range) return null;
    const name = ctx.article.text.slice(range[0], range[1]);
    if (NOT_A_PLATFORM_NAME.test(name) || isDescription(name, true) || isChineseName(name)) return null;
    return { start: range[0], end: range[1], fields: { name, aliases: [], kind: kindOfName(name) } };
  },
  examples: [
    { text: '去年，某集团以8亿美元收购网易旗下的海淘平台考拉，京东随后跟进。', mention: '考拉', expect: { name: '考拉' } },
    { text: '蚂蚁集团旗下支付平台支付宝、理财平台余额宝均受影响。', mention: '支付宝', expect: { name: '支付宝' } },
  ],
  negatives: ['其旗下的云平台宣布上线。', '公司旗下电商平台上，商品已下架。', '集团旗下多个品牌之一。', '旗下的社交平台用户数增长。', '旗下视频平台的会员数上升。'],
};

/** Roles that a named person holds at the organization named right before them. */
const EXECUTIVE_ROLE = '副董事长|董事长|副总裁|总裁|副总经理|总经理|董事会秘书|董秘|首席执行官|首席财务官';
/** The organization's name ends in a sector word; a bare 公司 or 集团 is the article's company, unnamed. */
const EMPLOYER_END = /[\u4e00-\u9fff]{2}(?:资产|资本|投资|证券|银行|基金|信托|保险|集团|控股|股份|地产|置业|科技|传媒|能源|医药)$/;

/**
 * The employer of an executive named right after the role: `国厚资产副总裁兼董秘陈勇表示`,
 * `宏达控股董事长李卫国`. The person's name after the role vouches that the words before are an
 * organization, not a description.
 */
export const employerBeforeExecutive = triedAtOpenings<'organization'>({
  id: 'organization/zh/employer-before-executive',
  type: 'organization',
  lang: 'zh',
  pattern: new RegExp(`(?:${EXECUTIVE_ROLE})(?:兼(?:${EXECUTIVE_ROLE}))?(?=[\\u4e00-\\u9fff])`, 'g'),
  extract(match, ctx) {
    const person = personNameAt(ctx.scan, match.index + match[0].length);
    if (!person || !isChineseName(person.name)) return null;
    const start = nameStartBefore(ctx.scan, match.index, 4, 8);
    if (start === undefined) return null;
    const name = ctx.article.text.slice(start, match.index);
    if (!EMPLOYER_END.test(name) || isDescription(name, true) || /^(?:公司|集团|本行|本公司)/.test(name)) return null;
    return { start, end: match.index, fields: { name, aliases: [], kind: kindOfName(name) } };
  },
  examples: [
    { text: '作为托管方的宏达资产副总裁兼董秘李卫国表示，重组仍将继续。', mention: '宏达资产', expect: { name: '宏达资产', kind: 'company' } },
    { text: '，远洋控股董事长赵明宣布辞职。', mention: '远洋控股', expect: { name: '远洋控股' } },
  ],
  negatives: ['该集团董事长王明表示。', '公司副总裁李强辞职。', '，一家投资机构董事长张伟称。', '银行副行长刘洋表示。'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
});

/** Titles a heading line names its speaker by (not 记者 or 编辑: bylines open lines too). */
const HEADING_ROLE = String.raw`(?:首席[\u4e00-\u9fff]{2,4}?(?:官|家|师)|董事长|总裁|总经理|主管|总监|负责人|合伙人|创始人|主席|CEO|CIO|CFO|CTO|COO)`;
/** What stands between an employer and the title: the desk and its reach (固定收益业务全球, 副), an inline quote. */
const SCOPE_BEFORE_ROLE = /(?:副|全球|亚太区?|亚洲|欧洲|中国区|大中华区|固定收益|业务|债券|股票|投资|多资产|资产配置|宏观|策略|研究部?|\s*\([\d.,\s%+-]{1,40}\)\s*)$/;
/** An employer's name on its own line: Han or Latin, at most 16 characters. */
const HEADING_EMPLOYER = /^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9&.·' -]{1,15}$/;
/** Words that fill an employer's place without naming one: a reach, a country, the article's own firm. */
const NOT_AN_EMPLOYER = new RegExp(`^(?:全球|亚太|亚洲|欧洲|中国区|大中华区|${COUNTRIES}|公司|集团|本行|我行|该行|其|前|原|现)+$|^(?:大会|会议|论坛|峰会|项目|团队|部门|小组|本届|本次|活动|节目|课题)`);
const LINE_ORDINAL = /^(?:\d{1,2}[、.．]|[(（]?[一二三四五六七八九十\d]{1,2}[)）、])\s*/;
const LEADING_COUNTRY_BEFORE_LATIN = new RegExp(`^(?:${COUNTRIES})(?=[A-Za-z])`);

/**
 * `华信环球全球首席投资官：Mark Dale`, `NORDA(0, 0.00, 0.00%)首席投资官：Ann Lowe`: a line opening
 * with an employer, its desk and a title, then a colon and the person. The line start bounds the name.
 */
export const employerHeading = triedAtOpenings<'organization'>({
  id: 'organization/zh/employer-heading',
  type: 'organization',
  lang: 'zh',
  pattern: new RegExp(String.raw`${HEADING_ROLE}(?:兼[^:：\n]{1,20}?)?[:：]\s*`, 'g'),
  extract(match, ctx) {
    const { scan } = ctx;
    const lineStart = scan.lastIndexOf('\n', match.index - 1) + 1;
    if (match.index - lineStart > 48 || !personNameAt(scan, match.index + match[0].length)) return null;
    let end = match.index;
    for (let scope = SCOPE_BEFORE_ROLE.exec(scan.slice(lineStart, end)); scope && scope[0].length > 0; scope = SCOPE_BEFORE_ROLE.exec(scan.slice(lineStart, end))) {
      end -= scope[0].length;
    }
    let start = lineStart;
    while (start < end && /\s/.test(scan[start]!)) start++;
    // A numbered item (4、, 5. , (六)) opens the line before the employer.
    start += LINE_ORDINAL.exec(scan.slice(start, end))?.[0].length ?? 0;
    start += LEADING_COUNTRY_BEFORE_LATIN.exec(scan.slice(start, end))?.[0].length ?? 0;
    const name = ctx.article.text.slice(start, end);
    if (!HEADING_EMPLOYER.test(name) || NOT_AN_EMPLOYER.test(name) || isDescription(name, true) || (name.length <= 3 && isDescription(name, false)) || isChineseName(name)) return null;
    // Over a digest item read to the same colon (今日头条创始人：), which swallows the title.
    return { start, end, priority: 1, fields: { name, aliases: [], kind: kindOfName(name) } };
  },
  examples: [
    { text: '4\n英国K&W固定收益副主管：Tom Hale\n利率还会下行吗？', mention: 'K&W', expect: { name: 'K&W' } },
    { text: '5\nNORDA(0, 0.00, 0.00%)首席投资官：Ann Lowe\n美债还值得买吗？', mention: 'NORDA', expect: { name: 'NORDA' } },
    { text: '6\n华信环球全球首席投资官：Mark Dale\n美债还值得买吗？', mention: '华信环球', expect: { name: '华信环球' } },
    { text: '华信资本首席经济学家：张伟\n今年经济将企稳。', mention: '华信资本', expect: { name: '华信资本' } },
    { text: '观点汇总\n3、联博全球首席投资官：John Smith\n债券仍有价值。', mention: '联博', expect: { name: '联博' } },
    { text: '嘉宾观点\n蜂巢出行创始人：张伟\n出行市场仍有空间。', mention: '蜂巢出行', expect: { name: '蜂巢出行' } },
  ],
  negatives: ['全球首席投资官：Mark Dale', '公司董事长：王明', '责任编辑：郭明煜', '首席投资官的观点：债券仍有价值。', '某机构首席经济学家认为：经济将企稳。', '项目负责人：张伟', '大会主席：李明'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
});

/** Acronyms of figures and markets, not of firms: 据GDP数据显示, 根据CPI数据. */
const FIGURE_ACRONYM = /^(?:GDP|CPI|PPI|PMI|LPR|MLF|SLF|IPO|ETF|EPS|ROE|AI|API|APP|App|PE|PB|M[012]|A股|H股|TMT|IT)$/;
/** What follows a genre word without naming a house: 研究机构的数据, 研究机构认为. */
const NOT_A_HOUSE = /^(?:[的和与及等在对均都也称将已]|认为|表示|预计|预测|发布|指出|数据|报告|统计)/;
/** What a research house does right after its name: publishes, says, forecasts, counts. */
const HOUSE_DEED = /^(?:发布|表示|称|预计|预测|指出|认为|统计|数据显示|的数据|的报告|[，,（(])/;
/** The genre words a research house is named after (研究机构, 咨询公司). */
const RESEARCH_GENRES = ['研究', '调研', '咨询', '调查', '数据', '分析', '评级'];
/** A research house after its genre word: 研究机构IDC, 市场调研机构Canalys, 咨询公司贝恩. */
const AFTER_RESEARCH_GENRE = /^(?<latin>[A-Za-z][A-Za-z0-9&.-]{1,30})(?![A-Za-z0-9])|^(?<han>[\u4e00-\u9fff]{2,6}?)(?=的|发布|数据|报告|表示|称|预计|预测|统计|指出|认为|显示|[，。,、（(])/;

/**
 * Research houses cited as sources: `市场研究机构Canalys的数据显示`, `研究机构IDC发布报告称`, and a Latin name
 * before its data (`据IDC数据显示`, `根据Counterpoint的报告`).
 */
export const researchHouseOrganization = triedAtOpenings<'organization'>({
  id: 'organization/zh/research-house',
  type: 'organization',
  lang: 'zh',
  pattern: new RegExp(`(?:${RESEARCH_GENRES.join('|')})(?:机构|公司)|据(?=[A-Za-z][A-Za-z0-9&.-]{1,30}的?(?:数据|报告|统计|调查|研究))`, 'g'),
  extract(match, ctx) {
    const from = match.index + match[0].length;
    const found = AFTER_RESEARCH_GENRE.exec(ctx.scan.slice(from, from + 32));
    const name = found?.groups?.latin ?? found?.groups?.han;
    if (!name || FIGURE_ACRONYM.test(name)) return null;
    // After 据 alone only a Latin name is read: Chinese words before 数据 are figures (据统计局数据).
    if (match[0] === '据' && !found?.groups?.latin) return null;
    // A Han name only after a research or consulting house's genre, and ended by what such a house does.
    if (found?.groups?.han && (!/^(?:研究|调研|咨询)/.test(match[0]) || !HOUSE_DEED.test(ctx.scan.slice(from + name.length, from + name.length + 4)))) return null;
    if (found?.groups?.han && (NOT_A_NAME.test(name) || NOT_A_HOUSE.test(name) || isDescription(name, true) || isChineseName(name))) return null;
    const text = ctx.article.text.slice(from, from + name.length);
    return { start: from, end: from + name.length, fields: { name: text, aliases: [], kind: kindOfName(text) } };
  },
  examples: [
    { text: '市场研究机构Canalys的数据显示，出货量下降。', mention: 'Canalys', expect: { name: 'Canalys' } },
    { text: '据IDC数据显示，出货量下降。', mention: 'IDC', expect: { name: 'IDC' } },
    { text: '根据Counterpoint的报告，三星排名第一。', mention: 'Counterpoint', expect: { name: 'Counterpoint' } },
    { text: '咨询公司艾瑞咨询发布报告称。', mention: '艾瑞咨询', expect: { name: '艾瑞咨询' } },
  ],
  negatives: ['据GDP数据显示，经济企稳。', '研究机构的数据显示。', '据统计局数据显示。', '多家研究机构认为。', '据CPI数据，物价上涨。', '那些依靠数据公司获取服务的平台。', '对于研究机构获得数据的方式。'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
  // Written: the pattern reads as 据 followed by anything (its look-ahead is not read).
}, [wordOpenings(RESEARCH_GENRES), { firsts: '据', seconds: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz' }]);
