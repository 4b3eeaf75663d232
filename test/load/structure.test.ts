import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import type { ArticleMeta } from '../../src/model/article.ts';
import { loadInput } from '../../src/load/index.ts';
import { analyzeStructure, detectLanguage } from '../../src/load/structure.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const GOLD = path.join(FIXTURES, 'gold');
const config = parseConfig({}, FIXTURES);

interface GoldFile {
  article: string;
  metadata: Partial<Omit<ArticleMeta, 'authors'>> & { authors?: string[] };
}

/** Scored as FORMAT.md says: fields equal, publishedAt by prefix, authors as a set. */
function metadataMismatches(gold: GoldFile['metadata'], meta: ArticleMeta): string[] {
  const wrong: string[] = [];
  for (const [field, expected] of Object.entries(gold)) {
    const actual = meta[field as keyof ArticleMeta];
    const right =
      field === 'publishedAt'
        ? typeof actual === 'string' && actual.startsWith(expected as string)
        : field === 'authors'
          ? JSON.stringify([...(actual as string[])].sort()) === JSON.stringify([...(expected as string[])].sort())
          : actual === expected;
    if (!right) wrong.push(`${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
  return wrong;
}

describe('article metadata of the gold files', () => {
  for (const name of readdirSync(GOLD).filter((f) => f.endsWith('.gold.json'))) {
    it(`${name}: every metadata field right`, async () => {
      const gold = JSON.parse(readFileSync(path.join(GOLD, name), 'utf8')) as GoldFile;
      const absolute = path.resolve(GOLD, gold.article);
      const result = await loadInput({ absolute, relative: path.basename(absolute) }, config);
      expect(result.articles).toHaveLength(1);
      expect(metadataMismatches(gold.metadata, result.articles[0]!.meta)).toEqual([]);
    });
  }
});

function spanTexts(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

describe('structure of plain text', () => {
  it('reads a source|date line, a dateline with authors and an editor line', () => {
    const text = '标题：某公司发布年报\n\n新华财经|2024年03月05日\n\n新华财经北京3月4日电(张三、李四) 正文第一句。\n\n编辑:王五';
    const { meta, structure } = analyzeStructure(text);
    expect(meta).toMatchObject({
      title: '标题：某公司发布年报',
      source: '新华财经',
      publishedAt: '2024-03-05',
      dateline: '北京',
      datelineDate: '2024-03-04',
      authors: ['张三', '李四'],
      editor: '王五',
      language: 'zh',
    });
    expect(structure.map((s) => s.role)).toEqual(['title', 'source-line', 'dateline', 'editor']);
    expect(spanTexts(text, structure)[2]).toBe('新华财经北京3月4日电(张三、李四)');
  });

  it('places a December dateline under a January publication date in the year before', () => {
    const { meta } = analyzeStructure('年终盘点\n2025-01-02 08:00 来源:中新经纬\n中新经纬客户端12月31日电 正文。');
    expect(meta.publishedAt).toBe('2025-01-02T08:00');
    expect(meta.datelineDate).toBe('2024-12-31');
    expect(meta.dateline).toBeUndefined();
  });

  it('reads a page flattened to one line: title before the date, tags before 原标题 are furniture', () => {
    const text = ' 某银行计提减值 2020-06-30 09:05 来源:金融网 银行 /股权 原标题：某银行计提减值 {IMG:1} 正文一句。返回搜狐，查看更多 责任编辑： 阅读 () 投诉';
    const { meta, boilerplate } = analyzeStructure(text);
    expect(meta.title).toBe('某银行计提减值');
    expect(meta.publishedAt).toBe('2020-06-30T09:05');
    expect(meta.source).toBe('金融网');
    expect(meta.editor).toBeUndefined();
    expect(spanTexts(text, boilerplate)).toEqual(['银行 /股权', '{IMG:1}', '返回搜狐，查看更多', '责任编辑：', '阅读 () 投诉']);
  });

  it('takes the headline from 原标题 when an advertisement comes first, and blanks the advertisement', () => {
    const text = '2020理财大赛火热报名中，报名即可领取好礼。【点击领取】\n原标题：某快递(002468.SZ)完成收购    来源：格隆汇\n正文。';
    const { meta, boilerplate } = analyzeStructure(text);
    expect(meta.title).toBe('某快递(002468.SZ)完成收购');
    expect(meta.source).toBe('格隆汇');
    expect(spanTexts(text, boilerplate)).toContain('2020理财大赛火热报名中，报名即可领取好礼。【点击领取】');
  });

  it('takes the headline after 原标题 up to the space where the body runs on, skipping a teaser glued to its first sentence', () => {
    const text = '{IMG:1} 摘要：原标题：某某银行年报发布今日，某某银行发布年报，净利润增长5%。.. {IMG:2} 原标题：某某银行年报发布 今日，某某银行发布年报，净利润增长5%，不良率下降，拨备覆盖率维持高位，资本充足率稳中有升，全年分红比例保持在三成左右。';
    expect(analyzeStructure(text).meta.title).toBe('某某银行年报发布');
  });

  it('reads the outlet of a 讯 lead opening the body, without its section', () => {
    expect(analyzeStructure('　　某财网基金讯 某基金公司今日公告，旗下产品分红。').meta.source).toBe('某财网');
    expect(analyzeStructure('某公司完成融资\n北方晨报讯（记者 王五）某公司今日宣布完成融资。').meta.source).toBe('北方晨报');
    expect(analyzeStructure('某某日报e公司讯，某公司中标1亿元项目。').meta.source).toBe('某某日报');
    expect(analyzeStructure('新浪港股讯 9月25日消息，某集团股价闪崩。').meta.source).toBe('新浪港股');
    expect(analyzeStructure('网易科技讯 9月25日消息，某公司发布新品。').meta.source).toBe('网易科技');
    const bracketed = analyzeStructure('某某社（北京，记者 张三）讯，某公司今日发布公告。').meta;
    expect([bracketed.source, bracketed.dateline, bracketed.authors]).toEqual(['某某社', '北京', ['张三']]);
    expect(analyzeStructure('某公司回购\n某某照明（00001）讯，某公司发布公告。').meta.source).toBeUndefined();
  });

  it('finds the headline after the outlet, byline and copyright notice a page prints above it', () => {
    const text = ' 某某晚报客户端  ·作者：王五 原创版权所有未经授权禁止转载 某银行不良率升至3%，拨备覆盖率下滑 |某某晚报财讯 某某晚报客户端  ·作者：王五 　　某某晚报讯 某银行昨日发布年报。';
    const meta = analyzeStructure(text).meta;
    expect([meta.title, meta.source]).toEqual(['某银行不良率升至3%，拨备覆盖率下滑', '某某晚报']);
  });

  it('keeps a first line that is the headline even when a notice follows much later on it', () => {
    const text = '某公司发布年报净利润增长两成，董事会建议派发末期股息  版权所有';
    expect(analyzeStructure(`${text}\n正文。`).meta.title).toBe('某公司发布年报净利润增长两成，董事会建议派发末期股息');
    expect(analyzeStructure('某公司发布年报  来源：某某网\n正文。').meta.title).toBe('某公司发布年报');
  });

  it('reads the writer in brackets after a dated 消息 lead, but not words that are no name', () => {
    expect(analyzeStructure('某厂商换帅\n某某网讯 9月18日消息（北川）昨日，某厂商宣布换帅。').meta.authors).toEqual(['北川']);
    expect(analyzeStructure('某厂商换帅\n某某网讯 9月18日消息（记者 张三）昨日，某厂商宣布换帅。').meta.authors).toEqual(['张三']);
    expect(analyzeStructure('某厂商换帅\n某某网讯 9月18日消息（截至发稿）某厂商股价下跌。').meta.authors).toEqual([]);
    expect(analyzeStructure('某厂商换帅\n据悉，此前的消息（传言）称某厂商将换帅。').meta.authors).toEqual([]);
  });

  it('reads an outlet it does not know from the ending of a dateline, apart from the city', () => {
    const meta = analyzeStructure('某公司发布年报\n中国财讯网北京3月5日电（记者 张三）某公司今日发布年报。').meta;
    expect([meta.source, meta.dateline, meta.authors]).toEqual(['中国财讯网', '北京', ['张三']]);
    expect(analyzeStructure('某公司发布年报\n某某财经客户端3月5日电 某公司今日发布年报。').meta.source).toBe('某某财经客户端');
  });

  it('reads the outlet of a flash lead, and of a dated credit opening the body', () => {
    expect(analyzeStructure('每经AI快讯，某某科技（SZ 300001，收盘价：12.35元）晚间发布公告。').meta.source).toBe('每经');
    expect(analyzeStructure('某公司回购\n北方晨报快讯（记者 王五）某公司今日回购股份。').meta.source).toBe('北方晨报');
    expect(analyzeStructure('某某财富网 6月9日，某公司近日发布年度报告。').meta.source).toBe('某某财富网');
    expect(analyzeStructure('某公司中标\n某某汇5月21日丨某公司宣布中标。').meta.source).toBe('某某汇');
    expect(analyzeStructure('某公司中标\n某某网9月18日消息，某公司宣布中标。').meta.source).toBe('某某网');
    expect(analyzeStructure('某公司中标\n某某财经9月18日讯 某公司宣布中标。').meta.source).toBe('某某财经');
    expect(analyzeStructure('某公司中标\nIT某家 9月18日消息，某公司宣布中标。').meta.source).toBe('IT某家');
    const city = analyzeStructure('某公司中标\n某某经济网北京9月18日讯 某公司宣布中标。').meta;
    expect([city.source, city.dateline]).toEqual(['某某经济网', '北京']);
  });

  it('takes no source from a subject and its date before a comma, nor from a flash of no outlet', () => {
    expect(analyzeStructure('某公司回购\n某某照明5月19日，发布公告称回购完成。').meta.source).toBeUndefined();
    expect(analyzeStructure('5月19日，某某照明发布公告。').meta.source).toBeUndefined();
    expect(analyzeStructure('某公司回购\n央行北京6月9日，开展逆回购操作。').meta.source).toBeUndefined();
    expect(analyzeStructure('某公司回购\n北京时间6月9日消息，某公司宣布回购。').meta.source).toBeUndefined();
    expect(analyzeStructure('某公司回购\n商务部6月9日消息，某产品进口增长。').meta.source).toBeUndefined();
    expect(analyzeStructure('某公司回购\n据某某社6月9日消息，某公司宣布回购。').meta.source).toBeUndefined();
    expect(analyzeStructure('某公司回购\n盘中快讯：某公司回购股份。').meta.source).toBeUndefined();
  });

  it('takes no source from 本报讯, 快讯 or 腾讯 at a line start, nor from a 来源 line it would contradict', () => {
    expect(analyzeStructure('某公司回购\n本报讯 某公司回购股份。').meta.source).toBeUndefined();
    expect(analyzeStructure('某公司回购\n午间快讯 某公司回购股份。').meta.source).toBeUndefined();
    expect(analyzeStructure('某公司回购\n阿里腾讯 均有表态。').meta.source).toBeUndefined();
    expect(analyzeStructure('某公司回购\n来源：某某网\n北方晨报讯 某公司回购股份。').meta.source).toBe('某某网');
  });

  it('reads a trailing （经参） as the source and (记者 X Y) as authors', () => {
    expect(analyzeStructure('央行降息\n正文一句。（经参）').meta.source).toBe('经参');
    expect(analyzeStructure('央行降息\n正文一句。\n（责任编辑：李四）').meta.source).toBeUndefined();
    expect(analyzeStructure('某股减持\n正文一句。\n(记者 曾健辉 林子)').meta.authors).toEqual(['曾健辉', '林子']);
    expect(analyzeStructure('某股减持\n新京报讯（记者 陆一夫）正文。').meta.authors).toEqual(['陆一夫']);
    expect(analyzeStructure('某股减持\n本报讯（记者 张晓 通讯员 李文斌）正文。').meta.authors).toEqual(['张晓', '李文斌']);
    expect(analyzeStructure('某公司回购\n每经记者 张三 每经编辑 李四\n某公司今日发布公告。').meta).toMatchObject({ authors: ['张三'], editor: '李四' });
    expect(analyzeStructure('某公司回购\n本报记者 张三 北京报道\n某公司今日发布公告。').meta.authors).toEqual(['张三']);
    expect(analyzeStructure('某公司回购\n某某日报记者 张三 李四\n某公司今日发布公告。').meta.authors).toEqual(['张三', '李四']);
    expect(analyzeStructure('某公司回购\n某某社记者 张三 摄\n某公司今日发布公告。').meta.authors).toEqual([]);
    expect(analyzeStructure('某公司回购\n他告诉记者 今年很好\n某公司今日发布公告。').meta.authors).toEqual([]);
  });

  it('takes no author from 作者： in the middle of a long story', () => {
    const filler = '行业景气度持续回升，多家公司业绩超出预期。'.repeat(80);
    const text = `某书出版\n${filler}该书作者：张三表示，市场仍有空间。${filler}`;
    expect(analyzeStructure(text).meta.authors).toEqual([]);
    expect(analyzeStructure(`${text}\n作者：李四`).meta.authors).toEqual(['李四']);
  });

  it('reads slash credits and a credit line without a colon as authors', () => {
    expect(analyzeStructure('某研究发表\n正文一句。（编译/王小川）').meta.authors).toEqual(['王小川']);
    expect(analyzeStructure('某研究发表\n文/张晓明\n正文一句。').meta.authors).toEqual(['张晓明']);
    expect(analyzeStructure('某研究发表\n（文/图 李思远）正文一句。').meta.authors).toEqual(['李思远']);
    expect(analyzeStructure('数据业整顿\n《财经观察》作者 黄小明\n正文一句。').meta.authors).toEqual(['黄小明']);
    expect(analyzeStructure('数据业整顿\n作者 | 周海涛\n正文一句。').meta.authors).toEqual(['周海涛']);
    expect(analyzeStructure('数据业整顿\n提供中文/英文两个版本。').meta.authors).toEqual([]);
    expect(analyzeStructure('数据业整顿\n作者认为市场仍在观望。').meta.authors).toEqual([]);
    expect(analyzeStructure('债市有泡沫吗\n原创： 王思远编译 债券研究\n正文一句。').meta.authors).toEqual(['王思远']);
    expect(analyzeStructure('债市有泡沫吗\n原创： 张三 财经早知道\n正文一句。').meta.authors).toEqual(['张三']);
    expect(analyzeStructure('债市有泡沫吗\n原创内容，转载请联系。\n正文一句。').meta.authors).toEqual([]);
  });

  it('reads 责编 with a Latin name as the editor', () => {
    expect(analyzeStructure('阿里发布芯片\n正文一句。\n责编：Demi Xia\n(综合整理)').meta.editor).toBe('Demi Xia');
  });

  it('drops the site code from an editor and reads Traditional labels', () => {
    expect(analyzeStructure('标题一二三四\n正文。\n责任编辑：杨倩_NF4425').meta.editor).toBe('杨倩');
    const traditional = analyzeStructure('騰訊公佈業績\n2024年8月14日 18:30 來源：財經日報\n正文。\n責任編輯：陳大文');
    expect(traditional.meta).toMatchObject({ source: '財經日報', publishedAt: '2024-08-14T18:30', editor: '陳大文' });
  });

  it('reads an English wire dateline and the reporting credit', () => {
    const text = 'Photo caption of the day.\n\nNEW YORK (Reuters) - Stocks rose.\n\n(Reporting by Jane Doe and John Roe; Editing by Sam Poe)';
    const { meta } = analyzeStructure(text);
    expect(meta).toMatchObject({ dateline: 'NEW YORK', source: 'Reuters', authors: ['Jane Doe', 'John Roe'], editor: 'Sam Poe', language: 'en' });
    // A first line ending in a full stop is a caption, not a headline.
    expect(meta.title).toBeUndefined();
  });

  it('marks disclaimers (with their phone number), glued image names and risk warnings as boilerplate', () => {
    const text =
      '标题一二三四\n正文。\n6cfc445ac8244e2caa7586f5326ca587.png从整体盘面来看，指数上扬。\n声明:本平台所发布的信息均不构成投资建议。如有问题,请联系客服:400-6123115\n某财经声明:本文内容仅供参考,不构成投资建议。';
    const blanked = spanTexts(text, analyzeStructure(text).boilerplate);
    expect(blanked).toEqual([
      '6cfc445ac8244e2caa7586f5326ca587.png',
      '声明:本平台所发布的信息均不构成投资建议。如有问题,请联系客服:400-6123115',
      '某财经声明:本文内容仅供参考,不构成投资建议。',
    ]);
  });

  it('marks promotions and copyright notices as boilerplate, not the article around them', () => {
    const text =
      '苹果发布新品\n新酷产品免费试玩，下载客户端还能获得专享福利，价值666元！\n苹果公司发布新iPhone，售价5499元。\n【本文中文相关权益归某公司独家所有。未经授权，不得转载。】';
    expect(spanTexts(text, analyzeStructure(text).boilerplate)).toEqual([
      '新酷产品免费试玩，下载客户端还能获得专享福利，价值666元！',
      '【本文中文相关权益归某公司独家所有。未经授权，不得转载。】',
    ]);
  });

  it('does not take a date inside a sentence for the publication date, nor a body line for a title', () => {
    const { meta } = analyzeStructure('客户端\n新浪港股讯 9月25日消息，截至2019年3月31日止年度，该集团实现收益9820万港元。');
    expect(meta.publishedAt).toBeUndefined();
    expect(meta.title).toBeUndefined();
    expect(analyzeStructure('八月未央，暑热渐退，公司在各方面都在继续前进。\n正文。').meta.title).toBeUndefined();
  });

  it('keeps every span an exact slice of the text', () => {
    const text = readFileSync(path.join(FIXTURES, 'corpus/articles/xinhua-deepseek-2025-02-07.txt'), 'utf8');
    const { structure, boilerplate } = analyzeStructure(text);
    for (const span of [...structure, ...boilerplate]) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(span.start, span.end).trim()).toBe(text.slice(span.start, span.end));
    }
  });

  it('tells Chinese from English', () => {
    expect(detectLanguage('恒生指数涨1.97%，报24808.16点。')).toBe('zh');
    expect(detectLanguage('The BSE Sensex gained 0.03 percent at 27,403.54 points.')).toBe('en');
  });

  it('weighs a Han character as five Latin letters over the first 20000 characters', () => {
    expect(detectLanguage('中'.repeat(3334) + 'a'.repeat(16666))).toBe('zh');
    expect(detectLanguage('中'.repeat(3333) + 'a'.repeat(16667))).toBe('en');
    expect(detectLanguage('a'.repeat(19000) + '中'.repeat(3800))).toBe('en');
    expect(detectLanguage('中'.repeat(1000) + ' '.repeat(30000) + 'a'.repeat(10000))).toBe('zh');
  });

  it('blanks every promotion and disclaimer line, whatever else the text holds', () => {
    // The line patterns as they read in full, searched over every text.
    const promotionLine = /^[^\n]{0,80}(?:下载客户端|扫描(?:下方)?二维码|长按识别|关注[^\n]{0,8}公众号|点击(?:看详情|领取|下载))[^\n]{0,80}$/gm;
    const disclaimerLine = /^[^\n]{0,16}?(?:免[责責][声聲]明|[风風][险險]提示|[声聲]明)[:：][^\n]*/gm;
    const disclaimerWords = /投资建议|仅供参考|风险自担|投资有风险|版权|转载|不代表|平台/;
    const pieces = ['\n', ' ', '公司', '股价上涨。', '关注', '新华财经', '公众号', '扫描', '下方', '二维码', '点击', '下载', '领取', '长按识别', '下载客户端',
      '声明', '聲明', '免责', '风险', '提示', ':', '：', '仅供参考', '版权', '明', '示', 'x'.repeat(30)];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        const { boilerplate } = analyzeStructure(text);
        const blanked = (start: number, end: number) => boilerplate.some((s) => s.start <= start && end <= s.end);
        for (const m of text.matchAll(promotionLine)) {
          if (m[0].trim()) expect(blanked(m.index + m[0].search(/\S/), m.index + m[0].trimEnd().length)).toBe(true);
        }
        for (const m of text.matchAll(disclaimerLine)) {
          if (disclaimerWords.test(m[0])) expect(blanked(m.index + m[0].search(/\S/), m.index + m[0].trimEnd().length)).toBe(true);
        }
      }),
      { numRuns: 2000, examples: [[['风险', '提示', '：', '仅供参考']], [['关注', '新华财经', '公众号']]] },
    );
  });
});
