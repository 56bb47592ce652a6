import { gzipSync } from 'node:zlib';
import fc from 'fast-check';

/*
 * What an attacker or a broken client puts in a request: text PostgreSQL cannot keep, numbers no
 * column holds, the wrong types, deep nesting, and bodies that cannot be read.
 */

const NASTY_TEXT = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\ud83d\ude00',
  '%00',
  '%ff',
  '%',
  '../../etc/passwd',
  "'; drop table responses; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  '\u202egnp.exe',
  '',
  ' ',
  'null',
  'NaN',
  '-0',
  '1e309',
  '9'.repeat(40),
  '2026-02-30',
  '0000-00-00',
  '00000000-0000-0000-0000-000000000000',
  'true',
  '{}',
];

/** Short text of any code point (half surrogate pairs included), or one of the known troublemakers. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.nat({ max: 200 }).map((n) => 'x'.repeat(n * 50)) },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.integer({ min: -10, max: 10 }),
  fc.double(),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, 2 ** 31, -(2 ** 31) - 1, 2 ** 63, 5e-324, -0, 0.5),
);

export const scalar: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
);

/** Any JSON value a few levels deep, with keys from `keys` (the fields routes read) or anything. */
export function hostileJson(keys: readonly string[]): fc.Arbitrary<unknown> {
  const key = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...keys) },
    { weight: 1, arbitrary: hostileText },
  );
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 5 }),
    ),
  }));
  return value;
}

/** An object with the given fields (each there or not) holding hostile values, as forms and APIs expect. */
export function hostileRecord<T>(keys: readonly string[], value: fc.Arbitrary<T>) {
  return fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: Math.min(keys.length, 8) });
}

/** An array nested `depth` times: JSON.parse takes it, a recursive walk would not. */
export const deeplyNested = fc
  .integer({ min: 100, max: 5000 })
  .map((depth) => '['.repeat(depth) + ']'.repeat(depth));

/** A JSON body as sent: mostly an object of the given fields, else any value, deep nesting, junk or too much. */
export function hostileJsonText(keys: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: hostileRecord(keys, hostileJson(keys)).map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: hostileJson(keys).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: deeplyNested },
    { weight: 1, arbitrary: hostileText },
    { weight: 1, arbitrary: fc.constant(`{"comment":"${'x'.repeat(300_000)}"}`) },
  );
}

/** One request of the fuzz test, with a note on what its body is. */
export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  note: string;
}

/** The ids a request's address may hold, by the route's parameter name (`contractId`, `token` …). */
export type KnownIds = Record<string, string[]>;

export interface EncodedBody {
  headers: Record<string, string>;
  body: string | Buffer;
  note: string;
}

/**
 * The bytes of `text` as they may arrive: plain, gzipped, gzip that is not gzip, an unknown
 * Content-Encoding or charset, the wrong Content-Type, or no Content-Type at all.
 */
export function encodings(contentType: string, text: string): fc.Arbitrary<EncodedBody> {
  const plain = { headers: { 'content-type': contentType }, body: text, note: 'plain' };
  return fc.oneof(
    { weight: 12, arbitrary: fc.constant(plain) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<EncodedBody>(
        { headers: { ...plain.headers, 'content-encoding': 'gzip' }, body: gzipSync(text), note: 'gzip' },
        { headers: { ...plain.headers, 'content-encoding': 'gzip' }, body: text, note: 'not gzip' },
        {
          headers: { ...plain.headers, 'content-encoding': 'deflate' },
          body: gzipSync(text),
          note: 'gzip as deflate',
        },
        { headers: { ...plain.headers, 'content-encoding': 'x-zip' }, body: text, note: 'unknown encoding' },
        { headers: { 'content-type': `${contentType}; charset=latin9` }, body: text, note: 'latin9' },
        { headers: { 'content-type': `${contentType}; charset=utf-16` }, body: text, note: 'utf-16' },
        { headers: { 'content-type': 'text/plain' }, body: text, note: 'text/plain' },
        { headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: text, note: 'multipart' },
        { headers: {}, body: text, note: 'no content-type' },
        {
          headers: { 'content-type': contentType },
          body: Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]),
          note: 'invalid UTF-8',
        },
      ),
    },
  );
}

/**
 * encodeURIComponent, except that half a surrogate pair (which it refuses) is written as the
 * three bytes UTF-8 would give it (WTF-8): %ED%A0%80, which is not valid UTF-8 on arrival.
 */
export function percentEncode(text: string): string {
  return text.replace(/[\s\S]/gu, (char) => {
    if (char.length === 2 || !/[\uD800-\uDFFF]/.test(char)) return encodeURIComponent(char);
    const code = char.charCodeAt(0);
    return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
      .map((b) => `%${b.toString(16).toUpperCase()}`)
      .join('');
  });
}

/** A path segment: a real id (so the route gets as far as it can), a random one, or junk. */
export function segment(real: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...real) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: hostileText.map(percentEncode) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '%ff',
        '%00',
        '%',
        '%E0%A4%A',
        '..',
        'a%2Fb',
        '99999999999999999999',
        '-1',
        '1.5',
      ),
    },
  );
}

/** A query string of hostile values for the given names. */
export function hostileQuery(names: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant('') },
    {
      weight: 3,
      arbitrary: fc
        .dictionary(fc.constantFrom(...names), hostileText, { maxKeys: 3 })
        .map((q) => (Object.keys(q).length ? `?${new URLSearchParams(q).toString()}` : '')),
    },
    { weight: 1, arbitrary: fc.constantFrom('?year=%ff', '?lang=%00', '?x[y]=1&x[z]=2', '?unit=1&unit=2') },
  );
}
