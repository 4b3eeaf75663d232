import type { ExtractContext, Extraction, ScanRule } from '../../engine/extractor.ts';
import type { Span } from '../../model/span.ts';
import { isDescription, nameStartBefore } from './boundary.ts';
import { kindOfName } from './kind.ts';
import { trieFor } from './gazetteer.ts';
import { CHINESE_PLACES } from '../../lexicon/people.ts';
import { WordList } from '../../lexicon/alternation.ts';
import { codeUnitSet } from '../../text/code-units.ts';

/** 青岛某某投资中心(有限合伙): partnerships write their form in brackets (full-width folded in the scan). */
const LEGAL_FORM_WORDS = ['股份有限公司', '有限责任公司', '有限公司', ...['投资中心', '投资合伙企业', '合伙企业', '基金'].map((w) => `${w}(有限合伙)`)];
const LEGAL_FORM = LEGAL_FORM_WORDS.map((w) => w.replace(/[()]/g, '\\$&')).join('|');
/**
 * Institutions take long names like registered companies: 中国半导体行业协会, 云计算开源产业联盟, 清华大学,
 * 广东省高级人民法院, 杭州公安局西湖分局.
 */
const INSTITUTION = '协会|研究院|研究所|大学|学院|联盟|基金会|商会|委员会|法院|检察院|公安局|公安厅|分局|公证处|住建局|住建厅|住建委|税务局|市场监管局';
const SECTOR = '集团|控股|银行|证券|期货|基金|资本|创投|资产管理|信托|保险|科技|股份|交易所|证监局|银监局|监管局';

const SECTOR_WORDS = new WordList(SECTOR.split('|'));
const LEGAL_WORDS = new WordList([...LEGAL_FORM_WORDS, '公司']);
const INSTITUTION_WORDS = new WordList(INSTITUTION.split('|'));
/** Every word a suffix chain may open with: most places of a text begin none, and cost one lookup. */
const SUFFIX_WORDS = new WordList([...SECTOR.split('|'), ...LEGAL_FORM_WORDS, '公司', ...INSTITUTION.split('|')]);

/** The length of the first of `words` written at `at`, or 0. */
const wordAt = (scan: string, at: number, words: WordList) => words.firstAt(scan, at)?.length ?? 0;

/**
 * The end of the suffix chain at `at`, or -1: sector words then a legal form (科技股份有限公司, the
 * most sector words that a legal form or 公司 follows), else an institution, else sector words
 * alone (证券). No sector word begins another, so the chain of sector words at a place is one.
 */
function suffixEndAt(scan: string, at: number): number {
  const chain = [at];
  let last = at;
  for (let length = wordAt(scan, at, SECTOR_WORDS); length > 0; length = wordAt(scan, last, SECTOR_WORDS)) chain.push((last += length));
  for (let i = chain.length - 1; i >= 0; i--) {
    const legal = wordAt(scan, chain[i]!, LEGAL_WORDS);
    if (legal > 0) return chain[i]! + legal;
  }
  const institution = wordAt(scan, at, INSTITUTION_WORDS);
  if (institution > 0) return at + institution;
  return chain.length > 1 ? last : -1;
}

const LEGAL_END = new RegExp(`(?:${LEGAL_FORM}|${INSTITUTION})$`);
/**
 * Courts, police and local offices are named by their place (广东省高级人民法院, 杭州公安局西湖分局,
 * 长沙市住建局, 北京市方圆公证处), not by a verb (移送公安局, 向住建局投诉).
 */
const GOVERNMENT_OFFICE = /(?:法院|检察院|公安局|公安厅|分局|公证处|住建局|住建厅|住建委|税务局|市场监管局)$/;
const PLACE_BODY = new RegExp(
  `^(?:最高人民|(?:(?:${CHINESE_PLACES})[省市]?|[\\u4e00-\\u9fff]{2,4}[省市])(?:[\\u4e00-\\u9fff]{1,4}?[区县市州])?(?:公安局|检察院)?(?:[\\u4e00-\\u9fff]{2}区?)?(?:第[一二三四五六七八九十]+)?(?:高级|中级|基层)?(?:人民)?)$`,
);

