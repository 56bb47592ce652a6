import pino, { type DestinationStream, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';
import type { LogLevel } from './config';
import { loggableError, loggableMessage } from './loggable-error';

export type { Logger };

/**
 * A belt to the braces: every line is built from fields chosen for it (request lines name the
 * route pattern, never the URL; job lines ids only), and should a field of these names ever be
 * passed anyway, its value is replaced. Answers, comments, e-mail addresses, tokens, cookies and
 * passwords are personal data or secrets and never belong in a log. Top-level names only: lines
 * are flat, and wildcard paths (`*.email`) cost some 5-13 µs a line against well under 1 µs.
 */
const REDACTED_FIELDS = [
  'answers',
  'comment',
  'comments',
  'email',
  'token',
  'code',
  'password',
  'cookie',
  'authorization',
  'body',
  'headers',
  'url',
];

export interface LoggerOptions {
  level: LogLevel;
  /** Tests pass a stream to read the lines; else stdout. */
  destination?: DestinationStream;
  /** Coloured lines for a person at a terminal (`npm start`), formatted in this process. */
  pretty?: boolean;
}

/** JSON lines (one object per line: time, level, msg and the line's own fields), or pretty for a terminal. */
export function createLogger(options: LoggerOptions): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_FIELDS, censor: '[not logged]' },
    // An error passed as `err` goes through loggable-error.ts: never a query's parameters.
    serializers: { err: (error: unknown) => loggableError(error) },
  };
  if (options.destination) return pino(settings, options.destination);
  // process.stdout: written at once on Linux (files, pipes, terminals), and a test can read it.
  if (!options.pretty) return pino(settings, process.stdout);
  // In this process, not as a transport: a transport's worker thread would outlive a stopped process.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as typeof PinoPretty;
  return pino(settings, pretty({ sync: true, colorize: true, singleLine: true, ignore: 'pid,hostname' }));
}

let processLogger: Logger = createLogger({ level: 'info' });

/** The process's logger, set once at start from LOG_LEVEL (main/run-process.ts). */
export function useProcessLogger(logger: Logger): void {
  processLogger = logger;
}

export const currentLogger = (): Logger => processLogger;

/** A free-text event; with an error, at level error with its stack, never with answers (loggable-error.ts). */
export function logTo(logger: Logger, message: string, error?: unknown): void {
  if (error === undefined) logger.info(message);
  else logger.error({ err: error }, message);
}

/** The call sites' plain `log(message, error?)`, on the process's logger. */
export function log(message: string, error?: unknown): void {
  logTo(processLogger, message, error);
}

/**
 * For errors that repeat while a service is away (every reconnect, every sweep): the same message
 * is logged at most once a minute.
 */
export function logThrottled(message: string, logger?: Logger): (error: unknown) => void {
  const lastLogged = new Map<string, number>();
  return (error) => {
    const key = loggableMessage(error);
    const now = Date.now();
    if (now - (lastLogged.get(key) ?? 0) < 60_000) return;
    lastLogged.set(key, now);
    (logger ?? processLogger).warn(`${message}: ${key} (repeats are not logged for a minute)`);
  };
}
