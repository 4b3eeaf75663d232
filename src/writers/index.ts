import path from 'node:path';
import type { Config } from '../config.ts';
import { RECORD_TYPES } from '../model/records.ts';
import type { RunResult } from '../pipeline.ts';
import { VERSION, getRulesVersion } from '../run/version.ts';
import { writeFilesTogether } from './atomic.ts';
import { articleColumns, articleRow, diagnosticColumns, recordColumns } from './columns.ts';
import { toCsv } from './csv.ts';
import { toJsonl, toSummaryJson } from './json.ts';
import { allArticles, allDiagnostics, outcomeOf, type RunExport } from './outcome.ts';
import { toXlsx } from './xlsx.ts';

/** One output file, rendered in memory; `rows` is its data rows (records, articles, lines). */
export interface OutputFile {
  name: string;
  data: Buffer;
  rows: number;
}

export const SUMMARY_FILE = 'summary.json';
export const RECORDS_FILE = 'records.jsonl';
export const REPORT_FILE = 'report.xlsx';

/** Renders every output of a run. Same inputs and configuration give the same bytes. */
export async function renderOutputs(runExport: RunExport): Promise<OutputFile[]> {
  const articles = allArticles(runExport.inputs);
  const records = articles.flatMap((article) => article.records);
  const diagnostics = allDiagnostics(runExport.inputs);
  const text = (name: string, content: string, rows: number): OutputFile => ({ name, data: Buffer.from(content, 'utf8'), rows });
  return [
    text(RECORDS_FILE, toJsonl(records), records.length),
    text(SUMMARY_FILE, toSummaryJson(runExport), articles.length),
    text('articles.csv', toCsv(articleColumns, articles.map(articleRow)), articles.length),
    ...RECORD_TYPES.map((type) => {
      const ofType = records.filter((r) => r.type === type);
      return text(`${type}.csv`, toCsv(recordColumns(type), ofType), ofType.length);
    }),
    text('diagnostics.csv', toCsv(diagnosticColumns, diagnostics), diagnostics.length),
    { name: REPORT_FILE, data: await toXlsx(runExport, records), rows: records.length },
  ];
}

/**
 * Renders a run and publishes its outputs together (no lock, no state, no manifest: the CLI's
 * scheduled runs add those). Returns the paths written.
 */
export async function writeOutputs(run: RunResult, outputDir: string, config: Config): Promise<string[]> {
  const now = new Date().toISOString();
  const files = await renderOutputs({
    run: { version: VERSION, configHash: config.hash, rulesVersion: getRulesVersion(), startedAt: now, finishedAt: now },
    inputs: run.inputs.map(outcomeOf),
  });
  await writeFilesTogether(outputDir, files);
  return files.map((file) => path.join(outputDir, file.name));
}
