/**
 * What bounds a Chinese personal name: a surname from the list, one or two given-name
 * characters, and no character that names never hold (的, 表, 称...). Precision first: a name
 * is only read where a role, a byline, a quote or a biography says a person stands there.
 */

/**
 * Common single-character surnames (百家姓), without those that mostly start ordinary words
 * (和, 明, 时, 全, 应, 于, 向...).
 */
export const SINGLE_SURNAMES = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈' +
    '姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔' +
    '汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌' +
    '毕季裴霍涂成苗谷盛曲翁冉骆蓝辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆司卓古吉缪项芦' +
    '麦褚娄窦戚岑卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩' +
    '佘匡钮戈阎楚洪谈郁鞠屠蔺晋习伏雍厉奚储赖').split(''),
);

export const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯', '长孙', '宇文', '澹台', '端木'];

/** Characters a given name does not hold: function words, speech verbs, titles. */
export const NON_NAME_CHARS = new Set(
  ('的了在是和与及或等也都还就已将把被从对向于为以其这那说称表示指认感告透强坦回让给曰任兼道而并但却则即且又' +
    '再上下年月日时个些每各该此本今昨前后去来到出入讲问答看听想要会能可应得着过吗呢吧啊首副总董事经理席主管监部局处' +
    '科院所校拿指据表公司集团股份银行证券拟').split(''),
);

/**
 * Titles and roles written right before a name (董事长沈易明, 首席技术官张建锋, OpenAI创始成员安德烈·卡帕西),
 * longest first so 副董事长 is preferred to 董事长.
 */
export const ROLES = [
  '董事会秘书', '首席执行官', '首席技术官', '首席财务官', '首席运营官', '首席经济学家', '首席投资官', '首席分析师', '首席策略师',
  '首席科学家', '首席信息官', '实际控制人', '联合创始人', '非执行董事', '独立董事', '执行董事', '副董事长', '董事长', '副总经理', '总经理',
  '副总裁', '总裁', '创始成员', '创始人', '创办人', '掌门人', '董秘', '董事', '监事长', '监事', '副主席', '主席', '副行长', '行长',
  '副部长', '部长', '副局长', '局长', '副主任', '主任', '秘书长', '副院长', '院长', '副所长', '所长', '副理事长', '教授', '研究员', '分析师', '经济学家', '基金经理',
  '投资总监', '总监', '副主管', '主管', '合伙人', '负责人', '发言人', '党委书记', '书记', '理事长', '副会长', '会长', '总统', '总理', '首相', '市长',
  '省长', '第一大股东', '第二大股东', '第三大股东', '大股东', '控股股东', '股东', '总裁助理', '董事长助理', '总经理助理', '律师', '高级工程师', '总工程师', '工程师', '实控人', '融入方', '融出方', '出质人', '质权人', '记者', '编辑', '责编', '主编', '校对', '作者', 'CEO', 'CTO', 'CFO', 'COO', 'CIO',
].sort((a, b) => b.length - a.length);

/** Verbs that introduce or close a direct quotation, longest first. */
export const SPEECH_VERBS_ZH = [
  '感慨道', '告诉记者', '接受采访时表示', '表示', '指出', '认为', '感慨', '坦言', '强调', '透露', '介绍', '回应', '直言', '解释',
  '补充', '笑称', '写道', '说道', '提到', '谈到', '提及', '坦承', '告诉', '如是说', '称', '说', '道',
].sort((a, b) => b.length - a.length);

// Names are read by character codes: `text[at]` makes a string of each CJK character it reads.
const SINGLE_SURNAME_CODES = new Set([...SINGLE_SURNAMES].map((surname) => surname.charCodeAt(0)));
const COMPOUND_SURNAME_FIRSTS = new Set(COMPOUND_SURNAMES.map((surname) => surname.charCodeAt(0)));
const NON_NAME_CODES = new Set([...NON_NAME_CHARS].map((ch) => ch.charCodeAt(0)));

function isNameCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff && !NON_NAME_CODES.has(code);
}

/**
 * Verbs of the genre whose first character a given name may hold, but rarely ends with: a third
 * character opening one of them is the verb's (董事王立计划于…, 股东陈晨持有…, 李明减持), not the name's.
 * Verbs whose first character no name holds (表示, 认为, 称, 说, 指出) end a name already.
 */
