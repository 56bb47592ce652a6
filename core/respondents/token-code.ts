/**
 * Personal token codes: 12 characters of Crockford's base32 (60 random bits), printed in groups
 * of four ("K7M2-QX9P-4HTD") so they can be read aloud, typed from a letter or sent by SMS.
 * Crockford's alphabet has no I, L, O or U; a typed O is read as 0 and I or L as 1.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TOKEN_CODE_LENGTH = 12;
/** 60 bits: 8 random bytes give 64, the top 4 are dropped. */
export const TOKEN_RANDOM_BYTES = 8;

/** The code for 8 random bytes, grouped for reading. */
export function tokenCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== TOKEN_RANDOM_BYTES) throw new Error(`expected ${TOKEN_RANDOM_BYTES} random bytes`);
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < TOKEN_CODE_LENGTH; i++) {
    code = ALPHABET[Number(value & 31n)]! + code;
    value >>= 5n;
  }
  return groupTokenCode(code);
}

function groupTokenCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * The canonical code for what someone typed or a link carried (case, spaces and hyphens do not
 * matter; O → 0, I/L → 1), or null when it cannot be a token code.
 */
export function normaliseTokenCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== TOKEN_CODE_LENGTH) return null;
  for (const char of plain) if (!ALPHABET.includes(char)) return null;
  return groupTokenCode(plain);
}
