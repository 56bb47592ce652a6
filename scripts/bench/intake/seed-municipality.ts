import { randomUUID } from 'node:crypto';
import { childPath } from '../../../core/org/org-unit';
import type { Db } from '../../../db/database';
import type { LoadedInstrument } from '../../../db/instrument-cache';
import { createContract, createGoal } from '../../../db/repositories/goals';
import { createMunicipality } from '../../../db/repositories/municipalities';
import { createRound } from '../../../db/repositories/rounds';
import { orgUnits, roundLinks } from '../../../db/schema';

/** One class link of a bench round: what a request body and the ceiling's lookup need. */
export interface ClassLink {
  code: string;
  municipalityId: string;
  roundId: string;
  unitId: string;
  grade: number;
  /** The municipality's language, as the respondent form sends it. */
  locale: 'da' | 'nb';
}

type Unit = typeof orgUnits.$inferInsert & { id: string; path: string };

/**
 * One municipality shaped like scripts/bench/national/generate.ts: its own open pupil wellbeing
 * round, 3 areas of 5 schools of 20 classes (grades 0-9, two classes each), a link per class and
 * two goals judged at every unit.
 */
export async function seedMunicipality(
  db: Db,
  m: number,
  instrument: LoadedInstrument,
): Promise<ClassLink[]> {
  const country = m % 4 === 0 ? 'no' : 'dk';
  const municipality = await createMunicipality(db, {
    slug: `intake-${m}`,
    name: `Intakekommune ${m}`,
    country,
  });
  const units: Unit[] = [];
  const unit = (parent: Unit | null, kind: Unit['kind'], name: string, grade: number | null = null) => {
    const id = randomUUID();
    const row: Unit = {
      id,
      municipalityId: municipality.id,
      parentId: parent?.id ?? null,
      path: childPath(parent?.path ?? null, id),
      kind,
      sector: 'school',
      name,
      grade,
      population: kind === 'group' ? 24 + (m % 5) : null,
    };
    units.push(row);
    return row;
  };
  const root = unit(null, 'municipality', municipality.name);
  for (let a = 0; a < 3; a++) {
    const area = unit(root, 'area', `Area ${a + 1}`);
    for (let s = 0; s < 5; s++) {
      const school = unit(area, 'institution', `School ${a * 5 + s + 1}`);
      for (let grade = 0; grade <= 9; grade++)
        for (const letter of ['A', 'B']) unit(school, 'group', `${grade}.${letter}`, grade);
    }
  }
  await db.insert(orgUnits).values(units);
  const roundId = await createRound(db, {
    municipalityId: municipality.id,
    instrumentVersionId: instrument.version.id,
    title: { da: 'Trivselsmåling', nb: 'Elevundersøkelsen', en: 'Pupil wellbeing' },
    opensOn: new Date().toISOString().slice(0, 10),
    closesOn: '2099-12-31',
  });
  const links = units
    .filter((u) => u.kind === 'group')
    .map((u) => ({
      code: `i${m}-${u.id.slice(0, 12)}`,
      municipalityId: municipality.id,
      roundId,
      unitId: u.id,
      grade: u.grade!,
      locale: country === 'no' ? ('nb' as const) : ('da' as const),
    }));
  await db.insert(roundLinks).values(links.map(({ grade: _grade, locale: _locale, ...link }) => link));
  await seedGoals(db, municipality.id, root.id);
  return links;
}

async function seedGoals(db: Db, municipalityId: string, rootId: string) {
  const contractId = await createContract(db, {
    municipalityId,
    title: 'Kvalitetskontrakt',
    periodStart: '2026-01-01',
    periodEnd: '2029-12-31',
  });
  const goals = [
    { indicatorKey: 'wellbeing', target: 0.9, filter: null },
    { indicatorKey: 'not-bullied', target: 0.95, filter: { breakdownKey: 'grade', values: ['1', '6', '9'] } },
  ];
  for (const [position, goal] of goals.entries()) {
    await createGoal(db, {
      municipalityId,
      contractId,
      serviceArea: 'school',
      title: { da: goal.indicatorKey, nb: goal.indicatorKey, en: goal.indicatorKey },
      instrumentKey: 'pupil-wellbeing',
      indicatorKey: goal.indicatorKey,
      scopeUnitId: rootId,
      breakdownFilter: goal.filter,
      rule: { type: 'threshold', op: '>=', target: goal.target },
      deadline: '2029-12-31',
      position,
    });
  }
}