const VERB_AFTER_NAME = new Set([
  '计划', '持有', '持股', '减持', '增持', '担任', '现任', '曾任', '辞去', '辞任', '辞职', '获得', '获聘', '宣布', '签署',
  '介绍', '提出', '提到', '提及', '解释', '直言', '承认', '声称', '参加', '参与', '接受', '接任', '届满',
]);
const VERB_AFTER_NAME_OPENINGS = new Set([...VERB_AFTER_NAME].map((verb) => verb.charCodeAt(0)));

/**
 * The end of a Chinese name starting at `start` (surname + one or two given-name characters),
 * or undefined when no surname stands there.
 */
export function chineseNameEnd(text: string, start: number): number | undefined {
  const first = text.charCodeAt(start);
  const surnameLength = COMPOUND_SURNAME_FIRSTS.has(first) && COMPOUND_SURNAMES.includes(text.slice(start, start + 2)) ? 2 : SINGLE_SURNAME_CODES.has(first) ? 1 : 0;
  if (surnameLength === 0) return undefined;
  const given = start + surnameLength;
  if (!isNameCode(text.charCodeAt(given))) return undefined;
  const third = text.charCodeAt(given + 1);
  if (!isNameCode(third)) return given + 1;
  // 王立计划于…: the third character opens a verb, and the name is the two before it.
  return VERB_AFTER_NAME_OPENINGS.has(third) && VERB_AFTER_NAME.has(text.slice(given + 1, given + 3)) ? given + 1 : given + 2;
}

/**
 * Where the context already says a person is named (a byline, an editor line), any two to four
 * characters that names can hold: rare surnames are not in the list.
 */
export function isNameInByline(candidate: string): boolean {
  return /^[\u4e00-\u9fff]{2,4}$/.test(candidate) && (startsWithSurname(candidate) || ![...candidate].some((ch) => NON_NAME_CHARS.has(ch)));
}

export function startsWithSurname(candidate: string): boolean {
  return SINGLE_SURNAMES.has(candidate[0] ?? '') || COMPOUND_SURNAMES.some((s) => candidate.startsWith(s));
}

/** Provinces and major cities, as a regex alternation: the place that opens many names. */
export const CHINESE_PLACES =
  '安徽|江苏|江西|浙江|广东|广西|福建|湖南|湖北|河南|河北|山东|山西|四川|云南|贵州|陕西|甘肃|青海|宁夏|新疆|西藏|海南|吉林|辽宁|黑龙江|内蒙古|北京|上海|天津|重庆|深圳|杭州|广州|南京|苏州|武汉|成都|西安|长沙|郑州|青岛|厦门|宁波|合肥|济南|大连|沈阳|昆明|南宁|福州|南昌|太原|贵阳|兰州|珠海|东莞|佛山';

/** Countries and regions that open the names of companies' foreign arms: 日本伊戈尔, 香港比亚迪. */
export const COUNTRIES = '中国|香港|台湾|澳门|美国|日本|英国|法国|德国|韩国|印度|新加坡|加拿大|澳大利亚|荷兰|瑞士|欧洲|亚洲';

/**
 * Places and words that open a company's name and start with a surname character: 安徽盛运环保,
 * 金龙控股, 华融信托. A name candidate starting with one of these, or followed by a business
 * word, is no person.
 */
const PLACE_OR_BUSINESS_START = new RegExp(
  `^(?:${CHINESE_PLACES}|${COUNTRIES}|金融|高端|高估|高管|高层|方面|安全|文化|龙头|万亿|马上|石油|钱包)`,
);
const BUSINESS_WORD = /^(?:集团|控股|公司|股份|银行|证券|科技|环保|实业|投资|资本|基金|信托|保险|电子|医药|生物|汽车|能源|地产|置业|传媒|通信|网络|软件|智能|电气|电器|机电|材料|化工|钢铁|矿业|物流|快递|航空|食品|农业|国际|信息|技术|控制|电力|建设|发展)/;

/** A name candidate that is a place or a company's first word instead. */
export function isBusinessOrPlace(text: string, start: number, end: number): boolean {
  return PLACE_OR_BUSINESS_START.test(text.slice(start, start + 3)) || BUSINESS_WORD.test(text.slice(end, end + 2)) || BUSINESS_WORD.test(text.slice(end - 1, end + 1));
}

/** A whole string shaped like a Chinese personal name: 谈瑞, 周子涵, 欧阳明. */
export function isChineseName(candidate: string): boolean {
  return candidate.length >= 2 && candidate.length <= 4 && chineseNameEnd(candidate, 0) === candidate.length;
}
