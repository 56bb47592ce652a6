import { Worker } from 'node:worker_threads';

// Plain JavaScript: the probe needs nothing of ours, only its own event loop.
const PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
let stopping = false;
parentPort.once('message', () => (stopping = true));
async function ask() {
  const started = performance.now();
  try {
    const res = await fetch(workerData.url);
    await res.arrayBuffer();
    return res.status === 200 ? performance.now() - started : -res.status;
  } catch {
    return -1;
  }
}
(async () => {
  await ask(); // the thread's first request sets up its HTTP client: not the server's time
  parentPort.postMessage('ready');
  const times = [];
  while (!stopping || times.length === 0) {
    times.push(await ask());
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  parentPort.postMessage(times);
})();
`;

/**
 * Asks `url` (a server's /healthz) one request after another from a thread of its own, as a load
 * balancer would from outside: the test's process shares the server's event loop, so a probe in it
 * would stall with the server and not see the stall. Resolves once the probe is asking; `stop`
 * gives each answer's time in ms (negative for a failed request: -1, or minus the status), at
 * least one.
 */
export async function startHealthzProbe(url: string): Promise<{ stop(): Promise<number[]> }> {
  const worker = new Worker(PROBE, { eval: true, workerData: { url } });
  const messages: unknown[] = [];
  let wake: () => void = () => {};
  worker.on('message', (message) => {
    messages.push(message);
    wake();
  });
  const next = async () => {
    while (messages.length === 0)
      await new Promise<void>((resolve, reject) => {
        wake = resolve;
        worker.once('error', reject);
      });
    return messages.shift();
  };
  await next(); // 'ready'
  return {
    async stop() {
      worker.postMessage('stop');
      const times = (await next()) as number[];
      await worker.terminate();
      return times;
    },
  };
}
