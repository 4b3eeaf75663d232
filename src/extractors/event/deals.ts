import type { EventRule } from './rule.ts';

/** Reports and rumours of a deal are not the deal: 或将收购, 传闻, 据传. */
const SPECULATIVE = /或将|或有意|可能|传闻|据传|传出|考虑|有意|如果|若/;

export const partnership: EventRule = {
  id: 'event/zh/partnership',
  eventType: 'partnership',
  lang: 'zh',
  trigger: /战略合作(?!伙伴)|合作协议|框架协议|达成合作|建立合作|开展合作|携手|牵手|联手|结盟|合作伙伴关系/g,
  entityObject: true,
  rejectClause: SPECULATIVE,
  examples: [
    { text: '3月2日，亚马逊与拼多多签署战略合作协议。', expect: [{ eventType: 'partnership', subject: '亚马逊' }, { eventType: 'partnership', subject: '拼多多' }] },
  ],
  negatives: ['公司将深度联合战略合作伙伴，共同拓展行业大客户。'],
};

export const acquisition: EventRule = {
  id: 'event/zh/acquisition',
  eventType: 'acquisition',
  lang: 'zh',
  // A deal's closing is the deal done: 完成了资产交割, 完成股权过户.
  // Passive deals (Y被X收购) are the buyer's: acquisitionPassive reads them.
  trigger: /(?<!回|要约|被[^,。;:!?被]{1,24})收购(?!目标|对象|标的|方)|要约收购|(?<!被[^,。;:!?被]{1,24})并购(?!基金|重组委)|竞得|吸收合并|受让(?=[^,。;]{0,20}股权)|购买(?=[^,。;]{0,12}股权)|完成(?:了)?[^,。;]{0,6}?(?:交割|过户)/g,
  entityObject: true,
  // Rumours, and meetings about deals in general (召开关于并购重组专题研讨会).
  rejectClause: new RegExp(`${SPECULATIVE.source}|召开|研讨|座谈|论坛|会议`),
  // A deal dropped or blocked is still news about the deal, told with a negative turn.
  polarity: (_trigger, clause) => (/放弃|终止|中止|暂停|取消|失败|叫停|否决|搁浅/.test(clause) ? 'negative' : undefined),
  examples: [
    { text: '伊戈尔(002922)：拟1079.6万元收购控股子公司日本伊戈尔少数股权。', expect: [{ eventType: 'acquisition', subject: '伊戈尔' }] },
    { text: '2月3日，英伟达宣布以400亿美元收购ARM。', expect: [{ eventType: 'acquisition', subject: '英伟达', date: '2025-02-03', object: 'ARM' }] },
    { text: '2月3日，英伟达拟放弃400亿美元收购ARM。', expect: [{ eventType: 'acquisition', subject: '英伟达', polarity: 'negative' }] },
    // A deal called off is still the deal's news, and the company announcing it the subject,
    // across the verb clauses of its announcement (…称，预计不能向证监会…，决定申请中止收购…).
    { text: '第三次重组告吹！英伟达中止收购ARM', expect: [{ eventType: 'acquisition', subject: '英伟达', object: 'ARM', polarity: 'negative' }] },
    { text: '宁德时代晚间公告，终止筹划收购比亚迪股权事项。', expect: [{ eventType: 'acquisition', subject: '宁德时代', polarity: 'negative' }] },
    {
      text: '25日晚间，英伟达发布公告称，预计不能在规定时间内向证监会提交反馈意见的书面回复，决定申请中止收购ARM股权。',
      publishedAt: '2019-09-26',
      expect: [{ eventType: 'acquisition', subject: '英伟达', date: '2019-09-25', object: 'ARM', polarity: 'negative' }],
    },
    { text: '2024年3月1日，美的集团与卖方签署移交清单，并完成了标的股权的交割。', expect: [{ eventType: 'acquisition', subject: '美的集团', date: '2024-03-01' }] },
  ],
  negatives: ['比亚迪被宁德时代收购。', '如果有合适的收购目标，公司会毫不犹豫地采取行为。', '据报道，苹果或将收购一家AI初创公司。', '北互金协会曾组织召开关于机构投资并购重组专题研讨会。', '如果双方未能完成交割，协议将自动终止。'],
};

