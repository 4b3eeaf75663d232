import { describe, expect, it } from 'vitest';
import { allNames, entitiesOf, entitiesOfArticle } from './entity-articles.ts';
import { processText } from '../../src/engine/snippet.ts';
import type { OrganizationRecord, PersonRecord } from '../../src/model/records.ts';

// Articles from test/fixtures/corpus/articles/ (copied from the shared corpus), loaded and run
// through the whole pipeline as a user's input would be.

describe('the reference article', async () => {
  const { organizations, persons, quotes } = await entitiesOfArticle('xinhua-deepseek-2025-02-07.txt');

  it('lists DeepSeek with its full Chinese name as an alias', () => {
    expect([...organizations.get('DeepSeek')!.names]).toContain('杭州深度求索人工智能公司');
  });

  it('lists 英伟达 with NVIDIA and its ticker', () => {
    const nvidia = organizations.get('英伟达')!;
    expect([...nvidia.names]).toContain('NVIDIA');
    expect((nvidia.records[0] as OrganizationRecord).security).toBe('NVDA.US');
  });

  it('gives 浪潮信息 the security the article states', () => {
    expect((organizations.get('浪潮信息')!.records[0] as OrganizationRecord).security).toBe('000977.SZ');
  });

  it('has no organization for places, markets or indexes', () => {
    const names = allNames(organizations);
    for (const notAnOrganization of ['硅谷', '华尔街', 'A股', '美股', '新华出海TMT指数', '新华TMT出海优选50指数', 'ChatGPT', 'DeepSeek-R1']) {
      expect(names).not.toContain(notAnOrganization);
    }
  });

  it('names the clouds and their owners as separate organizations', () => {
    for (const name of ['阿里云', '腾讯云', '华为云', '百度智能云', '京东云', '火山引擎', '字节跳动', '脸书', 'Meta']) expect(organizations.has(name), name).toBe(true);
  });

  it('finds the reporters, the editor and the quoted founding member with his Latin name', () => {
    expect([...persons.keys()].sort()).toEqual(['周子涵', '安德烈·卡帕西', '林郑宏', '谈瑞']);
    const karpathy = persons.get('安德烈·卡帕西')!;
    expect([...karpathy.names]).toEqual(expect.arrayContaining(['Andrej Karpathy', '卡帕西']));
    expect(karpathy.records[0]).toMatchObject({ role: '创始成员', organization: 'OpenAI' });
  });

  it('quotes Karpathy once and takes no scare quote for a quotation', () => {
    expect(quotes.map((q) => [q.speaker, q.text, q.verb])).toEqual([['安德烈·卡帕西', '未来或许不需要超大规模的GPU集群了。', '感慨道']]);
  });
});

describe('an impairment notice with a list of pledged stocks', async () => {
  const { organizations, persons } = await entitiesOfArticle('zh-industrial-securities-impairment.txt');

  it('makes every member of the list a company', () => {
    for (const name of ['长生生物', '中弘股份', '金洲慈航', '金龙机电']) expect(organizations.has(name), name).toBe(true);
  });

  it('links each defined short name to its registered name', () => {
    expect([...organizations.get('中弘集团')!.names]).toContain('中弘卓业集团有限公司');
    expect([...organizations.get('盛运环保')!.names]).toContain('安徽盛运环保(集团)股份有限公司');
    expect([...organizations.get('长生生物')!.names]).toContain('长生生物科技股份有限公司');
  });

  it('keeps conjunctions out of names', () => {
    expect(allNames(organizations).filter((n) => /^[因且]/.test(n))).toEqual([]);
  });

  it('finds the pledging person by the party role', () => {
    expect(persons.get('张洺豪')?.records[0]).toMatchObject({ role: '融入方' });
  });
});

