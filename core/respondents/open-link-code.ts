/**
 * An open link's code, the last part of /s/<code>: 12 letters of Crockford's base32 in lower case
 * (no i, l, o or u, so 0 and 1 are never misread), 60 random bits: one unit's link does not lead
 * to another's.
 */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const OPEN_LINK_CODE_BYTES = 12;

/** 32 letters divide 256 evenly: each random byte's low 5 bits give an unbiased letter. */
export function openLinkCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== OPEN_LINK_CODE_BYTES) throw new Error(`expected ${OPEN_LINK_CODE_BYTES} random bytes`);
  return [...bytes].map((b) => ALPHABET[b & 31]!).join('');
}