const PARTNERSHIP_FORM = /[(（]有限合伙[)）]$/;

/** Suffixes that end a name whatever follows: 浙江证监局行政监管措施. */
const UNAMBIGUOUS = /(?:证监局|银监局|监管局|交易所)$/;

/**
 * A sector word followed by one of these is a common noun, not a name's end: 证券市场,
 * 科技巨头, 资本支出, 控股股东, 华为云服务.
 */
const CONTINUES_NOUN = codeUnitSet('报市行业股板指支巨产服领企机监法化界类部端上计原商厂圈软件网平配务体资子账化类员');
const [SHARE, TICKET, PRICE] = [...'股票价'].map((character) => character.charCodeAt(0));

/** 创投发展, 科技发展方向: a sector word before 发展 names a field, not a firm (…科技发展有限公司 ends in its legal form). */
const [DEVELOP, UNFOLD] = [...'发展'].map((character) => character.charCodeAt(0));

/** 中弘股份股票 and 金龙机电股价 are a name before 股票/股价; 控股股东 and 科技股 are nouns. */
function continuesNoun(scan: string, end: number): boolean {
  const next = scan.charCodeAt(end);
  if (next === DEVELOP && scan.charCodeAt(end + 1) === UNFOLD) return true;
  if (next === SHARE) return scan.charCodeAt(end + 1) !== TICKET && scan.charCodeAt(end + 1) !== PRICE;
  return CONTINUES_NOUN[next] === 1;
}

/** Punctuation that opens a clause or a list item. */
const OPENS_ITEM = /[、,，:;；\n]/;

/**
 * A longer name before a bare 公司 (名仕宜居验房公司) when it fills a list item or clause from its
 * opening punctuation: the punctuation bounds it where no left word does.
 */
function clauseOpeningCompany(scan: string, suffixStart: number, suffix: string): number | undefined {
  if (suffix !== '公司') return undefined;
  const start = nameStartBefore(scan, suffixStart, 5, 6);
  if (start === undefined || !OPENS_ITEM.test(scan[start - 1] ?? '')) return undefined;
  // 金地集团等公司, 银行和券商公司: a list or a phrase before 公司, not one name.
  return /[等和与及的是在为对或]/.test(scan.slice(start, suffixStart)) ? undefined : start;
}

/** What a suffix's own words say of the name it ends. */
interface SuffixFacts {
  legalForm: boolean;
  unambiguous: boolean;
  governmentOffice: boolean;
  partnership: boolean;
}

/**
 * Facts by suffix, read once per distinct suffix: suffixes are made of the few words above, and
 * texts repeat the same handful (有限公司, 科技, 证券).
 */
const FACTS_OF_SUFFIX = new Map<string, SuffixFacts>();

function factsOf(suffix: string): SuffixFacts {
  let facts = FACTS_OF_SUFFIX.get(suffix);
  if (!facts) {
    facts = {
      legalForm: LEGAL_END.test(suffix),
      unambiguous: UNAMBIGUOUS.test(suffix),
      governmentOffice: GOVERNMENT_OFFICE.test(suffix),
      partnership: PARTNERSHIP_FORM.test(suffix),
    };
    FACTS_OF_SUFFIX.set(suffix, facts);
  }
  return facts;
}

/** Seats of learning whose institutes are named after them: 清华大学微电子所, 中国科学院计算所. */
const HAS_INSTITUTES = /(?:大学|学院|科学院|研究院)$/;
/** An institute or lab after its seat's name, ended by a title, punctuation or a joiner (微电子所所长). */
const INSTITUTE_AFTER = /^[\u4e00-\u9fff]{2,5}?(?:研究所|所|实验室|研究中心)(?=所长|副所长|主任|教授|研究员|[^\u4e00-\u9fff]|的|和|与|及|$)/;

/** The end of the institute named right after a university or academy ending at `end`, else `end`. */
function instituteEnd(scan: string, end: number, suffix: string): number {
  if (!HAS_INSTITUTES.test(suffix)) return end;
  const institute = INSTITUTE_AFTER.exec(scan.slice(end, end + 10));
  return institute ? end + institute[0].length : end;
}

