import type { ScanRule } from '../../engine/extractor.ts';
import type { Span } from '../../model/span.ts';
import { isChineseName, ROLES } from '../../lexicon/people.ts';
import { isWhiteSpace } from '../../text/space.ts';
import { isDescription } from './boundary.ts';
import { kindOfName } from './kind.ts';

const isItemNameCode = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const opensItem = (code: number) => code === 0x3002 || code === 0xff1b || code === 59 || code === 10;

/**
 * The names of a company digest's items, in order: each opens a sentence with the company's name
 * and a colon, what `/(?:^|[。；;\n]|讯[,，])\s*([\u4e00-\u9fffA-Za-z]{2,8})\s*:/g` matches (the
 * reference of the tests). Read back from each colon, so the text between colons is passed over
 * by `indexOf`: the pattern was tried at every position of the text.
 */
export function digestItemNames(scan: string): Span[] {
  const names: Span[] = [];
  for (let colon = scan.indexOf(':'); colon >= 0; colon = scan.indexOf(':', colon + 1)) {
    let end = colon;
    while (end > 0 && isWhiteSpace(scan.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && end - start <= 8 && isItemNameCode(scan.charCodeAt(start - 1))) start--;
    if (end - start < 2 || end - start > 8) continue;
    let spaces = start;
    let newLine = false;
    while (spaces > 0 && isWhiteSpace(scan.charCodeAt(spaces - 1))) {
      spaces--;
      if (scan.charCodeAt(spaces) === 10) newLine = true;
    }
    const before = scan.charCodeAt(spaces - 1);
    const opened =
      spaces === 0 || newLine || opensItem(before) || ((before === 44 || before === 0xff0c) && scan.charCodeAt(spaces - 2) === 0x8baf);
    if (opened) names.push({ start, end });
  }
  return names;
}
/** Labels that open a line the same way: 来源：, 作者：, 原标题：. */
const LABEL = /^(?:图片来源|图片|本文来源|来源于|文|来源|作者|编辑|责任编辑|记者|声明|免责声明|原标题|标题|注|备注|提示|风险提示|数据|图|资料|摘要|导读|消息|快讯|关键词|公告|午间公告|晚间公告|附|据悉|发布时间|时间|日期|地址|电话|网址|链接|问|答|Q|A)$/;

/**
 * `证券时报e公司讯，当升科技：9614.5万元竞得…。金陵药业：25日获…`: in an announcement digest
 * each item opens with the company. Read only where at least two items follow that form, so a
 * lone `X：` line is not taken for a company.
 */
export const digestItemOrganization: ScanRule<'organization'> = {
  id: 'organization/zh/digest-item',
  type: 'organization',
  lang: 'zh',
  scan(ctx) {
    const items = digestItemNames(ctx.scan).filter(({ start, end }) => {
      const name = ctx.scan.slice(start, end);
      // 创始人：张一鸣, 主持人：王芳: a title or a person's part before the colon, not a company.
      return !(LABEL.test(name) || isDescription(name, true) || isChineseName(name) || /[人者员师]$/.test(name) || ROLES.some((role) => name.endsWith(role)));
    });
    if (items.length < 2) return [];
    return items.map(({ start, end }) => {
      const name = ctx.article.text.slice(start, end);
      return { start, end, fields: { name, aliases: [], kind: kindOfName(name) } };
    });
  },
  examples: [
    {
      text: '证券时报e公司讯，当升科技：9614.5万元竞得常州市工业用地。金陵药业：25日获公司总裁助理李泉、贾明怡增持。伊戈尔：拟1079.6万元收购控股子公司少数股权。',
      mention: '伊戈尔',
      expect: { name: '伊戈尔' },
    },
  ],
  negatives: ['来源：证券时报网 作者：李在山', '当升科技：9614.5万元竞得常州市工业用地。', '主持人：王芳\n大会主席：李明\n嘉宾：张伟'],
};
