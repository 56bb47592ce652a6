import { Forbidden } from '../errors';
import { isWithin, type OrgUnit } from './org-unit';

/** What a staff user may see: one municipality, and one unit with everything below it. */
export interface StaffScope {
  municipalityId: string;
  scopeUnitPath: string;
}

export function isInScope(scope: StaffScope, unit: Pick<OrgUnit, 'municipalityId' | 'path'>): boolean {
  return unit.municipalityId === scope.municipalityId && isWithin(unit.path, scope.scopeUnitPath);
}

export function assertInScope(scope: StaffScope, unit: Pick<OrgUnit, 'municipalityId' | 'path'>): void {
  if (!isInScope(scope, unit)) throw new Forbidden('This unit is outside your organisation scope');
}

/**
 * Viewers (the council, MED committees) read; every other role also acts within its scope:
 * hands out links, invites respondents, plans the ways to reach a goal.
 */
export function mayAct(staff: { role: string }): boolean {
  return staff.role !== 'viewer';
}

/**
 * Quality staff for the whole municipality (consultants and admins at its root): they write the
 * contract, its goals and the follow-up report, and may recompute a round.
 */
export function isQualityStaff(staff: { role: string; scopeUnitPath: string }): boolean {
  const wholeMunicipality = staff.scopeUnitPath.split('/').filter(Boolean).length === 1;
  return wholeMunicipality && (staff.role === 'admin' || staff.role === 'consultant');
}

/**
 * Keeps the organisation tree (adds, renames, imports units): administrators of the whole
 * municipality, since a unit added anywhere changes what every scope above it contains.
 */
export function keepsOrganisation(staff: { role: string; scopeUnitPath: string }): boolean {
  return staff.role === 'admin' && staff.scopeUnitPath.split('/').filter(Boolean).length === 1;
}
