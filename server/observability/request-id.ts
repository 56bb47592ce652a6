import { randomUUID } from 'node:crypto';

/**
 * A request id a caller (a load balancer, a proxy) may set: short and of plain characters, so a
 * log line cannot be forged or bloated through it. Anything else is replaced by a fresh one.
 */
const CALLERS_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The caller's X-Request-Id when it is one we can log, else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && CALLERS_REQUEST_ID.test(header) ? header : randomUUID();
}

export const isRequestId = (value: unknown): value is string =>
  typeof value === 'string' && CALLERS_REQUEST_ID.test(value);
