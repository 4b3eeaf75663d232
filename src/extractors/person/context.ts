import type { PatternRule } from '../../engine/extractor.ts';
import { triedAtOpenings, wordOpenings } from '../../engine/openings.ts';
import { isChineseName } from '../../lexicon/people.ts';
import { nameStartBefore } from '../organization/boundary.ts';
import { organizationOpening } from '../quote/speaker.ts';
import { englishTitleLength, isTransliteration, personNameAt } from './names.ts';

/** A sex and an age after a name's comma: `，男，53岁` (a note on a post's holder). */
const SEX_AND_AGE = /^[,，][男女][,，]\d{1,3}岁/;

/**
 * A biography opening: `沈易明，硕士。`, `张三，男，1970年出生`; or a note on who holds a post,
 * the name after 是 or 为 with sex and age (`董事长、总经理均是王立新，男，48岁`).
 */
export const personBiography = triedAtOpenings<'person'>({
  id: 'person/zh/biography',
  type: 'person',
  lang: 'zh',
  pattern: /[,，](?=男|女|硕士|博士|本科|研究生|大专|汉族|中共党员|\d{4}年(?:\d{1,2}月)?(?:出)?生)/g,
  extract(match, ctx) {
    // The name opens its sentence: 2 to 4 characters after white space, 。 or ；; or follows 是 or 为 before sex and age.
    let noted: boolean | undefined;
    for (let length = 2; length <= 4; length++) {
      const start = match.index - length;
      if (start < 0 || !/[\u4e00-\u9fff]/.test(ctx.scan[start]!)) return null;
      if (start > 0 && !/[\s。；;]/.test(ctx.scan[start - 1]!)) {
        if (!/[是为]/.test(ctx.scan[start - 1]!)) continue;
        noted ??= SEX_AND_AGE.test(ctx.scan.slice(match.index, match.index + 8));
        if (!noted) continue;
      }
      const name = ctx.article.text.slice(start, match.index);
      return isChineseName(name) ? { start, end: match.index, priority: 1, fields: { name, aliases: [] } } : null;
    }
    return null;
  },
  examples: [
    { text: '2018年上半年净利润下降71.7%。 沈易明，硕士。历任中国人民银行北京市分行科员。', mention: '沈易明', expect: { name: '沈易明' } },
    { text: '该公司的法定代表人、执行董事均为王立新，男，48岁，大学学历。', mention: '王立新', expect: { name: '王立新' } },
    { text: '公司董事长是周涛，男，55岁，硕士。', mention: '周涛', expect: { name: '周涛' } },
  ],
  negatives: ['公司，男装业务增长。', '中国华融，本科以上学历员工占比高。', '该产品主要是男，女装系列。', '公司的客户是王府井，男装专柜。'],
  // Tried where a comma stands before what a biography opens with (男, 硕士, 1970年…): not at every comma.
  // Written: the pattern reads as a comma followed by anything (its look-ahead is not read).
}, [{ firsts: ',，', seconds: '男女硕博本研大汉中0123456789' }]);

/** A pseudonymous source: `孙丹（化名）`. */
export const personPseudonym: PatternRule<'person'> = {
  id: 'person/zh/pseudonym',
  type: 'person',
  lang: 'zh',
  pattern: /\(化名\)/g,
  extract(match, ctx) {
    for (const length of [3, 2]) {
      const start = match.index - length;
      const name = ctx.scan.slice(start, match.index);
      if (start >= 0 && isChineseName(name) && personNameAt(ctx.scan, start)?.end === match.index) {
        return { start, end: match.index, priority: 1, fields: { name, aliases: [], role: '化名' } };
      }
    }
    return null;
  },
  examples: [{ text: '在一家助贷平台做中层的孙丹（化名）表示。', mention: '孙丹', expect: { name: '孙丹' } }],
  negatives: ['一位业内人士（化名）表示。'],
};

/**
 * A transliterated name standing alone, bounded on the left by punctuation or a function word:
 * `，伊隆·马斯克表示`. (After a role, the role rule reads it.)
 */
export const transliteratedPerson: PatternRule<'person'> = {
  id: 'person/zh/transliterated',
  type: 'person',
  lang: 'zh',
  trigger: /·/,
  pattern: /[\u4e00-\u9fff]·[\u4e00-\u9fff]/g,
  extract(match, ctx) {
    const start = nameStartBefore(ctx.scan, match.index + 1, 1, 5);
    if (start === undefined) return null;
    const found = personNameAt(ctx.scan, start);
    if (!found || found.end <= match.index + 1) return null;
    return { start, end: found.end, priority: 1, fields: { name: ctx.article.text.slice(start, found.end), aliases: found.aliases } };
  },
  examples: [{ text: '特斯拉首席执行官的表态之后,伊隆·马斯克(Elon Musk)在社交媒体上回应。', mention: '伊隆·马斯克', expect: { name: '伊隆·马斯克' } }],
  negatives: ['1·2·3号文件'],
};

