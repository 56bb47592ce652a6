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
