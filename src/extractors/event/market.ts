import type { Direction } from '../../model/records.ts';
import type { EventRule } from './rule.ts';

// Word stems of English moves (a drop of, slid, traded lower) beside the Chinese move characters.
const moveDirection = (trigger: string): Direction | undefined =>
  /跌|挫|蒸发|缩水|跳水|低开|走低|\b(?:fell|fall|lost|loss|drop|declin|slip|slid|tumbl|down|lower|sank|shed|plung|plummet|retreat|dip|sag|slump)/.test(trigger)
    ? 'down'
    : /涨|升|扬|增|走高|高开|\b(?:rose|rise|gain|climb|jump|surg|up|higher|soar|advanc|add|rall|rebound|spik)/.test(trigger)
      ? 'up'
      : undefined;

// Results and prices move too (营收同比下跌, 金价上涨): those clauses are not a stock's move.
// A price staying beyond a line for days (股价连续20个交易日低于1元) is a state, not a move.
const NOT_A_SHARE = /同比|环比|营收|收入|利润|销量|销售额|出货|指数|板块|价格|金价|油价|房价|样本|连续[\d一二三四五六七八九十]+个交易日[^,。;]{0,8}?(?:低于|高于|不足|不低于|超过)/;

export const stockMove: EventRule = {
  id: 'event/zh/stock-move',
  eventType: 'stock_move',
  lang: 'zh',
  trigger: /股价|市值(?:蒸发|缩水|大增|增加)|跌幅|涨幅|暴跌|大跌|重挫|跳水|下挫|收跌|收涨|大涨|暴涨|飙升|上涨|下跌|(?<![上下])(?:涨|跌)(?:超|逾|近)?(?=\d)/g,
  needs: ['percent', 'money'],
  rejectClause: NOT_A_SHARE,
  direction: moveDirection,
  examples: [
    {
      text: '美东时间1月27日，英伟达股价暴跌，单日跌幅高达16.97%，市值蒸发近6000亿美元。',
      expect: [{ eventType: 'stock_move', subject: '英伟达', date: '2025-01-27', direction: 'down' }],
    },
    { text: '2月6日，贵州茅台股价大涨5.2%，报收1800元。', expect: [{ eventType: 'stock_move', subject: '贵州茅台', date: '2025-02-06', direction: 'up' }] },
    // A date range between the company and its move dates the move by its start.
    {
      text: '行业龙头概念股比亚迪9月12日至9月25日股价下跌近三成。',
      publishedAt: '2019-09-26',
      expect: [{ eventType: 'stock_move', subject: '比亚迪', date: '2019-09-12', direction: 'down' }],
    },
  ],
  negatives: ['美股其他科技公司股价也纷纷重挫。', '贵州茅台营收同比上涨15%。', '11月2日，某地产股份股价连续20个交易日低于1元，触及退市标准。'],
};

export const limitUp: EventRule = {
  id: 'event/zh/limit-up',
  eventType: 'limit_up',
  lang: 'zh',
  trigger: /涨停(?!板价|价|家数|数)/g,
  direction: () => 'up',
  examples: [
    { text: '2月7日，成份公司浪潮信息盘中涨停。', expect: [{ eventType: 'limit_up', subject: '浪潮信息', date: '2025-02-07' }] },
  ],
  negatives: ['春节前后A股DeepSeek核心概念股则几乎全线涨停。', '两市共有52只个股涨停。'],
};

export const limitDown: EventRule = {
  id: 'event/zh/limit-down',
  eventType: 'limit_down',
  lang: 'zh',
  trigger: /跌停(?!板价|价|家数|数)/g,
  direction: () => 'down',
  examples: [{ text: '2月3日，百润股份(002568)开盘即跌停。', expect: [{ eventType: 'limit_down', subject: '百润股份', date: '2025-02-03' }] }],
  negatives: ['当日两市共有8只个股跌停。'],
};

