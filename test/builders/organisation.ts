import { randomBytes } from 'node:crypto';
import type { OrgUnit } from '../../core/org/org-unit';
import type { Db } from '../../db/database';
import { createMunicipality, type Municipality } from '../../db/repositories/municipalities';
import { createUnit } from '../../db/repositories/org-units';

export interface BuiltOrganisation {
  municipality: Municipality;
  root: OrgUnit;
  area: OrgUnit;
  school: OrgUnit;
  /** Classes by grade. */
  classes: Map<number, OrgUnit>;
  daycare: OrgUnit;
}

/** A municipality → area → school with one class per grade, and a daycare institution. */
export function aMunicipality(db: Db) {
  let grades = [1, 6, 9];
  let name = `Test Kommune ${randomBytes(3).toString('hex')}`;
  const builder = {
    withClasses(list: number[]) {
      grades = list;
      return builder;
    },
    named(value: string) {
      name = value;
      return builder;
    },
    async create(): Promise<BuiltOrganisation> {
      const municipality = await createMunicipality(db, {
        slug: name.toLowerCase().replace(/\W+/g, '-'),
        name,
        country: 'dk',
      });
      const unit = (
        parent: OrgUnit | null,
        kind: OrgUnit['kind'],
        unitName: string,
        sector?: string,
        grade?: number,
      ) => createUnit(db, { municipalityId: municipality.id, parent, kind, name: unitName, sector, grade });
      const root = await unit(null, 'municipality', name);
      const area = await unit(root, 'area', 'Børn og Unge', 'administration');
      const school = await unit(area, 'institution', 'Testskolen', 'school');
      const daycare = await unit(area, 'institution', 'Testbørnehaven', 'daycare');
      const classes = new Map<number, OrgUnit>();
      for (const grade of grades)
        classes.set(grade, await unit(school, 'group', `${grade}.A`, 'school', grade));
      return { municipality, root, area, school, classes, daycare };
    },
  };
  return builder;
}
