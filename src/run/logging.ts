import cliProgress from 'cli-progress';

/**
 * progress: a bar on a terminal; json: one JSON object per line (cron, CI, log shippers);
 * text: one plain line per event; quiet: nothing. All of it goes to stderr: stdout carries
 * only the closing summary line.
 */
export type LogMode = 'progress' | 'json' | 'text' | 'quiet';
export type LogLevel = 'info' | 'warning' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  log(level: LogLevel, event: string, fields?: LogFields): void;
  startProgress(total: number): void;
  /** One more input done, having given `articles` articles. */
  advance(articles: number): void;
  stopProgress(): void;
}

export interface LogStream {
  write(chunk: string): unknown;
}

function textLine(level: LogLevel, event: string, fields: LogFields): string {
  const parts = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return `${level} ${event}${parts.length ? ` ${parts.join(' ')}` : ''}\n`;
}

export function createLogger(mode: LogMode, stderr: LogStream & NodeJS.WritableStream): Logger {
  if (mode === 'quiet') {
    return { log: () => {}, startProgress: () => {}, advance: () => {}, stopProgress: () => {} };
  }
  if (mode === 'json' || mode === 'text') {
    return {
      log: (level, event, fields = {}) =>
        stderr.write(
          mode === 'json' ? `${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n` : textLine(level, event, fields),
        ),
      startProgress: () => {},
      advance: () => {},
      stopProgress: () => {},
    };
  }
  // On a terminal the bar shows the routine events; warnings wait until it is gone so they stay readable.
  const held: string[] = [];
  let bar: cliProgress.SingleBar | undefined;
  let articles = 0;
  let started = 0;
  return {
    log: (level, event, fields = {}) => {
      if (level === 'info') return;
      const line = textLine(level, event, fields);
      if (bar) held.push(line);
      else stderr.write(line);
    },
    startProgress: (total) => {
      started = performance.now();
      bar = new cliProgress.SingleBar(
        {
          stream: stderr,
          format: '{bar} {value}/{total} inputs | {articles} articles | {rate} articles/s | ETA {eta_formatted}',
          hideCursor: true,
          etaBuffer: 20,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0, { articles: 0, rate: '0.0' });
    },
    advance: (count) => {
      articles += count;
      const seconds = (performance.now() - started) / 1000;
      bar?.increment(1, { articles, rate: seconds > 0 ? (articles / seconds).toFixed(1) : '0.0' });
    },
    stopProgress: () => {
      bar?.stop();
      bar = undefined;
      for (const line of held.splice(0)) stderr.write(line);
    },
  };
}
