import type { Extraction, PatternRule } from '../../engine/extractor.ts';
import { isDescription, nameStartBefore } from './boundary.ts';
import { kindOfName } from './kind.ts';

/**
 * `杭州深度求索人工智能公司(下称“DeepSeek”)`, `中国信息通信研究院(以下简称“中国信通院”)`,
 * `（以下简称中弘集团）`: the short name is the organization's canonical name for the rest of the
 * article, the full name its alias. Both mentions are emitted; the entity refiner links them and
 * finds the short name's later mentions.
 */
const DEFINITION = /\((?:以下|下文)?(?:简称|下称|称)[:：]?\s*["“「]?(?<short>[A-Za-z][\w.&-]{1,30}|[\u4e00-\u9fffA-Za-z0-9]{2,12})["”」]?\)/dg;

/** A full name ends in an organization word; an alias definition of anything else is not ours. */
const ORGANIZATION_END = /(?:公司|集团|控股|银行|证券|期货|基金|资本|创投|资产管理|信托|保险|科技|交易所|研究院|研究所|协会|委员会|中心|事务所|大学|学院|医院|联盟|Corp|Inc|Ltd|Group|Limited)$/;

export const aliasDefinitionOrganization: PatternRule<'organization'> = {
  id: 'organization/zh/alias-definition',
  type: 'organization',
  lang: 'zh',
  pattern: DEFINITION,
  extract(match, ctx) {
    const shortRange = match.indices?.groups?.short;
    if (!shortRange) return null;
    const fullEnd = match.index;
    const fullStart = nameStartBefore(ctx.scan, fullEnd, 3, 25);
    if (fullStart === undefined) return null;
    const full = ctx.article.text.slice(fullStart, fullEnd);
    if (!ORGANIZATION_END.test(full) || isDescription(full, true)) return null;
    const short = ctx.article.text.slice(shortRange[0], shortRange[1]);
    const fields = { name: short, aliases: [full], kind: kindOfName(full) };
    const mentions: Extraction<'organization'>[] = [
      { start: fullStart, end: fullEnd, priority: 4, fields },
      { start: shortRange[0], end: shortRange[1], priority: 4, fields },
    ];
    return mentions;
  },
  examples: [
    {
      text: '1月20日,杭州深度求索人工智能公司(下称“DeepSeek”)发布了全新的DeepSeek-R1模型。',
      mention: '杭州深度求索人工智能公司',
      expect: { name: 'DeepSeek' },
    },
    {
      text: '2、融入方中弘卓业集团有限公司(以下简称中弘集团)以中弘股份股票质押融资。',
      mention: '中弘集团',
      expect: { name: '中弘集团', kind: 'company' },
    },
    {
      text: '3、融入方安徽盛运环保(集团)股份有限公司(以下简称盛运环保)以金洲慈航股票质押融资。',
      mention: '安徽盛运环保(集团)股份有限公司',
      expect: { name: '盛运环保' },
    },
  ],
  negatives: ['该协议（以下简称“协议”）于昨日签署。', '新华出海TMT指数(下称“指数”)涨4.5%。'],
};
