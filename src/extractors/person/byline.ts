import type { Extraction, PatternRule } from '../../engine/extractor.ts';
import type { Span } from '../../model/span.ts';
import { isNameInByline, startsWithSurname } from '../../lexicon/people.ts';
import { WHITE_SPACE, triedAtOpenings, wordOpenings } from '../../engine/openings.ts';

/** Names in a run such as `谈瑞、周子涵` or `林子 赵毅波`, with their offsets. */
function* namesIn(text: string, start: number, end: number, separator: RegExp): Generator<Span & { name: string }> {
  let at = start;
  for (const part of text.slice(start, end).split(separator)) {
    const offset = text.indexOf(part, at);
    at = offset + part.length;
    if (part.length > 0) yield { start: offset, end: offset + part.length, name: part };
  }
}

/** Roles a byline lists between names: （记者 张三 通讯员 李四）. Each names the role of the names after it. */
const BYLINE_ROLE = /^(?:记者|见习记者|特约记者|实习记者|摄影记者|通讯员|实习生|摄影|编辑)$/;

function chineseBylineNames(match: RegExpExecArray, firstRole: string): Extraction<'person'>[] | null {
  const range = match.indices?.groups?.names;
  if (!range) return null;
  const people: Extraction<'person'>[] = [];
  let role = firstRole;
  for (const { start, end, name } of namesIn(match.input, range[0], range[1], /[、,，\s和]+/)) {
    if (BYLINE_ROLE.test(name)) role = name;
    else if (isNameInByline(name)) people.push({ start, end, priority: 2, fields: { name, aliases: [], role } });
  }
  return people.length ? people : null;
}

