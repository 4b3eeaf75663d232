import { codeUnitSet, isAsciiDigit } from '../../text/code-units.ts';
import { remembered } from '../../text/remembered.ts';

/**
 * Where a Chinese name starts. Chinese writes no spaces, so a name found by its end (a legal
 * suffix, a bracketed code) is bounded on the left by punctuation, or by a function word or
 * verb that cannot be part of a name: 其中|高毅资产, 预期|百度, 宣布|...
 */

/** 丨 (U+4E28) is a CJK code point that news sites use as a separator: 格隆汇9月27丨汉诺宝嘉. */
export const isCjkCode = (code: number) => code >= 0x3400 && code <= 0x9fff && code !== 0x4e28;
export const isCjk = (ch: string | undefined): boolean => ch !== undefined && isCjkCode(ch.charCodeAt(0));

/** Words after which a name may begin, longest first so 包括 is tried before 括. */
const LEFT_WORDS = [
  '其中', '包括', '例如', '比如', '以及', '还有', '据悉', '预期', '预计', '认为', '指出', '表示', '宣布', '公告', '发布',
  '融入方', '融出方', '运营公司', '运营方', '平台', '出资方', '分别为', '老股东', '中标', '收到', '冻结', '委托', '受托', '免去', '任命', '出任', '担任', '旗下', '母公司', '子公司', '控股股东', '股东', '联合', '携手', '联手', '牵头', '领投',
  '跟投', '参与', '选择', '通过', '收购', '入股', '持有', '成为', '加入', '接入', '完成', '获得', '设立', '成立', '报道',
  '来自', '对于', '关于', '根据', '随着', '同时', '另外', '此外', '而且', '并且', '目前', '近日', '今年', '去年', '日前',
  '消息', '公众号', '显示', '今日', '昨日', '此前', '随后', '先是', '透露', '证实', '指', '据', '由', '向', '与', '和', '及', '或', '在', '对', '从', '被', '将', '把', '其',
  '该', '了', '是', '为', '等', '称', '即', '而', '但', '并', '也', '因', '且', '以', '给', '让', '跟', '同', '至', '于', '到', '的',
].sort((a, b) => b.length - a.length);

const INNER_QUALIFIER = /^\((?:集团|中国|香港|北京|上海|深圳|控股)\)$/;

/**
 * Left words by the code of their last character, so a position is tested against a few words,
 * not all. Names are bounded by codes throughout: `text[at]` makes a string of each CJK character.
 */
const LEFT_WORDS_BY_LAST = new Map<number, string[]>();
for (const word of LEFT_WORDS) {
  const last = word.charCodeAt(word.length - 1);
  LEFT_WORDS_BY_LAST.set(last, [...(LEFT_WORDS_BY_LAST.get(last) ?? []), word]);
}

/**
 * Nouns that a name directly follows: after them 和, 与 and 及 open the name instead of joining
 * two (运营公司和信电子商务有限公司).
 */
const NAME_FOLLOWS = /(?:运营公司|运营方|运营主体|融入方|融出方|出资方|子公司|母公司|平台)$/;
const isJoiner = (code: number) => code === 0x548c || code === 0x4e0e || code === 0x53ca;

function leftWordEndingAt(text: string, end: number): boolean {
  const words = LEFT_WORDS_BY_LAST.get(text.charCodeAt(end - 1));
  if (!words) return false;
  for (const word of words) {
    if (word.length <= end && text.startsWith(word, end - word.length)) return true;
  }
  return false;
}

export interface NameStartOptions {
  /**
   * Listed names mix scripts (*ST康美, TCL科技, 阿里巴巴-SW): Latin letters, digits, * and & belong
   * to the name, a date (2019年, 8月16日) does not.
   */
  mixed?: boolean;
}

const MIXED_NAME_CHAR = codeUnitSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*&·');
/** 美股如特斯拉(TSLA.US): before a listed name 如 introduces an example; elsewhere it is part of names (海南如意岛). */
const EXAMPLE_WORD = '如'.charCodeAt(0);
const DATE_UNITS = new Set([...'年月日号'].map((unit) => unit.charCodeAt(0)));

function isNameChar(text: string, at: number, mixed: boolean): boolean {
  const code = text.charCodeAt(at);
  if (!mixed) return isCjkCode(code);
  if (DATE_UNITS.has(code) && isAsciiDigit(text.charCodeAt(at - 1))) return false;
  return isCjkCode(code) || MIXED_NAME_CHAR[code] === 1;
}

/**
 * The start of the name that ends at `end`: walking left over its characters, the first place (at
 * least `min` characters in) preceded by punctuation, another script or a left word. Undefined
 * when no boundary is found within `max` characters. Organization, person and security rules all
 * bound their names here.
 */