describe('an announcement digest', async () => {
  const { organizations, persons } = await entitiesOfArticle('zh-stcn-midday-announcements.html');

  it('takes the company that opens each item', () => {
    for (const name of ['当升科技', '金陵药业', '运达股份', '天奇股份', '精功科技', '伊戈尔']) expect(organizations.has(name), name).toBe(true);
  });

  it('finds the regulator and the customer named by 公司', () => {
    expect(organizations.get('浙江证监局')?.records[0]).toMatchObject({ kind: 'regulator' });
    expect(allNames(organizations)).toEqual(expect.arrayContaining(['广汽丰田', '节能风电公司']));
  });

  it('reads both people after one role', () => {
    expect(persons.get('李泉')?.records[0]).toMatchObject({ role: '总裁助理' });
    expect(persons.get('贾明怡')?.records[0]).toMatchObject({ role: '总裁助理' });
  });
});

describe('a financing round', async () => {
  const { organizations } = await entitiesOfArticle('zh-zstack-b-plus-financing.txt');

  it('names the lead and every co-investor', () => {
    const investors = ['三峡鑫泰', '中国互联网投资基金', '交银国际', '安恒信息', '朗玛峰创投', '天堂硅谷', '闻勤资本', '阿里云', '深创投', '小苗朗程', '联新资本', '前海母基金'];
    for (const name of investors) expect(organizations.has(name), name).toBe(true);
  });

  it('takes the brand announcing it and the institute under the gazetteer name', () => {
    expect(organizations.has('ZStack')).toBe(true);
    expect([...organizations.get('中国信息通信研究院')!.names]).toContain('中国信通院');
  });
});

describe('an English market report', async () => {
  const { organizations, persons } = await entitiesOfArticle('en-reuters-sensex-nifty-flat.txt');

  it('names the companies beside their codes and the exchange with its acronym', () => {
    for (const name of ['Larsen and Toubro', 'Lanco Infratech', 'Reliance Industries', 'Oil and Natural Gas Corp']) expect(organizations.has(name), name).toBe(true);
    expect([...organizations.get('Bombay Stock Exchange')!.names]).toContain('BSE');
  });

  it('reads the reporter and the editor', () => {
    expect(persons.get('Indulal PM')?.records[0]).toMatchObject({ role: 'reporter' });
    expect(persons.get('Sunil Nair')?.records[0]).toMatchObject({ role: 'editor' });
  });
});

