import autocannon from 'autocannon';
import { bodyOf, type RequestTemplate } from './request-bodies';

export interface LoadSettings {
  connections: number;
  /** Seconds. */
  duration: number;
  /** Requests per second offered by all connections together; undefined: as fast as answered. */
  rate?: number;
}

export interface LoadResult {
  seconds: number;
  /** Responses by HTTP status. */
  statuses: Map<number, number>;
  /** Connection errors and timeouts (no HTTP status). */
  errors: number;
  /** Response time of every answered request, ms, unsorted. */
  latencies: Float64Array;
}

/**
 * Autocannon against every port at once, one instance per port with its share of the connections
 * and of the rate (pipelining 1). Every request takes the next template and a fresh submissionId.
 * Response times are collected from every instance, so the percentiles are over all requests.
 */
export async function runLoad(ports: number[], templates: RequestTemplate[], settings: LoadSettings) {
  let next = 0;
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    ports.map((port, i) => {
      let finished!: (outcome: unknown) => void;
      const done = new Promise((resolve, reject) => {
        finished = (error) =>
          error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(null);
      });
      const connections = share(settings.connections, ports.length, i);
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${port}`,
          connections,
          pipelining: 1,
          duration: settings.duration,
          ...(settings.rate ? { overallRate: share(settings.rate, ports.length, i) } : {}),
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          requests: [
            {
              method: 'POST',
              setupRequest: (request) => {
                const template = templates[next++ % templates.length]!;
                return { ...request, path: template.path, body: bodyOf(template) };
              },
            },
          ],
        },
        finished,
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
        latencies.push(responseTime);
      });
      // Connection errors and timeouts alike.
      instance.on('reqError', () => void errors++);
      return done;
    }),
  );
  return {
    seconds: (performance.now() - started) / 1000,
    statuses,
    errors,
    latencies: Float64Array.from(latencies),
  } satisfies LoadResult;
}

/** The i-th of n near-equal parts of total (they add up to total). */
const share = (total: number, n: number, i: number) => Math.floor(total / n) + (i < total % n ? 1 : 0);