/** `said John Smith`, `John Smith said`: an English speaker of two or three capitalized words. */
export const englishSpeaker: PatternRule<'person'> = {
  id: 'person/en/speaker',
  type: 'person',
  lang: 'en',
  trigger: /said|says|told/,
  // Up to five words: a title may stand before the name (said Fed Chair Jerome Powell).
  pattern: /\b(?:said|says|told)\s(?<after>[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,4})\b|\b(?<before>[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,4}),?\s(?:said|says|told)\b/dg,
  extract(match, ctx) {
    const range = match.indices?.groups?.after ?? match.indices?.groups?.before;
    if (!range) return null;
    const words = ctx.article.text.slice(range[0], range[1]);
    if (/^(?:The|A|An|In|On|But|And|It|He|She|They|We)\s/.test(words)) return null;
    // Fed Chair Jerome Powell said: the title words before the name are not part of it.
    const start = range[0] + englishTitleLength(words);
    // Without a title, four or five words are a company or a heading, not a name.
    if (ctx.article.text.slice(start, range[1]).split(' ').length > 3) return null;
    return { start, end: range[1], priority: 1, fields: { name: ctx.article.text.slice(start, range[1]), aliases: [] } };
  },
  examples: [
    { text: '"We are not selling," said Marissa Mayer on Monday.', mention: 'Marissa Mayer', expect: { name: 'Marissa Mayer' } },
    { text: 'Tim Armstrong said the deal would close.', mention: 'Tim Armstrong', expect: { name: 'Tim Armstrong' } },
    { text: 'Fed Chair Janet Hill said rates would stay on hold.', mention: 'Janet Hill', expect: { name: 'Janet Hill' } },
    { text: 'Chief Executive Officer Paul Grant said cloud revenue grew.', mention: 'Paul Grant', expect: { name: 'Paul Grant' } },
  ],
  negatives: ['The company said on Monday.', 'In March Yahoo said it would sell.'],
};

/** What opens the clause a speaker's name starts: the text's start, punctuation, white space, 据. */
const OPENS_SPEAKER_CLAUSE = /[\s,，。；;:：!！?？、“”"（(）)]|据/;
/** Forms of address after a surname: 王先生, 李女士, 张老师. */
const ADDRESS_END = /(?:先生|女士|小姐|老师|师傅|总)$/;
/** Last characters of nouns that a surname may open (文件, 欧洲, 石油): no given name ends so. */
const NOUN_END = /[件书章表报告会市省县区州洲盟方面部局委院所厅行社网司团业界者员人家们士油价股]$/;

/** The speech verbs a speaker's clause ends in, before the comma or colon that opens the words. */
const SPEECH_VERBS = ['表示', '指出', '认为', '介绍', '透露', '坦言', '强调', '直言', '解释', '回应', '提到', '谈到'];
const SPEECH_VERBS_OF_ONE = ['说', '称'];

/**
 * A name standing alone as the subject of a speech verb that opens the reported words:
 * `马化腾表示，…`, `据王建国介绍，…`, `任泽平认为：…`. The name opens its clause; a name of the
 * gazetteer's organizations (华为, 欧佩克) or a noun a surname character opens (文件指出) is none.
 */
export const personBeforeSpeech = triedAtOpenings<'person'>({
  id: 'person/zh/speech-subject',
  type: 'person',
  lang: 'zh',
  pattern: new RegExp(`(?:${[...SPEECH_VERBS, ...SPEECH_VERBS_OF_ONE].join('|')})(?=[,:])`, 'g'),
  extract(match, ctx) {
    // Three characters only: two are as often a company or a country a surname opens (苏宁, 沙特).
    const start = match.index - 3;
    if (start < 0 || (start > 0 && !OPENS_SPEAKER_CLAUSE.test(ctx.scan[start - 1]!))) return null;
    const name = ctx.scan.slice(start, match.index);
    if (!isChineseName(name) || personNameAt(ctx.scan, start)?.end !== match.index) return null;
    // 欧佩克, 王先生: a transliterated name (a body or a place more often than a person here), a form of address.
    if (NOUN_END.test(name) || ADDRESS_END.test(name) || isTransliteration(name) || organizationOpening(ctx)(ctx.scan.slice(start, match.index + 2))) return null;
    return { start, end: match.index, priority: 0, fields: { name: ctx.article.text.slice(start, match.index), aliases: [] } };
  },
  examples: [
    { text: '发布会上，马化腾表示，腾讯将加大投入。', mention: '马化腾', expect: { name: '马化腾' } },
    { text: '据王建国介绍，该项目已完工。', mention: '王建国', expect: { name: '王建国' } },
    { text: '对此，任泽平认为：市场仍在筑底。', mention: '任泽平', expect: { name: '任泽平' } },
  ],
  negatives: ['文件指出，要加快改革。', '华为表示，新机将于下月发布。', '欧洲表示，将出台新规。', '苏宁称，门店将升级。', '欧佩克表示，将维持产量。', '王先生表示，不会卖出。', '公司董事长表示，业绩稳定。', '高管表示，不会减持。', '石油价格称，', '业内人士表示，市场回暖。'],
  // Tried where a verb stands, found in the one walk over the text shared by such rules: not at every character.
  // Written: the pattern reads as 说 or 称 followed by anything (its look-ahead is not read).
}, [wordOpenings(SPEECH_VERBS), { firsts: SPEECH_VERBS_OF_ONE.join(''), seconds: ',:' }]);
