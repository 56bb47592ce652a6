/**
 * A municipality's own instrument is known installation-wide by its municipality's slug, two
 * hyphens and the key from its indicators.json: `aarhus--library-users`. Slugs have single hyphens
 * only and built-in keys have no double hyphen, so no own key can equal a built-in one or another
 * municipality's, and the key stays URL-safe (it appears in /api/units/:unitId/indicators/:instrumentKey/…).
 */
export const OWN_KEY_SEPARATOR = '--';

/** What indicators.json's instrument.key must be (the schema's pattern). */
const INSTRUMENT_KEY = /^[a-z][a-z0-9-]*$/;

/** The key as the administrator wrote it: a key already namespaced by her slug is taken back to its local part. */
export function localInstrumentKey(slug: string, key: string): string {
  const prefix = `${slug}${OWN_KEY_SEPARATOR}`;
  return key.startsWith(prefix) ? key.slice(prefix.length) : key;
}

/** The installation-wide key, or a problem with the local key that makes one impossible. */
export function ownInstrumentKey(slug: string, localKey: string): { key: string } | { problem: string } {
  if (localKey.includes(OWN_KEY_SEPARATOR))
    return { problem: `must not contain "${OWN_KEY_SEPARATOR}" (it separates the municipality's slug)` };
  const key = `${slug}${OWN_KEY_SEPARATOR}${localKey}`;
  if (!INSTRUMENT_KEY.test(localKey) || !INSTRUMENT_KEY.test(key))
    return { problem: 'lower-case letters, digits and hyphens, starting with a letter, e.g. library-users' };
  return { key };
}
