import { z } from 'zod';

const count = (fallback: number, min = 1) => z.coerce.number().int().min(min).default(fallback);

export const IntakeOptions = z.object({
  /** autocannon connections, split over the servers. */
  connections: count(50),
  /** Measured seconds per phase. */
  duration: z.coerce.number().positive().default(20),
  /** Seconds of load before each measurement, not counted. */
  warmup: z.coerce.number().min(0).default(5),
  /** Server processes (each on its own port, with its own autocannon instance); the ceiling gets as many. */
  servers: count(1).pipe(z.number().max(8)),
  /** Offered requests per second over all connections (autocannon overallRate); unset: unbounded. */
  rate: z.coerce.number().int().positive().optional(),
  /** --no-worker: the product's servers without the worker process. */
  worker: z.boolean().default(true),
  /** DATABASE_POOL_SIZE of every server process, product and ceiling alike. */
  pool: count(10),
  /**
   * Municipalities of the bench round, 300 class links each. The product allows a link a burst of
   * 120 submissions and 2/s after: keep links × (120 + 2 × seconds) well above a run's requests.
   */
  municipalities: count(10),
  /** Earlier responses in every class before the measurement. */
  responsesPerClass: count(20, 0),
  /** Seconds to wait, before each phase, for other work on the machine to stop (0: do not wait). */
  quietWait: z.coerce.number().min(0).default(300),
  /** Which phases to run. */
  phases: z.enum(['both', 'product', 'ceiling']).default('both'),
  /** --profile=<dir>: CPU profiles (node --cpu-prof) of every server, worker and ceiling process. */
  profile: z.string().min(1).optional(),
  /** --keep-database: leave malbar_bench_intake for inspection. */
  keepDatabase: z.boolean().default(false),
});
export type IntakeOptions = z.infer<typeof IntakeOptions>;

/** `--name=value`, `--flag` and `--no-flag` (kebab-case) into IntakeOptions; anything unknown is an error. */
export function parseIntakeOptions(argv: string[]): IntakeOptions {
  const raw: Record<string, string | boolean> = {};
  for (const arg of argv) {
    const match = /^--(no-)?([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg}`);
    const [, negated, name, value] = match;
    const key = name!.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (!(key in IntakeOptions.shape)) throw new Error(`unknown option --${name}`);
    raw[key] = value ?? !negated;
  }
  const parsed = IntakeOptions.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid options: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Node flags for the children: a CPU profile each, written to --profile's folder when they stop. */
export const profileArgs = (options: IntakeOptions): string[] =>
  options.profile ? ['--cpu-prof', `--cpu-prof-dir=${options.profile}`] : [];
