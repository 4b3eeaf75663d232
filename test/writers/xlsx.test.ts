import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '../../src/model/records.ts';
import { renderOutputs } from '../../src/writers/index.ts';
import { displayWidth, sheetName } from '../../src/writers/xlsx.ts';
import { RECORDS, formulaOrg, sampleExport, sampleInputs } from './sample.ts';
import { recordSchemas, type AnyRecord } from '../../src/model/records.ts';

// A zone far from UTC: a writer that built dates from local time would shift the day here.
process.env.TZ = 'Pacific/Kiritimati';

const report = (await renderOutputs(sampleExport())).find((f) => f.name === 'report.xlsx')!;
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.load(report.data as unknown as ArrayBuffer);

function sheet(name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The data cell of the row whose `key` column equals `match`, in column `column`. */
function cellOf(sheetName: string, column: string, where: (row: ExcelJS.Row) => boolean): ExcelJS.Cell {
  const ws = sheet(sheetName);
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const index = header.indexOf(column);
  if (index < 1) throw new Error(`no column ${column} in ${sheetName}`);
  for (let r = 2; r <= ws.rowCount; r++) if (where(ws.getRow(r))) return ws.getRow(r).getCell(index);
  throw new Error(`no matching row in ${sheetName}`);
}
const byText = (sheetName: string, text: string) => (row: ExcelJS.Row) => {
  const header = (sheet(sheetName).getRow(1).values as unknown[]).map(String);
  return row.getCell(header.indexOf('text')).value === text;
};

describe('report.xlsx', () => {
  it('has Summary, Articles, the reader sheets, one sheet per record type and Diagnostics, in that order', () => {
    const names = workbook.worksheets.map((ws) => ws.name);
    const readerSheets = ['Timeline', 'Organizations', 'People', 'Quotes'];
    expect(names).toEqual(['Summary', 'Articles', ...readerSheets, ...RECORD_TYPES.map((t) => t[0]!.toUpperCase() + t.slice(1)), 'Diagnostics']);
  });

  it('writes numbers as numbers with a number format', () => {
    const amount = cellOf('Money', 'amount', byText('Money', '近6000亿美元'));
    expect(amount.type).toBe(ExcelJS.ValueType.Number);
    expect(amount.value).toBe(600000000000);
    expect(amount.numFmt).toMatch(/#,##0/);
    expect(cellOf('Money', 'amount', byText('Money', '-5,371,666.75元')).value).toBe(-5371666.75);
    expect(cellOf('Articles', 'bytes', () => true).value).toBe(6113);
  });

  it('writes a full ISO date as an Excel date of the same day, and a partial one as text', () => {
    const day = cellOf('Date', 'value', byText('Date', '2月7日'));
    expect(day.type).toBe(ExcelJS.ValueType.Date);
    expect((day.value as Date).toISOString()).toBe('2025-02-07T00:00:00.000Z');
    expect(day.numFmt).toBe('yyyy-mm-dd');
    const quarter = cellOf('Date', 'value', byText('Date', '2025年一季度'));
    expect(quarter.type).toBe(ExcelJS.ValueType.String);
    expect(quarter.value).toBe('2025-Q1');
    const time = cellOf('Date', 'value', byText('Date', '1月27日9时30分'));
    expect((time.value as Date).toISOString()).toBe('2025-01-27T09:30:00.000Z');
    expect((cellOf('Articles', 'publishedAt', () => true).value as Date).toISOString()).toBe('2025-02-07T00:00:00.000Z');
  });

  it('keeps tickers and codes as text with their leading zeros', () => {
    const code = cellOf('Security', 'code', () => true);
    expect(code.type).toBe(ExcelJS.ValueType.String);
    expect(code.value).toBe('000977');
    expect(cellOf('Security', 'symbol', () => true).value).toBe('000977.SZ');
  });

  it('never writes a formula: text starting with = or @ stays a string', () => {
    const name = cellOf('Organization', 'name', () => true);
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe('=1+1');
    for (const ws of workbook.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    }
  });

  it('keeps text starting with = + - @ as a string cell, never a formula', async () => {
    const plus = recordSchemas.quote.parse({ ...RECORDS.find((r) => r.type === 'quote')!, id: 'a1#quote@130-140', text: '+1 (555) 0100', start: 130, end: 140 }) as AnyRecord;
    const minus = recordSchemas.organization.parse({ ...formulaOrg, id: 'a1#organization@141-150', text: '-SUM(A1:A9)', name: '-SUM(A1:A9)', start: 141, end: 150 }) as AnyRecord;
    const inputs = sampleInputs([...RECORDS, plus, minus]);
    const files = await renderOutputs({ ...sampleExport(), inputs });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(files.find((f) => f.name === 'report.xlsx')!.data as unknown as ArrayBuffer);
    const texts = new Map<string, ExcelJS.Cell>();
    for (const ws of book.worksheets) ws.eachRow((row) => row.eachCell((cell) => texts.set(String(cell.value), cell)));
    for (const text of ['=1+1', '@SUM(A1); +cmd', '+1 (555) 0100', '-SUM(A1:A9)', '-5,371,666.75元']) {
      const cell = texts.get(text);
      expect(cell, text).toBeDefined();
      expect(cell!.type, text).toBe(ExcelJS.ValueType.String);
      expect(cell!.formula, text).toBeUndefined();
    }
  });

  it('gives the same bytes for the same rows, whenever it is written', async () => {
    const again = (await renderOutputs(sampleExport('2030-05-05T05:05:05.000Z'))).find((f) => f.name === 'report.xlsx')!;
    expect(Buffer.compare(again.data, report.data)).toBe(0);
  });

  it('freezes the header row, sets an autofilter and keeps the sentence as a context column', () => {
    for (const ws of workbook.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
    expect(cellOf('Percent', 'sentence', () => true).value).toContain('英伟达股价下跌16.97%');
  });

  it('sizes columns for CJK text, counting each wide character as two', () => {
    expect(displayWidth('浪潮信息', 60)).toBe(8);
    expect(displayWidth('NVDA.O', 60)).toBe(6);
    const header = (sheet('Articles').getRow(1).values as unknown[]).map(String);
    const titleWidth = sheet('Articles').getColumn(header.indexOf('title')).width!;
    expect(titleWidth).toBeGreaterThanOrEqual(displayWidth('DeepSeek火爆全球 新华出海TMT指数', 60));
  });

  it('writes every row its own texts where the row above shares them (article id, sentence)', () => {
    const shared = RECORDS.filter((record) => RECORDS.some((other) => other !== record && other.type === record.type && other.sentence === record.sentence));
    expect(shared.length).toBeGreaterThan(0);
    for (const record of RECORDS) {
      const ws = sheet(sheetName(record.type));
      const header = (ws.getRow(1).values as unknown[]).map(String);
      const ofRecord = (r: ExcelJS.Row) => r.getCell(header.indexOf('id')).value === record.id;
      expect(cellOf(ws.name, 'articleId', ofRecord).value).toBe(record.articleId);
      expect(cellOf(ws.name, 'sentence', ofRecord).value).toBe(record.sentence);
    }
  });

  it('lists the failed input on the Summary sheet and its reason on the Diagnostics sheet', () => {
    const summary: unknown[][] = [];
    sheet('Summary').eachRow((row) => summary.push((row.values as unknown[]).slice(1)));
    expect(summary).toContainEqual(['failed input', 'broken.txt', 'broken.txt is empty']);
    expect(summary).toContainEqual(['money records', 2]);
    expect(cellOf('Diagnostics', 'code', (row) => row.getCell(4).value === 'broken.txt').value).toBe('load/empty-file');
  });

  it('continues a table on a second sheet when it passes the rows a sheet can hold', async () => {
    const small = new ExcelJS.Workbook();
    const files = await renderOutputs(sampleExport(), { rowsPerSheet: 2 });
    await small.xlsx.load(files.find((f) => f.name === 'report.xlsx')!.data as unknown as ArrayBuffer);
    const names = small.worksheets.map((ws) => ws.name);
    expect(names).toContain('Date (2)');
    expect(small.getWorksheet('Date')!.rowCount).toBe(3);
    expect(small.getWorksheet('Date (2)')!.rowCount).toBe(2);
    expect(small.getWorksheet('Date (2)')!.getRow(1).getCell(1).value).toBe('id');
  });
});
