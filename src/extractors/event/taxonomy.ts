import type { EventType } from '../../model/records.ts';

export interface EventTypeDoc {
  /** What the event is, for a reader. */
  meaning: string;
  /** Words that announce it (examples, not the full rule). */
  triggers: string;
  /** Figures linked to it, and other fields it fills. */
  figures: string;
}

/**
 * The event taxonomy. The list of types itself is `EVENT_TYPES` in src/model/records.ts; this
 * record documents each of them, and the compiler fails when a type is left undocumented.
 */
export const EVENT_TAXONOMY: Record<EventType, EventTypeDoc> = {
  product_release: { meaning: 'a company releases a product or model', triggers: '发布, 推出, 首发, 亮相', figures: 'object = the product (DeepSeek-R1)' },
  stock_move: { meaning: "a share's price or market value moves", triggers: '股价, 暴跌, 跌幅, 涨幅, 市值蒸发; shares fell', figures: 'percent change, price, market-cap change; direction' },
  index_move: { meaning: 'a market index or sector index moves', triggers: '<index>涨/跌 n% beside 指数; Sensex fell', figures: 'percent change; direction' },
  limit_up: { meaning: 'a stock hits its daily limit up', triggers: '涨停', figures: 'direction up' },
  limit_down: { meaning: 'a stock hits its daily limit down', triggers: '跌停', figures: 'direction down' },
  adoption: { meaning: 'a company adopts, hosts or integrates a product', triggers: '接入, 上线, 上架, 部署, 集成, 支持, 采用', figures: 'object = the product' },
  partnership: { meaning: 'two parties agree to cooperate', triggers: '战略合作, 合作协议, 携手, 联手', figures: 'each party a subject; object = the partner named after the trigger' },
  pricing: { meaning: 'a price per unit is set or stated', triggers: '定价, 收费, 收取, 售价', figures: 'money (with per)' },
  capex: { meaning: 'capital expenditure planned or spent', triggers: '资本支出, 资本开支, 投入…亿', figures: 'money; date = the period' },
  investment: { meaning: 'an investor takes part in a round or placement', triggers: '领投, 跟投, 参投, 获配', figures: 'one event per investor' },
  financing: { meaning: 'a company raises a funding round or a private placement', triggers: 'B+轮融资, 完成…轮融资, 定增, 非公开发行', figures: 'money (round or placement size)' },
  ipo_listing: { meaning: 'a company lists or offers shares publicly', triggers: 'IPO, 上市, 招股, 挂牌, 登陆纳斯达克', figures: 'offer price, proceeds; date = listing date' },
  earnings: { meaning: 'reported results: revenue, profit or loss', triggers: '营业收入, 营收, 净利润, 亏损, 每股收益', figures: 'money and percent (yoy); polarity negative for a loss' },
  acquisition: { meaning: 'a company buys a company, stake or asset', triggers: '收购, 并购, 竞得, 受让…股权', figures: 'money; object = the target' },
  buyback: { meaning: 'a company buys back its own shares', triggers: '回购 (not 逆回购, 质押式回购)', figures: 'money, share count, prices' },
  share_pledge: { meaning: 'a holder pledges shares', triggers: '质押', figures: 'share count, percent of holding' },
  pledge_release: { meaning: 'a pledge of shares is released', triggers: '解除质押, 解押, 质押…解除', figures: 'share count, percent' },
  share_reduction: { meaning: 'a holder sells or plans to sell shares', triggers: '减持', figures: 'share count, percent' },
  share_increase: { meaning: 'a holder buys more shares', triggers: '增持, 获…增持', figures: 'share count, money' },
  executive_change: { meaning: 'an executive is appointed, removed or resigns', triggers: '任命, 免去, 聘任, 辞去, 出任 + a post', figures: 'subject = the person; object = the company' },
  rating: { meaning: "a broker's rating or target price for a company", triggers: '维持…买入评级, 予…目标价; upgraded', figures: 'money (target price); object = the broker' },
  rate_decision: { meaning: 'a central-bank operation or rate change', triggers: '降息, 降准, MLF操作, 逆回购操作, 中标利率', figures: 'money (operation size), percent and bp (rates)' },
  contract_win: { meaning: 'a company wins a tender or contract', triggers: '中标, 中选, 确定为…供应商, 签署…供货协议', figures: 'money (contract value); object = the customer named with 与' },
  impairment: { meaning: 'an impairment charge is booked', triggers: '计提…减值, 资产减值准备', figures: 'money' },
  default: { meaning: 'a borrower or issuer defaults', triggers: '违约, 未兑付, 未履行…义务', figures: 'polarity negative' },
  overdue_debt: { meaning: 'debt falls overdue', triggers: '逾期, 到期未兑付', figures: 'money; polarity negative' },
  ranking: { meaning: 'an entity reaches a place in a ranking or chart', triggers: '冲上…榜首, 位列第n, 排名第n, 入选…榜', figures: 'figures of the clause (the revenue a ranking is by)' },
};
