import { loggableError, loggableMessage } from './loggable-error';

/** One line per event on stderr; errors with their stack, never with answers (loggable-error.ts). */
export function log(message: string, error?: unknown): void {
  const detail = error ? ` ${loggableError(error)}` : '';
  process.stderr.write(`${new Date().toISOString()} ${message}${detail}\n`);
}

/**
 * For errors that repeat while a service is away (every reconnect, every sweep): the same message
 * is logged at most once a minute.
 */
export function logThrottled(message: string): (error: unknown) => void {
  const lastLogged = new Map<string, number>();
  return (error) => {
    const key = loggableMessage(error);
    const now = Date.now();
    if (now - (lastLogged.get(key) ?? 0) < 60_000) return;
    lastLogged.set(key, now);
    log(`${message}: ${key} (repeats are not logged for a minute)`);
  };
}
