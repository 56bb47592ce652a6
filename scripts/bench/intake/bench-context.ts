import type { Client } from 'pg';
import type { BenchChild } from './child-processes';
import type { IntakeOptions } from './options';
import type { RequestTemplate } from './request-bodies';

/** What every phase of `npm run bench:intake` shares. */
export interface BenchContext {
  options: IntakeOptions;
  databaseUrl: string;
  databaseName: string;
  redisUrl: string;
  redisPrefix: string;
  templates: RequestTemplate[];
  /** A connection of the bench's own for counts and PostgreSQL statistics. */
  sql: Client;
  /** Every child process started and not yet stopped, so that a failure still stops them all. */
  running: Set<BenchChild>;
}
