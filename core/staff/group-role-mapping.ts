import type { StaffRole } from './staff-input';

/** An administrator's rule: members of the IdP group get this role and scope in Målbar. */
export interface GroupMapping {
  groupKey: string;
  role: StaffRole;
  scopeUnitId: string;
  /** The scope unit's materialised path ('/<root>/<area>/'): fewer ids means a wider scope. */
  scopeUnitPath: string;
}

export interface GroupAssignment {
  role: StaffRole;
  scopeUnitId: string;
  /** The group the assignment came from, for the audit trail. */
  groupKey: string;
}

// Most rights first: a member of both "administrators" and "viewers" is an administrator.
const ROLE_RANK: Record<StaffRole, number> = { admin: 0, consultant: 1, leader: 2, viewer: 3 };

const depth = (path: string) => path.split('/').filter(Boolean).length;

/**
 * The role and scope a user's groups give them, or null when none of the groups is mapped. A user
 * has one role and one scope in Målbar, so of several mapped groups the one with the strongest
 * role wins, then the widest scope, then the first group key (so the answer never depends on the
 * order in which the IdP lists the groups).
 */
export function roleFromGroups(
  groups: readonly string[],
  mappings: readonly GroupMapping[],
): GroupAssignment | null {
  const member = new Set(groups);
  const matching = mappings
    .filter((m) => member.has(m.groupKey))
    .sort(
      (a, b) =>
        ROLE_RANK[a.role] - ROLE_RANK[b.role] ||
        depth(a.scopeUnitPath) - depth(b.scopeUnitPath) ||
        (a.groupKey < b.groupKey ? -1 : a.groupKey > b.groupKey ? 1 : 0),
    );
  const best = matching[0];
  return best ? { role: best.role, scopeUnitId: best.scopeUnitId, groupKey: best.groupKey } : null;
}
