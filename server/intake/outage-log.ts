/**
 * A log for a failure that repeats while something is away: the first at once, then at most one
 * line per window saying how many more there were and the latest cause. Two outages of PostgreSQL
 * are then a handful of lines, not one per respondent.
 */
export function outageLog(
  log: (message: string) => void,
  opts: { what: string; windowMs: number },
): (cause: string) => void {
  let windowEnds = 0;
  let more = 0;
  let latest = '';
  let summary: NodeJS.Timeout | undefined;
  const seconds = Math.round(opts.windowMs / 1000);
  const summarise = () => {
    summary = undefined;
    log(`${opts.what}: ${more} more in the last ${seconds} s (latest cause: ${latest})`);
    more = 0;
    windowEnds = Date.now() + opts.windowMs;
  };
  return (cause) => {
    const now = Date.now();
    if (now >= windowEnds && !summary) {
      windowEnds = now + opts.windowMs;
      log(`${opts.what}: ${cause} (further ones are counted, one line per ${seconds} s)`);
      return;
    }
    more++;
    latest = cause;
    // Unref'd: a pending summary never keeps a stopping process alive.
    summary ??= setTimeout(summarise, Math.max(0, windowEnds - now)).unref();
  };
}
