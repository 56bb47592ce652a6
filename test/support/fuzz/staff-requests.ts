import fc from 'fast-check';
import {
  encodings,
  hostileJsonText,
  hostileQuery,
  hostileRecord,
  hostileText,
  segment,
  type EncodedBody,
  type FuzzRequest,
  type KnownIds,
} from './hostile-values';
import { STAFF_FIELDS, STAFF_ROUTES, type StaffRoute } from './staff-routes';

const EVIL = 'https://evil.example';
const QUERY_NAMES = ['year', 'lang', 'unit', 'unitId', 'granularity', 'source', 'vintage', 'q', 'dryRun'];

/**
 * What staff browsers (and scripts, and other sites) send to every staff route: real and junk ids
 * in the address, hostile query strings and bodies, sessions of several roles or none, now and
 * then from another origin. Changes come twice as often as reads: they are what a refusal must
 * leave undone.
 */
export function staffRequests(
  ids: KnownIds,
  opts: { ownOrigin: string; cookies: string[]; otherCookies: string[] },
): fc.Arbitrary<FuzzRequest> {
  const cookie = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...opts.cookies) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...opts.otherCookies, 'malbar_session=%ff', 'malbar_session=x', ''),
    },
  );
  const origin = fc.oneof(
    { weight: 12, arbitrary: fc.constant(opts.ownOrigin) },
    { weight: 1, arbitrary: fc.constant(EVIL) },
  );
  const route = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...STAFF_ROUTES.filter((r) => r.method !== 'GET')) },
    { weight: 1, arbitrary: fc.constantFrom(...STAFF_ROUTES.filter((r) => r.method === 'GET')) },
  );
  return fc
    .record({ route, cookie, origin, accept: fc.constantFrom('application/json', 'text/html', '*/*') })
    .chain(({ route, cookie, origin, accept }) =>
      fc.tuple(pathOf(route, ids), hostileQuery(QUERY_NAMES), bodyOf(route)).map(([path, query, body]) => ({
        method: route.method,
        path: path + query,
        headers: { cookie, origin, accept, ...(body?.headers ?? {}) },
        body: body?.body,
        note: `${route.path}, ${body?.note ?? 'no body'}`,
      })),
    );
}

function pathOf(route: StaffRoute, ids: KnownIds): fc.Arbitrary<string> {
  const parts = route.path.split(/(:[a-zA-Z]+)/);
  return fc
    .tuple(
      ...parts.map((part) =>
        part.startsWith(':') ? segment(ids[part.slice(1)] ?? ['x']) : fc.constant(part),
      ),
    )
    .map((filled) => filled.join(''));
}

function bodyOf(route: StaffRoute): fc.Arbitrary<EncodedBody | null> {
  switch (route.body) {
    case 'none':
      return fc.constant(null);
    case 'json':
      return hostileJsonText(STAFF_FIELDS).chain((text) => encodings('application/json', text));
    case 'csv':
      return fc
        .array(
          fc.array(hostileText, { maxLength: 6 }).map((cells) => cells.join(';')),
          { maxLength: 6 },
        )
        .map((lines) => lines.join('\r\n'))
        .chain((text) => encodings('text/csv', text));
    case 'form':
      return fc
        .oneof(
          {
            weight: 6,
            arbitrary: hostileRecord(STAFF_FIELDS, hostileText).map((f) => new URLSearchParams(f).toString()),
          },
          {
            weight: 1,
            arbitrary: fc.constantFrom('title=%ff%00', 'what=%ED%A0%80', '%', 'a=b&'.repeat(5000)),
          },
        )
        .chain((text) => encodings('application/x-www-form-urlencoded', text));
  }
}
