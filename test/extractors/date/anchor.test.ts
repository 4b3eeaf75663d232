import { describe, expect, it } from 'vitest';
import { chooseAnchor } from '../../../src/enrich/anchor.ts';
import { parseConfig } from '../../../src/config.ts';
import { articleFromText, processText } from '../../../src/engine/snippet.ts';
import type { DateRecord } from '../../../src/model/records.ts';

const plain = parseConfig({}, process.cwd());
const configured = parseConfig({ referenceDate: '2024-06-30' }, process.cwd());

const datesOf = (text: string, meta = {}, config = plain) =>
  processText(text, meta, config).records.filter((r): r is DateRecord => r.type === 'date');

describe('chooseAnchor', () => {
  it('prefers the publication date, then the dateline, then the configured date, then the text', () => {
    const text = '2020年可信云大会';
    expect(chooseAnchor(articleFromText(text, { publishedAt: '2018-12-28T17:21', datelineDate: '2018-12-27' }), configured))
      .toEqual({ date: '2018-12-28', source: 'published' });
    expect(chooseAnchor(articleFromText(text, { datelineDate: '2018-12-27' }), configured)).toEqual({ date: '2018-12-27', source: 'dateline' });
    expect(chooseAnchor(articleFromText(text), configured)).toEqual({ date: '2024-06-30', source: 'configured' });
    expect(chooseAnchor(articleFromText(text), plain)).toEqual({ date: '2020-12-31', source: 'text' });
  });

  it('has no anchor for a text that names no year', () => {
    expect(chooseAnchor(articleFromText('1月17日,人民银行开展MLF操作'), plain)).toBeUndefined();
  });

  it('takes the year the text names most', () => {
    expect(chooseAnchor(articleFromText('2019年营收增长,2019年净利下降,2018年亏损'), plain)?.date).toBe('2019-12-31');
  });
});

describe('relative dates resolve against the anchor and say which', () => {
  it('reads 昨日 against the publication date, not the day the tool runs', () => {
    const [yesterday] = datesOf('昨日,公司发布公告。', { publishedAt: '2018-07-30' });
    expect(yesterday).toMatchObject({ text: '昨日', value: '2018-07-29', anchor: 'published' });
  });

  it('falls back to the configured reference date', () => {
    const [yesterday] = datesOf('昨日,公司发布公告。', {}, configured);
    expect(yesterday).toMatchObject({ value: '2024-06-29', anchor: 'configured' });
  });

  it('resolves 八月 against the year the text states, and leaves 昨日 open then', () => {
    const records = datesOf('八月未央,ZStack荣获2020年可信云技术最佳实践大奖。昨日,公司宣布融资。');
    expect(records.find((r) => r.text === '八月')).toMatchObject({ value: '2020-08', anchor: 'text' });
    const yesterday = records.find((r) => r.text === '昨日');
    expect(yesterday?.value).toBeUndefined();
  });

  it('gives 今年 and a head-less quarter the text year only once the text has stated it', () => {
    const before = datesOf('券商预期公司第四季收入回升，新车计划在今年上半年亮相，并于2023年量产。');
    expect(before.find((r) => r.text === '第四季')?.value).toBeUndefined();
    expect(before.find((r) => r.text === '今年上半年')?.value).toBeUndefined();
    expect(before.find((r) => r.text === '2023年')).toMatchObject({ value: '2023' });
    const after = datesOf('2019年中国500强榜单揭晓。今年上榜公司的营收门槛为162亿元。');
    expect(after.find((r) => r.text === '今年')).toMatchObject({ value: '2019', anchor: 'text' });
  });

  it('dates a year-less day after the year an annual report closes, not in it', () => {
    const records = datesOf('某某网 6月9日，某某科技近日发布2019年年度报告，2019年公司营收下滑，2019年净利亏损。');
    expect(records.find((r) => r.text === '6月9日')).toMatchObject({ value: '2020-06-09', anchor: 'text' });
    expect(records.filter((r) => r.text.startsWith('2019年')).map((r) => r.value)).toEqual(['2019', '2019', '2019']);
  });

  it('keeps a year-less date without a value when nothing anchors it', () => {
    const [day] = datesOf('1月17日,人民银行开展7000亿元MLF操作。');
    expect(day).toMatchObject({ text: '1月17日', granularity: 'day' });
    expect(day!.value).toBeUndefined();
  });

  it('does not touch a date that states its year', () => {
    const [day] = datesOf('2018年7月26日开市起', { publishedAt: '2025-02-07' });
    expect(day).toMatchObject({ value: '2018-07-26' });
    expect(day!.anchor).toBeUndefined();
  });
});
