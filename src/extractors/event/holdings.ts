import type { EntityKind, EventRule } from './rule.ts';

// Shareholders who pledge, sell or buy shares are people as often as companies.
const HOLDERS: readonly EntityKind[] = ['person', 'organization', 'security'];

export const sharePledge: EventRule = {
  id: 'event/zh/share-pledge',
  eventType: 'share_pledge',
  lang: 'zh',
  trigger: /(?<!累计|解除|的|其)质押(?!式|解除|率|比例|股票)/g,
  subjects: HOLDERS,
  rejectClause: /解除|解押|累计/,
  examples: [
    { text: '融入方张洺豪以长生生物股票为质押物。', expect: [{ eventType: 'share_pledge', subject: '张洺豪' }] },
  ],
  negatives: ['上述股权质押解除已经办理了相关手续。'],
};

export const pledgeRelease: EventRule = {
  id: 'event/zh/pledge-release',
  eventType: 'pledge_release',
  lang: 'zh',
  trigger: /解除(?:股权|股份)?质押|解押|质押(?:的)?解除|质押[^,。;]{0,40}?(?:进行了|办理了)?解除/g,
  subjects: HOLDERS,
  examples: [
    {
      text: '接公司控股股东——山东金晶节能玻璃有限公司通知，该公司于2019年9月5日将质押给民生加银资产管理有限公司的股份进行了解除。',
      expect: [{ eventType: 'pledge_release', subject: '山东金晶节能玻璃有限公司', date: '2019-09-05' }],
    },
    // A notice about a holder, named after its role: the holder's act, not the issuer's.
    { text: '华信科技股份有限公司关于控股股东华信集团有限公司部分股份解除质押的公告', expect: [{ eventType: 'pledge_release', subject: '华信集团有限公司' }] },
  ],
  // The holder unnamed in the notice's title: the issuer did not release a pledge (the body tells who did).
  negatives: ['累计质押股份合计11985万股。', '华信科技股份有限公司关于控股股东部分股份解除质押的公告'],
};

export const shareReduction: EventRule = {
  id: 'event/zh/share-reduction',
  eventType: 'share_reduction',
  lang: 'zh',
  trigger: /(?:获(?<subject>[^,。;]{1,30}?))?减持(?!类|公告|评级|计划公告)/dg,
  subjects: HOLDERS,
  speakerActs: true,
  rejectClause: /评级|"减持"|“减持”/,
  examples: [
    {
      text: '正川股份(603976)8月3日晚间发布公告称，公司董事姜凤安计划于2020年8月25日至2021年2月20日期间减持公司股份不超过约3.51万股。',
      publishedAt: '2020-08-04',
      expect: [{ eventType: 'share_reduction', subject: '姜凤安', date: '2020-08-25' }],
    },
    { text: '柏基很快回应称，8月末的行动属于“被迫”减持。', expect: [{ eventType: 'share_reduction', subject: '柏基' }] },
  ],
  negatives: ['正川股份近一年共发布13次减持类公告。', '该行将其评级下调至减持评级。', '分析师表示，近期减持压力较大。', '华信科技股份有限公司关于持股5%以上股东减持股份计划的公告'],
};

/** A holder's stake told as a falling share of the company: 柏基的持股比例由7.67%下降至4.25%. */
export const holdingCut: EventRule = {
  id: 'event/zh/holding-cut',
  eventType: 'share_reduction',
  lang: 'zh',
  // Keyed on 持股, the owner before it read backwards: a pattern opening with its literal word is fast to scan for.
  trigger: /持股(?<=(?:(?<subject>[A-Za-z][A-Za-z&. ]{1,30}|[\u4e00-\u9fff]{2,16})的?)?持股)(?:比例|比重|数量)?(?:由[^,。;]{1,24}?)?(?:下降|降低|减少|降|减)至/dg,
  subjects: HOLDERS,
  ownerSubject: 'only',
  nearestSubject: true,
  examples: [
    {
      text: '据披露，宁德时代第二大股东高瓴资本的持股比例由6月的5.2%下降至9月的3.9%。',
      expect: [{ eventType: 'share_reduction', subject: '高瓴' }],
    },
    { text: '高瓴资本发布公告称，公司持股比例降至5%。', expect: [{ eventType: 'share_reduction', subject: '高瓴' }] },
  ],
  negatives: ['外资持股比例上限由49%提高至51%。', '特斯拉外部最大股东某资管公司的持股比例由7.67%下降至4.25%。', '特斯拉外部最大股东某资管公司持股比例降至4.25%。'],
};

/**
 * A holder handing its shares of a listed company to a buyer (X拟将其所持有的全部Y的股份转让给Z):
 * the holder reduces. Equity of a subsidiary (股权) is an asset sale, not a holding cut.
 */
export const shareTransferOut: EventRule = {
  id: 'event/zh/share-transfer-out',
  eventType: 'share_reduction',
  lang: 'zh',
  trigger: /将其?所?持有?的[^,。;]{0,30}?(?:股份|股票)(?:[^,。;]{0,8}?)转让给|(?:协议转让|转让)(?:其)?所?持有?的[^,。;]{0,30}?(?:股份|股票)/g,
  subjects: HOLDERS,
  rejectClause: /股权|如果|若|可能|或将|传闻|终止|取消|放弃/,
  examples: [
    {
      text: '6月28日，复星集团拟将其所持有的全部豫园股份的股份转让给中国平安，共计占总股本的26.55%。',
      publishedAt: '2018-07-01',
      expect: [
        { eventType: 'share_reduction', subject: '复星集团', date: '2018-06-28' },
        { eventType: 'acquisition', subject: '中国平安' },
      ],
    },
  ],
  negatives: ['公司拟将其持有的子公司100%股权转让给关联方。', '如果大股东将其所持股份转让给第三方，控制权将变更。'],
};

export const shareIncrease: EventRule = {
  id: 'event/zh/share-increase',
  eventType: 'share_increase',
  lang: 'zh',
  trigger: /(?:获(?<subject>[^,。;]{1,30}?))?增持(?!类|公告|评级)/dg,
  subjects: HOLDERS,
  speakerActs: true,
  rejectClause: /评级|"增持"|“增持”/,
  examples: [
    { text: '金陵药业(000919)：25日获公司董事长张三、总经理李四增持。', publishedAt: '2019-09-26', expect: [{ eventType: 'share_increase', subject: '张三', date: '2019-09-25' }] },
  ],
  negatives: ['富瑞维持百度增持评级。'],
};
