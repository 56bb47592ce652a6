/**
 * Runs `sweepOnce` every `intervalMs` until closed; a sweep still waiting on a slow queue or
 * database is not started twice. The timer does not keep the process alive.
 */
export function startPeriodicSweep<A extends unknown[]>(
  sweepOnce: (...args: A) => Promise<number>,
  options: { intervalMs: number; onError: (error: unknown) => void },
): { sweepOnce(...args: A): Promise<number>; close(): void } {
  let stopped = false;
  let sweeping = false;
  const timer = setInterval(() => {
    if (stopped || sweeping) return;
    sweeping = true;
    // The timer's sweep takes its defaults (a sweep at start passes arguments of its own).
    (sweepOnce as () => Promise<number>)()
      .catch(options.onError)
      .finally(() => (sweeping = false));
  }, options.intervalMs);
  timer.unref();
  return {
    sweepOnce,
    close() {
      stopped = true;
      clearInterval(timer);
    },
  };
}

/**
 * A sweep that does its work at most once per `everyMs` by the clock it is given (retention and
 * purges counted in days or months), riding the periodic sweep's timer: a test that moves the
 * clock on sees the work at the next tick.
 */
export function startClockedSweep(
  everyMs: number,
  work: (now: Date) => Promise<number>,
  options: { intervalMs: number; now: () => Date; onError: (error: unknown) => void },
): { sweepOnce(): Promise<number>; close(): void } {
  let last: number | null = null;
  return startPeriodicSweep(async () => {
    const now = options.now();
    if (last !== null && Math.abs(now.getTime() - last) < everyMs) return 0;
    const done = await work(now);
    last = now.getTime();
    return done;
  }, options);
}
