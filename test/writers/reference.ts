import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../../src/config.ts';
import { processInput } from '../../src/pipeline.ts';
import { renderOutputs, type OutputFile } from '../../src/writers/index.ts';
import { outcomeOf, type InputOutcome, type RunExport } from '../../src/writers/outcome.ts';

const ARTICLES = fileURLToPath(new URL('../fixtures/corpus/articles/', import.meta.url));
const config = parseConfig({}, process.cwd());

/** A fixture article through the whole pipeline, as a run would write it. */
export async function inputOf(name: string): Promise<InputOutcome> {
  return outcomeOf(await processInput({ absolute: path.join(ARTICLES, name), relative: name }, config));
}

export function runOf(inputs: InputOutcome[]): RunExport {
  const at = '2026-01-01T00:00:00.000Z';
  return { run: { version: '0.0.0-test', configHash: 'c0ffee', rulesVersion: 'r1', startedAt: at, finishedAt: at }, inputs };
}

/** Every output of a run, with readers for its CSV files and its workbook's sheets. */
export async function outputsOf(runExport: RunExport, options?: Parameters<typeof renderOutputs>[1]) {
  const files = await renderOutputs(runExport, { extras: [], ...options });
  const file = (name: string): OutputFile => {
    const found = files.find((f) => f.name === name);
    if (!found) throw new Error(`no ${name} among ${files.map((f) => f.name).join(', ')}`);
    return found;
  };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file('report.xlsx').data as unknown as ArrayBuffer);
  /** A sheet's data rows as objects keyed by its header; cells keep their types (Date, number, text). */
  const sheet = (name: string): Array<Record<string, unknown>> => {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Array<Record<string, unknown>> = [];
    ws.eachRow((row, number) => {
      if (number === 1) return;
      rows.push(Object.fromEntries(header.map((key, index) => [key, row.getCell(index + 1).value ?? undefined])));
    });
    return rows;
  };
  const csv = (name: string) =>
    Papa.parse<Record<string, string>>(file(name).data.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
  return { files, file, workbook, sheet, csv };
}
