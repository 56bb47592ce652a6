import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import express from 'express';
import { createLogger } from '../../main/logger';
import { processMetrics } from '../../main/process-metrics';
import { observeRequests } from '../../server/observability/observe-requests';

/**
 * What issue 23's observation adds to a request on the server: the time spent inside
 * observeRequests — its part before the route (request id, header, listener) and its 'close'
 * listener (histogram, answer counters, the log line) — measured around it on every request of a
 * load run against a stand-in of the answer route, so that nothing else is timed. The median is the
 * CPU it costs (a loaded machine pre-empts some calls: mean and p90 show that). Log lines go to
 * /dev/null through the same stream as in production (a file: written at once).
 * Usage: npm run bench:request-observation [-- seconds]   (default 10, after 3 s of warm-up)
 */
const SECONDS = Number(process.argv[2] ?? 10);

async function main() {
  const devNull = fs.openSync('/dev/null', 'w');
  const logger = createLogger({
    level: 'info',
    destination: { write: (line: string) => fs.writeSync(devNull, line) },
  });
  const quiet = createLogger({ level: 'warn', destination: { write: () => true } });
  for (const [name, chosen] of [
    ['request line and metrics', logger],
    ['metrics only (LOG_LEVEL=warn)', quiet],
  ] as const) {
    const timed = await timedRun(observeRequests({ logger: chosen, metrics: processMetrics().http }));
    const us = (ms: number) => (ms * 1000).toFixed(1);
    const at = (q: number) => timed[Math.floor(timed.length * q)]!;
    const mean = timed.reduce((a, b) => a + b, 0) / timed.length;
    console.log(
      `${name.padEnd(30)} median ${us(at(0.5))} µs, p90 ${us(at(0.9))} µs, mean ${us(mean)} µs over ${timed.length} requests (load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]})`,
    );
  }
}

/** Serves the stand-in route with `observe` around it under load; the ms spent inside it, sorted. */
async function timedRun(observe: express.RequestHandler): Promise<number[]> {
  const samples: number[] = [];
  const app = express();
  app.use((req, res, next) => {
    let closing = 0;
    res.on('close', () => (closing = performance.now()));
    const started = performance.now();
    void observe(req, res, () => {
      const before = performance.now() - started;
      res.on('close', () => samples.push(before + performance.now() - closing));
      next();
    });
  });
  app.post('/api/s/:code/responses', (_req, res) => {
    res.status(201).json({ id: 'a' });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/s/ABCD/responses`;
  await autocannon({ url, method: 'POST', connections: 10, duration: 3 });
  samples.length = 0;
  await autocannon({ url, method: 'POST', connections: 10, duration: SECONDS });
  await new Promise((resolve) => server.close(resolve));
  return samples.sort((a, b) => a - b);
}

void main();
