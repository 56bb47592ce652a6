import { Conflict } from '../../core/errors';
import { FirstAdministrator } from '../../core/staff/first-administrator';
import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import {
  createMunicipality,
  findMunicipalityBySlug,
  type Municipality,
} from '../../db/repositories/municipalities';
import { createUnit, findMunicipalityRoot } from '../../db/repositories/org-units';
import { createStaffUser, isStaffEmailTaken } from '../../db/repositories/staff';
import { isUniqueViolation } from '../../db/unique-violation';
import { newOneTimePassword } from '../auth/one-time-password';
import { parseInput } from '../http/parse';

export interface CreatedAdministrator {
  userId: string;
  email: string;
  municipality: Municipality;
  municipalityCreated: boolean;
  oneTimePassword: string;
}

const emailInUse = (email: string) =>
  new Conflict(`The e-mail address ${email} is already in use`, [
    { field: 'email', issue: 'already in use by another user' },
  ]);

/**
 * An administrator of a whole municipality, from the command line: the first one of a new
 * installation, or another one when every administrator is locked out. Creates the municipality
 * and its root unit when none has the slug, all in one transaction with the user and the audit
 * entry. The one-time password is returned once and must be changed at first sign-in.
 */
export async function createAdministrator(
  deps: { db: Db; now: () => Date },
  input: unknown,
): Promise<CreatedAdministrator> {
  const admin = parseInput(FirstAdministrator, input, 'administrator');
  if (await isStaffEmailTaken(deps.db, admin.email)) throw emailInUse(admin.email);
  const { oneTimePassword, passwordHash } = await newOneTimePassword();
  const at = deps.now();
  try {
    return await deps.db.transaction(async (tx) => {
      const existing = await findMunicipalityBySlug(tx, admin.slug);
      const municipality =
        existing ??
        (await createMunicipality(tx, {
          slug: admin.slug,
          name: admin.municipality,
          country: admin.country,
        }));
      const root =
        (existing && (await findMunicipalityRoot(tx, existing.id))) ||
        (await createUnit(tx, {
          municipalityId: municipality.id,
          parent: null,
          kind: 'municipality',
          name: municipality.name,
        }));
      const userId = await createStaffUser(tx, {
        municipalityId: municipality.id,
        email: admin.email,
        name: admin.name,
        role: 'admin',
        scopeUnitId: root.id,
        passwordHash,
        mustChangePassword: true,
      });
      await recordAuditEvent(
        tx,
        {
          municipalityId: municipality.id,
          actorUserId: null,
          actor: 'system',
          action: 'user_created',
          subject: `user:${userId}`,
          detail: { via: 'create-admin', role: 'admin', email: admin.email },
        },
        at,
      );
      return { userId, email: admin.email, municipality, municipalityCreated: !existing, oneTimePassword };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailInUse(admin.email);
    throw error;
  }
}
