import { randomUUID } from 'node:crypto';
import { childPath, type OrgUnit } from '../../../core/org/org-unit';
import type { Db } from '../../../db/database';
import { orgUnits } from '../../../db/schema';
import { randomInt } from '../../demo/mulberry32';

/** The municipality the dashboard must serve in under 200 ms (issue 6). */
export const SHAPE = {
  areas: 6,
  schoolsPerArea: 10, // 60 schools
  /** Classes per grade 0-9: 3 in grades 0-4, 2 in grades 5-9, 25 per school (1,500 classes). */
  classesPerGrade: [3, 3, 3, 3, 3, 2, 2, 2, 2, 2],
  daycares: 40,
  careUnits: 10,
};

export interface BenchOrganisation {
  root: OrgUnit;
  areas: OrgUnit[];
  schools: OrgUnit[];
  /** School by school, grade by grade. */
  classes: OrgUnit[];
  daycares: OrgUnit[];
  careUnits: OrgUnit[];
}

type UnitRow = typeof orgUnits.$inferInsert & OrgUnit;

/**
 * The tree: a root, six school districts with ten schools (25 classes each, with class sizes) and
 * the daycares, and one elderly-care area with home care and nursing homes. Built in memory and
 * inserted 1,000 rows at a time, as the national bench does.
 */
export async function createBenchOrganisation(
  db: Db,
  municipality: { id: string; name: string },
  random: () => number,
): Promise<BenchOrganisation> {
  const rows: UnitRow[] = [];
  const unit = (
    parent: OrgUnit | null,
    kind: OrgUnit['kind'],
    name: string,
    sector: string,
    extra: { grade?: number; population?: number } = {},
  ): OrgUnit => {
    const id = randomUUID();
    const row: UnitRow = {
      id,
      municipalityId: municipality.id,
      parentId: parent?.id ?? null,
      path: childPath(parent?.path ?? null, id),
      kind,
      sector,
      name,
      grade: extra.grade ?? null,
      population: extra.population ?? null,
    };
    rows.push(row);
    return row;
  };
  const root = unit(null, 'municipality', municipality.name, 'administration');
  const org: BenchOrganisation = { root, areas: [], schools: [], classes: [], daycares: [], careUnits: [] };
  for (let a = 0; a < SHAPE.areas; a++) {
    const area = unit(root, 'area', `Skoledistrikt ${a + 1}`, 'administration');
    org.areas.push(area);
    for (let s = 0; s < SHAPE.schoolsPerArea; s++) {
      const number = a * SHAPE.schoolsPerArea + s + 1;
      const school = unit(area, 'institution', `Skole ${String(number).padStart(2, '0')}`, 'school');
      org.schools.push(school);
      for (const [grade, count] of SHAPE.classesPerGrade.entries())
        for (let c = 0; c < count; c++)
          org.classes.push(
            unit(school, 'group', `${grade}.${'ABC'[c]}`, 'school', {
              grade,
              population: randomInt(random, 20, 28),
            }),
          );
    }
  }
  for (let d = 0; d < SHAPE.daycares; d++)
    org.daycares.push(
      unit(
        org.areas[d % SHAPE.areas]!,
        'institution',
        `Dagtilbud ${String(d + 1).padStart(2, '0')}`,
        'daycare',
      ),
    );
  const care = unit(root, 'area', 'Sundhed og Omsorg', 'administration');
  org.areas.push(care);
  for (let c = 0; c < SHAPE.careUnits; c++) {
    const sector = c % 2 === 0 ? 'home-care' : 'nursing-home';
    const name = sector === 'home-care' ? `Hjemmeplejen ${c / 2 + 1}` : `Plejecenter ${(c + 1) / 2}`;
    org.careUnits.push(unit(care, 'institution', name, sector));
  }
  for (let i = 0; i < rows.length; i += 1000) await db.insert(orgUnits).values(rows.slice(i, i + 1000));
  return org;
}
