import { z } from 'zod';

const count = (fallback: number, min = 1) => z.coerce.number().int().min(min).default(fallback);

export const DashboardOptions = z.object({
  /** The bench database; `generate` drops and creates it. */
  database: z
    .string()
    .regex(/^postgres(ql)?:\/\//)
    .default('postgres://postgres@127.0.0.1:5432/malbar_bench_dashboard'),
  /** Measured sequential requests per endpoint. */
  requests: count(200),
  /** Requests per endpoint before the measurement, not counted. */
  warmup: count(20, 0),
  /** 0: sequential only; n: also `requests` requests with n in flight. */
  concurrency: count(0, 0),
  /** Comma-separated parts of endpoint names: only those are measured. */
  only: z.string().optional(),
  /** Seconds to wait, before each endpoint, for other work on the machine to stop (0: do not wait). */
  quietWait: z.coerce.number().min(0).default(300),
  /** DATABASE_POOL_SIZE of the server. */
  pool: count(10),
  /** --profile=<dir>: the server under node --cpu-prof; a sliced profile and a summary per endpoint. */
  profile: z.string().min(1).optional(),
});
export type DashboardOptions = z.infer<typeof DashboardOptions>;

/** `--name=value` (kebab-case) into DashboardOptions; anything unknown is an error. */
export function parseDashboardOptions(argv: string[]): DashboardOptions {
  const raw: Record<string, string> = {};
  for (const arg of argv) {
    const match = /^--([a-z-]+)=(.*)$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg} (options are --name=value)`);
    const key = match[1]!.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (!(key in DashboardOptions.shape)) throw new Error(`unknown option --${match[1]}`);
    raw[key] = match[2]!;
  }
  const parsed = DashboardOptions.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid options: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
