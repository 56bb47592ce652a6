import type { Db } from '../../db/database';
import { findSsoSettings, listSsoMunicipalities } from '../../db/repositories/sso-settings';

/** The municipalities whose staff may sign in through their own IdP: the login page's buttons. */
export const ssoLoginChoices = (db: Db) => listSsoMunicipalities(db);

/**
 * Whether the municipality still lets its staff sign in with a Målbar password. Asked only after
 * the password was found right, so the answer reveals nothing to someone guessing.
 */
export async function passwordSignInAllowed(db: Db, municipalityId: string): Promise<boolean> {
  return (await findSsoSettings(db, municipalityId))?.passwordsAllowed ?? true;
}
