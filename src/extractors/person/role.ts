import type { PatternRule } from '../../engine/extractor.ts';
import { ROLES } from '../../lexicon/people.ts';
import { personNameAt, transliteratedRunAt } from './names.ts';

const ROLE_BEFORE_NAME = new RegExp(`(?:${ROLES.join('|')})(?=(?: |: ?)?[\\u4e00-\\u9fffA-Z])`, 'g');

/**
 * A name right after its title or role: 董事长沈易明, 首席技术官兼阿里云智能总裁张建锋,
 * OpenAI创始成员安德烈·卡帕西(Andrej Karpathy), 前副总裁Yves Maitre, 融入方张洺豪.
 */
export const personAfterRole: PatternRule<'person'> = {
  id: 'person/zh/after-role',
  type: 'person',
  lang: 'zh',
  pattern: ROLE_BEFORE_NAME,
  extract(match, ctx) {
    let at = match.index + match[0].length;
    // 首席投资官：Rick Rieder (a colon in the scan text: full-width forms are folded).
    if (ctx.scan[at] === ':') at++;
    if (ctx.scan[at] === ' ') at++;
    const people = [];
    // 总裁助理李泉、贾明怡: one role before a list of names.
    const first = personNameAt(ctx.scan, at) ?? transliteratedRunAt(ctx.scan, at);
    for (let found = first; found; found = ctx.scan[found.end] === '、' ? personNameAt(ctx.scan, found.end + 1) : undefined) {
      const name = ctx.article.text.slice(found.start, found.end);
      people.push({ start: found.start, end: found.end, priority: 2, fields: { name, aliases: found.aliases, role: match[0] } });
    }
    return people.length ? people : null;
  },
  examples: [
    {
      text: '“未来或许不需要超大规模的GPU集群了。”OpenAI创始成员安德烈·卡帕西(Andrej Karpathy)在这一高性价比模型发布后感慨道。',
      mention: '安德烈·卡帕西',
      expect: { name: '安德烈·卡帕西', role: '创始成员', organization: 'OpenAI' },
    },
    { text: '法国Orange前副总裁Yves Maitre接任HTC首席执行官职务,创始人王雪红专任董事长。', mention: '王雪红', expect: { name: '王雪红', role: '创始人' } },
    { text: '法国Orange前副总裁Yves Maitre接任HTC首席执行官职务。', mention: 'Yves Maitre', expect: { name: 'Yves Maitre', role: '副总裁' } },
    { text: '首席技术官兼阿里云智能总裁张建锋表示,含光800是阿里巴巴在芯片领域的第一步。', mention: '张建锋', expect: { name: '张建锋', role: '总裁' } },
    { text: '（新京报记者 陆一夫）亚马逊海外购入驻拼多多。', mention: '陆一夫', expect: { name: '陆一夫', role: '记者' } },
    { text: '周三(25日)英国首相约翰逊斥英高法判暂停议会不合法。', mention: '约翰逊', expect: { name: '约翰逊', role: '首相' } },
    { text: '金陵药业：25日获公司总裁助理李泉、贾明怡增持。', mention: '贾明怡', expect: { name: '贾明怡', role: '总裁助理' } },
    { text: '贝莱德固定收益业务全球首席投资官：Rick Rieder\n债券市场存在泡沫吗？', mention: 'Rick Rieder', expect: { name: 'Rick Rieder', role: '首席投资官' } },
  ],
  negatives: ['免去其董事长职务,改任总经理级干部。', '分析师表示,银行长期贷款增速放缓。', '董事会秘书于近日辞职。', '公司董事长及总经理均已辞职,发言人表示遗憾。'],
};
