import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { loadInput } from '../../src/load/index.ts';

const work = mkdtempSync(path.join(tmpdir(), 'newsgrid-feed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const config = parseConfig({}, work);

async function load(name: string, content: string) {
  writeFileSync(path.join(work, name), content);
  return loadInput({ absolute: path.join(work, name), relative: name }, config);
}

describe('JSON and JSONL feeds', () => {
  it('reads one article object: the feed id becomes the article id, stated fields win', async () => {
    const result = await load(
      'one.json',
      JSON.stringify({
        id: 'cn/2025 0207#1',
        title: '新华出海TMT指数涨4.5%',
        text: '行情数据显示，浪潮信息盘中涨停。',
        publishedAt: '2025-02-07 15:30',
        source: '新华财经',
        url: 'https://example.com/a',
        authors: '谈瑞、周子涵',
      }),
    );
    expect(result.diagnostics).toEqual([]);
    const article = result.articles[0]!;
    expect(article.id).toBe('cn-2025-0207-1');
    expect(article.format).toBe('json');
    expect(article.text).toBe('行情数据显示，浪潮信息盘中涨停。');
    expect(article.meta).toMatchObject({
      title: '新华出海TMT指数涨4.5%',
      source: '新华财经',
      publishedAt: '2025-02-07T15:30+08:00',
      url: 'https://example.com/a',
      authors: ['谈瑞', '周子涵'],
    });
  });

  it('reads an array, numbers items without an id, and reports an item without text by position', async () => {
    const result = await load(
      'many.json',
      JSON.stringify([{ title: '甲', body: '甲公司营收1亿元。' }, { title: '乙' }, { id: 'c', text: '丙公司亏损。' }]),
    );
    expect(result.articles.map((a) => a.id)).toEqual(['many-1', 'c']);
    expect(result.diagnostics).toMatchObject([{ code: 'load/empty' }]);
    expect(result.diagnostics[0]!.message).toContain('item 2');
  });

  it('gives repeated ids a suffix and says so', async () => {
    const result = await load('dup.jsonl', ['{"id":"x","text":"一。"}', '{"id":"x","text":"二。"}'].join('\n'));
    expect(result.articles.map((a) => a.id)).toEqual(['x', 'x-2']);
    expect(result.diagnostics).toMatchObject([{ severity: 'warning', code: 'load/duplicate-id' }]);
  });

  it('extracts the main text of HTML carried in a feed item', async () => {
    const html = '<div class="nav"><a href="/">首页</a><a href="/x">财经</a></div><h1>某行降息</h1><div class="content"><p>某银行宣布下调贷款利率10个基点，自下月起执行。</p></div>';
    const result = await load('html.jsonl', JSON.stringify({ id: 'h1', content: html, source: '测试社' }));
    const article = result.articles[0]!;
    expect(article.text).toContain('某银行宣布下调贷款利率10个基点');
    expect(article.text).not.toContain('<p>');
    expect(article.text).not.toContain('首页');
    expect(article.meta.source).toBe('测试社');
  });

  it('reads RSS items as articles', async () => {
    const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>快讯</title>
<item><guid>r1</guid><title>甲公司中标</title><link>https://example.com/r1</link><pubDate>Thu, 26 Sep 2019 04:11:00 GMT</pubDate>
<description><![CDATA[<p>甲公司中标7亿元项目。</p>]]></description></item>
<item><guid>r2</guid><title>乙公司回购</title><description>乙公司回购股份。</description></item></channel></rss>`;
    const result = await load('news.rss', rss);
    expect(result.diagnostics).toEqual([]);
    expect(result.articles.map((a) => a.id)).toEqual(['r1', 'r2']);
    expect(result.articles[0]!.text).toContain('甲公司中标7亿元项目。');
    expect(result.articles[0]!.meta).toMatchObject({ title: '甲公司中标', url: 'https://example.com/r1', publishedAt: '2019-09-26T04:11+00:00' });
  });
});

describe('plain text and Markdown', () => {
  it('reads Markdown front matter as stated metadata and keeps it out of what extractors see', async () => {
    const markdown = '---\ntitle: "某行降息10个基点"\ndate: 2024-02-20\nsource: 测试社\nauthors: [张三, 李四]\n---\n某银行宣布下调贷款利率10个基点。\n';
    const article = (await load('front.md', markdown)).articles[0]!;
    expect(article.meta).toMatchObject({ title: '某行降息10个基点', publishedAt: '2024-02-20', source: '测试社', authors: ['张三', '李四'] });
    expect(article.text).toBe(markdown);
    expect(article.boilerplate[0]).toEqual({ start: 0, end: markdown.indexOf('某银行') - 1 });
  });

  it('reads Atom entries as articles', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>wire</title>
<entry><id>urn:wire:1</id><title>Fed holds rates</title><link href="https://example.com/fed"/><published>2024-05-01T18:00:00Z</published>
<author><name>Ann Lee</name></author><content type="html">&lt;p&gt;The Federal Reserve left rates unchanged at 5.25%.&lt;/p&gt;</content></entry></feed>`;
    const result = await load('wire.atom', atom);
    expect(result.diagnostics).toEqual([]);
    const article = result.articles[0]!;
    expect(article.id).toBe('urn-wire-1');
    expect(article.text).toContain('The Federal Reserve left rates unchanged at 5.25%.');
    expect(article.meta).toMatchObject({ title: 'Fed holds rates', url: 'https://example.com/fed', authors: ['Ann Lee'], publishedAt: '2024-05-01T18:00+00:00' });
  });

  it('keeps the text unchanged so offsets point into the file, and blanks Markdown images', async () => {
    const markdown = '# 某公司发布年报\n\n![图](chart-2024.png)\n\n某公司2024年营收12亿元。\n';
    const result = await load('report.md', markdown);
    const article = result.articles[0]!;
    expect(article.format).toBe('markdown');
    expect(article.text).toBe(markdown);
    expect(article.meta.title).toBe('某公司发布年报');
    const image = markdown.indexOf('![图]');
    expect(article.boilerplate.some((s) => s.start <= image && image < s.end)).toBe(true);
    expect(article.sentences.length).toBeGreaterThan(1);
    expect(article.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(article.bytes).toBe(Buffer.byteLength(markdown));
  });
});
