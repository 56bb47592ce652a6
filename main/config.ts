import { isIP } from 'node:net';
import { z } from 'zod';
import { DEFAULT_AUDIT_RETENTION_DAYS, MIN_AUDIT_RETENTION_DAYS } from '../core/audit/retention-cut-off';

/**
 * The whole configuration, parsed once from the environment at start. Nothing else reads
 * process.env; every process gets this frozen object passed in.
 */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default('./data'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]+$/, 'letters, digits, : _ - only')
    .default('malbar'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  DEMO_SEED: z.enum(['auto', 'off']).default('auto'),
  DEMO: z.enum(['0', '1'], 'must be 1 (seed Demo Kommune on an empty database) or 0').optional(),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(15000),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(/@/, 'must be an address, e.g. Målbar <noreply@example.dk>')
    .default('Målbar <noreply@localhost>'),
  REMINDER_INTERVAL_DAYS: z.coerce.number().min(0).max(365).default(7),
  MAX_REMINDERS: z.coerce.number().int().min(0).max(10).default(2),
  MAIL_SWEEP_MS: z.coerce.number().int().min(1000).default(3_600_000),
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  NODE_ENV: z.string().optional(),
  DRAIN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  AUDIT_RETENTION_DAYS: z.coerce
    .number()
    .int('a whole number of days')
    .min(MIN_AUDIT_RETENTION_DAYS, `at least ${MIN_AUDIT_RETENTION_DAYS} days`)
    .max(36_500)
    .default(DEFAULT_AUDIT_RETENTION_DAYS),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().min(1).optional(),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx) => parseTrustProxy(value, ctx)),
});

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const isAddressOrRange = (entry: string): boolean => {
  if (PROXY_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || !address || !isIP(address)) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128);
};

/**
 * Which proxies' X-Forwarded-For to believe, for the client's address (sign-in throttling, the
 * audit trail): unset or `false`, none (the socket's address); a number, that many proxies in front
 * (`1` for one load balancer); or a comma-separated list of the proxies' addresses, ranges and
 * Express' names (loopback, linklocal, uniquelocal). Never `true`: with it anyone could claim any
 * address by sending the header, and get round the per-address limit.
 */
function parseTrustProxy(value: string | undefined, ctx: z.RefinementCtx): false | number | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((e) => e.trim());
  const wrong = entries.filter((e) => !isAddressOrRange(e));
  if (wrong.length > 0)
    ctx.addIssue({
      code: 'custom',
      message: `${wrong.map((w) => JSON.stringify(w)).join(', ')}: give a number of proxies, or their addresses or ranges (10.0.0.0/8), comma-separated (not "true": then anyone could claim any address)`,
    });
  return entries;
}

/** Invitations and reminders by e-mail. */
export interface MailConfig {
  /** SMTP server; without it mails are written as .eml files to `outboxDir` (development, tests). */
  smtpUrl: string | undefined;
  outboxDir: string;
  from: string;
  reminderIntervalDays: number;
  maxReminders: number;
  /** How often the worker looks for invitations and reminders that are due. */
  sweepMs: number;
}

export interface Config {
  port: number;
  host: string;
  /** Where people reach Målbar (links, QR codes, mails); required in production, else the listen address. */
  publicUrl: string | undefined;
  database: { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };
  queue: { kind: 'redis'; url: string; prefix: string } | { kind: 'in-process' };
  dataDir: string;
  sessionSecret: string | undefined;
  workerConcurrency: number;
  /**
   * Demo Kommune on an empty database, with its published passwords: 'auto' seeds it on the
   * embedded default (PGlite) only, 'on' (DEMO=1) on any database, 'off' (DEMO=0 or DEMO_SEED=off)
   * never.
   */
  demoSeed: 'auto' | 'on' | 'off';
  sweepIntervalMs: number;
  mail: MailConfig;
  /** The Chromium that prints reports to PDF; missing, PDF downloads answer 503. */
  chromiumPath: string;
  /** On SIGTERM, how long requests in flight may take to finish before their connections are cut. */
  drainTimeoutMs: number;
  /** How long the audit trail keeps an event before the worker's sweep purges it. */
  auditRetentionDays: number;
  /** Express' `trust proxy`: false, a number of proxies, or their addresses (TRUST_PROXY). */
  trustProxy: false | number | string[];
  /** The least severe log line written (LOG_LEVEL); JSON lines on stdout, readable in a terminal. */
  logLevel: LogLevel;
  /**
   * Prometheus' /metrics on a port of its own (METRICS_PORT), never on the public one: the port
   * is reachable only where the operator opens it, so it needs no token. Unset, no metrics port.
   */
  metrics: { port: number; host: string } | null;
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const blankToUndefined = (env: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));

export function parseConfig(env: Record<string, string | undefined>): Readonly<Config> {
  const parsed = Env.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  // Links in QR sheets, CSVs and mails need the real address; the request's Host is the sender's choice.
  if (e.NODE_ENV === 'production' && !e.PUBLIC_URL)
    throw new ConfigError(
      'Invalid configuration:\n  PUBLIC_URL: required in production (NODE_ENV=production): the address people reach Målbar at, e.g. https://malbar.kommune.dk',
    );
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    database: e.DATABASE_URL
      ? { kind: 'postgres' as const, url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'pglite' as const, dataDir: `${e.DATA_DIR}/pglite` },
    queue: e.REDIS_URL
      ? { kind: 'redis' as const, url: e.REDIS_URL, prefix: e.REDIS_PREFIX }
      : { kind: 'in-process' as const },
    dataDir: e.DATA_DIR,
    sessionSecret: e.SESSION_SECRET,
    workerConcurrency: e.WORKER_CONCURRENCY,
    demoSeed: e.DEMO_SEED === 'off' || e.DEMO === '0' ? 'off' : e.DEMO === '1' ? 'on' : 'auto',
    sweepIntervalMs: e.SWEEP_INTERVAL_MS,
    mail: Object.freeze({
      smtpUrl: e.SMTP_URL,
      outboxDir: `${e.DATA_DIR}/outbox`,
      from: e.MAIL_FROM,
      reminderIntervalDays: e.REMINDER_INTERVAL_DAYS,
      maxReminders: e.MAX_REMINDERS,
      sweepMs: e.MAIL_SWEEP_MS,
    }),
    chromiumPath: e.CHROMIUM_PATH,
    drainTimeoutMs: e.DRAIN_TIMEOUT_MS,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    metrics:
      e.METRICS_PORT === undefined
        ? null
        : Object.freeze({ port: e.METRICS_PORT, host: e.METRICS_HOST ?? e.HOST }),
  });
}
