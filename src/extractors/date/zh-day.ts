import {
  CLOCK_AFTER, CN_DAY, DAY, DAY_MARK, MONTH, YEAR2, YEAR3_CN, YEAR4, ZONE,
  bareDayFields, dayFields, headStart, keyedOn, num, speaksOfFuture, withClock, yearOf,
} from './grammar.ts';
import { WHITE_SPACE, triedAtOpenings } from '../../engine/openings.ts';
import { codeUnitSet, isAsciiDigit } from '../../text/code-units.ts';

const WEEKDAY_AFTER = '(?:\\s*[,，]?\\s*[(（]?(?:星期|礼拜|周)[一二三四五六日天][)）]?)?';

/** What stands right before the 月 of a month number: its last digit, or white space. */
export const MONTH_LAST = `0123456789一二三四五六七八九十${WHITE_SPACE}`;

/** 2025年2月7日, 2025年02月07日, 二〇二五年二月七日, 美东时间1月27日, 北京时间2月6日凌晨, 1月19号下午5:00. */
export const calendarDay = triedAtOpenings<'date'>({
  id: 'date/zh/calendar-day',
  type: 'date',
  lang: 'zh',
  pattern: new RegExp(
    keyedOn(
      '月',
      `(?:${ZONE}\\s*)?(?<![\\d.])(?:(?<y>${YEAR4}|${YEAR3_CN}|${YEAR2})\\s*年\\s*)?(?<m>${MONTH})\\s*`,
      `\\s*(?:(?<d>${DAY})\\s*${DAY_MARK}|(?<dc>${CN_DAY})(?![\\d〇零一二三四五六七八九十百千万亿个元%]))` +
        WEEKDAY_AFTER + CLOCK_AFTER,
    ),
    'g',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    const month = num(g.m)!;
    const day = num(g.d ?? g.dc)!;
    const year = g.y === undefined ? undefined : yearOf(g.y);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const start = headStart(match);
    // Only a day without its year looks at the clause before it.
    const fields = dayFields(year, month, day, ctx.anchor, year === undefined && speaksOfFuture(ctx.scan, start));
    return { start, fields: withClock(fields, g), priority: 1 };
  },
  examples: [
    { text: '新华财经|2025年02月07日', mention: '2025年02月07日', expect: { value: '2025-02-07', granularity: 'day' } },
    { text: '二〇二五年二月七日', expect: { value: '2025-02-07', granularity: 'day' } },
    { text: '新华财经上海2月7日电(谈瑞、周子涵)', mention: '2月7日', expect: { value: '2025-02-07', anchor: 'published' } },
    {
      text: '美东时间1月27日,英伟达股价遭遇了前所未见的暴跌',
      mention: '美东时间1月27日',
      expect: { value: '2025-01-27', granularity: 'day', timezone: 'America/New_York' },
    },
    {
      text: '也在北京时间2月6日凌晨宣布',
      mention: '北京时间2月6日凌晨',
      expect: { value: '2025-02-06', granularity: 'day', timezone: 'Asia/Shanghai', partOfDay: '凌晨' },
    },
    {
      text: '中新经纬客户端12月28日电',
      mention: '12月28日',
      publishedAt: '2019-01-03',
      expect: { value: '2018-12-28', anchor: 'published' },
    },
    { text: '自2018年7月26日开市起被实施其他风险警示', mention: '2018年7月26日', expect: { value: '2018-07-26' } },
    { text: '1月19号下午5:00', expect: { value: '2025-01-19T17:00', granularity: 'time', partOfDay: '下午' } },
    { text: '18年10月1日', expect: { value: '2018-10-01' } },
    {
      text: '格林尼治时间9月25日,联合国贸易与发展会议发布报告',
      mention: '格林尼治时间9月25日',
      publishedAt: '2019-09-26',
      expect: { value: '2019-09-25', timezone: 'Etc/GMT' },
    },
    { text: '香港时间3月2日上午', expect: { value: '2025-03-02', timezone: 'Asia/Hong_Kong', partOfDay: '上午' } },
    { text: '伦敦时间1月6日', expect: { value: '2025-01-06', timezone: 'Europe/London' } },
    { text: '二零零四年八月十五', expect: { value: '2004-08-15' } },
  ],
  negatives: ['成立21年', '持股比例为1/10', '3个月', '2042.215万股'],
},
// Keyed on 月, after the month's number: the match opens at the pair's second character.
[{ firsts: MONTH_LAST, seconds: '月' }], [1]);

/** What may not stand before a day alone (月28日 is another rule's, 近5日 no date), besides a digit. */
const NOT_BEFORE_DAY = '.月年第近每个前后上下本连续超逾约共达至到－~—-';
const BEFORE_DAY_REFUSED = codeUnitSet(`0123456789${NOT_BEFORE_DAY}`);

/** 28日 alone, in the anchor's month (兴业证券28日公告称). */
export const dayOfMonth = triedAtOpenings<'date'>({
  id: 'date/zh/day-of-month',
  type: 'date',
  lang: 'zh',
  pattern: new RegExp(
    `(?<![\\d${NOT_BEFORE_DAY}])(?<d>3[01]|[12]\\d|0?[1-9])${DAY_MARK}` +
      `(?![内以来前后均线年化期间天])${CLOCK_AFTER}`,
    'g',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    const fields = bareDayFields(Number(g.d), ctx.anchor, speaksOfFuture(ctx.scan, match.index));
    return { fields: withClock(fields, g) };
  },
  examples: [
    {
      text: '兴业证券28日公告称',
      mention: '28日',
      publishedAt: '2018-12-28T17:21',
      expect: { value: '2018-12-28', granularity: 'day', anchor: 'published' },
    },
    { text: '金陵药业:25日获公司总裁助理增持', mention: '25日', publishedAt: '2019-09-26', expect: { value: '2019-09-25' } },
    { text: '以中国人保A股27日收盘价8.69元计算', mention: '27日', publishedAt: '2019-09-26', expect: { value: '2019-08-27' } },
  ],
  negatives: ['近5日涨幅', '连续3日', '第2日', '7日年化收益率', '5日均线'],
},
// The day's last digit and its mark: 8日 opens at the pair, 28日 one before it.
[{ firsts: '0123456789', seconds: '日号號' }], [-1, 0],
// What stands before the day's digits, which its look-behind refuses (its digits are one or two).
(scan, at) => BEFORE_DAY_REFUSED[scan.charCodeAt(isAsciiDigit(scan.charCodeAt(at - 1)) ? at - 2 : at - 1)] !== 1);
