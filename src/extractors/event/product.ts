import type { EventRule } from './rule.ts';

export const productRelease: EventRule = {
  id: 'event/zh/product-release',
  eventType: 'product_release',
  lang: 'zh',
  // 开发出, 研发出: development done (开发中, 正在研发 are not).
  trigger: /(?:正式)?(?:发布|推出|首发|亮相|面世|开发出|研发出|研制出)(?:了)?/g,
  product: 'after-trigger',
  ownProductOnly: true,
  // How to launch, whether to launch: a question or a wish is no release.
  rejectClause: /如何|是否|如果|若|或将|有望|可能|不会/,
  examples: [
    {
      text: '1月20日，DeepSeek发布了全新的DeepSeek-R1模型。',
      expect: [{ eventType: 'product_release', subject: 'DeepSeek', date: '2025-01-20', object: 'DeepSeek-R1' }],
    },
    { text: '9月11日，苹果公司发布了iPhone 11系列手机。', expect: [{ eventType: 'product_release', subject: '苹果', object: 'iPhone 11' }] },
    // A product described, not named, and the maker after a relative clause naming its owner.
    {
      text: '10月12日，被谷歌收购的人工智能公司OpenAI开发出一款能够用记忆回答问题的计算机。',
      publishedAt: '2025-10-13',
      expect: [{ eventType: 'product_release', subject: 'OpenAI', date: '2025-10-12', object: '计算机' }],
    },
    {
      text: '谷歌在2014年收购的人工智能公司OpenAI开发出一款计算机。',
      publishedAt: '2016-10-13',
      expect: [{ eventType: 'product_release', subject: 'OpenAI', date: '2016-10-13', object: '计算机' }],
    },
    // 的 after an adjective, not an act of ownership: the phrase is the verb's object, the subject stays.
    { text: '英伟达市值超越全球最大的芯片公司英特尔，推出了一款新的显卡系统。', expect: [{ eventType: 'product_release', subject: '英伟达' }] },
    { text: '苹果今天推出了新款iPad Pro。', expect: [{ eventType: 'product_release', subject: '苹果', object: 'iPad Pro' }] },
    { text: '百度研发出新一代文心大模型。', expect: [{ eventType: 'product_release', subject: '百度', object: '文心大模型' }] },
    { text: '华为发布首款5G手机。', expect: [{ eventType: 'product_release', subject: '华为', object: '5G手机' }] },
    { text: '腾讯研发出一款新的游戏引擎系统。', expect: [{ eventType: 'product_release', subject: '腾讯', object: '游戏引擎系统' }] },
  ],
  negatives: ['汉诺宝嘉近日发布2019年年度报告。', '华住集团在港交所发布公告称，公司拟发行新股。', 'HTC不会放弃手机业务，如何推出具有差异化功能的5G手机，是当务之急。', '零壹财经发布4月P2P平台信息披露排行榜。', '腾讯正在开发一款新手机。', '腾讯研发出一种新的风控方法。'],
};

export const adoption: EventRule = {
  id: 'event/zh/adoption',
  eventType: 'adoption',
  lang: 'zh',
  trigger: /接入|上线|上架|部署|集成|支持|采用|引入|适配/g,
  product: 'after-subject',
  examples: [
    {
      text: '1月31日，英伟达、亚马逊和微软同日宣布接入DeepSeek-R1。',
      expect: [
        { eventType: 'adoption', subject: '英伟达', date: '2025-01-31', object: 'DeepSeek-R1' },
        { eventType: 'adoption', subject: '亚马逊', date: '2025-01-31' },
        { eventType: 'adoption', subject: '微软', date: '2025-01-31' },
      ],
    },
    { text: '2月5日，中国联通宣布联通云上架DeepSeek-R1系列模型。', expect: [{ eventType: 'adoption', subject: '中国联通', date: '2025-02-05' }] },
  ],
  negatives: ['头部公司正在竞先接入DeepSeek。', '中国联通表示将继续支持民营企业发展。', '拼多多全球购在商家端采用“0佣金”政策。'],
};

export const pricing: EventRule = {
  id: 'event/zh/pricing',
  eventType: 'pricing',
  lang: 'zh',
  // A launch line's variants each with a price: 64GB售5499元, 顶配版售6999元.
  trigger: /定价|收费|收取|售价|起售价|价格为|售(?=\d[\d,.]*(?:元|美元|欧元|港元|日元|英镑))/g,
  needs: ['money'],
  productMaker: true,
  rejectClause: /股价|发行价|目标价|回购/,
  examples: [
    { text: '小米发布Redmi K30：6GB+64GB版售1599元，8GB+128GB版售1899元。', expect: [{ eventType: 'pricing', subject: '小米集团' }] },
    // A launch price told about the product, its maker named only where it released it.
    {
      text: '9月10日，华为发布Mate 30系列手机。新机名为Mate 30，采用徕卡四摄，售价799欧元（约合人民币6250元）。',
      expect: [{ eventType: 'pricing', subject: '华为' }],
    },
    {
      text: '根据DeepSeek公布的API定价，每百万输入token收取0.55美元，每百万输出token收取2.19美元。',
      expect: [{ eventType: 'pricing', subject: 'DeepSeek' }],
    },
  ],
  negatives: ['相较而言，DeepSeek的收费大约是OpenAI运行成本的1/30。', '新机名为Mate 30，采用徕卡四摄，售价799欧元。', '华为出售10%股权，获得5000万元。'],
};
