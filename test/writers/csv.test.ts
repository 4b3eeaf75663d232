import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '../../src/model/records.ts';
import { renderOutputs, type OutputFile } from '../../src/writers/index.ts';
import { sampleExport } from './sample.ts';
import type { Column } from '../../src/writers/columns.ts';
import { csvRows } from '../../src/writers/csv.ts';

const files = await renderOutputs(sampleExport());
const file = (name: string): OutputFile => {
  const found = files.find((f) => f.name === name);
  if (!found) throw new Error(`no ${name} among ${files.map((f) => f.name).join(', ')}`);
  return found;
};
const text = (name: string) => file(name).data.toString('utf8');
const parse = (name: string) => Papa.parse<Record<string, string>>(text(name).slice(1), { header: true, skipEmptyLines: true });

describe('CSV outputs', () => {
  it('writes one CSV per record type plus articles, diagnostics, the timeline and the entities, each starting with the UTF-8 BOM', () => {
    const csvs = files.filter((f) => f.name.endsWith('.csv')).map((f) => f.name).sort();
    const readerTables = ['timeline.csv', 'entities-organizations.csv', 'entities-people.csv'];
    expect(csvs).toEqual([...RECORD_TYPES.map((t) => `${t}.csv`), 'articles.csv', 'diagnostics.csv', ...readerTables].sort());
    for (const name of csvs) expect([...file(name).data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('keeps Chinese text intact', () => {
    const rows = parse('security.csv').data;
    expect(rows[0]!.name).toBe('浪潮信息');
    expect(rows[0]!.sentence).toContain('市值蒸发近6000亿美元');
    expect(parse('articles.csv').data[0]!.authors).toBe('谈瑞; 周子涵');
  });

  it('escapes text a spreadsheet would run as a formula, but leaves negative numbers as numbers', () => {
    const org = parse('organization.csv').data[0]!;
    expect(org.text).toBe("'=1+1");
    expect(org.aliases).toBe("'@SUM(A1); +cmd");
    const amounts = parse('money.csv').data.map((r) => r.amount);
    expect(amounts).toContain('-5371666.75');
    expect(text('diagnostics.csv')).toContain(`"'@warn ""quoted"", two\nlines"`);
  });

  it('quotes cells holding line breaks or tabs, so the row count stays right', () => {
    const raw = text('quote.csv');
    expect(raw).toContain('"第一行\n第二行\t制表"');
    const parsed = parse('quote.csv');
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data[0]!.speaker).toBe('梁文锋');
  });

  it('quotes a cell holding only a tab, only a line feed or only a carriage return', () => {
    const columns: Column<string>[] = [{ key: 'cell', kind: 'text', value: (row) => row }];
    expect(csvRows(columns, ['a\tb', 'a\nb', 'a\rb', 'plain'])).toBe('"a\tb"\r\n"a\nb"\r\n"a\rb"\r\nplain\r\n');
  });

  it('keeps codes with leading zeros as written', () => {
    const row = parse('security.csv').data[0]!;
    expect(row.code).toBe('000977');
    expect(row.symbol).toBe('000977.SZ');
  });

  it('leaves absent optional fields empty and writes booleans and list columns plainly', () => {
    const rows = parse('money.csv').data;
    const nearly = rows.find((r) => r.qualifier === 'nearly')!;
    expect(nearly.currencyInferred).toBe('false');
    expect(nearly.per).toBe('');
  });
});
