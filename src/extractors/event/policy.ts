import type { EventRule } from './rule.ts';

/** Central-bank operations and rate moves; the subject is the bank that acts. */
export const rateDecision: EventRule = {
  id: 'event/zh/rate-decision',
  eventType: 'rate_decision',
  lang: 'zh',
  trigger:
    /降息|加息|降准|(?:下调|上调|维持)[^,。;]{0,12}?(?:利率|准备金率|LPR)|中期借贷便利|MLF操作|逆回购操作|公开市场操作|常备借贷便利|中标利率/g,
  // A view on what a bank could do is no decision: 欧洲央行可以再降息, 英国央行将在11月降息.
  rejectClause: /可以|可能|或将|有望|若|如果|预计|预期|料将|将在|将进一步|空间/,
  examples: [
    {
      text: '1月17日，人民银行开展7000亿元中期借贷便利（MLF）操作，中标利率下降10个基点。',
      publishedAt: '2020-01-18',
      expect: [{ eventType: 'rate_decision', subject: '中国人民银行', date: '2020-01-17' }],
    },
  ],
  negatives: ['此次“降息”在市场预期之内。', '欧洲央行可以再降息。'],
};
