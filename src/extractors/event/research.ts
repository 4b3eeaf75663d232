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

export const ranking: EventRule = {
  id: 'event/zh/ranking',
  eventType: 'ranking',
  lang: 'zh',
  trigger:
    /(?:冲上|登上|位列|位居|(?<!民)居|跃居|荣登|名列|登顶|跃升至|飙升至|升至|排名|排在)[^,。;]{0,25}?(?:榜首|首位|第[一二三四五六七八九十百\d]+(?:位|名)?)|入选[^,。;]{0,20}?(?:榜|名单|强)/gu,
  examples: [
    { text: '1月27日，DeepSeek冲上了苹果App Store中国区免费榜首位。', expect: [{ eventType: 'ranking', subject: 'DeepSeek', date: '2025-01-27' }] },
    { text: '今年一共有42家新上榜公司，其中小米集团以1749亿元的总收入排名第53位。', expect: [{ eventType: 'ranking', subject: '小米集团' }] },
  ],
  negatives: ['该榜单排名第一的公司尚未公布。'],
};