// An index names itself as one (…指数, 沪指, 创业板指, 半导体板块), or is a member of a series of indexes
// named beside it (TMT出海 beside 新华出海系列指数). A company's name is neither.
const INDEX_NAME = /(?:指数|股指|指|板块|\d{2,3})$|^(?:沪|深|恒|国)指$/;

// An index move names the index as the clause's opening words, then a move and its size:
// 新华出海TMT指数涨4.5%, 电新出海涨近4% (beside 指数), 沪指收跌1.2%.
export const indexMove: EventRule = {
  id: 'event/zh/index-move',
  eventType: 'index_move',
  lang: 'zh',
  trigger:
    /(?<=^|[,;:!?。\n]|本周|今日|今天|昨日|当日|周内|早盘|午间|收盘|其中)(?<subject>(?![其两三四五六七八九十多各])(?:(?!录得|报收|实现|达到|股价|样本|成份股|个股|全线|本周|周内|今日|当日|一度)[\p{Script=Han}A-Za-z0-9]){2,16}?)(?:本周|周内|全天|今日|盘中|早盘|午间|收盘|尾盘|日内|当日|全周|一度|集体|均|全线)*(?:(?:收于|收报|报收|收在|报)\d[\d,]*(?:\.\d+)?点,)?(?<move>收涨|收跌|上涨|下跌|上扬|走高|走低|高开|低开|大涨|大跌|暴涨|暴跌|微涨|微跌|涨|跌)幅?(?:达到?|了|为|扩大至|扩大到|收窄至|收窄到)?(?:近|超|逾|约|接近|超过|将近)?(?=\d)/dgu,
  // The move word's last character and the size after it, or the level the index closed at before them (收报2929.09点,跌0.89%).
  anchor: /[涨跌扬高低开]幅?(?:达到?|了|为|扩大[至到]|收窄[至到])?(?:近|超|逾|约|接近|超过|将近)?\d|(?:收于|收报|报收|收在|报)\d/g,
  namedSubject: INDEX_NAME,
  needs: ['percent'],
  requireContext: /指数|大盘|沪指|深成指|创业板指|恒指|板块|综指|成指/,
  rejectClause: /股价|样本|成份股|个股|营收|收入|利润|销量|同比|环比|价格/,
  direction: moveDirection,
  examples: [
    { text: '本周新华出海TMT指数涨4.5%。', expect: [{ eventType: 'index_move', subject: '新华出海TMT指数', direction: 'up' }] },
    { text: '本周新华出海系列指数全线上扬，TMT出海周内涨4.5%，电新出海涨近4%。', expect: [{ eventType: 'index_move', subject: '电新出海' }] },
    { text: '截至收盘，沪指跌1.2%，创业板指涨0.5%。', expect: [{ eventType: 'index_move', subject: '沪指', direction: 'down' }] },
    // The level the index closed at told before its move: 上证指数收于2929.09点，下跌0.89%.
    { text: '截至收盘，上证指数收于3050.12点，下跌0.6%；深成指报9800.5点，涨0.3%。', expect: [{ eventType: 'index_move', subject: '上证指数', direction: 'down' }, { eventType: 'index_move', subject: '深成指', direction: 'up' }] },
    // The move told as a noun with its size after a verb: <index>跌幅达到N%, 涨幅接近N%, 跌幅扩大至N%.
    {
      text: '周四A股三大股指集体回调，沪指下跌0.5%；深成指跌幅达到1.8%，创业板指涨幅接近2%。',
      expect: [
        { eventType: 'index_move', subject: '深成指', direction: 'down' },
        { eventType: 'index_move', subject: '创业板指', direction: 'up' },
      ],
    },
  ],
  negatives: ['浪潮信息盘中涨停，周内录得涨幅16%，指数同步走高。', 'TMT出海指数超八成样本周内收涨。', '受指数回调影响，浪潮信息跌幅达到6%。', '受指数回调影响，浪潮信息收报25.3点，跌6%。'],
};

