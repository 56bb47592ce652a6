import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { compactScore, scoreResponse } from '../../../core/indicators/score-response';
import { childPath } from '../../../core/org/org-unit';
import type { Db } from '../../../db/database';
import type { LoadedInstrument } from '../../../db/instrument-cache';
import { createContract, createGoal } from '../../../db/repositories/goals';
import { createMunicipality } from '../../../db/repositories/municipalities';
import { createRound } from '../../../db/repositories/rounds';
import { orgUnits, roundLinks } from '../../../db/schema';
import { parseConfig } from '../../../main/config';
import { prepareDatabase } from '../../../main/runtime';
import { mulberry32 } from '../../demo/mulberry32';
import { simulatePupil } from '../../seed-demo';

/** One class link of the bench round: what a request body and the ceiling's lookup need. */
export interface ClassLink {
  code: string;
  municipalityId: string;
  roundId: string;
  unitId: string;
  grade: number;
}

type Unit = typeof orgUnits.$inferInsert & { id: string; path: string };

/**
 * A national pupil wellbeing round in miniature, shaped like scripts/bench/national/generate.ts:
 * each municipality has its own open round, 3 areas of 5 schools of 20 classes (grades 0-9, two
 * classes each), a link per class, two goals, and `responsesPerClass` earlier responses per class
 * so the worker's recompute reads classes of a realistic size. Drops and re-creates the database.
 */
export async function createBenchDatabase(
  databaseUrl: string,
  shape: { municipalities: number; responsesPerClass: number },
): Promise<{ links: ClassLink[]; instrument: LoadedInstrument }> {
  await recreateDatabase(databaseUrl);
  const config = parseConfig({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: '4' });
  const { database, instruments, versionIds } = await prepareDatabase(config);
  try {
    const instrument = await instruments.get(versionIds['pupil-wellbeing']!);
    const links: ClassLink[] = [];
    for (let m = 0; m < shape.municipalities; m++) links.push(...(await seedMunicipality(database.db, m, instrument)));
    const sql = new Client({ connectionString: databaseUrl });
    await sql.connect();
    try {
      await insertEarlierResponses(sql, instrument, shape.responsesPerClass);
      await sql.query('vacuum analyze');
    } finally {
      await sql.end();
    }
    return { links, instrument };
  } finally {
    await database.close();
  }
}

export async function dropBenchDatabase(databaseUrl: string): Promise<void> {
  await withAdmin(databaseUrl, (admin, name) => admin.query(`drop database if exists "${name}" with (force)`));
}

async function recreateDatabase(databaseUrl: string) {
  await withAdmin(databaseUrl, async (admin, name) => {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  });
}

async function withAdmin(databaseUrl: string, run: (admin: Client, name: string) => Promise<unknown>) {
  const admin = new Client({ connectionString: databaseUrl.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    await run(admin, new URL(databaseUrl).pathname.slice(1));
  } finally {
    await admin.end();
  }
}

async function seedMunicipality(db: Db, m: number, instrument: LoadedInstrument): Promise<ClassLink[]> {
  const municipality = await createMunicipality(db, {
    slug: `intake-${m}`,
    name: `Intakekommune ${m}`,
    country: m % 4 === 0 ? 'no' : 'dk',
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
    }));
  await db.insert(roundLinks).values(links.map(({ grade: _grade, ...link }) => link));
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

/** Earlier responses from simulated pupils (with their stored scores), as the product stores them. */
async function insertEarlierResponses(sql: Client, instrument: LoadedInstrument, perClass: number) {
  if (perClass === 0) return;
  const random = mulberry32(2027);
  const templates: string[] = [];
  for (let grade = 0; grade <= 9; grade++)
    for (let i = 0; i < 100; i++) {
      const verdict = instrument.validator.validate(simulatePupil(instrument, grade, (random() - 0.5) * 0.8, random));
      if (!verdict.ok) throw new Error(`simulated answers do not fit: ${JSON.stringify(verdict.issues)}`);
      const scores = compactScore(scoreResponse(instrument.indicators, verdict.answers));
      templates.push(JSON.stringify({ grade, i, answers: verdict.answers, scores }));
    }
  await sql.query(
    `insert into responses (municipality_id, round_id, unit_id, answers, scores, submitted_on)
     select u.municipality_id, r.id, u.id, t->'answers', t->'scores', current_date
     from org_units u join rounds r on r.municipality_id = u.municipality_id
     cross join generate_series(1, $2::int) g
     join jsonb_array_elements($1::jsonb) t
       on (t->>'grade')::int = u.grade and (t->>'i')::int = abs(hashtext(u.id::text || g::text)) % 100
     where u.kind = 'group'`,
    [`[${templates.join(',')}]`, perClass],
  );
}
