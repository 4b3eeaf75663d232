import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import type { Article } from '../../src/model/article.ts';
import { extractHtml } from '../../src/load/html.ts';
import { loadInput } from '../../src/load/index.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const config = parseConfig({}, FIXTURES);

interface PageCase {
  file: string;
  title: string;
  /** Undefined where the page names no source at all. */
  source: string | undefined;
  publishedAt: string;
  authors?: string[];
  editor?: string;
  /** A sentence of the article body. */
  body: string;
  /** Sidebar headlines, related lists, comments: none may reach the text. */
  absent: string[];
}

// Expected values read off each page by hand (headline, 来源 line, byline, body, sidebars).
const PAGES: PageCase[] = [
  {
    file: 'corpus/articles/zh-stcn-midday-announcements.html',
    title: '午间公告：天奇股份中标广汽丰田项目；运达股份中标7亿元项目',
    source: '证券时报网',
    publishedAt: '2019-09-26T12:11',
    authors: ['李在山'],
    body: '伊戈尔：拟1079.6万元收购控股子公司日本伊戈尔少数股权。',
    absent: ['金融委最新定调！鼓励境外资金进入境内金融市场', '为你推荐', '证券时报力求信息真实'],
  },
  {
    file: 'pages/en-nytimes-yahoo-verizon-sale.html',
    title: 'Yahoo’s Sale to Verizon Leaves Shareholders With Little Say',
    source: 'The New York Times',
    publishedAt: '2016-07-29T16:42',
    authors: ['Steven Davidoff Solomon'],
    body: 'It is hard to overestimate how complex an asset sale like this is.',
    absent: ['Breakingviews Big Pharma on the Hot Seat', 'Continue reading the main story', 'Related Coverage'],
  },
  {
    file: 'pages/zh-163-amazon-pinduoduo-partnership.html',
    title: '亚马逊海外购“限时快闪店”登陆拼多多',
    source: '新京报',
    publishedAt: '2019-11-25T11:01',
    authors: ['陆一夫'],
    editor: '姚立伟',
    body: '亚马逊中国方面表示，“限时快闪店”将带来逾千款海外正品的优惠折扣',
    absent: ['红烧中华鲟', '网友评论仅供其表达个人看法', '大家都爱看'],
  },
  {
    file: 'pages/zh-163-longfor-interim-results.html',
    title: '多地项目连环爆雷 狂奔的龙湖集团"暗伤"曝露？',
    source: '证券市场红周刊',
    publishedAt: '2019-09-07T13:43',
    editor: '杨倩',
    body: '上半年，龙湖实现合约销售金额1056.2亿元，同比增长8.8%',
    absent: ['11城5G基站建设时间表出炉', '往事随风x8pe', '热点新闻'],
  },
  {
    file: 'pages/zh-ednchina-alibaba-hanguang800-chip.html',
    title: '阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU',
    source: 'EDN 电子技术设计',
    publishedAt: '2019-09-25',
    body: '在杭州城市大脑里，视频实时处理使用GPU需要40块',
    absent: ['拆解iPhone11 Pro Max', '我要评论', '2019 ASPENCORE全球双峰会'],
  },
  {
    file: 'pages/zh-guancha-ic-imports-3000yi-usd.html',
    title: '我国集成电路进口突破3000亿美元！魏少军：产业结构扭曲，没将产品作为中心',
    source: 'EETOP',
    publishedAt: '2019-09-07T15:10',
    editor: '刘响',
    body: '2018年中国进口集成电路4176亿块，价值3121亿美元',
    absent: ['海尔回应4名员工午睡被开除', '请自觉遵守互联网相关的政策法规', '字号'],
  },
  {
    file: 'pages/zh-mingridapan-unctad-growth.html',
    title: '最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%',
    source: undefined,
    publishedAt: '2019-09-26T10:09',
    body: '一些大型新兴经济体已经陷入衰退，而一些发达经济体距离衰退仅一步之遥。',
    absent: ['今日股市行情分析--2019年8月19日', '明日大盘网'],
  },
  {
    file: 'pages/zh-qq-data-industry-crackdown.html',
    title: '棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等',
    source: '棱镜',
    publishedAt: '2019-09-23T07:48',
    editor: 'biaoffeng',
    body: '每个数据源的价格在几毛钱到几块钱不等',
    absent: ['安倍突然恭贺中国国庆', '为你推荐', '热门搜索'],
  },
  {
    file: 'pages/zh-qq-deepmind-ai-memory.html',
    title: 'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶',
    source: 'TNW中文站',
    publishedAt: '2016-10-14T07:17',
    editor: 'alonliu',
    body: 'DeepMind表示，这款名为DNC（可微神经计算机）的AI模型',
    absent: ['全民微信时代，用语音功能发60秒是种怎样的体验？', '暂无热评', '栏目精粹'],
  },
  {
    file: 'pages/zh-sina-bond-bubble-cio-views.html',
    title: '债券市场是否存在泡沫？世界知名首席投资官们这么说',
    source: '新浪财经-自媒体综合',
    publishedAt: '2019-09-09T20:52',
    editor: '郭明煜',
    body: '我们预计英国央行将在11月降息25个基点。',
    absent: ['餐食减配背后：国航为了1分钱开始从乘客', '最热评论', '热门推荐'],
  },
  {
    file: 'pages/zh-sina-iphone11-launch-prices.html',
    title: '苹果发布新iPhone 11：64GB售5499元 256GB售6799元',
    source: '新浪科技',
    publishedAt: '2019-09-11T01:53',
    body: 'iPhone 11（国行）各容量售价分别为：64GB售5499元，128GB售5999元，256GB售6799元。',
    absent: ['iPhone 11 Pro最高11799元 9月20日起发货', '我有话说', '相关新闻'],
  },
  {
    file: 'pages/zh-xds-market-briefing-20190926.html',
    title: '【资讯汇总】9月26日盘中重要资讯汇总 准确把握市场走向',
    source: '天天基金网',
    publishedAt: '2019-09-26T15:10',
    body: '新增地方政府债券28951亿元，发行进度比去年提高了34%',
    absent: ['国庆小长假如何躺着赚钱', '【上一篇】', '推荐阅读'],
  },
];