const ENGLISH_MOVE =
  String.raw`(?:rose|fell|gained|lost|climbed|dropped|declined|slipped|slid|sank|shed|jumped|surged|tumbled|soared|plunged|plummeted|` +
  String.raw`advanced|rallied|retreated|dipped|slumped|rebounded|added|adding|` +
  String.raw`(?:edged|traded|moved|inched|ticked) (?:up|down|higher|lower|flat)(?: by)?|` +
  String.raw`(?:was|were|ended|closed|finished)\b(?:[^.;,]|\.(?=\d)){0,20}?\b(?:up|down|higher|lower|flat)|` +
  // A present move needs its size (is up 28% this year); is up for review is none.
  String.raw`(?:is|are|has been|have been) (?:up|down)(?= (?:by |over |more than |about |nearly |almost )*\d)|` +
  // A move told without a verb after the share's own word: with the stock up 12% this year, the shares are off 9%.
  String.raw`(?<=\b(?:stock|shares|stock price|share price) (?:(?:is|are|was|were|has been|have been) )?)(?:up|down|off))`;
// A move told as a noun: that's a drop of nearly 8%, a gain of 2%.
const ENGLISH_MOVE_NOUN = String.raw`\ban? (?:drop|decline|loss|fall|slide|plunge|gain|rise|jump|surge|advance) of`;
// Index names as US, European and Asian market reports print them; the Dow alone is the index, Dow Chemical a company.
const ENGLISH_INDEX = new RegExp(
  String.raw`\b(?=[A-Z])(?<subject>(?:(?!The\b)[A-Z][\w&.]*\s){1,4}Index|(?:BSE )?Sensex|(?:NSE )?Nifty(?: 50)?|DJIA|Dow Jones(?: Industrial Average)?|(?<=\b[Tt]he )Dow(?! (?:Chemical|Corning|Inc|30|stocks?|components?)\b)|` +
    String.raw`S&P 500|Standard & Poor's 500|Nasdaq(?: Composite| 100)?|Russell 2000|FTSE 100|Nikkei(?: 225)?|Topix|Hang Seng(?: Index)?|` +
    String.raw`Shanghai Composite|CSI 300|KOSPI|DAX|CAC 40|(?:Euro )?Stoxx (?:50|600))\b` +
    // The move is looked for ahead, not consumed: two indexes may share one (the Dow and the Nasdaq, up 1% and 2%, respectively).
    String.raw`(?=(?:[^.;]|\.(?=\d)){0,80}?(?<move>\b${ENGLISH_MOVE}\b|(?<=, )(?:up|down)(?= \d)))`,
  'dg',
);
/** Qualifiers between a move and its size: rose about 3%, traded higher by 0.71%, a drop of nearly 8%. */
const ENGLISH_SIZE = String.raw`(?= (?:(?:by|another|about|nearly|almost|roughly|around|some|over|more than|less than|as much as|just over|just under) )*\$?\d)`;

export const indexMoveEn: EventRule = {
  id: 'event/en/index-move',
  eventType: 'index_move',
  lang: 'en',
  trigger: ENGLISH_INDEX,
  namedSubject: /./,
  direction: moveDirection,
  examples: [
    { text: 'The BSE Sensex fell 0.4 percent to 26,500.12 on Monday.', expect: [{ eventType: 'index_move', subject: 'BSE Sensex', direction: 'down' }] },
    { text: 'The BSE Sensex gained 0.03 percent, while the broader Nifty ended 0.02 percent higher.', expect: [{ eventType: 'index_move', subject: 'Nifty', direction: 'up' }] },
    {
      text: 'Late in the session the DJIA traded down 0.3% and the S&P 500 traded up 0.1%.',
      expect: [
        { eventType: 'index_move', subject: 'DJIA', direction: 'down' },
        { eventType: 'index_move', subject: 'S&P 500', direction: 'up' },
      ],
    },
    { text: 'The Dow rose 1.1% to a record.', expect: [{ eventType: 'index_move', subject: 'Dow', direction: 'up' }] },
    { text: 'The Dow Jones Transportation Index is down 6% this year.', expect: [{ eventType: 'index_move', subject: 'Dow Jones Transportation Index', direction: 'down' }] },
    {
      text: 'Small caps lagged the Dow and the Nasdaq, up 4.2% and 6.8%, respectively.',
      expect: [
        { eventType: 'index_move', subject: 'Dow', direction: 'up' },
        { eventType: 'index_move', subject: 'Nasdaq', direction: 'up' },
      ],
    },
  ],
  negatives: ['Analysts expect the Sensex to stay volatile.', 'The Sensex is made of thirty stocks.', 'The fund trades in line with the Russell 2000 Index.', 'The Hang Seng Index is up for review.', 'Dow Chemical fell 2% on Tuesday.', 'Of the Dow 30 stocks, 12 closed higher.'],
};

