import { describe, expect, it } from 'vitest';
import {
  dateValuesEqual,
  numbersEqual,
  predictedEntities,
  rates,
  scoreArticle,
  scoreEntities,
  scoreEvents,
  scoreMentions,
  scoreMetadata,
  scoreQuotes,
  sumScores,
  textsOverlap,
  type PredictedRecord,
} from '../../src/eval/score.ts';
import type { GoldEntity, GoldRecord } from '../../src/eval/gold.ts';

const money = (text: string, amount: number, currency: string, start: number, extra: Record<string, unknown> = {}): PredictedRecord => ({
  type: 'money', text, amount, currency, start, ...extra,
});

describe('value comparison', () => {
  it('treats numbers within a relative 1e-9 as equal, and no further', () => {
    expect(numbersEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(numbersEqual(600000000000, 600000000000 * (1 + 5e-10))).toBe(true);
    expect(numbersEqual(600000000000, 600000000001)).toBe(true);
    expect(numbersEqual(100, 100.001)).toBe(false);
    expect(numbersEqual(0, 1e-12)).toBe(false);
  });

  it('lets a predicted time refine a gold day, but not the other way round', () => {
    expect(dateValuesEqual('2025-02-06', '2025-02-06T03:00')).toBe(true);
    expect(dateValuesEqual('2025-02-06', '2025-02-06')).toBe(true);
    expect(dateValuesEqual('2025-02-06T03:00', '2025-02-06')).toBe(false);
    expect(dateValuesEqual('2025-02', '2025-02-06')).toBe(false);
    expect(dateValuesEqual('2025', '2025-01')).toBe(false);
  });

  it('overlaps texts by containment after removing white space', () => {
    expect(textsOverlap('约合4.3万亿元人民币', '4.3万亿元人民币')).toBe(true);
    expect(textsOverlap('0.5 percent', '0.5percent')).toBe(true);
    expect(textsOverlap('May 13,\n2014', 'May 13, 2014')).toBe(true);
    expect(textsOverlap('4.5%', '16.97%')).toBe(false);
    expect(textsOverlap('  ', '4.5%')).toBe(false);
  });
});

describe('mention records', () => {
  it('counts true positives, misses and false positives with value fields', () => {
    const gold: GoldRecord[] = [
      { type: 'money', text: '557.6万美元', amount: 5576000, currency: 'USD' },
      { type: 'money', text: '2180亿美元', amount: 218000000000, currency: 'USD' },
    ];
    const predicted = [
      money('557.6万美元', 5576000, 'USD', 10),
      money('2180亿美元', 218000000000, 'CNY', 50), // wrong currency: neither matches nor is excused
      money('3亿元', 300000000, 'CNY', 80),
    ];
    const score = scoreMentions('money', gold, predicted);
    expect([score.tp, score.fp, score.fn]).toEqual([1, 2, 1]);
    expect(score.falseNegatives).toEqual(['"2180亿美元" amount=218000000000 currency=USD (overlapping prediction: "2180亿美元" amount=218000000000 currency=CNY)']);
  });

  it('walks gold in order and takes the first unmatched prediction in document order', () => {
    // The same figure twice: each gold mention consumes one prediction, in offset order.
    const gold: GoldRecord[] = [
      { type: 'percent', text: '4.5%', value: 4.5, direction: 'up' },
      { type: 'percent', text: '4.5%', value: 4.5, direction: 'up' },
    ];
    const predicted: PredictedRecord[] = [
      { type: 'percent', text: '4.5%', value: 4.5, start: 900 },
      { type: 'percent', text: '4.5%', value: 4.5, direction: 'up', start: 20 },
    ];
    const score = scoreMentions('percent', gold, predicted);
    expect([score.tp, score.fp, score.fn]).toEqual([2, 0, 0]);
    // First gold takes the record at offset 20 (direction right), second the one at 900 (direction missing).
    expect(score.attributes.direction).toEqual({ correct: 1, total: 2 });
  });

  it('excuses optional gold records by overlap alone, without counting them', () => {
    const gold: GoldRecord[] = [
      { type: 'money', text: '数以万亿美元', currency: 'USD', optional: true },
      { type: 'money', text: '2180亿美元', amount: 218000000000, currency: 'USD' },
    ];
    const predicted = [money('万亿美元', 1e12, 'USD', 5), money('2180亿美元', 218000000000, 'USD', 40)];
    const score = scoreMentions('money', gold, predicted);
    expect([score.tp, score.fp, score.fn]).toEqual([1, 0, 0]);
  });

  it('does not count an unfound optional gold record as a miss', () => {
    const gold: GoldRecord[] = [{ type: 'date', text: '春节前后', optional: true }];
    const score = scoreMentions('date', gold, []);
    expect([score.tp, score.fp, score.fn]).toEqual([0, 0, 0]);
  });

  it('lets required gold records claim predictions before optional ones do', () => {
    const gold: GoldRecord[] = [
      { type: 'date', text: '2月7日', optional: true },
      { type: 'date', text: '2025年2月7日', value: '2025-02-07', granularity: 'day' },
    ];
    const predicted: PredictedRecord[] = [{ type: 'date', text: '2月7日', value: '2025-02-07', granularity: 'day', start: 4 }];
    const score = scoreMentions('date', gold, predicted);
    expect([score.tp, score.fp, score.fn]).toEqual([1, 0, 0]);
    expect(score.attributes.granularity).toEqual({ correct: 1, total: 1 });
  });

  it('scores only the attributes the gold record states; per as presence', () => {
    const gold: GoldRecord[] = [
      { type: 'money', text: '0.55美元', amount: 0.55, currency: 'USD', per: '1M input tokens' },
      { type: 'money', text: '近6000亿美元', amount: 6e11, currency: 'USD', qualifier: 'nearly' },
      { type: 'money', text: '15美元', amount: 15, currency: 'USD' },
    ];
    const predicted = [
      money('0.55美元', 0.55, 'USD', 1, { per: 'million input tokens' }),
      money('6000亿美元', 6e11, 'USD', 20, { qualifier: 'approx' }),
      money('15美元', 15, 'USD', 40, { qualifier: 'approx' }),
    ];
    const score = scoreMentions('money', gold, predicted);
    expect(score.tp).toBe(3);
    expect(score.attributes).toEqual({ per: { correct: 1, total: 1 }, qualifier: { correct: 0, total: 1 } });
    expect(score.attributeMisses).toHaveLength(1);
  });

  it('requires a value field the gold record leaves out to be absent too', () => {
    const gold: GoldRecord[] = [{ type: 'date', text: '本周', granularity: 'week' }];
    const predicted: PredictedRecord[] = [{ type: 'date', text: '本周', value: '2025-W06', granularity: 'week', start: 0 }];
    expect(scoreMentions('date', gold, predicted).tp).toBe(0);
  });

  it('compares security symbols exactly and scores the name', () => {
    const gold: GoldRecord[] = [{ type: 'security', text: 'LART.NS', symbol: 'LART.NS', name: 'Larsen and Toubro' }];
    const right: PredictedRecord[] = [{ type: 'security', text: 'LART.NS', symbol: 'LART.NS', name: 'Larsen and Toubro', start: 3 }];
    const wrong: PredictedRecord[] = [{ type: 'security', text: 'LART.NS', symbol: 'LART.IN', start: 3 }];
    expect(scoreMentions('security', gold, right).attributes.name).toEqual({ correct: 1, total: 1 });
    expect([scoreMentions('security', gold, wrong).tp, scoreMentions('security', gold, wrong).fp]).toEqual([0, 1]);
  });
});

describe('entities', () => {
  const gold: GoldEntity[] = [
    { type: 'organization', name: '英伟达', aliases: ['NVIDIA', 'Nvidia'] },
    { type: 'organization', name: 'DeepSeek', aliases: ['深度求索'] },
    { type: 'organization', name: '新华社', aliases: [], optional: true },
    { type: 'person', name: '安德烈·卡帕西', aliases: ['Andrej Karpathy'] },
  ];

  it('builds one predicted entity per canonical name with aliases and mention texts', () => {
    const records: PredictedRecord[] = [
      { type: 'organization', text: 'NVIDIA', name: 'NVIDIA', aliases: [], start: 30 },
      { type: 'organization', text: '深度求索', name: 'DeepSeek', aliases: ['杭州深度求索人工智能公司'], start: 10 },
      { type: 'organization', text: 'DeepSeek', name: 'DeepSeek', aliases: [], start: 50 },
    ];
    const entities = predictedEntities(records, 'organization');
    expect(entities.map((e) => e.name)).toEqual(['DeepSeek', 'NVIDIA']);
    expect([...entities[0]!.keys].sort()).toEqual(['deepseek', '杭州深度求索人工智能公司', '深度求索']);
  });

  it('matches through any alias, case-insensitively, each side at most once', () => {
    const records: PredictedRecord[] = [
      { type: 'organization', text: 'nvidia ', name: 'nvidia ', aliases: [], start: 1 },
      { type: 'organization', text: '英伟达', name: '英伟达', aliases: [], start: 5 }, // a second entity for the same gold: FP
      { type: 'organization', text: '新华社', name: '新华社', aliases: [], start: 9 }, // optional gold: neither TP nor FP
      { type: 'organization', text: '硅谷', name: '硅谷', aliases: [], start: 12 },
    ];
    const score = scoreEntities('organization', gold, records);
    expect([score.tp, score.fp, score.fn]).toEqual([1, 2, 1]);
    expect(score.falseNegatives).toEqual(['DeepSeek | 深度求索']);
  });

  it('keeps organizations and persons apart', () => {
    const records: PredictedRecord[] = [{ type: 'organization', text: '安德烈·卡帕西', name: '安德烈·卡帕西', aliases: [], start: 0 }];
    expect(scoreEntities('person', gold, records).fn).toBe(1);
  });
});

describe('quotes', () => {
  const entities: GoldEntity[] = [{ type: 'person', name: '安德烈·卡帕西', aliases: ['卡帕西', 'Andrej Karpathy'] }];
  const gold = [{ speaker: '安德烈·卡帕西', text: '未来或许不需要超大规模的GPU集群了。' }];

  it('matches a speaker through gold aliases and text by containment without marks and spaces', () => {
    const predicted: PredictedRecord[] = [{ type: 'quote', text: '“未来或许不需要 超大规模的GPU集群了', speaker: '卡帕西', start: 3 }];
    const score = scoreQuotes(gold, predicted, entities);
    expect([score.tp, score.fp, score.fn]).toEqual([1, 0, 0]);
  });

  it('matches a speaker through the predicted entity aliases', () => {
    const predicted: PredictedRecord[] = [
      { type: 'person', text: 'Karpathy', name: 'Karpathy', aliases: ['Andrej Karpathy'], start: 0 },
      { type: 'quote', text: '未来或许不需要超大规模的GPU集群了。', speaker: 'Karpathy', start: 3 },
    ];
    expect(scoreQuotes(gold, predicted, entities).tp).toBe(1);
  });

  it('rejects the right words from the wrong speaker, and a quote without speaker', () => {
    const predicted: PredictedRecord[] = [
      { type: 'quote', text: '未来或许不需要超大规模的GPU集群了。', speaker: '黄仁勋', start: 3 },
      { type: 'quote', text: '未来或许不需要超大规模的GPU集群了。', start: 90 },
    ];
    const score = scoreQuotes(gold, predicted, entities);
    expect([score.tp, score.fp, score.fn]).toEqual([0, 2, 1]);
  });
});

describe('events', () => {
  const entities: GoldEntity[] = [{ type: 'organization', name: '英伟达', aliases: ['NVIDIA'] }];
  const event = (eventType: string, subject: string, date?: string): PredictedRecord => ({
    type: 'event', text: subject, eventType, subject, figures: [], start: 0, ...(date ? { date } : {}),
  });

  it('matches on type, subject (equal, containment or shared gold entity) and date where gold has one', () => {
    const gold = [
      { eventType: 'stock_move', subject: '英伟达', date: '2025-01-27' },
      { eventType: 'limit_up', subject: 'DeepSeek核心概念股' },
      { eventType: 'adoption', subject: '英伟达', date: '2025-01-31' },
      { eventType: 'capex', subject: '北美四大科技巨头', optional: true },
    ];
    const predicted = [
      event('stock_move', 'NVIDIA', '2025-01-27T09:30'),
      event('limit_up', '概念股', '2025-02-07'),
      event('adoption', '英伟达', '2025-02-01'),
      event('capex', '北美四大科技巨头'),
    ];
    const score = scoreEvents(gold, predicted, entities);
    expect([score.tp, score.fp, score.fn]).toEqual([2, 1, 1]);
    expect(score.falseNegatives).toEqual(['adoption 英伟达 @2025-01-31']);
  });

  it('does not match a different event type', () => {
    const score = scoreEvents([{ eventType: 'pricing', subject: 'OpenAI' }], [event('product_release', 'OpenAI')]);
    expect([score.tp, score.fp, score.fn]).toEqual([0, 1, 1]);
  });
});

describe('metadata', () => {
  it('compares fields, authors as a set and publishedAt as a prefix', () => {
    const score = scoreMetadata(
      { title: '标题', publishedAt: '2018-12-28T17:21', authors: ['谈瑞', '周子涵'], editor: '林郑宏', dateline: '上海' },
      { title: ' 标题 ', publishedAt: '2018-12-28T17:21:00+08:00', authors: ['周子涵', '谈瑞'], editor: '林郑宏_NF4425' },
    );
    expect(score.right).toBe(3);
    expect(score.total).toBe(5);
    expect(score.fields.editor?.right).toBe(false);
    expect(score.fields.dateline).toEqual({ gold: '上海', predicted: null, right: false });
  });

  it('does not accept a shorter publication time than gold states', () => {
    expect(scoreMetadata({ publishedAt: '2018-12-28T17:21' }, { publishedAt: '2018-12-28' }).right).toBe(0);
    expect(scoreMetadata({ authors: ['谈瑞'] }, { authors: ['谈瑞', '周子涵'] }).right).toBe(0);
  });
});

describe('article and totals', () => {
  it('scores only the sections the gold file states, and every mention type when records are stated', () => {
    const score = scoreArticle(
      { article: 'a.txt', records: [{ type: 'percent', text: '2.1%', value: 2.1 }] },
      [
        { type: 'percent', text: '2.1%', value: 2.1, unit: '%', start: 0 },
        { type: 'security', text: '600519.SH', symbol: '600519.SH', start: 9 },
        { type: 'organization', text: '央行', name: '央行', aliases: [], start: 20 },
      ],
      {},
    );
    expect(score.types.percent?.tp).toBe(1);
    expect(score.types.security?.fp).toBe(1);
    expect(score.types.organization).toBeUndefined();
    expect(score.metadata).toBeUndefined();
  });

  it('micro-averages counts and attribute tallies', () => {
    const a = scoreMentions('ratio', [{ type: 'ratio', text: '1/10', value: 0.1, qualifier: 'less_than' }], [
      { type: 'ratio', text: '1/10', value: 0.1, qualifier: 'less_than', start: 0 },
    ]);
    const b = scoreMentions('ratio', [{ type: 'ratio', text: '1/30', value: 1 / 30, qualifier: 'approx' }], [
      { type: 'ratio', text: '1/30', value: 1 / 30, start: 0 },
      { type: 'ratio', text: '3倍', value: 3, start: 9 },
    ]);
    const total = sumScores([{ types: { ratio: a } }, { types: { ratio: b } }]).types.ratio!;
    expect([total.tp, total.fp, total.fn]).toEqual([2, 1, 0]);
    expect(total.attributes.qualifier).toEqual({ correct: 1, total: 2 });
    expect(rates(total)).toEqual({ precision: 2 / 3, recall: 1, f1: 0.8 });
  });

  it('leaves rates undefined when there is nothing to measure', () => {
    expect(rates({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: null, recall: null, f1: null });
    expect(rates({ tp: 0, fp: 0, fn: 3 })).toEqual({ precision: null, recall: 0, f1: 0 });
  });
});
