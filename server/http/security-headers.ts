import type { RequestHandler } from 'express';
import helmet from 'helmet';

const HSTS_SECONDS = 365 * 24 * 3600;

/**
 * What every page may load and do: scripts and styles only from this server (no inline script,
 * no eval), no plugins, no framing, forms only to here. Style attributes stay allowed: pages indent
 * tree rows with them and SurveyJS and Preact set styles on elements; a style attribute cannot run
 * code. The queue board sets its own policy (routes/queue-board.ts).
 */
const directives = (https: boolean) => ({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'style-src-elem': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'upgrade-insecure-requests': https ? [] : null,
});

/**
 * helmet's headers with Målbar's policy. HSTS only when Målbar is reached over https (PUBLIC_URL):
 * sent over plain http it would be ignored, and on localhost it would pin the name to https.
 * Referer only to this server: Målbar's own posts then carry Origin (same-origin-guard.ts), and
 * no other site learns an address such as /t/<code>.
 */
export function securityHeaders(opts: { https: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: directives(opts.https) },
    strictTransportSecurity: opts.https ? { maxAge: HSTS_SECONDS, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
}

// Static files name their own caching (content-hashed app assets for a year, the rest an hour).
const STATIC = /^\/(assets|app\/assets)\//;

/**
 * Nothing Målbar answers is kept by a browser or a proxy unless the route says so: staff pages
 * and JSON carry respondents' comments, a draft report is not final, and /t/<code> is one person's
 * survey. The public page and static files set their own Cache-Control (a route's own wins).
 */
export const noStoreByDefault: RequestHandler = (req, res, next) => {
  if (!STATIC.test(req.path)) res.set('Cache-Control', 'no-store');
  next();
};