export const stockMoveEn: EventRule = {
  id: 'event/en/stock-move',
  eventType: 'stock_move',
  lang: 'en',
  // The size follows the move (fell 3%) or sits inside it (closed 2% higher).
  trigger: new RegExp(String.raw`(?:\b${ENGLISH_MOVE}\b|${ENGLISH_MOVE_NOUN})(?:${ENGLISH_SIZE}|(?<=\d(?: percent|%) (?:up|down|higher|lower)))`, 'g'),
  needs: ['percent'],
  nearestSubject: true,
  rejectClause: /\b(?:revenue|profit|sales|earnings|index|Sensex|Nifty)\b/i,
  direction: moveDirection,
  examples: [
    { text: 'Shares of IBM fell 3.2 percent on Tuesday.', expect: [{ eventType: 'stock_move', subject: 'IBM', date: '2025-02-04', direction: 'down' }] },
    {
      text: 'Reliance Industries (RELI.NS) closed down 1.9 percent and Oil and Natural Gas Corp (ONGC.NS) ended down 1.5 percent.',
      expect: [
        { eventType: 'stock_move', subject: 'Reliance Industries', direction: 'down' },
        { eventType: 'stock_move', subject: 'Oil and Natural Gas Corp', direction: 'down' },
      ],
    },
    { text: 'Shares of Netflix closed 2.4% lower on Friday.', expect: [{ eventType: 'stock_move', subject: '奈飞', direction: 'down' }] },
    { text: 'Walmart Inc. (NYSE: WMT) traded higher by 1.2% at $150.10.', expect: [{ eventType: 'stock_move', subject: 'Walmart Inc.', direction: 'up' }] },
    { text: 'Netflix has had a strong year, with the stock up more than 60% since January.', expect: [{ eventType: 'stock_move', subject: '奈飞', direction: 'up' }] },
    {
      text: 'Analysts keep warming to Netflix. With its share price down 12% this month, the entry point looks better.',
      expect: [{ eventType: 'stock_move', subject: '奈飞', direction: 'down' }],
    },
    { text: 'Gap Inc. (NYSE: GPS) disappointed again, and its shares are off another 9% since May.', expect: [{ eventType: 'stock_move', subject: 'Gap Inc.', direction: 'down' }] },
    { text: 'Oracle Corp. (NYSE: ORCL) dropped about 5.3% on Monday.', expect: [{ eventType: 'stock_move', subject: 'Oracle Corp.', direction: 'down' }] },
    {
      text: 'Intel Corp. (NASDAQ: INTC) hit a new low of $20.10 on Monday. Based on the close of $21.80 on Friday, that is a drop of nearly 8%.',
      expect: [{ eventType: 'stock_move', subject: 'Intel Corp.', direction: 'down' }],
    },
  ],
  negatives: ['Apple said revenue rose 8 percent.', 'The stock is up for debate, say 3 analysts.', 'At Six Flags, attendance is off by another 3.2% this year.', 'Intel Corp. posted record sales. Oil fell 3% on Monday.', 'Volume was 25% below the daily average.'],
};