async function loadPage(file: string): Promise<Article> {
  const result = await loadInput({ absolute: path.join(FIXTURES, file), relative: path.basename(file) }, config);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.articles).toHaveLength(1);
  return result.articles[0]!;
}

describe('news pages: main text and metadata', () => {
  for (const page of PAGES) {
    it(`${path.basename(page.file)}: headline, source, date, body without sidebars`, async () => {
      const article = await loadPage(page.file);
      expect(article.format).toBe('html');
      expect(article.meta.title).toBe(page.title);
      expect(article.meta.source).toBe(page.source);
      expect(article.meta.publishedAt?.startsWith(page.publishedAt)).toBe(true);
      if (page.authors) expect(article.meta.authors).toEqual(page.authors);
      if (page.editor) expect(article.meta.editor).toBe(page.editor);
      expect(article.text).toContain(page.body);
      for (const furniture of page.absent) expect(article.text).not.toContain(furniture);
      // The text begins with the article's own headline, not the <title> with its site suffix.
      expect(article.text.startsWith(`${page.title}\n`)).toBe(true);
    });
  }

  it('gives Chinese pages without a zone Beijing time, and keeps a stated zone', async () => {
    expect((await loadPage('corpus/articles/zh-stcn-midday-announcements.html')).meta.publishedAt).toBe('2019-09-26T12:11+08:00');
    expect((await loadPage('pages/en-nytimes-yahoo-verizon-sale.html')).meta.publishedAt).toBe('2016-07-29T16:42:34-04:00');
  });

  it('keeps a disclaimer inside the body out of what extractors see', async () => {
    const article = await loadPage('pages/zh-sina-bond-bubble-cio-views.html');
    const disclaimer = article.text.indexOf('免责声明');
    expect(disclaimer).toBeGreaterThan(0);
    expect(article.boilerplate.some((span) => span.start <= disclaimer && disclaimer < span.end)).toBe(true);
  });

  it('reads JSON-LD NewsArticle metadata and drops nav, asides and comments of a semantic page', () => {
    const html = `<html><head><title>Fed holds rates steady | Example News</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Fed holds rates steady","datePublished":"2024-05-01T18:00:00Z","author":[{"@type":"Person","name":"Ann Lee"}],"publisher":{"@type":"Organization","name":"Example News"}}</script>
<script type="application/ld+json">{ broken, </script></head><body>
<nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
<main><article><h1>Fed holds rates steady</h1>
<p>The Federal Reserve left its benchmark rate unchanged at 5.25% to 5.5% on Wednesday, as expected by markets.</p>
<aside><p>Stocks rally on jobs data after a long week of losses, and more.</p></aside>
<p>Treasury yields fell after the decision, with the 10-year note down 5 basis points.</p></article>
<section class="comments"><div class="comment">Great article, thanks! Posted 2h ago from 1.2.3.4</div></section></main>
<footer>© 2024 Example News.</footer></body></html>`;
    const page = extractHtml(html, 'Asia/Shanghai');
    expect(page.meta).toMatchObject({ title: 'Fed holds rates steady', publishedAt: '2024-05-01T18:00+00:00', authors: ['Ann Lee'] });
    expect(page.fallback.source).toBe('Example News');
    expect(page.text).toContain('with the 10-year note down 5 basis points.');
    for (const furniture of ['Home', 'Stocks rally', 'Great article', '© 2024']) expect(page.text).not.toContain(furniture);
  });

  it('keeps an English byline dated in words under the headline, as the metadata line', async () => {
    const article = await loadPage('pages/en-nytimes-yahoo-verizon-sale.html');
    expect(article.text.split('\n')[1]).toContain('By STEVEN DAVIDOFF SOLOMON JULY 29, 2016');
    expect(article.meta.authors).toEqual(['Steven Davidoff Solomon']);
  });

  it('closes the text with the editor block a page prints apart from the body', async () => {
    const article = await loadPage('pages/zh-guancha-ic-imports-3000yi-usd.html');
    expect(article.text.endsWith('\n责任编辑: 刘响')).toBe(true);
    expect(article.text).toContain('\n原标题：我国集成电路进口突破3000亿美元！');
    // A credit already in the body is not repeated.
    const netease = await loadPage('pages/zh-163-amazon-pinduoduo-partnership.html');
    expect(netease.text.match(/责任编辑/g)).toHaveLength(1);
  });

  it('records the canonical URL', async () => {
    expect((await loadPage('pages/zh-sina-iphone11-launch-prices.html')).meta.url).toBe(
      'https://tech.sina.com.cn/t/2019-09-11/doc-iicezzrq4972166.shtml',
    );
  });
});
