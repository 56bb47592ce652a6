import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The token of a reset link: an HMAC of the reset's id with the installation's secret. The table
 * and the mail job hold only the id, so neither a leaked table nor a queue gives a usable link.
 */
export function passwordResetToken(secret: string, resetId: string): string {
  return createHmac('sha256', secret).update(`password-reset:${resetId}`).digest('base64url');
}

export function isPasswordResetToken(secret: string, resetId: string, token: string): boolean {
  const expected = Buffer.from(passwordResetToken(secret, resetId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The address of a reset link, below the installation's public address. */
export const passwordResetPath = (secret: string, resetId: string) =>
  `/login/reset/${resetId}/${passwordResetToken(secret, resetId)}`;