/** The organization a suffix chain ends (the suffix from `at` to `end`), or null. */
function nameEndingIn(ctx: ExtractContext, at: number, suffixEnd: number): (Extraction<'organization'> & Span) | null {
  let end = suffixEnd;
  const suffix = ctx.scan.slice(at, end);
  const { legalForm, unambiguous, governmentOffice, partnership } = factsOf(suffix);
  if (!legalForm && !unambiguous && continuesNoun(ctx.scan, end)) return null;
  const start = nameStartBefore(ctx.scan, at, 2, legalForm ? 20 : 4) ?? clauseOpeningCompany(ctx.scan, at, suffix);
  if (start === undefined) return null;
  const body = ctx.scan.slice(start, at);
  if (isDescription(body, legalForm) || (governmentOffice && !PLACE_BODY.test(body))) return null;
  // A bare 公司 takes a name of some length: 节能风电公司, not 根据公司, 将为公司, 控股子公司.
  if (suffix === '公司' && (body.length < 3 || /[子母为获将的]$/.test(body))) return null;
  // A registered name the gazetteer knows is the gazetteer's (委托宿州国厚资产管理有限公司); one
  // that holds a known name after other words is another company (广汽丰田公司, not 丰田).
  let holdsKnownInside = false;
  for (const known of trieFor(ctx).scan(ctx.scan.slice(start, end))) {
    if (known.end === end - start) return null;
    if (known.start > 0) holdsKnownInside = true;
  }
  end = instituteEnd(ctx.scan, end, suffix);
  const name = ctx.article.text.slice(start, end);
  // 节能风电公司 is also written 节能风电.
  const aliases = suffix === '公司' ? [ctx.article.text.slice(start, at)] : partnership ? [name.replace(PARTNERSHIP_FORM, '')] : [];
  return { start, end, priority: legalForm || holdsKnownInside ? 3 : 1, fields: { name, aliases, kind: kindOfName(name) } };
}

/**
 * Names the gazetteer lacks, found by their legal form or sector word: 华融国际信托有限责任公司,
 * 兴业证券, 红岭创投, 同盾科技. The name's start is the nearest word boundary on the left.
 */
