import { DomainError, InvalidDefinition } from '../core/errors';
import { ConfigError, parseConfig, type Config } from './config';
import { createLogger, log, useProcessLogger } from './logger';
import { withSessionSecret } from './session-secret';

/** Shared by the entry points: parse config (or explain what is wrong), start, stop on SIGTERM/SIGINT. */
export async function runProcess(
  start: (config: Readonly<Config>) => Promise<{ stop(): Promise<void> }>,
  options: { servesHttp: boolean } = { servesHttp: true },
): Promise<void> {
  let config: Readonly<Config>;
  try {
    const parsed = parseConfig(process.env);
    // Only HTTP needs the session secret; a worker signs nothing.
    config = options.servesHttp ? withSessionSecret(parsed) : parsed;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  // JSON lines for the log collector; a person at a terminal (npm start) gets them readable.
  useProcessLogger(createLogger({ level: config.logLevel, pretty: process.stdout.isTTY === true }));
  // The handlers are in place before start: its "running" line is printed before start resolves,
  // and a SIGTERM in that gap must stop cleanly, not kill the process with Node's default action.
  let starting: Promise<{ stop(): Promise<void> }> | undefined;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, stopping`);
    (starting ?? Promise.reject(new Error('not started')))
      .then((running) => running.stop())
      .then(
        () => process.exit(0),
        (e: unknown) => {
          log('stop failed', e);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  try {
    starting = start(config);
    await starting;
  } catch (error) {
    // An expected failure (a broken definition, a changed version) is a message, not a stack trace.
    const expected = error instanceof InvalidDefinition || error instanceof DomainError;
    log(`Målbar could not start: ${expected ? (error as Error).message : ''}`, expected ? undefined : error);
    process.exit(1);
  }
}
