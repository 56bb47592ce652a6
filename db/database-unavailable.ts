/** Socket errors of a database that is down, restarting or out of reach. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * SQLSTATEs of a server that cannot serve now: class 08 (connection exception), 57P01-57P03
 * (shut down by an administrator, crashed, still starting) and 53300 (too many connections).
 */
const unavailableState = (code: string) =>
  code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';

/** node-postgres's words for a connection lost under it, which carry no code. */
const LOST_CONNECTION =
  /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Cannot use a pool after calling end/i;

/**
 * Whether a failed statement failed because PostgreSQL cannot be reached right now (a restart, an
 * outage), rather than because of what was asked: then trying again later will work. Drizzle wraps
 * the driver's error in `cause`; every error in the chain is looked at.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || unavailableState(code))) return true;
    if (typeof message === 'string' && LOST_CONNECTION.test(message)) return true;
  }
  return false;
}

/**
 * What went wrong, from the innermost cause: the driver's code and message. Never the query or its
 * parameters, which Drizzle's own message carries (a response's answers among them).
 */
export function databaseCauseOf(error: unknown): string {
  let e = error;
  for (let depth = 0; depth < 5 && (e as { cause?: unknown } | null)?.cause; depth++)
    e = (e as { cause: unknown }).cause;
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : String(e);
  if (/^Failed query/.test(text)) return 'a query failed and gave no cause';
  return (typeof code === 'string' && !text.includes(code) ? `${code} ${text}` : text).slice(0, 300);
}