export const legalSuffixOrganization: ScanRule<'organization'> = {
  id: 'organization/zh/legal-suffix',
  type: 'organization',
  lang: 'zh',
  // Every suffix chain of the text, left to right, never overlapping. A plain loop filling an
  // array: V8 runs a loop over the whole text slower inside a generator.
  scan(ctx) {
    const { scan } = ctx;
    const names: Array<Extraction<'organization'> & Span> = [];
    for (let at = SUFFIX_WORDS.nextPlace(scan, 0); at >= 0; ) {
      const end = suffixEndAt(scan, at);
      if (end < 0) {
        at = SUFFIX_WORDS.nextPlace(scan, at + 1);
        continue;
      }
      const name = nameEndingIn(ctx, at, end);
      if (name) names.push(name);
      at = SUFFIX_WORDS.nextPlace(scan, name ? Math.max(end, name.end) : end);
    }
    return names;
  },
  examples: [
    { text: '中国华融党委研究建议,免去华融国际信托有限责任公司董事长职务。', mention: '华融国际信托有限责任公司', expect: { name: '华融国际信托有限责任公司', kind: 'company' } },
    { text: '2018年上半年,华融信托的净利润由5.54亿元降至1.57亿元。', mention: '华融信托', expect: { name: '华融信托' } },
    { text: '警方调查了新颜科技、魔蝎科技等数据公司。', mention: '魔蝎科技', expect: { name: '魔蝎科技' } },
    { text: '1.红岭创投260亿待收如何兑付?', mention: '红岭创投', expect: { name: '红岭创投', kind: 'fund' } },
    { text: '其中高毅证券获配近2.7亿元。', mention: '高毅证券', expect: { name: '高毅证券', kind: 'broker' } },
    { text: '运达股份：确定为节能风电公司两风电场项目的风力发电机组设备供应商。', mention: '节能风电公司', expect: { name: '节能风电公司' } },
    { text: '精功科技：收到浙江证监局行政监管措施决定书。', mention: '浙江证监局', expect: { name: '浙江证监局', kind: 'regulator' } },
    { text: '因中弘集团持有的中弘股份股票被司法冻结。', mention: '中弘股份', expect: { name: '中弘股份' } },
    { text: '由中国通信标准化协会主办、云计算开源产业联盟承办的2020年可信云大会。', mention: '云计算开源产业联盟', expect: { name: '云计算开源产业联盟' } },
    { text: '某协会副理事长、北京大学微电子所所长王立新表示。', mention: '北京大学微电子所', expect: { name: '北京大学微电子所' } },
    { text: '清华大学发布报告，北京大学光华管理学院也参与。', mention: '清华大学', expect: { name: '清华大学' } },
    { text: '5月12日，浙江省高级人民法院日前公布了三起典型案例。', mention: '浙江省高级人民法院', expect: { name: '浙江省高级人民法院', kind: 'government' } },
    { text: '该平台于3月2日被深圳市公安局南山分局立案侦查。', mention: '深圳市公安局南山分局', expect: { name: '深圳市公安局南山分局' } },
    { text: '原告已向上海市浦东新区人民法院提起诉讼。', mention: '上海市浦东新区人民法院', expect: { name: '上海市浦东新区人民法院' } },
    { text: '该平台的运营公司和顺网络科技有限公司已完成增资。', mention: '和顺网络科技有限公司', expect: { name: '和顺网络科技有限公司' } },
    { text: '出资方为红岭创投和华信网络科技有限公司。', mention: '华信网络科技有限公司', expect: { name: '华信网络科技有限公司' } },
    { text: '申请冻结其持有的杭州天元海岸投资中心(有限合伙)的基金份额。', mention: '杭州天元海岸投资中心(有限合伙)', expect: { name: '杭州天元海岸投资中心(有限合伙)', aliases: ['杭州天元海岸投资中心'] } },
    { text: '债权人依据广州市南方公证处出具的执行证书申请执行。', mention: '广州市南方公证处', expect: { name: '广州市南方公证处', kind: 'government' } },
    { text: '房屋咨询师、安居优品验房公司工程师表示。', mention: '安居优品验房公司', expect: { name: '安居优品验房公司' } },
    { text: '设计师、名匠优家装修公司总监表示。', mention: '名匠优家装修公司', expect: { name: '名匠优家装修公司' } },
    { text: '据悉，武汉市住建局已约谈开发商。', mention: '武汉市住建局', expect: { name: '武汉市住建局' } },
    { text: '公司持有的海南如意岛旅游度假投资有限公司股权被冻结。', mention: '海南如意岛旅游度假投资有限公司', expect: { name: '海南如意岛旅游度假投资有限公司' } },
  ],
  negatives: [
    '美股其他高估值科技公司如特斯拉等股价纷纷重挫。',
    '全球科技界对于资本支出的评估出现分歧。',
    '中国华融是国内最大规模资产管理公司。',
    '该公司的控股股东将于下周公告。',
    '投资银行和商业银行都在关注证券市场。',
    '基于昇腾云服务的推理服务已上线。',
    '公司回购股份已实施完毕。',
    '根据公司相关会计政策,将减少公司净利润4.88亿元。',
    '伊戈尔拟收购控股子公司少数股权。',
    '该协会和这所大学都表示支持,行业协会也发声。',
    '部分法院已经建立检索库,法院及时核查并移送公安局处置。',
    '海南如意岛项目股权遭法院冻结。',
    '业主多次向住建局投诉，并前往公证处办理。',
    '，国内最大的验房公司表示。',
    '、一家知名装修公司也参与。',
    '，远大住工程等公司参会。',
    '、其名下公司股权已被冻结。',
    '，名为远景的公司已注销。',
    '腾讯在深圳成立基金，双方共同设立资本。',
    '双方将探讨科技创投发展路径。',
  ],
};
