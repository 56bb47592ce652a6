import type http from 'node:http';

const IDLE_SWEEP_MS = 100;

export interface DrainableServer {
  /**
   * Stops taking connections, lets the requests in flight finish within `timeoutMs`, then cuts
   * what is left. Resolves when every connection is closed; says how many were cut.
   */
  drain(timeoutMs: number): Promise<{ cut: number }>;
}

/**
 * Tracks the responses in flight from the start, so that a drain can tell each to close its
 * connection when answered: a keep-alive connection would otherwise carry one more request in.
 */
export function drainable(server: http.Server): DrainableServer {
  const open = new Set<http.ServerResponse>();
  let draining = false;
  server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    if (draining) res.setHeader('Connection', 'close');
    open.add(res);
    res.once('close', () => open.delete(res));
  });
  return {
    async drain(timeoutMs) {
      draining = true;
      for (const res of open) closeWhenAnswered(res);
      // Node ≥ 19 also closes the connections that are idle now; the sweep, those idle later.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<true>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
      const late = await Promise.race([closed.then(() => false), timedOut]);
      clearInterval(sweep);
      clearTimeout(timer);
      if (!late) return { cut: 0 };
      const cut = open.size;
      server.closeAllConnections();
      await closed;
      return { cut };
    },
  };
}

/**
 * A response whose head is not sent yet closes its connection when done. An event stream never
 * finishes by itself: it ends now, and the browser reconnects (to another server behind the balancer).
 */
function closeWhenAnswered(res: http.ServerResponse): void {
  if (!res.headersSent) res.setHeader('Connection', 'close');
  else if (String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream')) res.end();
}
