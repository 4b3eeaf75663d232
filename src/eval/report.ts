import path from 'node:path';
import { ATTRIBUTE_FIELDS, rates, type ArticleScore, type TypeScore } from './score.ts';
import type { GoldEvaluation } from './run.ts';

/** Display order: mention types, then entities, quotes, events; any other type after. */
const TYPE_ORDER = ['money', 'percent', 'ratio', 'date', 'security', 'organization', 'person', 'quote', 'event'];

function orderedTypes(score: ArticleScore): string[] {
  const types = Object.keys(score.types);
  return [...TYPE_ORDER.filter((t) => types.includes(t)), ...types.filter((t) => !TYPE_ORDER.includes(t)).sort()];
}

function fixed(value: number | null): string {
  return value === null ? '   -' : value.toFixed(2);
}

/** Attributes in the order FORMAT.md lists them, whatever order the gold records met them in. */
function orderedAttributes(type: string, typeScore: TypeScore) {
  const order = ATTRIBUTE_FIELDS[type] ?? [];
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return Object.entries(typeScore.attributes).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

function attributeSummary(type: string, typeScore: TypeScore): string {
  return orderedAttributes(type, typeScore)
    .map(([field, t]) => `${field} ${t.correct}/${t.total}`)
    .join(', ');
}

/** One table: a row per type with counts, P/R/F1 and attribute accuracy, then metadata. */
export function formatScoreTable(score: ArticleScore): string[] {
  const lines = [`  ${'type'.padEnd(12)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}     P     R    F1  attributes`];
  for (const type of orderedTypes(score)) {
    const typeScore = score.types[type]!;
    const r = rates(typeScore);
    if (typeScore.tp + typeScore.fp + typeScore.fn === 0) continue;
    lines.push(
      `  ${type.padEnd(12)} ${String(typeScore.tp).padStart(4)} ${String(typeScore.fp).padStart(4)} ${String(typeScore.fn).padStart(4)}  ` +
        `${fixed(r.precision)}  ${fixed(r.recall)}  ${fixed(r.f1)}  ${attributeSummary(type, typeScore)}`,
    );
  }
  if (score.metadata && score.metadata.total > 0) {
    lines.push(`  metadata     ${score.metadata.right}/${score.metadata.total} fields right`);
  }
  return lines;
}

function formatDetails(evaluation: GoldEvaluation): string[] {
  const lines: string[] = [];
  const score = evaluation.score!;
  for (const type of orderedTypes(score)) {
    const s = score.types[type]!;
    for (const item of s.falseNegatives) lines.push(`    FN ${type}: ${item}`);
    for (const item of s.falsePositives) lines.push(`    FP ${type}: ${item}`);
    for (const item of s.attributeMisses) lines.push(`    ATTR ${type}: ${item}`);
  }
  for (const [field, f] of Object.entries(score.metadata?.fields ?? {})) {
    if (!f.right) lines.push(`    META ${field}: gold ${JSON.stringify(f.gold)}, predicted ${JSON.stringify(f.predicted)}`);
  }
  for (const problem of evaluation.problems) lines.push(`    DIAG ${problem}`);
  return lines;
}

/** The human report: a table per gold file, then the micro-averaged total. */
export function formatReport(evaluations: readonly GoldEvaluation[], total: ArticleScore, verbose: boolean): string {
  const lines: string[] = [];
  for (const evaluation of evaluations) {
    lines.push(`${path.basename(evaluation.gold)}`);
    if (evaluation.error) {
      lines.push(`  not scored: ${evaluation.error}`);
    } else {
      lines.push(...formatScoreTable(evaluation.score!));
      if (verbose) lines.push(...formatDetails(evaluation));
    }
    lines.push('');
  }
  lines.push(`TOTAL (micro-averaged over ${evaluations.filter((e) => e.score).length} files)`);
  lines.push(...formatScoreTable(total));
  return lines.join('\n');
}

function typeJson(type: string, typeScore: TypeScore, verbose: boolean) {
  const attributes = Object.fromEntries(
    orderedAttributes(type, typeScore).map(([field, t]) => [field, { ...t, accuracy: t.total ? t.correct / t.total : null }]),
  );
  const details = verbose
    ? { falseNegatives: typeScore.falseNegatives, falsePositives: typeScore.falsePositives, attributeMisses: typeScore.attributeMisses }
    : {};
  return { tp: typeScore.tp, fp: typeScore.fp, fn: typeScore.fn, ...rates(typeScore), attributes, ...details };
}

function scoreJson(score: ArticleScore, verbose: boolean) {
  return {
    types: Object.fromEntries(orderedTypes(score).map((t) => [t, typeJson(t, score.types[t]!, verbose)])),
    metadata: score.metadata
      ? {
          right: score.metadata.right,
          total: score.metadata.total,
          share: score.metadata.total ? score.metadata.right / score.metadata.total : null,
          fields: score.metadata.fields,
        }
      : null,
  };
}

/** The machine report (`--json`). */
export function reportJson(evaluations: readonly GoldEvaluation[], total: ArticleScore, verbose: boolean) {
  return {
    files: evaluations.map((e) => ({
      gold: e.gold,
      article: e.article ?? null,
      error: e.error ?? null,
      ...(e.score ? scoreJson(e.score, verbose) : {}),
      ...(verbose ? { problems: e.problems } : {}),
    })),
    total: scoreJson(total, false),
  };
}
