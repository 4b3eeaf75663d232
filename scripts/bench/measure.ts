import os from 'node:os';

/** Bytes per MB in every figure the benchmark prints (2^20: the stricter reading of "MB"). */
export const MB = 1024 * 1024;

export interface PhaseFigures {
  ms: number;
  articlesPerSecond: number;
  mbPerSecond: number;
  /** Highest resident set size seen while the phase ran, in MB. */
  peakRssMb: number;
  /** CPU time of the whole process (every thread) over the phase: with workers, what the speed costs. */
  cpuMs: number;
  /** MB per second of that CPU time: the rate on one uncontended core, even on a busy machine. */
  mbPerCpuSecond: number;
  /**
   * Cores that other processes kept busy meanwhile, on average: wall-clock figures (and a
   * speed-up from threads) only mean something when this is near 0.
   */
  otherProcessesCores: number;
}

/** Milliseconds all cores of the machine have spent busy so far. */
function machineBusyMs(): number {
  return os.cpus().reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0);
}

/**
 * Runs one phase and samples the resident set size while it runs. The sampler is a timer, so
 * it sees the heap between articles (each input read yields to the event loop), which is
 * where a phase that holds every article shows its growth.
 */
export async function measurePhase<T>(
  articles: number,
  bytes: number,
  work: () => Promise<T>,
): Promise<{ result: T; figures: PhaseFigures }> {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 25);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const machineBefore = machineBusyMs();
  try {
    const result = await work();
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const othersMs = machineBusyMs() - machineBefore - (cpu.user + cpu.system) / 1000;
    peak = Math.max(peak, process.memoryUsage.rss());
    return {
      result,
      figures: {
        ms,
        articlesPerSecond: articles / (ms / 1000),
        mbPerSecond: bytes / MB / (ms / 1000),
        peakRssMb: peak / MB,
        cpuMs: (cpu.user + cpu.system) / 1000,
        mbPerCpuSecond: bytes / MB / ((cpu.user + cpu.system) / 1e6),
        otherProcessesCores: Math.max(0, othersMs / ms),
      },
    };
  } finally {
    clearInterval(sampler);
  }
}
