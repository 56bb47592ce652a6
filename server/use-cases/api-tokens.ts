import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { Forbidden, NotFound, ValidationFailed } from '../../core/errors';
import { administersUsers } from '../../core/staff/staff-input';
import type { Db } from '../../db/database';
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
  type ApiTokenRow,
} from '../../db/repositories/api-tokens';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { findUnit } from '../../db/repositories/org-units';
import type { StaffUser } from '../../db/repositories/staff';
import { API_TOKEN_PREFIX, apiTokenHash } from '../auth/staff-sessions';
import { parseInput } from '../http/parse';

export interface ApiTokenDeps {
  db: Db;
  sessionSecret: string;
  now: () => Date;
}

// An administrator's own role is not offered: a token reads, and administration is not reading.
export const ApiTokenRequest = z
  .object({
    name: z.string('a name').trim().min(1, 'a name').max(100, 'at most 100 characters'),
    role: z.enum(['consultant', 'leader', 'viewer'], 'choose consultant, leader or viewer'),
    scopeUnitId: z.string('choose a unit').uuid('choose a unit'),
  })
  .strict();

function assertAdministers(staff: StaffUser): void {
  if (!administersUsers(staff))
    throw new Forbidden('Only administrators of the whole municipality issue API tokens');
}

export async function loadApiTokens(db: Db, staff: StaffUser): Promise<{ tokens: ApiTokenRow[] }> {
  assertAdministers(staff);
  return { tokens: await listApiTokens(db, staff.municipalityId) };
}

/** Issues a token; the token itself is in this answer only (Målbar keeps its HMAC). */
export async function issueApiToken(
  deps: ApiTokenDeps,
  staff: StaffUser,
  input: unknown,
): Promise<{ id: string; token: string }> {
  assertAdministers(staff);
  const ask = parseInput(ApiTokenRequest, input, 'API token');
  const unit = await findUnit(deps.db, ask.scopeUnitId);
  if (!unit || unit.municipalityId !== staff.municipalityId)
    throw new ValidationFailed('The API token is not valid', [
      { field: 'scopeUnitId', issue: 'no such unit in this municipality' },
    ]);
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const at = deps.now();
  const id = await deps.db.transaction(async (tx) => {
    const made = await createApiToken(tx, {
      municipalityId: staff.municipalityId,
      ...ask,
      tokenHash: apiTokenHash(deps.sessionSecret, token),
      createdBy: staff.id,
      createdAt: at,
    });
    await recordAuditEvent(
      tx,
      auditOf(staff, 'api_token_issued', made, {
        name: ask.name,
        role: ask.role,
        scopeUnitId: ask.scopeUnitId,
      }),
      at,
    );
    return made;
  });
  return { id, token };
}

export async function revokeApiTokenFor(deps: ApiTokenDeps, staff: StaffUser, id: string): Promise<void> {
  assertAdministers(staff);
  const at = deps.now();
  await deps.db.transaction(async (tx) => {
    const revoked = await revokeApiToken(tx, staff.municipalityId, id, at);
    if (!revoked) throw new NotFound(`There is no live API token ${id}`);
    await recordAuditEvent(tx, auditOf(staff, 'api_token_revoked', id, { name: revoked.name }), at);
  });
}

const auditOf = (
  staff: StaffUser,
  action: 'api_token_issued' | 'api_token_revoked',
  tokenId: string,
  detail: Record<string, unknown>,
) => ({
  municipalityId: staff.municipalityId,
  actorUserId: staff.id,
  actor: staff.email,
  action,
  subject: `api-token:${tokenId}`,
  detail,
});
