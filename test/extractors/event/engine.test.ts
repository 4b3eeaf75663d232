import { describe, expect, it } from 'vitest';
import { eventsOf, parseMarkup } from './markup.ts';
import { recordId } from '../../../src/validate/index.ts';

// The event pass on drafts as the other rules give them (marked up by hand), so that subject,
// date and figure linking are pinned down independently of the entity and figure extractors.

const of = (events: ReturnType<typeof eventsOf>, type: string) => events.filter((e) => e.eventType === type);

describe('subjects', () => {
  it('gives each entity of a list its own event, dated by the date that opens the sentence', () => {
    const events = of(eventsOf('海外市场方面，[1月31日|date=2025-01-31]，[英伟达|org]、[亚马逊|org]和[微软|org]同日宣布接入DeepSeek-R1。'), 'adoption');
    expect(events.map((e) => [e.subject, e.date, e.object])).toEqual([
      ['英伟达', '2025-01-31', 'DeepSeek-R1'],
      ['亚马逊', '2025-01-31', 'DeepSeek-R1'],
      ['微软', '2025-01-31', 'DeepSeek-R1'],
    ]);
    expect(new Set(events.map((e) => e.text)).size).toBe(3);
  });

  it('takes the unit a parent owns as the subject (字节跳动旗下的火山引擎)', () => {
    const events = of(eventsOf('[2月4日|date=2025-02-04]，[字节跳动|org]旗下的[火山引擎|org]宣布将支持 V3/R1 等不同尺寸的 DeepSeek 开源模型。'), 'adoption');
    expect(events.map((e) => e.subject)).toEqual(['火山引擎']);
  });

  it('keeps the date of the sentence across its semicolons, each clause its own subject', () => {
    const events = of(
      eventsOf('[2月2日|date=2025-02-02]，[腾讯云|org]宣布 DeepSeek-R1 大模型已一键部署至其 “HAI” 平台上，[中国电信|org]表示DeepSeek-R1模型在[天翼云|org]上架；[2月3日|date=2025-02-03]，[阿里云|org]宣布旗下平台支持云上一键部署DeepSeek-V3。'),
      'adoption',
    );
    expect(events.map((e) => [e.subject, e.date])).toEqual([
      ['腾讯云', '2025-02-02'],
      ['中国电信', '2025-02-02'],
      ['阿里云', '2025-02-03'],
    ]);
    expect(events[0]!.object).toBe('DeepSeek-R1');
  });

  it('counts the partner after 与 as a subject too', () => {
    const events = of(eventsOf('[2月1日|date=2025-02-01]，[华为云|org]宣布与[硅基流动|org]联合首发并上线基于华为云昇腾云服务的DeepSeekR1/V3推理服务。'), 'adoption');
    expect(events.map((e) => e.subject)).toEqual(['华为云', '硅基流动']);
  });

  it('resolves 其 and 公司 to the entity named before', () => {
    const events = eventsOf('[5月19日|date=2020-05-19]，[阳光照明|org]发布公告，披露了公司最新股份回购实施结果。公告显示，公司已实际回购公司股份，使用资金总额[156,466,137.65元|money]。');
    expect(of(events, 'buyback').map((e) => [e.subject, e.date])).toEqual([['阳光照明', '2020-05-19']]);
  });

  it('reads the topic before a colon as the subject of the clauses after it', () => {
    const events = eventsOf('[运达股份|org]：确定为节能风电公司两风电场项目的风力发电机组设备供应商，中标价[7亿元|money]。', '2019-09-26');
    const wins = of(events, 'contract_win');
    expect(wins.map((e) => [e.subject, e.date, e.dateInferred])).toEqual([['运达股份', '2019-09-26', true]]);
    expect(wins[0]!.figures).toHaveLength(1);
  });

  it('names a collective defined by an appositive list, and resolves 四家公司 to it', () => {
    const events = of(
      eventsOf('[2024年全年|date=2024]，北美四大科技巨头——[微软|org]、[Meta|org]、[谷歌|org]、[亚马逊|org]将向AI数据中心投入达到[2180亿美元|money]；[2025财年|date=2025]四家公司的资本支出预计至少将达到[3000亿美元|money]。'),
      'capex',
    );
    expect(events.map((e) => [e.subject, e.date])).toEqual([
      ['北美四大科技巨头', '2024'],
      ['北美四大科技巨头', '2025'],
    ]);
  });

  it('finds the bearer of a role named again later (融入方)', () => {
    const events = of(eventsOf('融入方[张洺豪|person]以长生生物股票为质押物。因长生生物涉及重大违法，融入方未履行购回义务，构成违约。'), 'default');
    expect(events.map((e) => e.subject)).toEqual(['张洺豪']);
  });

  it('reads the subject inside the trigger: 获李泉、贾明怡增持', () => {
    const events = of(eventsOf('[金陵药业|org]：[25日|date=2019-09-25]获公司总裁助理[李泉|person]、[贾明怡|person]增持。'), 'share_increase');
    expect(events.map((e) => [e.subject, e.date])).toEqual([
      ['李泉', '2019-09-25'],
      ['贾明怡', '2019-09-25'],
    ]);
  });

  it('skips the dateline before the first words of a story', () => {
    const events = of(eventsOf('中新经纬客户端[12月28日|date=2018-12-28]电 [兴业证券|org][28日|date=2018-12-28]公告称，公司对资产进行减值测试后，单项计提资产减值准备共计[6.51亿元|money]。'), 'impairment');
    expect(events.map((e) => e.subject)).toEqual(['兴业证券']);
  });
});

