import type { EventRule } from './rule.ts';

const ROUND = String.raw`(?:Pre-)?[A-F]\+{0,2}|天使|种子|战略|新一|首`;

export const financing: EventRule = {
  id: 'event/zh/financing',
  eventType: 'financing',
  lang: 'zh',
  trigger: new RegExp(String.raw`(?:完成|获得?|斩获|宣布获)[^,。;]{0,20}?(?:${ROUND})轮(?:融资|投资)?|(?:${ROUND})轮融资`, 'g'),
  examples: [
    { text: '2月3日，商汤科技宣布完成2.3亿元B+轮融资。', expect: [{ eventType: 'financing', subject: '商汤', date: '2025-02-03' }] },
  ],
  negatives: ['本轮融资方由多家机构跟投。', '目前融资规模人民币6.3亿元。'],
};

/** A listed company raising money from chosen investors (定增, 非公开发行). */
export const placement: EventRule = {
  id: 'event/zh/placement',
  eventType: 'financing',
  lang: 'zh',
  trigger: /定增(?!预案)|定向增发|非公开发行(?=[^,。;]{0,12}(?:股|募集))|配股(?!价)/g,
  needs: ['money'],
  examples: [
    {
      text: '迈克生物(300463)披露定增结果，本次定增募集资金总额为15.74亿元，发行价格为28.11元/股。',
      publishedAt: '2020-07-10',
      expect: [{ eventType: 'financing', subject: '迈克生物' }],
    },
  ],
  negatives: ['公司董事会审议通过了定增预案。'],
};

export const investment: EventRule = {
  id: 'event/zh/investment',
  eventType: 'investment',
  lang: 'zh',
  trigger: /领投|跟投|参投|联合投资|获配/g,
  everyEntityBefore: true,
  examples: [
    {
      text: '小米集团宣布获2.3亿元B轮融资，本轮融资由腾讯领投，阿里巴巴、百度跟投。',
      expect: [
        { eventType: 'investment', subject: '腾讯' },
        { eventType: 'investment', subject: '阿里巴巴' },
        { eventType: 'investment', subject: '百度' },
      ],
    },
  ],
  negatives: ['多家知名机构跟投。'],
};

export const capex: EventRule = {
  id: 'event/zh/capex',
  eventType: 'capex',
  lang: 'zh',
  trigger: /资本(?:支出|开支)|投入(?=[^,。;]{0,16}(?:亿|万))|建设投资/g,
  needs: ['money'],
  rejectClause: /研发|营销/,
  examples: [
    {
      text: '2024年全年，北美四大科技巨头——微软、Meta、谷歌、亚马逊将向AI数据中心投入达到2180亿美元；2025财年四家公司的资本支出预计至少将达到3000亿美元。',
      expect: [{ eventType: 'capex', subject: '北美四大科技巨头', date: '2024' }],
    },
  ],
  negatives: ['科技巨头坚信唯有数以万亿美元的重金投入才能获得门票。'],
};

export const ipoListing: EventRule = {
  id: 'event/zh/ipo-listing',
  eventType: 'ipo_listing',
  lang: 'zh',
  // IPO after an English word is the English rule's (an IPO, the IPO of Alibaba).
  trigger: /(?:IPO(?<![A-Za-z]\s?IPO)(?!筹集|资金|募集)|首次公开(?:发行|募股)|招股)(?<=(?:(?<subject>[A-Za-z][A-Za-z0-9&.]*|[\u4e00-\u9fff]{2,12})的)?(?:IPO|首次公开(?:发行|募股)|招股))|(?:挂牌|登陆|登录)(?=[^,。;]{0,10}?(?:上市|纳斯达克|纽交所|港交所|联交所|主板|创业板|科创板))|(?<!终止|暂停|退市|申请|公司)上市(?!公司|地位|企业|以来|后|规则|委|的|时间)/dg,
  // Whose offering it is (软银准备ARM的首次公开募股: ARM's), not who prepares it.
  ownerSubject: 'if-named',
  rejectClause: /终止上市|退市|新品|产品|上市公司|周年|年前/,
  // A listing halted or withdrawn is still news about the listing, told with a negative turn.
  polarity: (_trigger, clause) => (/暂停|叫停|中止|推迟|搁置|撤回|失败/.test(clause) ? 'negative' : undefined),
  examples: [
    {
      text: '华住集团在港交所发布公告称，公司拟发行2042.215万股，每股发行价297港元，预期将于9月22日上市。',
      publishedAt: '2020-09-10',
      expect: [{ eventType: 'ipo_listing', subject: '华住集团', date: '2020-09-22' }],
    },
    { text: '据悉，阿里巴巴正为蚂蚁集团的首次公开募股做准备。', expect: [{ eventType: 'ipo_listing', subject: '蚂蚁集团' }] },
    { text: '11月3日，阿里巴巴旗下的蚂蚁集团IPO被暂停。', expect: [{ eventType: 'ipo_listing', subject: '蚂蚁集团', polarity: 'negative' }] },
    {
      text: '小米集团(1810.HK)是一家手机厂商。公司宣布将于7月9日完成每股17港元的首次公开募股。',
      publishedAt: '2018-07-01',
      expect: [{ eventType: 'ipo_listing', subject: '小米集团', date: '2018-07-09' }],
    },
  ],
  negatives: ['Goldman Sachs is one of the underwriters for the IPO.', '2019年，龙湖集团即将迎来赴港上市10周年。', '本次回购不会影响公司的上市地位。', '2018年11月8日，中弘股份被深圳证券交易所决定终止上市。'],
};

export const buyback: EventRule = {
  id: 'event/zh/buyback',
  eventType: 'buyback',
  lang: 'zh',
  trigger: /(?<!逆|质押式)回购(?=[^,。;]{0,10}股)|(?:股份|股票)回购/g,
  rejectClause: /质押式|逆回购|购回/,
  examples: [
    { text: '5月19日，阳光照明发布公告，披露了公司最新股份回购实施结果。', publishedAt: '2020-05-19', expect: [{ eventType: 'buyback', subject: '阳光照明' }] },
  ],
  negatives: ['人民银行开展1000亿元公开市场逆回购操作。', '融入方在公司办理股票质押式回购交易业务。', '苹果天猫旗舰店可以用一年5折回购旧手机。'],
};
