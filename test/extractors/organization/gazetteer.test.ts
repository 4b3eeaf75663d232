import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NameTrie } from '../../../src/extractors/organization/trie.ts';
import { COMPANIES, type GazetteerEntry } from '../../../src/lexicon/companies.ts';
import { ConfigError, parseConfig } from '../../../src/config.ts';
import { processText } from '../../../src/engine/snippet.ts';
import type { OrganizationRecord } from '../../../src/model/records.ts';

const trie = new NameTrie(COMPANIES);
const found = (text: string) => [...trie.scan(text)].map((m) => [text.slice(m.start, m.end), m.entry.name]);

describe('the gazetteer trie', () => {
  it('takes the longest name at each position', () => {
    expect(found('中国工商银行与工商银行')).toEqual([
      ['中国工商银行', '工商银行'],
      ['工商银行', '工商银行'],
    ]);
    expect(found('华尔街日报报道')).toEqual([['华尔街日报', '华尔街日报']]);
  });

  it('matches Latin names on word boundaries only', () => {
    expect(found('Meta旗下平台')).toEqual([['Meta', 'Meta']]);
    expect(found('Metadata and metaverse')).toEqual([]);
    expect(found('AMDX')).toEqual([]);
  });

  it('reads a name joined to a version by a hyphen as a product', () => {
    expect(found('发布了DeepSeek-R1模型')).toEqual([]);
    expect(found('DeepSeek的模型')).toEqual([['DeepSeek', 'DeepSeek']]);
  });

  it('matches camel-case brands in any case and acronyms only as written', () => {
    expect(found('竞先接入Deepseek')).toEqual([['Deepseek', 'DeepSeek']]);
    expect(found('a safe bet')).toEqual([]);
  });

  it('does not read another country’s central bank as the PBOC', () => {
    expect(found('印度央行维持利率不变')).toEqual([]);
    expect(found('据央行消息')).toEqual([['央行', '中国人民银行']]);
  });

  it('has no entry whose names collide with another entry’s', () => {
    const owner = new Map<string, string>();
    const collisions: string[] = [];
    for (const e of COMPANIES) {
      for (const alias of new Set([e.name, ...e.aliases])) {
        const previous = owner.get(alias.toLowerCase());
        if (previous && previous !== e.name) collisions.push(`${alias}: ${previous} / ${e.name}`);
        owner.set(alias.toLowerCase(), e.name);
      }
    }
    expect(collisions).toEqual([]);
  });
});

describe('user entries from pipeline.config.ts', () => {
  const own: GazetteerEntry = { name: '宿州国厚', aliases: ['宿州国厚资产管理有限公司'], kind: 'fund' };
  const orgs = (text: string, config = parseConfig({ gazetteer: [own] }, process.cwd())) =>
    processText(text, {}, config).records.filter((r): r is OrganizationRecord => r.type === 'organization');

  it('finds an inline entry under its canonical name and kind', () => {
    expect(orgs('中弘股份委托宿州国厚资产管理有限公司托管经营。').map((o) => [o.text, o.name, o.kind])).toContainEqual([
      '宿州国厚资产管理有限公司',
      '宿州国厚',
      'fund',
    ]);
  });

  it('links a registered name to the user entry before a built-in one sharing its stem', () => {
    const config = parseConfig({ gazetteer: [{ name: '苹果集团', aliases: ['苹果'] }] }, process.cwd());
    expect(orgs('苹果有限公司发布公告。', config).map((o) => o.name)).toEqual(['苹果集团']);
    expect(orgs('苹果有限公司发布公告。').map((o) => o.name)).toEqual(['苹果']);
  });

  it('reads entries from a JSON file beside the config', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgrid-gazetteer-'));
    writeFileSync(path.join(dir, 'companies.json'), JSON.stringify([{ name: '中泰创展', security: '1111.HK' }]));
    const config = parseConfig({ gazetteer: 'companies.json' }, dir);
    expect(orgs('此外,中泰创展同意托管经营。', config)).toMatchObject([{ name: '中泰创展', kind: 'company', security: '1111.HK' }]);
  });

  it('rejects a bad entry with a configuration error naming it', () => {
    expect(() => parseConfig({ gazetteer: [{ name: '宿', kind: 'bakery' }] }, process.cwd())).toThrow(ConfigError);
    expect(() => parseConfig({ gazetteer: [{ name: '宿州国厚', security: 'not a symbol' }] }, process.cwd())).toThrow(/gazetteer\.0\.security/);
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgrid-gazetteer-'));
    writeFileSync(path.join(dir, 'bad.json'), '[{"aliases": ["x"]}]');
    expect(() => parseConfig({ gazetteer: 'bad.json' }, dir)).toThrow(/gazetteer: bad entry in .*bad\.json: \[0\.name\]/);
    expect(() => parseConfig({ gazetteer: 'missing.json' }, dir)).toThrow(/gazetteer: cannot read/);
  });
});

describe('a known company and a country after it', () => {
  const organizations = (text: string) =>
    processText(text, { publishedAt: '2019-11-25' })
      .records.filter((r): r is OrganizationRecord => r.type === 'organization')
      .map((r) => [r.text, r.name]);

  it("reads the company's national arm where the country ends a subject", () => {
    expect(organizations('亚马逊中国方面表示，亚马逊将继续投入。')).toEqual([
      ['亚马逊中国', '亚马逊中国'],
      ['亚马逊', '亚马逊'],
    ]);
    expect(organizations('It keeps its stakes in Alibaba and Yahoo Japan.')).toContainEqual(['Yahoo Japan', 'Yahoo Japan']);
  });

  it('leaves the company alone before a noun, in a list of countries, or in a dateline', () => {
    expect(organizations('苹果中国市场销量下滑，特斯拉中国工厂停产。')).toEqual([
      ['苹果', '苹果'],
      ['特斯拉', '特斯拉'],
    ]);
    expect(organizations('拼多多美国、英国、德国三个站点上线。')).toEqual([['拼多多', '拼多多']]);
    expect(organizations('新华社香港9月1日电')).toEqual([['新华社', '新华社']]);
  });
});
