import type { Response } from 'express';

/**
 * A small JSON answer written straight to Node's response: Express's res.json also looks up the
 * charset, hashes the body for an ETag and checks freshness, none of which a POST's answer needs,
 * on a path that runs for every respondent's answer. Node sets Content-Length.
 */
export function sendJson(res: Response, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
