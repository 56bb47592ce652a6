import { sameOrigin } from '../support/http';
/** Asks for `count` personal links through the API, as the staff app does. */
export async function requestPersonalLinks(
  baseUrl: string,
  cookie: string,
  roundId: string,
  unitId: string,
  count: number,
) {
  const res = await fetch(`${baseUrl}/api/rounds/${roundId}/tokens`, {
    method: 'POST',
    headers: { ...sameOrigin(baseUrl), cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ unitId, count }),
    redirect: 'manual',
  });
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') ?? '' };
}

/** The rows of the CSV (RFC 4180: a field is bare, or quoted with "" for a quote inside). */
export function personalLinkRows(csv: string): { unit: string; code: string; link: string }[] {
  return csv
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => {
      const [unit, code, link] = [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) =>
        m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!,
      );
      return { unit: unit!, code: code!, link: link! };
    });
}

/** `count` personal links' codes; fails the test if the API refuses. */
export async function personalLinkCodes(
  baseUrl: string,
  cookie: string,
  roundId: string,
  unitId: string,
  count: number,
): Promise<string[]> {
  const res = await requestPersonalLinks(baseUrl, cookie, roundId, unitId, count);
  if (res.status !== 201) throw new Error(`personal links refused: ${res.status} ${res.text}`);
  return personalLinkRows(res.text).map((row) => row.code);
}
