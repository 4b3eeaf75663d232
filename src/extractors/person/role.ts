import type { Extraction, PatternRule, ScanRule } from '../../engine/extractor.ts';
import type { Span } from '../../model/span.ts';
import { isChineseName, isNameInByline, ROLES, startsWithSurname } from '../../lexicon/people.ts';
import { nameStartBefore } from '../organization/boundary.ts';
import { WordList } from '../../lexicon/alternation.ts';
import { triedAtOpenings } from '../../engine/openings.ts';
import { personNameAt, transliteratedRunAt } from './names.ts';

const ROLE_WORDS = new WordList(ROLES);

const opensName = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 65 && code <= 90);

/** A name may open at `at`, after an optional space, colon, or colon and space (首席投资官: Rick Rieder). */
function nameOpensAfter(scan: string, at: number): boolean {
  const next = scan.charCodeAt(at);
  if (next === 32) return opensName(scan.charCodeAt(at + 1));
  if (next === 58) return opensName(scan.charCodeAt(at + 1)) || (scan.charCodeAt(at + 1) === 32 && opensName(scan.charCodeAt(at + 2)));
  return opensName(next);
}

/**
 * Every role written right before a name, left to right, never overlapping; at one place the
 * first of ROLES (longest first) that a name follows. What the pattern
 * `(?:董事会秘书|…|CIO)(?=(?: |: ?)?[\u4e00-\u9fffA-Z])` with the `g` flag matches (the reference of
 * the tests), without trying its alternation at every position of the text.
 */
export function rolesBeforeNames(scan: string): Array<Span & { role: string }> {
  const roles: Array<Span & { role: string }> = [];
  for (let at = ROLE_WORDS.nextPlace(scan, 0); at >= 0; ) {
    const role = ROLE_WORDS.firstAt(scan, at, (end) => nameOpensAfter(scan, end));
    if (role === undefined) {
      at = ROLE_WORDS.nextPlace(scan, at + 1);
      continue;
    }
    roles.push({ start: at, end: at + role.length, role });
    at = ROLE_WORDS.nextPlace(scan, at + role.length);
  }
  return roles;
}

/**
 * A name right after its title or role: 董事长沈易明, 首席技术官兼阿里云智能总裁张建锋,
 * OpenAI创始成员安德烈·卡帕西(Andrej Karpathy), 前副总裁Yves Maitre, 融入方张洺豪.
 */
export const personAfterRole: ScanRule<'person'> = {
  id: 'person/zh/after-role',
  type: 'person',
  lang: 'zh',
  scan(ctx) {
    const people: Array<Extraction<'person'> & Span> = [];
    for (const { end, role } of rolesBeforeNames(ctx.scan)) {
      let at = end;
      // 首席投资官：Rick Rieder (a colon in the scan text: full-width forms are folded).
      if (ctx.scan[at] === ':') at++;
      if (ctx.scan[at] === ' ') at++;
      // 总裁助理李泉、贾明怡: one role before a list of names.
      const first = personNameAt(ctx.scan, at) ?? transliteratedRunAt(ctx.scan, at);
      for (let found = first; found; found = ctx.scan[found.end] === '、' ? personNameAt(ctx.scan, found.end + 1) : undefined) {
        const name = ctx.article.text.slice(found.start, found.end);
        people.push({ start: found.start, end: found.end, priority: 2, fields: { name, aliases: found.aliases, role } });
      }
    }
    return people;
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
    // A two-character name before a verb whose first character a name may hold (计划, 持有, 减持): the verb bounds it.
    { text: '公司董事王立计划于2021年3月1日起减持公司股份。', mention: '王立', expect: { name: '王立', role: '董事' } },
    { text: '公司股东陈晨持有公司5.2%的股份。', mention: '陈晨', expect: { name: '陈晨', role: '股东' } },
    { text: '公司监事孙敏拟减持不超过1万股。', mention: '孙敏', expect: { name: '孙敏', role: '监事' } },
    { text: '公司董事刘建计划减持，董事张建华计划增持。', mention: '张建华', expect: { name: '张建华', role: '董事' } },
    { text: '贝莱德固定收益业务全球首席投资官：Rick Rieder\n债券市场存在泡沫吗？', mention: 'Rick Rieder', expect: { name: 'Rick Rieder', role: '首席投资官' } },
    // Desk heads (主管, 副主管) before a name, as in interview headings.
    { text: '某资管公司欧洲固定收益副主管：Anna Berg\n利率还会下行吗？', mention: 'Anna Berg', expect: { name: 'Anna Berg', role: '副主管' } },
    { text: '该行信贷业务主管王建国介绍，不良率有所下降。', mention: '王建国', expect: { name: '王建国', role: '主管' } },
    // The credits that close a story: each role word before its name, with or without a colon.
    { text: '本报记者 陈晓\n编辑 周立新 校对 孙悦', mention: '孙悦', expect: { name: '孙悦', role: '校对' } },
    { text: '《财经观察》作者 黄小明\n市场仍在观望。', mention: '黄小明', expect: { name: '黄小明', role: '作者' } },
  ],
  negatives: [
    '免去其董事长职务,改任总经理级干部。',
    '分析师表示,银行长期贷款增速放缓。',
    '董事会秘书于近日辞职。',
    '公司董事长及总经理均已辞职,发言人表示遗憾。',
    '行业主管部门尚未表态。',
    '作者认为，市场仍在观望。',
    '稿件经校对后发出。',
  ],
};