describe('linking within an article', () => {
  const entities = (text: string) => entitiesOf(processText(text).records);

  it('puts a short name and the registered name it abbreviates under one name', () => {
    const { organizations } = entities('免去其华融国际信托有限责任公司董事长职务。2018年上半年,华融信托的净利润下降71.7%。');
    const trust = [...organizations.values()].find((e) => e.names.has('华融信托'))!;
    expect([...trust.names]).toContain('华融国际信托有限责任公司');
  });

  it('cuts a person’s name off an organization glued to it', () => {
    const { organizations } = entities('沈易明，硕士。中国华融建议免去沈易明华融国际信托有限责任公司董事长职务。');
    expect(allNames(organizations)).toContain('华融国际信托有限责任公司');
    expect(allNames(organizations).some((n) => n.startsWith('沈易明'))).toBe(false);
  });

  it('keeps two gazetteer companies apart though both abbreviate one registered name', () => {
    const { organizations } = entities('榜单中,中国石化、中石油位列前二。中国石油化工股份有限公司营收最高。');
    expect(organizations.get('中国石化')!.names.has('中国石油化工股份有限公司')).toBe(true);
    expect(organizations.get('中国石油')!.names.has('中国石油化工股份有限公司')).toBe(false);
  });

  it('finds a defined short name wherever the article uses it later', () => {
    const { records } = processText('融入方中弘卓业集团有限公司(以下简称中弘集团)以股票为质押物。因中弘集团持有的股票被冻结,构成违约。');
    const mentions = records.filter((r): r is OrganizationRecord => r.type === 'organization' && r.name === '中弘集团');
    expect(mentions.map((m) => m.text)).toEqual(['中弘卓业集团有限公司', '中弘集团', '中弘集团']);
  });

  it('links a short name whose first character is its place’s own to the full name', () => {
    const { organizations } = entities('上海市互联网金融协会发布倡议书。4月26日，上互金协会组织召开研讨会。');
    expect([...organizations.values()].filter((e) => e.names.has('上互金协会') || e.names.has('上海市互联网金融协会'))).toHaveLength(1);
  });

  it('keeps a platform and the company operating it apart', () => {
    const { organizations } = entities('5月15日，点融网发布公告称，平台运营方上海点融信息服务有限公司已完成实缴。');
    expect(organizations.get('点融网')?.names.has('上海点融信息服务有限公司')).toBe(false);
    expect(organizations.has('上海点融信息服务有限公司')).toBe(true);
  });

  it('takes the other movers of a market report’s sentence beside a known company', () => {
    const { organizations } = entities('内房股上扬，碧桂园涨近5%，雅居乐集团涨4.2%，合景泰富涨超3%。恒生指数涨1.2%，国企指数涨1.5%。');
    for (const name of ['碧桂园', '合景泰富']) expect(organizations.has(name), name).toBe(true);
    expect(allNames(organizations).filter((n) => n.includes('指数'))).toEqual([]);
  });

  it('takes no mover from a sentence without a known company', () => {
    const { organizations } = entities('本周TMT出海周内涨4.5%，电新出海涨近4%。');
    expect(allNames(organizations)).toEqual([]);
  });

  it('takes no sector, commodity or currency moving beside a company for a company', () => {
    const { organizations } = entities('腾讯涨2%，半导体涨4%，现货黄金跌1%，比特币涨5%，离岸人民币跌0.3%。');
    expect([...organizations.keys()]).toEqual(['腾讯']);
  });

  it('names a subsidiary by its place and its parent’s name, apart from the parent', () => {
    const { organizations } = entities('证券时报e公司讯，当升科技：竞得工业用地。比亚迪：拟收购全资子公司香港比亚迪少数股权。');
    expect(organizations.has('香港比亚迪')).toBe(true);
    expect(organizations.get('比亚迪')?.names.has('香港比亚迪')).toBe(false);
  });

  it('gives a person the organization named right before the role', () => {
    const { records } = processText('昨日，法国Orange前副总裁Yves Maitre接任HTC首席执行官职务，HTC董事长王雪红表示欢迎。');
    const person = records.find((r): r is PersonRecord => r.type === 'person' && r.name === '王雪红');
    expect(person).toMatchObject({ role: '董事长', organization: 'HTC' });
  });
});

describe('a list with one known company', () => {
  const names = (text: string) => allNames(entitiesOf(processText(text, { publishedAt: '2019-05-20' }).records).organizations);

  it('makes the other items companies when each is name-shaped', () => {
    expect(names('简评：近期已有三起整合事件，分别为宜人贷、点融宝、农金宝互金。')).toEqual(expect.arrayContaining(['宜人贷', '点融宝', '农金宝互金']));
  });

  it('leaves a list holding common words or trades alone', () => {
    expect(names('用户可以使用淘宝、社交网络、网上银行等服务。')).not.toContain('社交网络');
    expect(names('房屋查验咨询师、安居验房公司高级工程师表示。')).not.toContain('房屋查验咨询师');
  });
});

describe('an English list with two known companies', () => {
  const names = (text: string) => allNames(entitiesOf(processText(text, { publishedAt: '2016-07-29' }).records).organizations);

  it('makes the other capitalized items companies', () => {
    expect(names('Rivals such as Google, Facebook and Zulily gained.')).toContain('Zulily');
  });

  it('leaves titles, places and months out, and lists with one known name alone', () => {
    const found = names('Shares of Apple, Microsoft, Japan and Mr Smith rose. Apple and Zenith rose.');
    expect(found).not.toContain('Japan');
    expect(found).not.toContain('Mr Smith');
    expect(found).not.toContain('Zenith');
  });
});

describe('a list with one known company and short common words', () => {
  it('takes no two-character word for a company', () => {
    const found = allNames(entitiesOf(processText('其业务包括腾讯、游戏、社交等领域。', { publishedAt: '2019-05-20' }).records).organizations);
    expect(found).not.toContain('游戏');
  });
});
