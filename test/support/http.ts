import { randomUUID } from 'node:crypto';

// Response bodies are checked by the assertions that read them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/**
 * What a browser sends with a change made on one of Målbar's own pages: staff changes without it
 * are refused as cross-site (server/http/same-origin-guard.ts).
 */
export const sameOrigin = (url: string) => ({ origin: new URL(url).origin });

/** POSTs JSON as Målbar's own pages do (with their Origin, unless `headers` says otherwise). */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sameOrigin(url), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Json };
}

export async function getJson(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, body: (await res.json()) as Json };
}

/** Submits as the respondent page does: answers plus a fresh submission id. */
export const submit = (
  baseUrl: string,
  code: string,
  answers: Record<string, unknown>,
  submissionId = randomUUID(),
) => postJson(`${baseUrl}/api/s/${code}/responses`, { submissionId, answers, locale: 'da' });
