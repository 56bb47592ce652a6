import { ApiError } from './fetch-json';

/** One field the server refused, as the APIs name it: `{ field: 'email', issue: 'already in use …' }`. */
export interface FieldIssue {
  field: string;
  issue: string;
  /** A stable name of the problem, where the server gives one: the screen says it in its language. */
  code?: string;
  params?: Record<string, string | number>;
}

/** A refused change (4xx): the server's message and the fields it names. */
export class Refusal extends ApiError {
  constructor(
    status: number,
    message: string,
    readonly details: FieldIssue[],
  ) {
    super(status, message);
  }
}

/**
 * Sends a change (POST, PUT, PATCH, DELETE) as JSON with the session cookie; the browser adds the
 * Origin header the same-origin guard asks for. Answers the JSON (undefined for 204); a refusal
 * throws a Refusal with the fields, a lost session goes to the login page as fetchJson does.
 */
export async function sendJson<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401) {
    const here = window.location.pathname + window.location.search;
    window.location.assign(`/login?next=${encodeURIComponent(here)}`);
    throw new ApiError(401, 'Not logged in');
  }
  if (res.status === 204) return undefined as T;
  const answer = (await res.json().catch(() => null)) as
    (T & { error?: { message?: string; details?: FieldIssue[] } }) | null;
  if (!res.ok)
    throw new Refusal(
      res.status,
      answer?.error?.message ?? `${res.status} ${res.statusText}`,
      answer?.error?.details ?? [],
    );
  return answer as T;
}

/**
 * Sends a file's text (CSV) to an import. An import that finds errors in the rows answers 422 with
 * its row report, which is the answer to show; any other refusal throws as sendJson does.
 */
export async function sendCsv<T extends { errors: unknown[] }>(url: string, csv: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'content-type': 'text/csv; charset=utf-8' },
    body: csv,
  });
  if (res.status === 401) {
    const here = window.location.pathname + window.location.search;
    window.location.assign(`/login?next=${encodeURIComponent(here)}`);
    throw new ApiError(401, 'Not logged in');
  }
  const answer = (await res.json().catch(() => null)) as
    (T & { error?: { message?: string; details?: FieldIssue[] } }) | null;
  if (res.ok || (res.status === 422 && Array.isArray(answer?.errors))) return answer as T;
  throw new Refusal(
    res.status,
    answer?.error?.message ?? `${res.status} ${res.statusText}`,
    answer?.error?.details ?? [],
  );
}
