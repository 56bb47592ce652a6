import { randomBytes } from 'node:crypto';
import { ONE_TIME_PASSWORD_BYTES, oneTimePasswordFromBytes } from '../../core/staff/one-time-password';
import { hashPassword } from './password';

/** A new generated one-time password, to be shown once, and the hash that is all Målbar keeps. */
export async function newOneTimePassword(): Promise<{ oneTimePassword: string; passwordHash: string }> {
  const oneTimePassword = oneTimePasswordFromBytes(randomBytes(ONE_TIME_PASSWORD_BYTES));
  return { oneTimePassword, passwordHash: await hashPassword(oneTimePassword) };
}
