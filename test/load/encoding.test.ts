import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig, type ConfigInput } from '../../src/config.ts';
import type { Article } from '../../src/model/article.ts';
import { decodeBytes } from '../../src/load/encoding.ts';
import { encodingOverride, loadInput } from '../../src/load/index.ts';
import { processArticle } from '../../src/pipeline.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const work = mkdtempSync(path.join(tmpdir(), 'newsgrid-encoding-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SIMPLIFIED = '兴业证券28日公告称，公司对存在减值迹象的资产进行减值测试后，单项计提资产减值准备共计6.51亿元，将减少公司净利润4.88亿元。';
const TRADITIONAL = '騰訊控股公佈，截至六月底止六個月，純利按年增長29%至895億元人民幣，集團收入按年上升6%，股價收報375.6港元。';

// A Hong Kong style page, written for this test: the corpus has no Traditional Chinese page.
function traditionalPage(charset: string | undefined): string {
  const declaration = charset ? `<meta charset="${charset}">` : '';
  return `<html><head>${declaration}<title>騰訊控股中期純利增長29%_財經新聞</title></head><body>
<div class="nav"><a href="/">首頁</a> <a href="/finance">財經</a></div>
<h1>騰訊控股中期純利增長29%</h1>
<div class="info"><span>2024年8月14日 18:30</span> <span>來源：財經日報</span></div>
<div class="article-body"><p>${TRADITIONAL}</p><p>公司宣佈派發中期股息每股3.4港元，董事會對下半年業務前景保持樂觀。</p></div>
<div class="related"><h2>相關新聞</h2><ul><li><a href="/1">港股恒指收市升200點</a></li><li><a href="/2">美股道指創新高</a></li></ul></div>
</body></html>`;
}

async function load(name: string, bytes: Uint8Array, options: ConfigInput = {}) {
  const absolute = path.join(work, name);
  writeFileSync(absolute, bytes);
  return loadInput({ absolute, relative: name }, parseConfig(options, work));
}

function only(articles: Article[]): Article {
  expect(articles).toHaveLength(1);
  return articles[0]!;
}

describe('decoding bytes', () => {
  it('honours byte-order marks (UTF-8, UTF-16LE, UTF-16BE) and strips them', () => {
    const utf8 = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED)]));
    expect(utf8).toMatchObject({ text: SIMPLIFIED, encoding: 'utf-8', reason: 'bom' });
    const le = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SIMPLIFIED, 'utf-16le')]));
    expect(le).toMatchObject({ text: SIMPLIFIED, encoding: 'utf-16le', reason: 'bom' });
    const be = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SIMPLIFIED, 'utf-16be')]));
    expect(be).toMatchObject({ text: SIMPLIFIED, encoding: 'utf-16be', reason: 'bom' });
  });

  it('recognises UTF-16 saved without a byte-order mark by where its NUL bytes fall', () => {
    const text = `2025年Q1 revenue rose 12%: ${SIMPLIFIED}`;
    expect(decodeBytes(iconv.encode(text, 'utf-16le'))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decodeBytes(iconv.encode(text, 'utf-16be'))).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('believes valid UTF-8 over a page that declares gb2312', () => {
    const page = Buffer.from(`<meta charset="gb2312"><p>${SIMPLIFIED}</p>`);
    expect(decodeBytes(page, { sniffDeclared: true })).toMatchObject({ encoding: 'utf-8', reason: 'valid-utf8' });
  });

  it('decodes a declared gb2312 page as GB18030, and recognises undeclared GB18030 and Big5', () => {
    const declared = decodeBytes(iconv.encode(`<meta charset="gb2312"><p>${SIMPLIFIED}</p>`, 'gb18030'), { sniffDeclared: true });
    expect(declared).toMatchObject({ encoding: 'gb18030', reason: 'declared' });
    expect(declared.text).toContain(SIMPLIFIED);
    expect(decodeBytes(iconv.encode(SIMPLIFIED, 'gb18030'))).toMatchObject({ text: SIMPLIFIED, encoding: 'gb18030', reason: 'guessed' });
    expect(decodeBytes(iconv.encode(TRADITIONAL, 'big5'))).toMatchObject({ text: TRADITIONAL, encoding: 'big5', reason: 'guessed' });
  });

  it('reports bytes that are neither UTF-8 nor plausible GB18030 instead of returning mojibake', () => {
    // Deterministic noise: a linear congruential sequence.
    const noise = new Uint8Array(4000);
    let seed = 7;
    for (let i = 0; i < noise.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      noise[i] = 0x80 + (seed % 0x7f);
    }
    expect(decodeBytes(noise).problem).toMatch(/neither UTF-8|U\+FFFD/);
  });

  it('reads any valid UTF-8 as the standard decoder does, and takes nothing else for UTF-8', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', '元', '\uFEFF', '😀', '\n') })), (text) => {
        const bytes = Buffer.from(text);
        const decoded = decodeBytes(bytes);
        // Nothing to read, the byte-order mark's own path, or NUL bytes that make it look like UTF-16.
        if (bytes.length === 0 || bytes[0] === 0xef || decoded.encoding !== 'utf-8') return;
        expect(decoded).toMatchObject({ text: strict.decode(bytes), reason: 'valid-utf8' });
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        const decoded = decodeBytes(bytes);
        if (!valid || bytes[0] === 0xef || decoded.encoding.startsWith('utf-16')) return;
        expect(decoded).toMatchObject({ text: strict.decode(bytes), reason: 'valid-utf8' });
      }),
      { numRuns: 2000 },
    );
    // Bytes that are not UTF-8 are never read as UTF-8 by chance.
    expect(decodeBytes(Buffer.from([0x61, 0xc3, 0x28, 0x62])).reason).not.toBe('valid-utf8');
  });

  it('matches configured encodings by file name glob, folder glob or exact path', () => {
    const encodings = { '*.gbk.txt': 'gbk', 'legacy/**': 'big5', 'one/page.html': 'gb18030' };
    expect(encodingOverride('deep/folder/a.gbk.txt', encodings)).toBe('gbk');
    expect(encodingOverride('legacy/2019/b.html', encodings)).toBe('big5');
    expect(encodingOverride('one/page.html', encodings)).toBe('gb18030');
    expect(encodingOverride('other/page.html', encodings)).toBeUndefined();
  });
});

