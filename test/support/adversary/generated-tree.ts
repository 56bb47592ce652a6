import { randomBytes } from 'node:crypto';
import type { OrgUnit } from '../../../core/org/org-unit';
import type { Db } from '../../../db/database';
import { createMunicipality } from '../../../db/repositories/municipalities';
import { createUnit } from '../../../db/repositories/org-units';

export interface GeneratedTree {
  municipalityId: string;
  slug: string;
  root: OrgUnit;
  schools: OrgUnit[];
  classes: OrgUnit[];
  daycare: OrgUnit;
  careUnits: OrgUnit[];
}

/**
 * The municipality → Børn og Unge (2–4 schools of 3–5 classes of random grades, a daycare) and
 * Sundhed og Omsorg (home care, a nursing home).
 */
export async function generatedTree(db: Db, seed: number, random: () => number): Promise<GeneratedTree> {
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const slug = `adversary-${seed}-${randomBytes(3).toString('hex')}`;
  const municipality = await createMunicipality(db, { slug, name: `Kommune ${seed}`, country: 'dk' });
  const unit = (
    parent: OrgUnit | null,
    kind: OrgUnit['kind'],
    name: string,
    sector?: string,
    grade?: number,
  ) => createUnit(db, { municipalityId: municipality.id, parent, kind, name, sector, grade });
  const root = await unit(null, 'municipality', `Kommune ${seed}`);
  const children = await unit(root, 'area', 'Børn og Unge', 'administration');
  const care = await unit(root, 'area', 'Sundhed og Omsorg', 'administration');
  const schools: OrgUnit[] = [];
  const classes: OrgUnit[] = [];
  const schoolCount = between(2, 4);
  for (let s = 0; s < schoolCount; s++) {
    const school = await unit(children, 'institution', `Skole ${s + 1}`, 'school');
    schools.push(school);
    const grades = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].sort(() => random() - 0.5).slice(0, between(3, 5));
    for (const grade of grades.sort((a, b) => a - b))
      classes.push(await unit(school, 'group', `${grade}.A`, 'school', grade));
  }
  const daycare = await unit(children, 'institution', 'Børnehuset', 'daycare');
  const careUnits = [
    await unit(care, 'institution', 'Hjemmeplejen', 'care'),
    await unit(care, 'institution', 'Plejecentret', 'care'),
  ];
  return { municipalityId: municipality.id, slug, root, schools, classes, daycare, careUnits };
}
