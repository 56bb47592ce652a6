/**
 * A one-time password an administrator passes on: 20 characters of Crockford's base32 (100
 * random bits) in groups of four, "K7M2-QX9P-4HTD-…", easy to read aloud and type. Crockford's
 * alphabet has no I, L, O or U, so nothing is mistaken for something else.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ONE_TIME_PASSWORD_BYTES = 20;

/** 32 letters divide 256 evenly: each random byte's low 5 bits give an unbiased letter. */
export function oneTimePasswordFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== ONE_TIME_PASSWORD_BYTES)
    throw new Error(`expected ${ONE_TIME_PASSWORD_BYTES} random bytes`);
  const letters = [...bytes].map((b) => ALPHABET[b & 31]!).join('');
  return letters.match(/.{4}/g)!.join('-');
}
