import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { DatabaseHandle } from '../db/connect';
import { migrationsApplied } from '../db/repositories/applied-migrations';
import type { JobQueue } from '../jobs/define-job';
import { checkReadiness, type Readiness } from '../server/observability/readiness';

export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Prometheus' `/metrics` on a port of its own (METRICS_PORT), with `/healthz` and `/readyz` for
 * processes that have no other port (a worker). Never on the public port: what the process counts
 * is for the operator, and the port is reachable only where the operator opens it.
 */
export async function startMetricsServer(opts: {
  registry: Registry;
  port: number;
  host: string;
  database: DatabaseHandle;
  queue: JobQueue;
  role: 'all' | 'server' | 'worker';
  /**
   * Whether the process's public port takes requests yet (a server: false until its app listens,
   * which may be seconds after this port opens); not given for a worker, which has none.
   */
  serving?: () => boolean;
}): Promise<MetricsServer> {
  const readiness = () =>
    checkReadiness(
      {
        databaseKind: opts.database.kind,
        migrationsApplied: () => migrationsApplied(opts.database.db),
        queueKind: opts.queue.kind,
        pingQueue: () => opts.queue.ping(),
      },
      // A worker without its queue has nothing to do; a server still keeps answers (readiness.ts).
      { queueRequired: opts.role === 'worker', serving: opts.serving?.() },
    );
  const server = http.createServer((req, res) => {
    void answer(req.url, { registry: opts.registry, readiness }).then(
      ({ status, type, body }) => res.writeHead(status, { 'Content-Type': type }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(opts.port, opts.host, resolve));
  const { port } = server.address() as AddressInfo;
  const host = opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // Prometheus keeps its connection open between scrapes
      }),
  };
}

const JSON_TYPE = 'application/json';

async function answer(
  url: string | undefined,
  opts: { registry: Registry; readiness: () => Promise<Readiness> },
): Promise<{ status: number; type: string; body: string }> {
  const path = (url ?? '/').split('?')[0];
  if (path === '/metrics')
    return { status: 200, type: opts.registry.contentType, body: await opts.registry.metrics() };
  if (path === '/healthz') return { status: 200, type: JSON_TYPE, body: '{"status":"ok"}' };
  if (path === '/readyz') {
    const readiness = await opts.readiness();
    return { status: readiness.ready ? 200 : 503, type: JSON_TYPE, body: JSON.stringify(readiness.body) };
  }
  return { status: 404, type: JSON_TYPE, body: '{"error":{"code":"not_found"}}' };
}
