import type { Span, RuleId } from './span.ts';

export type Severity = 'error' | 'warning' | 'info';
export type Stage = 'config' | 'load' | 'extract' | 'normalize' | 'enrich' | 'validate' | 'export';

/**
 * A problem found while processing, with enough position to find it again.
 * Stages collect these; only configuration errors stop a run.
 */
export interface Diagnostic {
  severity: Severity;
  /** Stable, machine-readable code such as `load/empty-file` or `validate/schema`. */
  code: string;
  message: string;
  stage: Stage;
  /** The input file the problem belongs to (relative to the input folder). */
  path?: string;
  articleId?: string;
  span?: Span;
  rule?: RuleId;
}

/** Collects diagnostics for one stage of one article or input; never throws. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly stage: Stage,
    private readonly where: { path?: string; articleId?: string } = {},
  ) {}

  report(severity: Severity, code: string, message: string, extra: { span?: Span; rule?: RuleId } = {}): void {
    this.diagnostics.push({ severity, code, message, stage: this.stage, ...this.where, ...extra });
  }

  error(code: string, message: string, extra?: { span?: Span; rule?: RuleId }): void {
    this.report('error', code, message, extra);
  }

  warn(code: string, message: string, extra?: { span?: Span; rule?: RuleId }): void {
    this.report('warning', code, message, extra);
  }

  info(code: string, message: string, extra?: { span?: Span; rule?: RuleId }): void {
    this.report('info', code, message, extra);
  }
}
