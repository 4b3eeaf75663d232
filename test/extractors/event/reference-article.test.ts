import { beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../src/model/records.ts';
import { eventsOfArticle, findEvent, listed } from './corpus.ts';

// The reference article (test/fixtures/corpus/articles/xinhua-deepseek-2025-02-07.txt): its story
// as events, each with the right subject and date.
let events: EventRecord[] = [];
beforeAll(async () => {
  events = await eventsOfArticle('xinhua-deepseek-2025-02-07.txt');
});

function expectEvent(eventType: string, subject: string, date?: string): EventRecord {
  const found = findEvent(events, eventType, subject, date);
  expect(found, `no ${eventType} of ${subject} ${date ?? ''} among: ${listed(events)}`).toBeDefined();
  return found!;
}

describe('the reference article', () => {
  it('has DeepSeek release R1 on 2025-01-20', () => {
    expect(expectEvent('product_release', 'DeepSeek', '2025-01-20').object).toBe('DeepSeek-R1');
  });

  it("has Nvidia's fall on 2025-01-27 with the percent and the market-cap loss as figures", () => {
    const fall = expectEvent('stock_move', '英伟达', '2025-01-27');
    expect(fall.direction).toBe('down');
    expect(fall.figures.some((id) => id.includes('#percent@'))).toBe(true);
    expect(fall.figures.some((id) => id.includes('#money@'))).toBe(true);
  });

  it.each([
    ['英伟达', '2025-01-31'],
    ['亚马逊', '2025-01-31'],
    ['微软', '2025-01-31'],
    ['华为云', '2025-02-01'],
    ['腾讯云', '2025-02-02'],
    ['中国电信', '2025-02-02'],
    ['阿里云', '2025-02-03'],
    ['百度智能云', '2025-02-03'],
    ['京东云', '2025-02-04'],
    ['火山引擎', '2025-02-04'],
    ['中国联通', '2025-02-05'],
  ])('has the adoption of DeepSeek by %s on %s', (subject, date) => {
    expect(expectEvent('adoption', subject, date).object).toMatch(/R1|V3/);
  });

  it('has the DeepSeek and OpenAI o1 prices, each with its two prices', () => {
    expect(expectEvent('pricing', 'DeepSeek').figures).toHaveLength(2);
    expect(expectEvent('pricing', 'OpenAI').figures).toHaveLength(2);
  });

  it('has the 2024 and FY2025 capex figures', () => {
    const capex = events.filter((e) => e.eventType === 'capex');
    expect(capex.map((e) => e.date)).toEqual(['2024', '2025']);
    expect(capex.every((e) => e.figures.length === 1)).toBe(true);
  });

  it("has 浪潮信息's limit-up on 2025-02-07", () => {
    expectEvent('limit_up', '浪潮信息', '2025-02-07');
  });

  it('has the index moves of 新华出海TMT指数 and 电新出海', () => {
    expectEvent('index_move', '新华出海TMT指数');
    expectEvent('index_move', '电新出海');
  });

  it('gives each event its own span, hence its own id', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.every((e) => !e.id.includes('~'))).toBe(true);
  });

  it('reports neither the stocks that merely fell with Nvidia nor the concept stocks that have no name', () => {
    expect(findEvent(events, 'stock_move', '特斯拉')).toBeUndefined();
    expect(events.filter((e) => e.eventType === 'limit_up').map((e) => e.subject)).toEqual(['浪潮信息']);
  });
});
