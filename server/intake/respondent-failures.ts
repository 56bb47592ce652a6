import type { ErrorRequestHandler } from 'express';
import { DomainError, ServiceUnavailable } from '../../core/errors';
import { databaseCauseOf, isDatabaseUnavailable } from '../../db/database-unavailable';
import { outageLog } from './outage-log';

/** PostgreSQL restarts in seconds; the respondent page keeps the answers and offers "Try again". */
const RETRY_AFTER_SECONDS = 5;
const LOG_WINDOW_MS = 5_000;

/**
 * What a respondent request that could not reach the database becomes: 503 with Retry-After, and
 * a log line with the cause and how many failed, never the answers (Drizzle's message carries the
 * statement's parameters). Other failures go on as bugs (500), with the parameters taken out.
 */
export function respondentFailures(log: (message: string) => void): ErrorRequestHandler {
  const outage = outageLog(log, {
    what: 'PostgreSQL is unreachable; respondent requests get 503',
    windowMs: LOG_WINDOW_MS,
  });
  return (error: unknown, _req, _res, next) => {
    if (error instanceof DomainError || isHttpError(error)) return next(error);
    if (isDatabaseUnavailable(error)) {
      outage(databaseCauseOf(error));
      return next(
        new ServiceUnavailable(
          'The answers could not be saved just now; they are kept on this page, so try again in a moment',
          RETRY_AFTER_SECONDS,
        ),
      );
    }
    const { message, cause } = error as { message?: unknown; cause?: unknown };
    if (typeof message === 'string' && message.startsWith('Failed query') && cause) {
      const bare = new Error(`a respondent request failed in the database: ${databaseCauseOf(error)}`);
      // Where it failed, without the statement and its parameters at the head of Drizzle's stack.
      const stack = (error as Error).stack ?? '';
      const at = stack.indexOf(message);
      bare.stack = `Error: ${bare.message}${at < 0 ? '' : stack.slice(at + message.length)}`;
      return next(bare);
    }
    next(error);
  };
}

/** Body parsing and the like (http-errors): already an answer with a status of its own. */
const isHttpError = (error: unknown) => typeof (error as { status?: unknown } | null)?.status === 'number';
