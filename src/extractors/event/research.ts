import type { EventRule } from './rule.ts';

const RATING_WORD = String.raw`(?:买入|增持|持有|中性|卖出|减持|跑赢行业|优于大市|强烈推荐|推荐|审慎推荐|谨慎推荐|outperform|buy|hold|sell)`;

/** A broker's rating or target price; the subject is the company rated. */
export const rating: EventRule = {
  id: 'event/zh/rating',
  eventType: 'rating',
  lang: 'zh',
  trigger: new RegExp(
    String.raw`(?:维持|给予|予|上调|下调|重申|首予|首次覆盖)(?<subject>[^,。;]{0,12}?)(?:的)?["“]?${RATING_WORD}?["”]?(?:评级|目标价)`,
    'dgu',
  ),
  entityObject: 'before',
  examples: [
    { text: '富瑞：维持百度买入评级 目标价262港元', publishedAt: '2021-01-20', expect: [{ eventType: 'rating', subject: '百度' }] },
    { text: '摩根士丹利维持腾讯控股增持评级，目标价450港元。', expect: [{ eventType: 'rating', subject: '腾讯', object: '摩根士丹利' }] },
  ],
  negatives: ['市场普遍预期评级机构将下调评级。'],
};

const ORDINAL = '第[一二三四五六七八九十百千\\d]+';

export const ranking: EventRule = {
  id: 'event/zh/ranking',
  eventType: 'ranking',
  lang: 'zh',
  trigger: new RegExp(
    `(?:冲上|登上|位列|位居|(?<!民)居|跃居|稳居|荣登|名列|登顶|跃升至|飙升至|升至|排名|排在|蝉联|连续[^,。;]{1,6}?(?:位居|位列|排名))` +
      `[^,。;]{0,25}?(?:榜首|首位|${ORDINAL}(?:位|名)?)|(?:入选|跻身)[^,。;]{0,20}?(?:榜|名单|强|前[一二三四五六七八九十百\\d]+)`,
    'gu',
  ),
  examples: [
    { text: '1月27日，DeepSeek冲上了苹果App Store中国区免费榜首位。', expect: [{ eventType: 'ranking', subject: 'DeepSeek', date: '2025-01-27' }] },
    { text: '今年一共有42家新上榜公司，其中小米集团以1749亿元的总收入排名第53位。', expect: [{ eventType: 'ranking', subject: '小米集团' }] },
    { text: '在民营企业中，腾讯蝉联利润榜第一位。', expect: [{ eventType: 'ranking', subject: '腾讯' }] },
    { text: '今年宁德时代首次跻身全球动力电池企业前三。', expect: [{ eventType: 'ranking', subject: '宁德时代' }] },
  ],
  negatives: ['该榜单排名第一的公司尚未公布。', '蝉联冠军的球队将获得奖金。'],
};

/**
 * A rank in brackets beside the name, as list stories print it: 腾讯（第83位）成为…, or before
 * the name it describes: 首次进入500强（排名第482位）的小米集团.
 */
export const rankingInBrackets: EventRule = {
  id: 'event/zh/ranking-in-brackets',
  eventType: 'ranking',
  lang: 'zh',
  trigger: new RegExp(`\\((?:排名|位列|排)?${ORDINAL}(?:位|名)\\)(?:的(?<subject>[\\p{Script=Han}A-Za-z0-9]{2,12}))?`, 'dgu'),
  nearestSubject: true,
  examples: [
    { text: '此外，腾讯（第83位）则成为首家上榜的社交企业。', expect: [{ eventType: 'ranking', subject: '腾讯' }] },
    { text: '今年首次进入500强（排名第482位）的小米集团，总收入达170亿元。', expect: [{ eventType: 'ranking', subject: '小米集团' }] },
  ],
  negatives: ['这是他本赛季（第3名）以来的最好成绩。', '小米集团公布了比赛（第3名）的奖金。'],
};
