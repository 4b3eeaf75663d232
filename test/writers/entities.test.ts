import { describe, expect, it } from 'vitest';
import { recordSchemas, type AnyRecord } from '../../src/model/records.ts';
import { ENTITY_LIST_LIMIT } from '../../src/writers/entities.ts';
import type { InputOutcome } from '../../src/writers/outcome.ts';
import { inputOf, outputsOf, runOf } from './reference.ts';

// The reference article (test/fixtures/corpus/articles/xinhua-deepseek-2025-02-07.txt) through the pipeline.
const reference = await outputsOf(runOf([await inputOf('xinhua-deepseek-2025-02-07.txt')]));
const organizations = reference.sheet('Organizations');
const organization = (name: string) => organizations.find((row) => row.name === name);
const list = (cell: unknown) => String(cell ?? '').split('; ');

describe('the Organizations sheet of the reference article', () => {
  it('lists DeepSeek once, with its full Chinese name among its aliases', () => {
    expect(organizations.filter((row) => row.name === 'DeepSeek')).toHaveLength(1);
    expect(list(organization('DeepSeek')!.aliases)).toContain('杭州深度求索人工智能基础技术研究有限公司');
  });

  it('lists 英伟达 with NVIDIA and its security, and 浪潮信息 with 000977.SZ', () => {
    expect(list(organization('英伟达')!.aliases)).toContain('NVIDIA');
    expect(organization('英伟达')!.security).toBe('NVDA.US');
    expect(organization('浪潮信息')!.security).toBe('000977.SZ');
  });

  it('has no row for places, markets or indexes', () => {
    for (const name of ['硅谷', '华尔街', 'A股', '新华出海TMT指数']) expect(organization(name), name).toBeUndefined();
  });

  it('counts as mentions the rows of the Organization sheet filtered by its name, most mentioned first', () => {
    const mentions = reference.sheet('Organization');
    for (const row of organizations) expect(row.mentions, String(row.name)).toBe(mentions.filter((m) => m.name === row.name).length);
    expect(organizations[0]!.name).toBe('DeepSeek');
    expect(organization('DeepSeek')!.articleIds).toBe('xinhua-deepseek-2025-02-07');
  });

  it('writes the same rows to entities-organizations.csv, apart from organization.csv', () => {
    const rows = reference.csv('entities-organizations.csv');
    expect(rows.map((row) => row.name)).toEqual(organizations.map((row) => row.name));
    expect(rows.find((row) => row.name === '浪潮信息')!.security).toBe('000977.SZ');
    expect(reference.csv('organization.csv').length).toBeGreaterThan(rows.length);
  });

  it('names the top organizations on the Summary sheet', () => {
    const top = reference.sheet('Summary').filter((row) => row.item === 'top organization (mentions)');
    expect(top[0]).toMatchObject({ value: organization('DeepSeek')!.mentions, detail: 'DeepSeek' });
    expect(top.length).toBeLessThanOrEqual(10);
  });
});

describe('the People and Quotes sheets of the reference article', () => {
  it('lists Karpathy once with his role, organization and Latin name', () => {
    const karpathy = reference.sheet('People').filter((row) => row.name === '安德烈·卡帕西');
    expect(karpathy).toHaveLength(1);
    expect(karpathy[0]).toMatchObject({ roles: '创始成员', organizations: 'OpenAI', mentions: 2 });
    expect(list(karpathy[0]!.aliases)).toContain('Andrej Karpathy');
    expect(reference.csv('entities-people.csv').find((row) => row.name === '谈瑞')?.roles).toBe('记者');
  });

  it("gives the quote with its speaker's role and organization, and its id in the Quote sheet", () => {
    const [quote] = reference.sheet('Quotes');
    expect(quote).toMatchObject({ speaker: '安德烈·卡帕西', speakerRole: '创始成员', speakerOrganization: 'OpenAI', verb: '感慨道' });
    expect(quote!.text).toBe('未来或许不需要超大规模的GPU集群了。');
    expect(reference.sheet('Quote').map((row) => row.id)).toContain(quote!.quoteId);
  });
});

describe('an organization named across many articles', () => {
  const count = ENTITY_LIST_LIMIT + 10;
  const inputs = Array.from({ length: count }, (_, index): InputOutcome => {
    const id = `a${String(index).padStart(3, '0')}`;
    const mention = (start: number, text: string): AnyRecord =>
      recordSchemas.organization.parse({
        id: `${id}#organization@${start}-${start + text.length}`, articleId: id, type: 'organization', text, start, end: start + text.length,
        rule: 'organization/test', sentence: '', name: '英伟达', aliases: ['NVIDIA'], kind: index === 0 ? undefined : 'company',
      });
    return {
      path: `${id}.txt`, status: 'ok', diagnostics: [],
      articles: [{ id, path: `${id}.txt`, format: 'text', encoding: 'utf-8', bytes: 1, sha256: 'f'.repeat(64), meta: { authors: [] }, status: 'ok', records: [mention(0, '英伟达'), mention(10, 'Nvidia')], diagnostics: [] }],
    };
  });

  it('counts every mention and article, lists the first articles, and takes the first kind stated', async () => {
    const [row] = (await outputsOf(runOf(inputs))).sheet('Organizations');
    expect(row).toMatchObject({ name: '英伟达', kind: 'company', mentions: 2 * count, articles: count });
    expect(list(row!.articleIds)).toHaveLength(ENTITY_LIST_LIMIT);
    expect(list(row!.articleIds)[0]).toBe('a000');
    expect(list(row!.aliases)).toEqual(['NVIDIA', 'Nvidia']);
  });
});
