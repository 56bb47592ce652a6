import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM under a key derived (HKDF-SHA256) from the session secret, one key per purpose: a
 * sealed client secret and a sealed sign-in cookie can never be swapped for each other. GCM also
 * authenticates: a changed byte opens to nothing, never to other text.
 */
export type SealPurpose = 'sso-client-secret' | 'sso-sign-in-state';

const keyFor = (secret: string, purpose: SealPurpose) =>
  Buffer.from(hkdfSync('sha256', secret, 'malbar', `malbar ${purpose}`, 32));

/** `v1.<iv>.<ciphertext>.<tag>`, each base64url: fits a cookie and a text column. */
export function sealText(secret: string, purpose: SealPurpose, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret, purpose), iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return ['v1', iv, body, cipher.getAuthTag()]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** The text, or undefined for anything not sealed by sealText with this secret and purpose. */
export function openText(secret: string, purpose: SealPurpose, sealed: string): string | undefined {
  const [version, iv, body, tag, ...rest] = sealed.split('.');
  if (version !== 'v1' || !iv || body === undefined || !tag || rest.length) return undefined;
  try {
    // The full 16-byte tag only: GCM would otherwise accept a shortened, easier-to-forge one.
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret, purpose), Buffer.from(iv, 'base64url'), {
      authTagLength: 16,
    });
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}
