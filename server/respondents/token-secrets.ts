import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { TOKEN_RANDOM_BYTES, tokenCodeFromBytes } from '../../core/respondents/token-code';

/** A new personal token code from the system's CSPRNG. */
export function newTokenCode(): string {
  return tokenCodeFromBytes(randomBytes(TOKEN_RANDOM_BYTES));
}

/** How the database knows a token: its SHA-256 (the code is never stored). */
export function tokenCodeHash(code: string): string {
  return createHash('sha256').update(`malbar-token:${code}`).digest('base64url');
}

function seal(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

function open(key: Buffer, sealed: string): string | null {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

const keyFrom = (secret: string, purpose: string) =>
  Buffer.from(hkdfSync('sha256', secret, 'malbar', purpose, 32));

/**
 * A draft is sealed with a key derived from the token code itself, which only the respondent
 * holds: the database (and whoever reads it) cannot open it.
 */
export const sealDraft = (code: string, draft: unknown) =>
  seal(keyFrom(code, 'token-draft'), JSON.stringify(draft));

export function openDraft(code: string, sealed: string): unknown {
  const text = open(keyFrom(code, 'token-draft'), sealed);
  return text === null ? null : (JSON.parse(text) as unknown);
}

/** Invitations keep the code sealed with the installation's secret, to put the link in reminders. */
export const sealCodeForMail = (secret: string, code: string) => seal(keyFrom(secret, 'token-mail'), code);
export const openCodeForMail = (secret: string, sealed: string) =>
  open(keyFrom(secret, 'token-mail'), sealed);
