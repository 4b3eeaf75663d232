import type { EventRule } from './rule.ts';

export const earnings: EventRule = {
  id: 'event/zh/earnings',
  eventType: 'earnings',
  lang: 'zh',
  // 营业额 is revenue in Hong Kong reports; a developer's 实现合约销售金额 is its sales result.
  // Each look-behind follows its word (亏损(?<!减少亏损)): an alternative opening with one would make
  // the whole pattern be tried at every position instead of searched for by its words (5× slower).
  trigger: /营业(?:总)?收入|营业额|(?:合约|合同)(?<=实现(?:合约|合同))销售(?:金额|额)|销售(?<=实现销售)(?:金额|额)|营收|(?:核心|主营业务|销售)?收入(?=[^,。;]{0,6}(?:按年|同比|为|达|\d))|归母净利润?|净利润|净亏损|扣非|营业利润|每股收益|亏损(?<!减少亏损)(?!减少)|盈利/g,
  needs: ['money', 'percent'],
  // A column label with its unit before the colon (营业收入（百万元）：2,891,179) heads a cell of a ranking table, not a results report.
  rejectClause: /目标价|评级|融资规模|减值|\((?:千|万|百万|亿)?(?:元|美元|港元)\)\s*:/,
  polarity: (trigger) => (/亏损/.test(trigger) ? 'negative' : undefined),
  examples: [
    {
      text: '汉诺宝嘉（872197）近日发布2019年年度报告，2019年公司实现营业收入11,659,096.08元，同比下滑32.97%。',
      publishedAt: '2020-06-09',
      expect: [{ eventType: 'earnings', subject: '汉诺宝嘉' }],
    },
    { text: '上半年，万科实现合约销售金额3257.2亿元，同比增长3.2%。', publishedAt: '2019-08-20', expect: [{ eventType: 'earnings', subject: '万科' }] },
    { text: '华润置地营业额为385.7亿元，同比增长42.2%。', expect: [{ eventType: 'earnings', subject: '华润置地' }] },
  ],
  negatives: ['报告期末公司总资产为62,213,933.55元。', '5 上海汽车集团股份有限公司营业收入（百万元）：902,194.06', '该楼盘销售金额约2亿元，已售罄。'],
};

/**
 * A results report made public is the results event itself, its figures usually in the sentences
 * after it (X公布了2019年中期业绩报告。上半年，X实现…): no figure is needed in its own clause.
 */
export const resultsReport: EventRule = {
  id: 'event/zh/results-report',
  eventType: 'earnings',
  lang: 'zh',
  // The report names its year (公布了2019年中期业绩报告, 发布2018年年度报告): a bare 发布一季报 in a list of
  // headlines is told again, dated, where the story tells it.
  trigger:
    /(?:公布|发布|披露|交出)了?其?(?:19|20)\d{2}年(?:(?:年度|度|中期|半年度|上半年|全年|第?[一二三四1-4]季度)(?:业绩报告|业绩公告|业绩|财报|财务报告|报告)|(?:年报|中报|[一二三四1-4]?季报|业绩报告|业绩公告|业绩|财报))(?!会|说明会|预告|快报|发布会)/g,
  // A report still to come, or a forecast of one, is not a report.
  rejectClause: /将|拟|即将|预计|计划|有望|预告|何时|推迟|延期|未能|无法/,
  examples: [
    {
      text: '8月20日，碧桂园公布了2019年中期业绩报告。上半年，碧桂园实现合约销售金额3000亿元。',
      publishedAt: '2019-08-25',
      // The event is dated by the period reported on, the date named next to the trigger.
      expect: [{ eventType: 'earnings', subject: '碧桂园', date: '2019-H1' }],
    },
    { text: '近日，万科发布2018年年度报告，全年营业收入2976.8亿元。', publishedAt: '2019-03-30', expect: [{ eventType: 'earnings', subject: '万科' }] },
  ],
  negatives: ['万科将于8月底公布2019年中期业绩。', '碧桂园召开2019年中期业绩会，董事长出席。', '龙湖发布2019年业绩预告，预计净利润增长。', '万科发布2019年度社会责任报告。'],
};

export const impairment: EventRule = {
  id: 'event/zh/impairment',
  eventType: 'impairment',
  lang: 'zh',
  trigger: /(?:计提|确认)[^,。;]{0,16}?减值|商誉减值|资产减值准备/g,
  needs: ['money'],
  examples: [
    { text: '兴业证券计提减值准备6.5亿元。', publishedAt: '2018-12-28', expect: [{ eventType: 'impairment', subject: '兴业证券', date: '2018-12-28' }] },
  ],
  negatives: ['该笔业务存在减值迹象，应当单独进行减值测试。'],
};

export const defaultEvent: EventRule = {
  id: 'event/zh/default',
  eventType: 'default',
  lang: 'zh',
  trigger: /(?<!处置)(?:实质性)?违约(?!金|责任|条款|处置|资产|风险)|未(?:能)?(?:按期|如期|按时)?(?:兑付|履行[^,。;]{0,6}义务)/g,
  subjects: ['organization', 'person'],
  // A risk of default is no default: 或面临…承担违约责任的风险, 陷入…违约困局.
  rejectClause: /可能|或将|或面临|风险|困局|担忧|如果|若/,
  polarity: () => 'negative',
  examples: [
    {
      text: '融入方中弘卓业集团有限公司以中弘股份股票为质押物。因股票被司法冻结，融入方未履行购回义务，构成违约。',
      expect: [{ eventType: 'default', subject: '中弘卓业集团有限公司' }],
    },
  ],
  negatives: ['交易双方约定了违约金条款。', '龙湖极有可能陷入项目无法按期交付的违约困局。'],
};

export const overdueDebt: EventRule = {
  id: 'event/zh/overdue-debt',
  eventType: 'overdue_debt',
  lang: 'zh',
  trigger: /(?:债务|贷款|借款|本息|票据|债券|业务|款项)逾期|逾期(?=[^,。;]{0,8}(?:债务|贷款|借款|本息|金额|未还|未兑付))|到期未(?:能)?(?:兑付|偿还|清偿)/g,
  polarity: () => 'negative',
  examples: [
    { text: '中弘股份公告称，公司及子公司累计逾期债务金额合计77亿元。', expect: [{ eventType: 'overdue_debt', subject: '中弘股份' }] },
  ],
  negatives: ['银行业不良贷款逾期率有所下降。', '该公司还为客户提供“逾期管家”等贷后风控产品，包括逾期客户还款催缴等服务。'],
};
