import { recordSchemas, type AnyRecord } from '../../src/model/records.ts';
import type { InputOutcome, RunExport } from '../../src/writers/outcome.ts';

/**
 * A small run built by hand: records that exercise the writers (Chinese text, a leading-zero
 * code, formula-like text, a multi-line sentence, a negative amount, full and partial dates).
 * Each record goes through its schema, so the sample stays what the pipeline can produce.
 */
const SENTENCE = '新华财经上海2月7日电 英伟达股价下跌16.97%，市值蒸发近6000亿美元。';

function rec(fields: Record<string, unknown>): AnyRecord {
  const type = fields.type as keyof typeof recordSchemas;
  return recordSchemas[type].parse({ articleId: 'a1', rule: `${type}/zh/sample`, sentence: SENTENCE, ...fields }) as AnyRecord;
}

export const money = rec({ id: 'a1#money@30-38', type: 'money', text: '近6000亿美元', start: 30, end: 38, amount: 600000000000, amountExact: '600000000000', currency: 'USD', qualifier: 'nearly', currencyInferred: false });
export const loss = rec({ id: 'a1#money@60-75', type: 'money', text: '-5,371,666.75元', start: 60, end: 75, amount: -5371666.75, amountExact: '-5371666.75', currency: 'CNY', direction: 'down' });
export const percent = rec({ id: 'a1#percent@20-26', type: 'percent', text: '16.97%', start: 20, end: 26, value: 16.97, unit: '%', direction: 'down' });
export const fullDate = rec({ id: 'a1#date@6-10', type: 'date', text: '2月7日', start: 6, end: 10, value: '2025-02-07', granularity: 'day', anchor: 'published' });
export const quarter = rec({ id: 'a1#date@80-87', type: 'date', text: '2025年一季度', start: 80, end: 87, value: '2025-Q1', granularity: 'quarter' });
export const dateTime = rec({ id: 'a1#date@90-100', type: 'date', text: '1月27日9时30分', start: 90, end: 100, value: '2025-01-27T09:30', granularity: 'time', timezone: 'America/New_York' });
export const security = rec({ id: 'a1#security@40-49', type: 'security', text: '000977.SZ', start: 40, end: 49, symbol: '000977.SZ', code: '000977', exchange: 'SZ', name: '浪潮信息' });
export const formulaOrg = rec({ id: 'a1#organization@50-52', type: 'organization', text: '=1+1', start: 50, end: 52, name: '=1+1', aliases: ['@SUM(A1)', '+cmd'], kind: 'other' });
export const multiLine = rec({ id: 'a1#quote@110-120', type: 'quote', text: '第一行\n第二行\t制表', start: 110, end: 120, speaker: '梁文锋', sentence: '他说：“第一行\n第二行\t制表”。' });

export const fall = rec({ id: 'a1#event@11-15', type: 'event', text: '英伟达股价', start: 11, end: 15, eventType: 'stock_move', subject: '英伟达', date: '2025-01-27', figures: [percent.id, money.id], direction: 'down', eventKey: 'stock_move|英伟达|2025-01-27|f43f0925' });

export const RECORDS: AnyRecord[] = [fullDate, fall, percent, money, security, formulaOrg, loss, quarter, dateTime, multiLine];

export function sampleInputs(records: AnyRecord[] = RECORDS): InputOutcome[] {
  return [
    {
      path: 'a1.txt',
      sha256: 'f'.repeat(64),
      bytes: 6113,
      encoding: 'utf-8',
      status: 'ok',
      diagnostics: [],
      articles: [
        {
          id: 'a1',
          path: 'a1.txt',
          format: 'text',
          encoding: 'utf-8',
          bytes: 6113,
          sha256: 'f'.repeat(64),
          meta: { title: 'DeepSeek火爆全球 新华出海TMT指数', source: '新华财经', publishedAt: '2025-02-07', dateline: '上海', authors: ['谈瑞', '周子涵'] },
          status: 'ok',
          records: [...records].sort((a, b) => a.start - b.start),
          diagnostics: [{ severity: 'warning', code: 'validate/sample', message: '@warn "quoted", two\nlines', stage: 'validate', path: 'a1.txt', articleId: 'a1', span: { start: 1, end: 2 } }],
        },
      ],
    },
    {
      path: 'broken.txt',
      bytes: 0,
      status: 'failed',
      diagnostics: [{ severity: 'error', code: 'load/empty-file', message: 'broken.txt is empty', stage: 'load', path: 'broken.txt' }],
      articles: [],
    },
  ];
}

export function sampleExport(startedAt = '2026-01-01T00:00:00.000Z'): RunExport {
  return {
    run: { version: '0.0.0-test', configHash: 'c0ffee', rulesVersion: 'r1', startedAt, finishedAt: startedAt },
    inputs: sampleInputs(),
  };
}
