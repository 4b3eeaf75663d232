import type { ScanRule } from '../../engine/extractor.ts';
import { isChineseName } from '../../lexicon/people.ts';
import { isDescription } from './boundary.ts';
import { kindOfName } from './kind.ts';

/** An item of a company digest opens a sentence with the company's name and a colon. */
// The punctuation before the item is part of the match: a pattern that starts with a look-behind is
// tried at every position.
const ITEM = /(?:^|[。；;\n]|讯[,，])\s*([\u4e00-\u9fffA-Za-z]{2,8})\s*:/g;
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
  *scan(ctx) {
    const items: Array<{ start: number; end: number; name: string }> = [];
    ITEM.lastIndex = 0;
    for (let m = ITEM.exec(ctx.scan); m; m = ITEM.exec(ctx.scan)) {
      const name = m[1]!;
      if (LABEL.test(name) || isDescription(name, true) || isChineseName(name)) continue;
      const start = m.index + m[0].indexOf(name);
      items.push({ start, end: start + name.length, name: ctx.article.text.slice(start, start + name.length) });
    }
    if (items.length < 2) return;
    for (const item of items) yield { start: item.start, end: item.end, fields: { name: item.name, aliases: [], kind: kindOfName(item.name) } };
  },
  examples: [
    {
      text: '证券时报e公司讯，当升科技：9614.5万元竞得常州市工业用地。金陵药业：25日获公司总裁助理李泉、贾明怡增持。伊戈尔：拟1079.6万元收购控股子公司少数股权。',
      mention: '伊戈尔',
      expect: { name: '伊戈尔' },
    },
  ],
  negatives: ['来源：证券时报网 作者：李在山', '当升科技：9614.5万元竞得常州市工业用地。'],
};
