import type { OrgUnit } from '../org/org-unit';

interface Audience {
  kind: 'institution' | 'group';
  /** Unit sectors (org_units.sector) the instrument is written for; 'any' for every sector. */
  sectors: readonly string[] | 'any';
}

/**
 * Whom each instrument asks (see its README in survey-definitions/): pupils answer per class,
 * parents per school or daycare, care users per care unit, employees per workplace.
 */
const AUDIENCES: Record<string, Audience> = {
  'pupil-wellbeing': { kind: 'group', sectors: ['school'] },
  'parent-satisfaction': { kind: 'institution', sectors: ['school', 'daycare'] },
  'care-user-satisfaction': { kind: 'institution', sectors: ['home-care', 'nursing-home', 'elderly-care'] },
  'employee-wellbeing': { kind: 'institution', sectors: 'any' },
};

/** The units a new round of the instrument asks unless staff choose otherwise; none when unknown. */
export function defaultRoundUnits(instrumentKey: string, units: readonly OrgUnit[]): OrgUnit[] {
  const audience = AUDIENCES[instrumentKey];
  if (!audience) return [];
  return units.filter(
    (u) =>
      u.kind === audience.kind &&
      (audience.sectors === 'any' || (u.sector !== null && audience.sectors.includes(u.sector))),
  );
}

/** Respondents answer through a unit's link: institutions and groups, not areas or the municipality. */
export function mayBeAsked(unit: Pick<OrgUnit, 'kind'>): boolean {
  return unit.kind === 'institution' || unit.kind === 'group';
}
