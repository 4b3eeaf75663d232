import { triedAtOpenings, wordOpenings } from '../../engine/openings.ts';
import { attributionBefore, organizationOpening } from './speaker.ts';

/** What an utterance without quotation marks runs to: the end of its sentence (the stop kept). */
const TO_SENTENCE_END = /^[^。！？!?\n]{6,300}[。！？!?]?/;
/** Quotation marks inside mean the attributed-quote rule reads the utterance. */
const HAS_QUOTE_MARKS = /[“”"「」『』]/;

/** The speech verbs before the colon. */
const COLON_VERBS = ['表示', '指出', '认为', '坦言', '强调', '透露', '直言', '回应', '解释'];
const COLON_VERBS_OF_ONE = ['称', '说'];

/**
 * Speech introduced by a verb and a colon with no quotation marks: `董事林子俊表示：如果…，那么…。`
 * The utterance is the rest of the sentence; the speaker is read before the verb as for quoted
 * speech, and without one (数据显示：…, 公告称：…) nothing is taken.
 */
export const colonIntroducedSpeech = triedAtOpenings<'quote'>({
  id: 'quote/zh/colon-introduced',
  type: 'quote',
  lang: 'zh',
  pattern: new RegExp(`(?:${[...COLON_VERBS, ...COLON_VERBS_OF_ONE].join('|')})[:：](?=\\s*[^\\s“"「『])`, 'g'),
  extract(match, ctx) {
    let start = match.index + match[0].length;
    while (/\s/.test(ctx.scan[start] ?? '')) start++;
    const utterance = TO_SENTENCE_END.exec(ctx.scan.slice(start, start + 301))?.[0];
    if (!utterance || HAS_QUOTE_MARKS.test(utterance)) return null;
    const before = ctx.scan.slice(Math.max(0, match.index - 80), match.index + match[0].length);
    const found = attributionBefore(before, organizationOpening(ctx));
    if (!found) return null;
    return { start, end: start + utterance.length, fields: { speaker: found.speaker, verb: found.verb } };
  },
  examples: [
    {
      text: '对此，长江证券首席分析师张明表示：银行板块估值仍处于历史低位，后续有望修复。',
      mention: '银行板块估值仍处于历史低位，后续有望修复。',
      expect: { speaker: '张明', verb: '表示' },
    },
    {
      text: '中国电信称：天翼云已完成全部节点的升级。',
      mention: '天翼云已完成全部节点的升级。',
      expect: { speaker: '中国电信', verb: '称' },
    },
  ],
  negatives: [
    '数据显示：一季度营收同比增长12%。',
    '公司公告称：本次减持计划已实施完毕。',
    '张明表示：“银行板块估值仍处于历史低位。”',
    '他说：好。',
  ],
  // Tried where a verb stands, found in the one walk over the text shared by such rules: not at every character.
  // Written: read from the pattern, 称说 and the words would share one opening (110 pairs, not 76).
}, [wordOpenings(COLON_VERBS), { firsts: COLON_VERBS_OF_ONE.join(''), seconds: ':：' }]);