export function nameStartBefore(text: string, end: number, min = 2, max = 8, { mixed = false }: NameStartOptions = {}): number | undefined {
  for (let start = end - 1; start >= 0 && end - start <= max; start--) {
    // 安徽盛运环保(集团)股份有限公司: a bracketed qualifier inside a registered name.
    if (text.charCodeAt(start) === 41 && qualifierEndsAt(text, start + 1)) {
      start -= 3;
      continue;
    }
    if (!isNameChar(text, start, mixed)) return end - start - 1 >= min ? opening(text, start + 1, mixed) : undefined;
    if (end - start < min) continue;
    const opensName =
      start === 0 ||
      (!isNameChar(text, start - 1, mixed) && !qualifierEndsAt(text, start)) ||
      (leftWordEndingAt(text, start) && !joinerOpensName(text, start - 1)) ||
      (mixed && text.charCodeAt(start - 1) === EXAMPLE_WORD);
    if (opensName) return opening(text, start, mixed);
  }
  return undefined;
}

/** A mixed name does not open with a digit: 2025 or 3家 is no name. */
function opening(text: string, start: number, mixed: boolean): number | undefined {
  return mixed && isAsciiDigit(text.charCodeAt(start)) ? undefined : start;
}

function joinerOpensName(text: string, at: number): boolean {
  return isJoiner(text.charCodeAt(at)) && NAME_FOLLOWS.test(text.slice(Math.max(0, at - 4), at));
}

function qualifierEndsAt(text: string, end: number): boolean {
  // The qualifier is bracketed: most places end in no bracket and skip the pattern.
  return end >= 4 && text.charCodeAt(end - 1) === 41 && INNER_QUALIFIER.test(text.slice(end - 4, end));
}

/** Words that make a candidate a description rather than a name: 该公司, 一家信托公司, 国内最大规模资产管理公司. */
const DESCRIPTION = new RegExp(
  [
    '^[个家只笔项位其]|^名下|^名为',
    '[一二两三四五六七八九十几数多每\\d]+[家笔只个种位名项]',
    '(?:政府|甲|乙|丙|双|各|对|我|买|卖|出资|投资|融资|运营|合作)方$',
    '成份|成分|指数|板块|概念|万元|亿元|收购|出售|转让|同意|及其|归属|最|这|那|该|某|各|其他|其它|相关|此',
    '旗下|下属|有关|部分|主要|知名|头部|龙头|大型|小型|第三方|股东$',
  ].join('|'),
);

/**
 * Words that make a short name before a common suffix (科技, 公司, 资本, 股份) a description: 美国科技公司,
 * 高估值科技公司, 大数据公司, 注册资本, 养老基金, 网上银行. A full legal name (…股份有限公司) may hold them.
 */
const COMMON_WORD = new RegExp(
  [
    '云计算|人工智能|大数据|数据|互联网|科技|技术|金融|投资|管理|服务|平台|行业|企业|机构|公司|资产|保险|项目',
    '回购|减持|增持|质押|冻结|持有|流通|限售|发售|认购|配售|注册|实缴|投入|原定|本次|全部|新增|重组',
    '养老|私募|公募|偏股|偏债|货币|债券|股票|混合|产业|引导|母基金|月份|季度|年度',
    '商业|城市|农村|村镇|城商|农商|网上|手机|数字|直销|储蓄|地方|国际|国内|国外|全球|海外|境内|境外|本土|外国',
    '美国|中国|英国|日本|韩国|德国|法国|印度|欧洲|香港|台湾',
    '上市|传统|高估值|外资|中资|国有|民营|新兴|新型|专门|研究|同类|中小',
    // Verbs and function words: 不会影响公司, 报告期末公司, 监管曝光银行.
    '[会不或未没被将已把使让给在有这那该其此每各本全都也还就再又很更最的]|影响|导致|推进|推动|加快|积极|进行|期末|期初|上榜|发稿|重新|报告|缓解|曝光|集齐|压力',
    // Verbs that make funds and firms rather than name them: 在深圳成立基金, 共同设立资本, 募集基金.
    '成立|设立|募集|发起|组建',
  ].join('|'),
);

/** Common nouns that stand where a name could: 交易所公告显示, 机构认为. */
const COMMON_NOUN = /^(?:交易|行业|产业|专业|学术|保险公司|基金公司|证券公司|信托公司|资产管理公司|科技公司|上市公司|子公司|母公司|个股|交易所|公司|银行|集团|基金|证券|券商|机构|监管|官方|媒体|外媒|市场|业内|专家|董事会|股东|本行|我们|他们|对方)$/;

/** A name does not end in a particle or preposition: 做了股票, 提供与股票, 港元后股价. */
const BAD_END = /[了后与一日的是在和及其为将把被从对向于以也都就还又]$/;

/** A body describes whatever follows it. */
const DESCRIBES = 1;
/** A body holds a common word: it describes a short suffix, not a legal form. */
const HOLDS_COMMON_WORD = 2;

/** What a body says of the name it opens, both answers remembered at once: one look-up per body. */
const descriptionOf = remembered((body) => {
  if (body.length < 2 || DESCRIPTION.test(body) || COMMON_NOUN.test(body) || BAD_END.test(body)) return DESCRIBES;
  return COMMON_WORD.test(body) ? HOLDS_COMMON_WORD : 0;
});

/** Whether the words before a suffix describe rather than name (remembered per body). */
export function isDescription(body: string, legalForm: boolean): boolean {
  const description = descriptionOf(body);
  return description === DESCRIBES || (!legalForm && description === HOLDS_COMMON_WORD);
}
