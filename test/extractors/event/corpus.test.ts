import { describe, expect, it } from 'vitest';
import { eventsOfArticle, findEvent, listed } from './corpus.ts';

// Each corpus article that reports one of these events yields it, with the right subject
// (test/fixtures/corpus/articles/, copied from the shared corpus).
describe.each([
  ['zh-zstack-b-plus-financing.txt', 'financing', 'ZStack'],
  ['zh-huazhu-hk-ipo.txt', 'ipo_listing', '华住'],
  ['zh-hanuo-baojia-annual-loss.txt', 'earnings', '汉诺宝嘉'],
  ['zh-yankon-buyback-result.txt', 'buyback', '阳光照明'],
  ['zh-jinjing-pledge-release-notice.txt', 'pledge_release', '金晶'],
  ['zh-zhengchuan-director-share-reduction.txt', 'share_reduction', '肖清'],
  ['zh-huarong-trust-chairman-removed.txt', 'executive_change', '沈易明'],
  ['zh-jefferies-baidu-target-price.txt', 'rating', '百度'],
  ['zh-pboc-mlf-rate-cut-brief.txt', 'rate_decision', '人民银行'],
  ['zh-crcc-ppp-bid-win.txt', 'contract_win', '中国铁建'],
  ['zh-industrial-securities-impairment.txt', 'impairment', '兴业证券'],
  ['zh-stcn-midday-announcements.html', 'contract_win', '天奇股份'],
  ['zh-stcn-midday-announcements.html', 'contract_win', '运达股份'],
  ['zh-stcn-midday-announcements.html', 'acquisition', '伊戈尔'],
  ['zh-stcn-midday-announcements.html', 'share_increase', '李泉'],
  ['en-reuters-sensex-nifty-flat.txt', 'index_move', 'Sensex'],
])('%s', (file, eventType, subject) => {
  it(`yields the ${eventType} of ${subject}`, async () => {
    const events = await eventsOfArticle(file);
    expect(findEvent(events, eventType, subject), listed(events)).toBeDefined();
  });
});

describe('dates', () => {
  it('dates the impairment by the announcement and by the year it is booked for', async () => {
    const events = await eventsOfArticle('zh-industrial-securities-impairment.txt');
    expect(findEvent(events, 'impairment', '兴业证券', '2018-12-28'), listed(events)).toBeDefined();
    expect(findEvent(events, 'impairment', '兴业证券', '2018'), listed(events)).toBeDefined();
  });

  it('dates a listing by the day it is expected', async () => {
    const events = await eventsOfArticle('zh-huazhu-hk-ipo.txt');
    expect(findEvent(events, 'ipo_listing', '华住')?.figures.length).toBeGreaterThan(0);
  });
});