/** Y被X收购, Y被X以N亿元并购: X, after 被, is the buyer; Y, before it, the target. */
export const acquisitionPassive: EventRule = {
  id: 'event/zh/acquisition-passive',
  eventType: 'acquisition',
  lang: 'zh',
  trigger: /被(?<owner>[^,。;:!?被]{1,24}?)(?:以[^,。;:!?]{0,16}?)?(?:收购|并购)(?!目标|对象|标的|方|基金|重组委)/dg,
  ownerSubject: 'only',
  entityObject: 'before',
  rejectClause: new RegExp(`${SPECULATIVE.source}|召开|研讨|座谈|论坛|会议`),
  polarity: acquisition.polarity,
  examples: [
    { text: '2018年4月，饿了么被阿里巴巴以95亿美元收购。', expect: [{ eventType: 'acquisition', subject: '阿里巴巴', date: '2018-04' }] },
    { text: '比亚迪被宁德时代收购。', expect: [{ eventType: 'acquisition', subject: '宁德时代', object: '比亚迪' }] },
  ],
  negatives: ['据传比亚迪或将被宁德时代收购。', '比亚迪被宁德时代的收购方案吸引。'],
};

/**
 * The buyer named by the seller's side of a deal (出售…股权，接盘方则是X; 将资产出售给X; 受让方为X):
 * the buyer acquires. Only a buyer the group ends on counts (ownerSubject `only`).
 */
export const acquisitionByBuyer: EventRule = {
  id: 'event/zh/acquisition-buyer',
  eventType: 'acquisition',
  lang: 'zh',
  trigger: /(?:接盘方|受让方|买方|收购方)(?:则|就|最终)?(?:是|为)(?<subject>[^,。;]{1,30}?)(?=[,。;]|$)|(?:出售|转让|卖)给(?:了)?(?<owner>[^,。;]{1,30}?)(?=[,。;]|$)/dg,
  ownerSubject: 'only',
  rejectClause: new RegExp(`${SPECULATIVE.source}|尚未|未定|待定`),
  examples: [
    {
      text: '万达拟出售旗下文旅项目91%的股权，作价438亿元，而接盘方则是融创中国。',
      expect: [{ eventType: 'acquisition', subject: '融创中国' }],
    },
    { text: '阿里巴巴将其持有的全部股份出售给了腾讯。', expect: [{ eventType: 'acquisition', subject: '腾讯' }] },
  ],
  negatives: ['接盘方尚未确定。', '据传接盘方是万科。', '资产最终出售给谁，要看竞价结果。'],
};

export const contractWin: EventRule = {
  id: 'event/zh/contract-win',
  eventType: 'contract_win',
  lang: 'zh',
  trigger: /中标(?!利率|价|额|金额|通知书|人)|中选|成交供应商|确定为[^,。;]{0,40}?(?:供应商|中标人|承包商)|签(?:订|署)了?[^,。;]{0,20}?(?:采购|工程|施工|供货|供应|销售)(?:合同|协议)/g,
  rejectClause: SPECULATIVE,
  partnerIsObject: true,
  examples: [
    { text: '天奇股份(002009)：确认中标广汽丰田公司涂装车间工程项目，中标额6962万元。', expect: [{ eventType: 'contract_win', subject: '天奇股份' }] },
    { text: '运达股份(300772)：确定为节能风电公司两风电场项目的风力发电机组设备供应商，中标价7亿元。', expect: [{ eventType: 'contract_win', subject: '运达股份' }] },
    { text: '宁德时代与特斯拉签署了为期三年的供货协议。', expect: [{ eventType: 'contract_win', subject: '宁德时代', object: '特斯拉' }] },
  ],
  negatives: ['1年期MLF中标利率为2.85%。', '宁德时代可能与特斯拉签署供货协议。'],
};
