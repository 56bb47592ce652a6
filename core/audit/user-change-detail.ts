/** What the trail keeps of a staff user: what their access is, never their password. */
export interface AuditedUser {
  name: string;
  role: string;
  scopeUnitId: string;
  scopeUnitName: string;
  deactivatedAt: Date | null;
}

type Shown = Record<string, string | boolean>;

const shown = (u: AuditedUser): Shown => ({
  name: u.name,
  role: u.role,
  scopeUnitId: u.scopeUnitId,
  scope: u.scopeUnitName,
  active: u.deactivatedAt === null,
});

/**
 * The fields of a user that a change altered, as they were and as they are; null when it altered
 * none (a form saved as it was). A new scope shows both its id and its name as they were then.
 */
export function userChangeDetail(
  before: AuditedUser,
  after: AuditedUser,
): { before: Shown; after: Shown } | null {
  const then = shown(before);
  const now = shown(after);
  const changed = Object.keys(now).filter((k) => now[k] !== then[k]);
  if (changed.length === 0) return null;
  return {
    before: Object.fromEntries(changed.map((k) => [k, then[k]!])),
    after: Object.fromEntries(changed.map((k) => [k, now[k]!])),
  };
}