/**
 * A person taking up or leaving a post, named before the verb: `赵鑫不再担任执行董事`,
 * `同时李四出任总经理`, `，王五辞去董事职务`. The name opens its clause.
 */
export const personBeforeAppointment = triedAtOpenings<'person'>({
  id: 'person/zh/before-appointment',
  type: 'person',
  lang: 'zh',
  pattern: /(?:不再担任|不再出任|担任|出任|辞去|卸任|接任)(?=[\u4e00-\u9fff])/g,
  extract(match, ctx) {
    const start = nameStartBefore(ctx.scan, match.index, 2, 3);
    if (start === undefined) return null;
    const name = ctx.article.text.slice(start, match.index);
    // The name reader may run on into the verb (赵鑫不再担任 reads 赵鑫不): the verb bounds the name.
    if (!isChineseName(name) || (personNameAt(ctx.scan, start)?.end ?? 0) < match.index) return null;
    return { start, end: match.index, priority: 1, fields: { name, aliases: [] } };
  },
  examples: [
    { text: '该公司发生多项变更，同时李明不再担任执行董事兼总经理，张长海不再担任监事。', mention: '张长海', expect: { name: '张长海' } },
    { text: '该公司发生多项变更，同时李明不再担任执行董事兼总经理。', mention: '李明', expect: { name: '李明' } },
    { text: '公告显示，王立新辞去董事职务。', mention: '王立新', expect: { name: '王立新' } },
  ],
  negatives: ['该公司不再担任担保人。', '董事会同意其担任总经理。', '由谁担任董事长尚未确定。', '公司聘任高管担任总经理。', '他曾担任百度总裁。', '，她将出任首席执行官。', '，刘总曾担任监事。'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
});

/** Roles a change of registration lists people for: 新增巍伟、王伟为股东. */
const NOT_A_GIVEN_NAME_END = /[人方者商家户]$/;
const REGISTERED_ROLE = /^为(?<role>股东|董事|监事|执行董事|法定代表人|经理)/;

/**
 * People added in a registration change: `新增巍伟、王伟为股东`. Given names in such records are
 * often rare, so any two or three characters a name may hold count; four only with a surname.
 */
export const registeredNewPersons: PatternRule<'person'> = {
  id: 'person/zh/registration-change',
  type: 'person',
  lang: 'zh',
  // A literal every match holds: searched for as plain text, much faster than the pattern.
  trigger: /新增/,
  pattern: /新增(?<names>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){0,5})(?=为)/dg,
  extract(match, ctx) {
    const range = match.indices?.groups?.names;
    const role = REGISTERED_ROLE.exec(ctx.scan.slice(match.index + match[0].length, match.index + match[0].length + 6))?.groups?.role;
    if (!range || !role) return null;
    const people: Extraction<'person'>[] = [];
    let at = range[0];
    for (const name of ctx.scan.slice(range[0], range[1]).split('、')) {
      if (!isNameInByline(name) || NOT_A_GIVEN_NAME_END.test(name) || (name.length === 4 && !startsWithSurname(name))) return null;
      people.push({ start: at, end: at + name.length, priority: 1, fields: { name: ctx.article.text.slice(at, at + name.length), aliases: [], role } });
      at += name.length + 1;
    }
    return people;
  },
  examples: [
    { text: '天眼查数据显示，该公司发生多项变更，新增严晓、卫东为股东。', mention: '卫东', expect: { name: '卫东', role: '股东' } },
    { text: '工商信息显示，新增钱鸣为执行董事。', mention: '钱鸣', expect: { name: '钱鸣', role: '执行董事' } },
  ],
  negatives: ['新增注册资本为5亿元。', '新增贷款为3000亿元。', '新增科技公司为股东。', '新增投资人为股东。'],
};

/** What follows a signer's name: a verb or a particle, not the rest of a noun (签名的文章引发…). */
const AFTER_SIGNER = /^(?:[有在是向对为从代已将曾并与和被也都表称说出确、,，。;；]|$)/;

/**
 * The signer of a document: `协议中签名的黄伟清`, `由签字人周立成确认`. Only a surname-led
 * name followed by a verb or a particle counts, so `签名的文件` or `签字人员` are no one.
 */
export const personAfterSignature = triedAtOpenings<'person'>({
  id: 'person/zh/signer',
  type: 'person',
  lang: 'zh',
  pattern: /(?:签名|签字|署名)(?:的|人)(?=[\u4e00-\u9fff])/g,
  extract(match, ctx) {
    const start = match.index + match[0].length;
    const found = personNameAt(ctx.scan, start);
    if (!found || !isChineseName(found.name)) return null;
    // Two characters are as often a noun (文件, 文章) as a name: only a full stop or comma vouches for them.
    const follows = ctx.scan[found.end] ?? '';
    if (!(found.name.length === 2 ? /^(?:[、,，。;；]|$)/ : AFTER_SIGNER).test(follows)) return null;
    return { start, end: found.end, priority: 1, fields: { name: ctx.article.text.slice(start, found.end), aliases: [] } };
  },
  examples: [
    { text: '对方否认，称从未授权合同上签名的周立成代表公司。', mention: '周立成', expect: { name: '周立成' } },
    { text: '审计报告由签字人孙海燕出具。', mention: '孙海燕', expect: { name: '孙海燕' } },
  ],
  negatives: ['双方签字的文件已经生效。', '签字人员尚未确定。', '签名的人数超过一千。', '署名的文章引发热议。'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
});
