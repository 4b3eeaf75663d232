import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

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
  /** Where the CPU time went, by thread (Linux only): what a worker thread costs beyond its inputs. */
  cpuByThread?: ThreadFigures;
}

export interface ThreadFigures {
  /** CPU ms of the main thread. */
  mainMs: number;
  /** CPU ms of the threads that started during the phase: worker threads. */
  startedMs: number;
  /** CPU ms of the threads that were there before: V8's (compiling, collecting garbage) and libuv's. */
  backgroundMs: number;
  /** Ms the main thread's event loop waited with nothing to do (for worker threads' results). */
  mainIdleMs: number;
}

/** CPU ms of each thread of this process, by thread id; undefined where /proc is missing. */
function cpuMsByThread(): Map<string, number> | undefined {
  let ids: string[];
  try {
    ids = readdirSync('/proc/self/task');
  } catch {
    return undefined;
  }
  const ticksPerMs = 100 / 1000; // USER_HZ, 100 on every Linux Node runs on
  const byThread = new Map<string, number>();
  for (const id of ids) {
    try {
      const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byThread.set(id, (Number(fields[11]) + Number(fields[12])) / ticksPerMs);
    } catch {
      // The thread ended meanwhile; its time is in the process's total.
    }
  }
  return byThread;
}

/**
 * The phase's CPU time by thread. Worker threads have ended when the phase ends, so their time is
 * what remains of the process's once the main thread's and the earlier threads' are taken off.
 */
function threadFigures(before: Map<string, number> | undefined, cpuMs: number, mainIdleMs: number): ThreadFigures | undefined {
  const after = cpuMsByThread();
  if (!before || !after) return undefined;
  const main = String(process.pid);
  let mainMs = 0;
  let backgroundMs = 0;
  for (const [id, ms] of after) {
    const earlier = before.get(id);
    if (earlier === undefined) continue;
    if (id === main) mainMs = ms - earlier;
    else backgroundMs += ms - earlier;
  }
  return { mainMs, backgroundMs, startedMs: Math.max(0, cpuMs - mainMs - backgroundMs), mainIdleMs };
}

/** Milliseconds all cores of the machine have spent busy so far. */
function machineBusyMs(): number {
  return os.cpus().reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0);
}

/**
 * Runs one phase and samples the resident set size while it runs. The sampler is a timer, so
 * it sees the heap between articles (each input read yields to the event loop), which is
 * where a phase that holds every article shows its growth. Unless `collectFirst` is false, the
 * garbage of earlier phases is collected first (with --expose-gc), so that it does not count in
 * this phase's memory.
 */
export async function measurePhase<T>(
  articles: number,
  bytes: number,
  work: () => Promise<T>,
  { collectFirst = true } = {},
): Promise<{ result: T; figures: PhaseFigures }> {
  if (collectFirst) (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 25);
  const threadsBefore = cpuMsByThread();
  const loopBefore = performance.eventLoopUtilization();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const machineBefore = machineBusyMs();
  try {
    const result = await work();
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const othersMs = machineBusyMs() - machineBefore - (cpu.user + cpu.system) / 1000;
    const cpuByThread = threadFigures(threadsBefore, (cpu.user + cpu.system) / 1000, performance.eventLoopUtilization(loopBefore).idle);
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
        cpuByThread,
      },
    };
  } finally {
    clearInterval(sampler);
  }
}
