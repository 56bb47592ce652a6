import { compactScore, scoreResponse } from '../../../core/indicators/score-response';
import { scoringFingerprint } from '../../../core/indicators/scoring-fingerprint';
import type { Client } from 'pg';
import { childPath } from '../../../core/org/org-unit';
import type { Db } from '../../../db/database';
import type { LoadedInstrument } from '../../../db/instrument-cache';
import { createContract, createGoal } from '../../../db/repositories/goals';
import { createMunicipality } from '../../../db/repositories/municipalities';
import { createRound } from '../../../db/repositories/rounds';
import { orgUnits, roundLinks } from '../../../db/schema';
import { mulberry32 } from '../../demo/mulberry32';
import { simulatePupil } from '../../seed-demo';

export const SHAPE = {
  municipalities: 100,
  areasPerMunicipality: 3,
  schoolsPerArea: 5, // 1,500 schools
  classesPerGrade: 2, // grades 0-9: 20 classes per school, 30,000 classes
  responses: 1_000_000,
  templatesPerGrade: 400,
};

/**
 * A national pupil wellbeing round: 100 municipalities, each with its own round of the pupil
 * instrument, 1,500 schools, 30,000 classes (with a known population each) and 1,000,000
 * responses, plus two goals per municipality judged at every unit. Answers come from simulated
 * pupils (as in the demo); the responses are inserted by one SQL statement from those templates.
 */
export async function generateNationalRound(
  db: Db,
  sql: Client,
  instrument: LoadedInstrument,
): Promise<void> {
  const random = mulberry32(2026);
  const today = new Date().toISOString().slice(0, 10);
  for (let m = 0; m < SHAPE.municipalities; m++) {
    const municipality = await createMunicipality(db, {
      slug: `bench-${m}`,
      name: `Benchkommune ${m}`,
      country: m % 4 === 0 ? 'no' : 'dk',
    });
    const units: (typeof orgUnits.$inferInsert & { id: string })[] = [];
    const unit = (
      parent: { id: string; path: string } | null,
      kind: 'municipality' | 'area' | 'institution' | 'group',
      name: string,
      grade: number | null = null,
    ) => {
      const id = benchUnitId(m, units.length);
      const row = {
        id,
        municipalityId: municipality.id,
        parentId: parent?.id ?? null,
        path: childPath(parent?.path ?? null, id),
        kind,
        sector: 'school',
        name,
        grade,
        population: kind === 'group' ? 30 + Math.floor(random() * 8) : null,
      };
      units.push(row);
      return row;
    };
    const root = unit(null, 'municipality', municipality.name);
    for (let a = 0; a < SHAPE.areasPerMunicipality; a++) {
      const area = unit(root, 'area', `Area ${a + 1}`);
      for (let s = 0; s < SHAPE.schoolsPerArea; s++) {
        const school = unit(area, 'institution', `School ${a * SHAPE.schoolsPerArea + s + 1}`);
        for (let grade = 0; grade <= 9; grade++)
          for (let c = 0; c < SHAPE.classesPerGrade; c++)
            unit(school, 'group', `${grade}.${'ABC'[c]}`, grade);
      }
    }
    for (let i = 0; i < units.length; i += 1000) await db.insert(orgUnits).values(units.slice(i, i + 1000));
    const roundId = await createRound(db, {
      municipalityId: municipality.id,
      instrumentVersionId: instrument.version.id,
      title: { da: 'Trivselsmåling', nb: 'Elevundersøkelsen', en: 'Pupil wellbeing' },
      opensOn: today,
      closesOn: '2099-12-31',
    });
    const links = units
      .filter((u) => u.kind === 'group')
      .map((u) => ({
        code: `b${m}-${u.id.slice(-12)}`,
        municipalityId: municipality.id,
        roundId,
        unitId: u.id,
      }));
    for (let i = 0; i < links.length; i += 1000) await db.insert(roundLinks).values(links.slice(i, i + 1000));
    const contractId = await createContract(db, {
      municipalityId: municipality.id,
      title: 'Kvalitetskontrakt',
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
    });
    for (const [position, goal] of [
      { indicatorKey: 'wellbeing', target: 0.9, filter: null },
      {
        indicatorKey: 'not-bullied',
        target: 0.95,
        filter: { breakdownKey: 'grade', values: ['1', '6', '9'] },
      },
    ].entries()) {
      await createGoal(db, {
        municipalityId: municipality.id,
        contractId,
        serviceArea: 'school',
        title: { da: goal.indicatorKey, nb: goal.indicatorKey, en: goal.indicatorKey },
        instrumentKey: 'pupil-wellbeing',
        indicatorKey: goal.indicatorKey,
        scopeUnitId: root.id,
        breakdownFilter: goal.filter,
        rule: { type: 'threshold', op: '>=', target: goal.target },
        deadline: '2029-12-31',
        position,
      });
    }
  }
  await insertResponses(sql, instrument, random);
}

/**
 * The same ids in every generated database: the responses are picked by a hash of the class id,
 * so with these the data (and the digest of the values computed from it) is the same every time.
 */
function benchUnitId(municipality: number, index: number): string {
  const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');
  return `${hex(municipality, 8)}-0000-4000-8000-${hex(index, 12)}`;
}

async function insertResponses(sql: Client, instrument: LoadedInstrument, random: () => number) {
  await sql.query('create temporary table answer_templates (grade int, i int, answers jsonb, scores jsonb)');
  const rows: string[] = [];
  for (let grade = 0; grade <= 9; grade++) {
    for (let i = 0; i < SHAPE.templatesPerGrade; i++) {
      const verdict = instrument.validator.validate(
        simulatePupil(instrument, grade, (random() - 0.5) * 0.8, random),
      );
      if (!verdict.ok) throw new Error(`simulated answers do not fit: ${JSON.stringify(verdict.issues)}`);
      rows.push(
        JSON.stringify({
          grade,
          i,
          answers: verdict.answers,
          scores: compactScore(scoreResponse(instrument.indicators, verdict.answers)),
        }),
      );
    }
  }
  await sql.query(
    `insert into answer_templates select (r->>'grade')::int, (r->>'i')::int, r->'answers', r->'scores' from jsonb_array_elements($1::jsonb) r`,
    [`[${rows.join(',')}]`],
  );
  // 33 responses per class, 34 in the first 10,000 classes: exactly 1,000,000.
  await sql.query(
    `insert into responses (municipality_id, round_id, unit_id, answers, scores, scored_with, submitted_on)
     select c.municipality_id, r.id, c.id, t.answers, t.scores, $3, current_date
     from (select u.*, row_number() over (order by u.id) as rank from org_units u where u.kind = 'group') c
     join rounds r on r.municipality_id = c.municipality_id
     cross join lateral generate_series(1, 33 + (c.rank <= $1)::int) g
     join answer_templates t on t.grade = c.grade and t.i = (abs(hashtext(c.id::text || g::text)) % $2)`,
    // Scored as intake scores them: the fingerprint says the stored scores may be trusted.
    [SHAPE.responses - 33 * 30_000, SHAPE.templatesPerGrade, scoringFingerprint(instrument.indicators)],
  );
  await sql.query('analyze');
}