describe('encoded copies of a page load like the UTF-8 original', () => {
  const original = readFileSync(path.join(FIXTURES, 'corpus/articles/zh-stcn-midday-announcements.html'));

  it('a GB18030 copy (declaring gb2312, or still claiming utf-8) gives the same text, metadata and records', async () => {
    const reference = only((await load('stcn-utf8.html', original)).articles);
    const html = original.toString('utf8');
    const declared = await load('stcn-gb.html', iconv.encode(html.replace(/charset=utf-8/i, 'charset=gb2312'), 'gb18030'));
    const lying = await load('stcn-lying.html', iconv.encode(html, 'gb18030'));
    expect(declared.encoding).toBe('gb18030');
    expect(lying.encoding).toBe('gb18030');
    for (const copy of [declared, lying]) {
      const article = only(copy.articles);
      expect(article.encoding).toBe('gb18030');
      expect(article.text).toBe(reference.text);
      expect(article.meta).toEqual(reference.meta);
    }
    const records = (article: Article) =>
      processArticle(article, parseConfig({}, work)).records.map((r) => `${r.type}:${r.start}-${r.end}:${r.text}`);
    expect(records(only(declared.articles))).toEqual(records(reference));
  });

  it('a Big5 copy of a Traditional page gives the same text and metadata, declared or not', async () => {
    const reference = only((await load('hk-utf8.html', Buffer.from(traditionalPage('utf-8')))).articles);
    expect(reference.meta).toMatchObject({ title: '騰訊控股中期純利增長29%', source: '財經日報', publishedAt: '2024-08-14T18:30+08:00' });
    expect(reference.text).toContain(TRADITIONAL);
    expect(reference.text).not.toContain('港股恒指收市升200點');
    for (const [name, charset] of [['hk-big5.html', 'big5'], ['hk-undeclared.html', undefined]] as const) {
      const copy = await load(name, iconv.encode(traditionalPage(charset), 'big5'));
      const article = only(copy.articles);
      expect(article.encoding).toBe('big5');
      expect(article.text).toBe(reference.text);
      expect(article.meta).toEqual(reference.meta);
    }
  });

  it('reads a page whose declared charset lies (gb2312 over Big5 bytes) by what the bytes say', async () => {
    const result = await load('lying-hk.html', iconv.encode(traditionalPage('gb2312'), 'big5'));
    expect(result.encoding).toBe('big5');
    expect(only(result.articles).text).toContain(TRADITIONAL);
  });

  it('a per-source override in the config replaces detection and is recorded', async () => {
    const bytes = iconv.encode(traditionalPage('big5'), 'big5');
    const detected = await load('legacy-detected.html', bytes);
    expect(detected.diagnostics.map((d) => d.code)).toContain('load/encoding-detected');
    const overridden = await load('legacy-hk.html', bytes, { encodings: { 'legacy-*.html': 'big5' } });
    expect(overridden.encoding).toBe('big5');
    expect(overridden.diagnostics).toEqual([]);
    expect(only(overridden.articles).text).toContain(TRADITIONAL);
  });

  it('rejects an unknown encoding name in the config with a clear message', () => {
    expect(() => parseConfig({ encodings: { '*.txt': 'klingon-8' } }, work)).toThrow(/encodings\.\*\.txt: an encoding such as/);
  });
});