describe('precision', () => {
  it('emits no event whose subject cannot be resolved', () => {
    expect(eventsOf('头部公司正在竞先接入DeepSeek-R1。')).toEqual([]);
    expect(eventsOf('春节前后A股[DeepSeek|org]核心概念股则几乎全线涨停。')).toEqual([]);
    expect(eventsOf('此次“降息”在市场预期之内。')).toEqual([]);
  });

  it('wants a figure where the trigger alone is vague', () => {
    expect(of(eventsOf('美股其他高估值科技公司如[特斯拉|org]、[苹果|org]等股价也纷纷重挫。'), 'stock_move')).toEqual([]);
    expect(of(eventsOf('相较而言，[DeepSeek|org]的收费大约是[OpenAI|org] o1运行成本的[1/30|ratio]。'), 'pricing')).toEqual([]);
  });

  it('keeps a pledge repo and a reverse repo out of buybacks', () => {
    expect(of(eventsOf('融入方[张洺豪|person]在[兴业证券|org]办理股票质押式回购交易业务。'), 'buyback')).toEqual([]);
    expect(of(eventsOf('[人民银行|org=中国人民银行]开展[1000亿元|money]公开市场逆回购操作。'), 'buyback')).toEqual([]);
  });
});

describe('figures and merging', () => {
  const markup =
    '美东时间[1月27日|date=2025-01-27]，[英伟达|org]股价遭遇了前所未见的暴跌，单日跌幅高达[16.97%|percent]，市值蒸发[近6000亿美元|money]，刷新了纪录，美股其他科技公司如[特斯拉|org]等股价也纷纷重挫，跌幅约[5%|percent]。';

  it('links the figures of the clauses that continue the subject, and makes one event of several triggers', () => {
    const { text } = parseMarkup(markup);
    const moves = of(eventsOf(markup), 'stock_move');
    const nvidia = moves.filter((e) => e.subject === '英伟达');
    expect(nvidia).toHaveLength(1);
    const at = (s: string) => text.indexOf(s);
    expect(nvidia[0]!.figures).toEqual([
      recordId('marked', 'percent', at('16.97%'), at('16.97%') + 6),
      recordId('marked', 'money', at('近6000亿美元'), at('近6000亿美元') + 8),
    ]);
    expect(nvidia[0]).toMatchObject({ date: '2025-01-27', direction: 'down' });
  });

  it('merges an undated mention into the dated one of the same subject, whatever their order', () => {
    const events = of(
      eventsOf('[美团|org]则以[652亿元|money]营收排名第140位。[今年|date=2025]首次上榜的[美团|org]居亏损榜首位，亏损额[接近1155亿元|money]。', '2025-02-07'),
      'earnings',
    );
    expect(events.map((e) => [e.subject, e.date, e.figures.length, e.polarity])).toEqual([['美团', '2025', 2, 'negative']]);
  });

  it('gives the same event told by two articles one eventKey, and a different figure another', () => {
    const key = (markup: string, published: string) => of(eventsOf(markup, published), 'stock_move')[0]?.eventKey;
    const first = key('美东时间[1月27日|date=2025-01-27]，[英伟达|org]股价暴跌[16.97%|percent]。', '2025-01-28');
    const second = key('[英伟达|org]股价在[1月27日|date=2025-01-27]暴跌[16.97%|percent]，创下纪录。', '2025-02-07');
    const other = key('[英伟达|org]股价在[1月27日|date=2025-01-27]暴跌[12%|percent=12]。', '2025-02-07');
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(other).not.toBe(first);
  });

  it('takes the direction of a neutral trigger from its figure', () => {
    const events = of(eventsOf('[特斯拉|org]股价报250美元，[-3.5%|percent]。'), 'stock_move');
    expect(events.map((e) => [e.subject, e.direction])).toEqual([['特斯拉', 'down']]);
  });

  it('reads a change of directors from a registry listing, one event per person who leaves (不再担任)', () => {
    const events = of(
      eventsOf('[5月14日|date=2019-05-14]，[某网络科技有限公司|org]发生多项变更，同时[张伟|person]不再担任执行董事兼总经理，[李强|person]不再担任监事。'),
      'executive_change',
    );
    expect(events.map((e) => [e.subject, e.date])).toEqual([
      ['张伟', '2019-05-14'],
      ['李强', '2019-05-14'],
    ]);
  });

  it('reads a post before the person who resigns (董事长郁亮因个人原因辞职) and an election (当选)', () => {
    const resigned = of(eventsOf('[2月3日|date=2025-02-03]，[万科|org]发布公告，董事长[郁亮|person]因个人原因辞职。'), 'executive_change');
    expect(resigned.map((e) => [e.subject, e.date])).toEqual([['郁亮', '2025-02-03']]);
    const elected = of(eventsOf('[2月3日|date=2025-02-03]，[郁亮|person]当选[万科|org]董事长。'), 'executive_change');
    expect(elected.map((e) => e.subject)).toEqual(['郁亮']);
    expect(of(eventsOf('[万科|org]员工离职率有所下降。'), 'executive_change')).toEqual([]);
  });

  it('takes the speaker as the subject of what the speaker says was done (柏基回应称，…“被迫”减持)', () => {
    const events = of(eventsOf('不过[柏基|org]很快回应称，[8月末|date=2020-08]的行动属于“被迫”减持。'), 'share_reduction');
    expect(events.map((e) => e.subject)).toEqual(['柏基']);
    // Figures the speaker quotes are not the speaker's: X表示，行业销售收入为….
    const quoted = eventsOf('[中国半导体行业协会|org]副理事长表示，[2018年|date=2018]中国集成电路设计业销售收入为[2519.3亿元|money]。');
    expect(of(quoted, 'earnings')).toEqual([]);
  });

  it('keeps two companies that moved by the same figure apart, in sentences of their own', () => {
    const events = of(eventsOf('[京东|org]涨超[4%|percent]。汽车股强势，[理想汽车|org]涨超[4%|percent]。'), 'stock_move');
    expect(events.map((e) => e.subject)).toEqual(['京东', '理想汽车']);
  });

  it("answers a subsidiary's acts with its parent, the company whose announcement tells them", () => {
    const approved = of(eventsOf('[顺丰控股|org]公告称，公司同意全资子公司[顺丰速运有限公司|org]收购某物流公司资产。'), 'acquisition');
    expect(approved.map((e) => e.subject)).toEqual(['顺丰控股']);
    const closed = of(
      eventsOf('[顺丰控股|org]公告称，公司全资子公司[顺丰速运有限公司|org]拟收购某物流公司资产。[2019年8月15日|date=2019-08-15]，[顺丰速运有限公司|org]完成了资产交割工作。'),
      'acquisition',
    );
    expect(closed.map((e) => [e.subject, e.date])).toEqual([['顺丰控股', '2019-08-15']]);
    // A unit a group owns (旗下) acts in its own name.
    const adoption = of(eventsOf('[字节跳动|org]旗下的[火山引擎|org]宣布接入DeepSeek-R1。'), 'adoption');
    expect(adoption.map((e) => e.subject)).toEqual(['火山引擎']);
  });

  it('falls back to the publication date, flagged', () => {
    const events = of(eventsOf('[富瑞|org]：维持[百度|org]买入评级 目标价[262港元|money]', '2021-01-20'), 'rating');
    expect(events.map((e) => [e.subject, e.date, e.dateInferred, e.figures.length])).toEqual([['百度', '2021-01-20', true, 1]]);
  });
});
