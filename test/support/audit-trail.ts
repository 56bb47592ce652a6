import { getJson, type Json } from './http';

/** Every event of the trail an administrator reads through the API for the query, newest first. */
export async function trailOf(
  baseUrl: string,
  cookie: string,
  query: Record<string, string> = {},
): Promise<Json[]> {
  const events: Json[] = [];
  for (let page = 1; ; page++) {
    const params = new URLSearchParams({ ...query, page: String(page) });
    const res = await getJson(`${baseUrl}/api/admin/audit?${params}`, { cookie });
    if (res.status !== 200)
      throw new Error(`reading the audit trail: ${res.status} ${JSON.stringify(res.body)}`);
    events.push(...res.body.events);
    if (page * res.body.pageSize >= res.body.total) return events;
  }
}

/** Asks again until `ready` holds for the answer (a job's work lands a moment later); fails after 20 s. */
export async function eventually<T>(read: () => Promise<T>, ready: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (ready(value)) return value;
    if (Date.now() > deadline) throw new Error(`still not there: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
