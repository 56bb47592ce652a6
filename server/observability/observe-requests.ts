import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { HttpMetrics } from './http-metrics';
import { requestIdFrom } from './request-id';

export interface RequestObservation {
  logger: Logger;
  metrics: HttpMetrics;
}

/** The routes respondents submit answers to (route patterns, as req.route names them). */
const ANSWER_ROUTES = new Set(['POST /api/s/:code/responses', 'POST /api/t/:code/responses']);

/**
 * First middleware: gives the request its id (the caller's X-Request-Id when it is a safe one,
 * else a new one; sent back in the response), and when the response is done writes one log line
 * and one histogram observation. Only chosen fields: method, route pattern, status, duration, id —
 * never the URL (links and personal codes are in it), headers, cookies or the body.
 * On the respondents' hot path: no child logger, no async context, one closure per request.
 */
export function observeRequests({ logger, metrics }: RequestObservation): RequestHandler {
  const timers = new Map<string, { observe(seconds: number): void }>();
  const timerFor = (method: string, route: string, status: number) => {
    const key = `${method} ${route} ${status}`;
    let timer = timers.get(key);
    if (!timer) timers.set(key, (timer = metrics.requestSeconds.labels(method, route, String(status))));
    return timer;
  };

  return (req, res, next) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    // 'close' comes once, when the response is written or the client went away; `on` spares once's wrapper.
    res.on('close', () => {
      const durationMs = performance.now() - started;
      const route = routePatternOf(req);
      const status = res.statusCode;
      timerFor(req.method, route, status).observe(durationMs / 1000);
      countAnswer(metrics, `${req.method} ${route}`, status, res);
      const aborted = !res.writableFinished;
      const line = {
        requestId,
        method: req.method,
        route,
        status,
        durationMs: Math.round(durationMs * 10) / 10,
      };
      if (status >= 500) logger.error(aborted ? { ...line, aborted } : line, 'request');
      else logger.info(aborted ? { ...line, aborted } : line, 'request');
    });
    next();
  };
}

/**
 * The route that answered, as its pattern (`/api/s/:code/responses`); requests no route took are
 * grouped (static assets, or refused before routing), so the label's values stay few.
 */
function routePatternOf(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path === 'string') return `${req.baseUrl}${path}`;
  return req.path.startsWith('/assets/') ? '/assets/*' : '(no route)';
}

function countAnswer(metrics: HttpMetrics, methodAndRoute: string, status: number, res: Response): void {
  if (!ANSWER_ROUTES.has(methodAndRoute)) return;
  if (status === 201) metrics.answersAccepted.inc();
  else if (status === 200) metrics.answersRepeated.inc();
  else metrics.answersRefused.inc({ reason: refusalCodeOf(res) ?? `http_${status}` });
}

/** The error code the error middleware answered with (error-middleware.ts notes it). */
const refusalCodeOf = (res: Response): string | undefined =>
  typeof res.locals.errorCode === 'string' ? res.locals.errorCode : undefined;
