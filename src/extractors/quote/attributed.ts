import type { PatternRule } from '../../engine/extractor.ts';
import { attributionAfter, attributionBefore, englishAttribution, organizationOpening, speakerRightBefore } from './speaker.ts';

/** Quoted words between “…”, 「…」, 『…』 or "…" (the scan text has folded full-width forms). */
const QUOTED = /“(?<a>[^“”]{2,800})”|「(?<b>[^「」]{2,800})」|『(?<c>[^『』]{2,800})』|"(?<d>[^"\n]{2,800})"/dg;
const ENDS_SENTENCE = /[。！？!?…．.,，]$/;
/** What may follow a quotation that is a whole utterance rather than a term in a sentence. */
const CLOSES_UTTERANCE = /^\s*(?:[。！？!?，,；;:\n]|$)/;
/** A quotation the speaker before it stated as a position: 公安部“…”的严厉表态, X“…”的要求. */
const STATED_AS = /^的[^，。,“”"]{0,4}?(?<noun>表态|表述|要求|号召|讲话|指示|承诺|警告|说法)/;

/**
 * A direct quotation with its speaker and speech verb, the speaker after it (“…”X感慨道) or
 * before it (X表示，“…”). Scare quotes (“算力信仰”, “卖铲子”, “含光800”是…) are not utterances:
 * they sit inside a sentence with no speaker and verb beside them.
 */
export const attributedQuote: PatternRule<'quote'> = {
  id: 'quote/any/attributed',
  type: 'quote',
  lang: 'any',
  pattern: QUOTED,
  extract(match, ctx) {
    const groups = match.indices?.groups;
    const range = groups?.a ?? groups?.b ?? groups?.c ?? groups?.d;
    if (!range) return null;
    const [start, end] = range;
    const content = ctx.scan.slice(start, end).trim();
    const closeEnd = end + 1;
    const after = ctx.scan.slice(closeEnd, closeEnd + 80);
    const before = ctx.scan.slice(Math.max(0, start - 1 - 80), start - 1);
    const wholeUtterance = ENDS_SENTENCE.test(content) || CLOSES_UTTERANCE.test(after);
    if (content.length < 4) return null;
    if (!wholeUtterance) {
      const stated = STATED_AS.exec(after);
      const speaker = stated ? speakerRightBefore(ctx, before) : undefined;
      return speaker ? { start, end, fields: { speaker, verb: stated!.groups!.noun! } } : null;
    }
    const organizationAt = organizationOpening(ctx);
    const found =
      (ENDS_SENTENCE.test(content) || /^\s*[,，]/.test(after) ? attributionAfter(after, organizationAt) : undefined) ??
      attributionBefore(before, organizationAt) ??
      englishAttribution(before, after);
    if (!found) return null;
    return { start, end, fields: { speaker: found.speaker, verb: found.verb } };
  },
  examples: [
    {
      text: '“未来或许不需要超大规模的GPU集群了。”OpenAI创始成员安德烈·卡帕西(Andrej Karpathy)在这一高性价比模型发布后感慨道。',
      mention: '未来或许不需要超大规模的GPU集群了。',
      expect: { speaker: '安德烈·卡帕西', verb: '感慨道' },
    },
    {
      text: '发布含光800芯片时，张建锋拿出一张芯片展示，称“这个芯片真的非常大”。',
      mention: '这个芯片真的非常大',
      expect: { speaker: '张建锋', verb: '称' },
    },
    {
      text: '能效比500 IPS/W，张建锋称：“含光800是阿里巴巴在芯片领域的万里长征第一步。”',
      mention: '含光800是阿里巴巴在芯片领域的万里长征第一步。',
      expect: { speaker: '张建锋', verb: '称' },
    },
    {
      text: '“我们就像是一部提款机，在一次又一次的欺骗中，送出了家中借来的钱。”王振杰称，这场婚姻是骗局。',
      mention: '我们就像是一部提款机，在一次又一次的欺骗中，送出了家中借来的钱。',
      expect: { speaker: '王振杰', verb: '称' },
    },
    {
      text: '2月2日,中国电信表示:“DeepSeek-R1模型已在天翼云上架。”',
      mention: 'DeepSeek-R1模型已在天翼云上架。',
      expect: { speaker: '中国电信', verb: '表示' },
    },
    {
      text: '“一刀切不可取！”王立新提到，监管应当分类推进。',
      mention: '一刀切不可取！',
      expect: { speaker: '王立新', verb: '提到' },
    },
    {
      text: '“市场已经见底。”王建国告诉《财经》。',
      mention: '市场已经见底。',
      expect: { speaker: '王建国', verb: '告诉' },
    },
    {
      text: '“降息仍有空间。”李超如是说。',
      mention: '降息仍有空间。',
      expect: { speaker: '李超', verb: '如是说' },
    },
    {
      text: '眼下，在证监会“严厉打击财务造假行为”的明确表态下，审计机构更加谨慎。',
      mention: '严厉打击财务造假行为',
      expect: { speaker: '证监会', verb: '表态' },
    },
    {
      text: '"Inflation is moving down," said Fed Chair Janet Hill.',
      mention: 'Inflation is moving down,',
      expect: { speaker: 'Janet Hill', verb: 'said' },
    },
    {
      text: 'Jane Porter, chief executive of Acme, spoke first. "We are not selling," Ms. Porter said.',
      mention: 'We are not selling,',
      expect: { speaker: 'Jane Porter', verb: 'said' },
    },
    {
      text: '"Rates will rise," Jane Smith, an economist at Citi, said on Monday.',
      mention: 'Rates will rise,',
      expect: { speaker: 'Jane Smith', verb: 'said' },
    },
    {
      text: '"We will keep Yahoo going," said Marissa Mayer on Monday.',
      mention: 'We will keep Yahoo going,',
      expect: { speaker: 'Marissa Mayer', verb: 'said' },
    },
  ],
  negatives: [
    '业界戏称“大力出奇迹”是AI时代的典型特征,但原有“算力信仰”和“资本堆砌”都悉数崩塌。',
    '因而,算力界“卖铲子”的英伟达首当其冲。',
    '张建锋表示，“含光800”是阿里平头哥的第一颗芯片。',
    '不过BaillieGifford很快回应称，8月末的行动属于“被迫”减持。',
    '在市场“稳中求进”的要求下，公司调整了策略。',
  ],
};
