import type { Snapshot } from './snapshot';

// Response bodies are read the way an attacker reads them: loosely, by what is there.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = any;

/** GETs as one reader (a staff session cookie, or none for a citizen), counting the requests. */
export function readerClient(baseUrl: string, cookie: string | null, snapshot: Snapshot) {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  return {
    async json(path: string): Promise<Body | undefined> {
      snapshot.requests++;
      const res = await fetch(`${baseUrl}${path}`, { headers });
      if (res.status === 403 || res.status === 404) return undefined;
      if (res.status !== 200)
        throw new Error(`GET ${path} as ${snapshot.reader}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    async text(path: string): Promise<string | undefined> {
      snapshot.requests++;
      const res = await fetch(`${baseUrl}${path}`, { headers });
      if (res.status === 403 || res.status === 404) return undefined;
      if (res.status !== 200) throw new Error(`GET ${path} as ${snapshot.reader}: ${res.status}`);
      return res.text();
    },
  };
}
export type ReaderClient = ReturnType<typeof readerClient>;