/** `新华财经上海2月7日电(谈瑞、周子涵)`, `（记者 林子 赵毅波）`: the article's reporters. */
export const chineseByline = triedAtOpenings<'person'>({
  id: 'person/zh/byline',
  type: 'person',
  lang: 'zh',
  pattern: /(?:电\s*\((?:记者\s*)?|\((?:本报|新京报)?记者\s*)(?<names>[\u4e00-\u9fff]{2,4}(?:(?:[、,]|和| )\s*[\u4e00-\u9fff]{2,4}){0,4})\)/dg,
  extract(match) {
    return chineseBylineNames(match, '记者');
  },
  examples: [
    { text: '新华财经上海2月7日电(谈瑞、周子涵) 西子湖畔一只蝴蝶扇动的翅膀。', mention: '周子涵', expect: { name: '周子涵', role: '记者' } },
    { text: '中弘股份逾期债务达77.65亿元（记者 林子 赵毅波）', mention: '赵毅波', expect: { name: '赵毅波', role: '记者' } },
    { text: '本报讯（记者 张晓 通讯员 李文斌）全市一季度外贸增长。', mention: '李文斌', expect: { name: '李文斌', role: '通讯员' } },
  ],
  negatives: ['中国电信表示(数据来自公司公告)。', '新华社北京2月7日电(记者团)'],
  // Tried where 电( or (记者 may open, found in the one walk over the text shared by such rules: not at every character.
  // Written: read from the pattern, 电 and ( would share one opening (58 pairs, not 29).
}, [{ firsts: '电', seconds: `(${WHITE_SPACE}` }, { firsts: '(', seconds: '本新记' }]);

/** `编辑:林郑宏`, `责任编辑：张三_NF4425`, `作者：李在山`. */
export const chineseEditorLine = triedAtOpenings<'person'>({
  id: 'person/zh/editor-line',
  type: 'person',
  lang: 'zh',
  pattern: /(?<role>责任编辑|编辑|作者|撰文|审校|校对)\s*[:：]\s*(?<names>[\u4e00-\u9fff]{2,4}(?: [\u4e00-\u9fff]{2,4}){0,3})(?![\u4e00-\u9fff])/dg,
  extract(match) {
    const range = match.indices?.groups?.names;
    if (!range) return null;
    const role = match.groups?.role === '责任编辑' ? '编辑' : (match.groups?.role ?? '编辑');
    const people: Extraction<'person'>[] = [];
    // `编辑：陈莉 杨梓铭`: each name of the line, while they look like names.
    for (const { start, end, name } of namesIn(match.input, range[0], range[1], / /)) {
      if (!startsWithSurname(name)) break;
      people.push({ start, end, priority: 2, fields: { name, aliases: [], role } });
    }
    return people.length ? people : null;
  },
  examples: [
    { text: '编辑:林郑宏\n', mention: '林郑宏', expect: { name: '林郑宏', role: '编辑' } },
    { text: '作者：李在山 证券时报e公司讯', mention: '李在山', expect: { name: '李在山', role: '作者' } },
    { text: '中弘股份海南如意岛项目股权遭法院冻结。 编辑：陈莉 杨梓铭 点击加载更多', mention: '杨梓铭', expect: { name: '杨梓铭', role: '编辑' } },
  ],
  negatives: ['编辑:新华财经', '作者：本站原创'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
});

/** An outlet or desk credited instead of a person: 新华社, 财经网, 编辑部. */
const AGENCY_END = /[社网报台刊部组站]$/;

/**
 * A writer's or translator's credit with a slash, in brackets or opening a line: `（编译/林子）`,
 * `文/张三`, `（文/图 李四）`. Common in Chinese feature and tech stories instead of 记者.
 */
export const chineseSlashCredit = triedAtOpenings<'person'>({
  id: 'person/zh/slash-credit',
  type: 'person',
  lang: 'zh',
  // The credit word opens the match (a literal the engine finds fast); what stands before it is checked after.
  pattern: /(?:(?:文\/图|图\/文) ?|(?<role>文|编译|撰文|作者|整理) ?[/|] ?)(?<names>[\u4e00-\u9fff]{2,4}(?:[、 ][\u4e00-\u9fff]{2,4}){0,3})(?=[)\s]|$)/dg,
  extract(match, ctx) {
    // At the text's start, a line's start, after a bracket or a space: 中文/英文 is no credit.
    if (match.index > 0 && !/[(\n ]/.test(ctx.scan[match.index - 1]!)) return null;
    const role = match.groups?.role === '编译' ? '编译' : match.groups?.role === '整理' ? '整理' : '作者';
    const people = chineseBylineNames(match, role)?.filter((p) => !AGENCY_END.test(p.fields.name)) ?? [];
    return people.length ? people : null;
  },
  examples: [
    { text: '该研究已发表在《自然》杂志上。（编译/王小川）', mention: '王小川', expect: { name: '王小川', role: '编译' } },
    { text: '文/张晓明\n一季度，消费市场回暖。', mention: '张晓明', expect: { name: '张晓明', role: '作者' } },
    { text: '（文/图 李思远）一季度，消费市场回暖。', mention: '李思远', expect: { name: '李思远', role: '作者' } },
    { text: '作者 | 周海涛\n一季度，消费市场回暖。', mention: '周海涛', expect: { name: '周海涛', role: '作者' } },
  ],
  negatives: ['提供中文/英文两个版本。', '单价为5元/公斤。', '（编译/新华社）', '中文|英文'],
  // Tried where its words stand, found in the one walk over the text shared by such rules: not at every character.
  // Written: read from the pattern, 文 and the words would share one opening (42 pairs, not 28).
}, [wordOpenings(['图/', '编译', '撰文', '作者', '整理']), { firsts: '文', seconds: ' /|' }]);

const LATIN_PERSON = /^[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}$/;

/** `(Reporting by Indulal PM; Editing by Sunil Nair)`. */
export const englishByline: PatternRule<'person'> = {
  id: 'person/en/byline',
  type: 'person',
  lang: 'en',
  trigger: /by /,
  pattern: /(?<role>Reporting|Writing|Additional reporting|Editing|Compiled) by (?<names>[A-Z][^;)\n]{1,80})/dg,
  extract(match) {
    const range = match.indices?.groups?.names;
    if (!range) return null;
    const role = match.groups?.role === 'Editing' ? 'editor' : 'reporter';
    const people: Extraction<'person'>[] = [];
    for (const { start, name } of namesIn(match.input, range[0], range[1], /,\s*|\s+and\s+/)) {
      const trimmed = name.trim();
      if (LATIN_PERSON.test(trimmed)) people.push({ start, end: start + trimmed.length, priority: 2, fields: { name: trimmed, aliases: [], role } });
    }
    return people.length ? people : null;
  },
  examples: [
    { text: '(Reporting by Indulal PM; Editing by Sunil Nair)', mention: 'Indulal PM', expect: { name: 'Indulal PM', role: 'reporter' } },
    { text: '(Reporting by Indulal PM; Editing by Sunil Nair)', mention: 'Sunil Nair', expect: { name: 'Sunil Nair', role: 'editor' } },
  ],
  negatives: ['Prices were driven by strong demand.'],
};

/** A byline's date, which its names stand before: JULY 29, Sept. 3. */
const BYLINE_DATE = String.raw`(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Za-z]*\.? \d`;
/** A word of a byline name, in title case or in capitals: Steven, DAVIDOFF, O'Brien, Jr. */
const BYLINE_WORD = String.raw`(?!${BYLINE_DATE})[A-Z][A-Za-z.'’-]+`;
const BYLINE_NAME = String.raw`${BYLINE_WORD}(?: ${BYLINE_WORD}){1,3}`;

/** MARY ANN DOE → Mary Ann Doe; a name already in title case stays. */
function titleCased(name: string): string {
  return /[a-z]/.test(name) ? name : name.toLowerCase().replace(/(^|[ '’-])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * A page's byline line: `By MARY ANN DOE MARCH 3, 2019`, `By Jane Doe and John Roe`.
 * The names end the line or stand before the date, a bar or a middle dot, so a sentence opening
 * with By (By March, Apple …) is no byline.
 */
export const englishByLine: PatternRule<'person'> = {
  id: 'person/en/by-line',
  type: 'person',
  lang: 'en',
  trigger: /\bBy [A-Z]/,
  pattern: new RegExp(String.raw`\bBy (?<names>${BYLINE_NAME}(?:(?:,| and) ${BYLINE_NAME})*)(?= *(?:\n|$|[|·•]|${BYLINE_DATE}))`, 'dg'),
  extract(match) {
    const range = match.indices?.groups?.names;
    if (!range) return null;
    const people: Extraction<'person'>[] = [];
    for (const { start, name } of namesIn(match.input, range[0], range[1], /,\s*|\s+and\s+/)) {
      const trimmed = name.trim();
      people.push({ start, end: start + trimmed.length, priority: 2, fields: { name: titleCased(trimmed), aliases: [], role: 'reporter' } });
    }
    return people.length ? people : null;
  },
  examples: [
    { text: 'Banks Brace for Rate Cuts\nMarket Watch By JANE O’NEILL MARCH 3, 2019\nBanks are bracing.', mention: 'JANE O’NEILL', expect: { name: 'Jane O’Neill', role: 'reporter' } },
    { text: 'Banks Brace for Rate Cuts\nBy Jane Doe and John Roe\nBanks are bracing.', mention: 'John Roe', expect: { name: 'John Roe' } },
  ],
  negatives: ['By March Apple had sold ten million phones.', 'By Monday Morning Shares rose again.', 'It was written by John Smith in 2010.'],
};
