import type { OrgUnit } from '../../core/org/org-unit';
import type { Tx } from '../../db/database';
import { createUnit } from '../../db/repositories/org-units';

export interface DemoOrganisation {
  root: OrgUnit;
  schools: OrgUnit[];
  /** Classes 0.A-9.A of each school, school by school. */
  classes: OrgUnit[];
  daycares: OrgUnit[];
  careUnits: OrgUnit[];
}

/** Demo Kommune's tree: children and young people (3 schools, 2 daycares) and elderly care (2 units). */
export async function createDemoOrganisation(tx: Tx, municipalityId: string): Promise<DemoOrganisation> {
  const unit = (
    parent: OrgUnit | null,
    kind: OrgUnit['kind'],
    name: string,
    sector?: string,
    grade?: number,
  ) => createUnit(tx, { municipalityId, parent, kind, name, sector, grade });
  // One at a time: a transaction is one connection, which takes one query at a time.
  const root = await unit(null, 'municipality', 'Demo Kommune');
  const children = await unit(root, 'area', 'Børn og Unge', 'administration');
  const care = await unit(root, 'area', 'Sundhed og Omsorg', 'administration');
  const org: DemoOrganisation = { root, schools: [], classes: [], daycares: [], careUnits: [] };
  for (const name of ['Nordskolen', 'Søndervangskolen', 'Engdalskolen']) {
    const school = await unit(children, 'institution', name, 'school');
    org.schools.push(school);
    for (let grade = 0; grade <= 9; grade++)
      org.classes.push(await unit(school, 'group', `${grade}.A`, 'school', grade));
  }
  for (const name of ['Børnehuset Solsikken', 'Vuggestuen Mælkebøtten']) {
    org.daycares.push(await unit(children, 'institution', name, 'daycare'));
  }
  org.careUnits.push(await unit(care, 'institution', 'Hjemmeplejen Nord', 'home-care'));
  org.careUnits.push(await unit(care, 'institution', 'Plejecenter Solbakken', 'nursing-home'));
  return org;
}
