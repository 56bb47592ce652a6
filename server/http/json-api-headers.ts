import type { Response } from 'express';

const HSTS_SECONDS = 365 * 24 * 3600;

/**
 * The security headers of a JSON API answer, set in one step instead of helmet's twelve: most of
 * helmet's headers steer what a document does (scripts it runs, windows it opens, the Referer of
 * its requests, DNS prefetching, IE's download and XSS filters, Flash policy files), and a JSON
 * answer is never shown as a document by Målbar's pages. What it needs:
 * - nosniff: a browser must never read the JSON as HTML or script;
 * - a CSP that allows nothing and no framing: for the one case a browser shows it as a document
 *   (a form elsewhere posting to the API), nothing loads or runs and no page can frame it;
 * - Cross-Origin-Resource-Policy: no other site's page can pull it in (no-cors reads);
 * - no-store: the answer names a stored response; nothing keeps it;
 * - HSTS when reached over https (security-headers.ts says why only then).
 */
export function jsonApiHeaders(opts: { https: boolean }): (res: Response) => void {
  const headers: [string, string][] = [
    ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Cache-Control', 'no-store'],
  ];
  if (opts.https) headers.push(['Strict-Transport-Security', `max-age=${HSTS_SECONDS}`]);
  return (res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
  };
}
