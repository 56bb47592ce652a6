import type { Client } from 'pg';
import { compactScore, scoreResponse } from '../../../core/indicators/score-response';
import type { DatabaseHandle } from '../../../db/connect';
import type { InstrumentCache, LoadedInstrument } from '../../../db/instrument-cache';
import { createRecomputeRun } from '../../../db/repositories/recompute-runs';
import { recomputeRoundFully } from '../../../worker/processors/recompute-round-fully';
import { mulberry32 } from '../../demo/mulberry32';
import { simulatePupil } from '../../seed-demo';
import { benchWorkerDeps } from '../worker-deps';

const TEMPLATES_PER_GRADE = 100;

/**
 * `perClass` earlier responses in every class (simulated pupils, with their stored scores, as the
 * product stores them), so the worker's recompute reads classes of a realistic size.
 */
export async function insertEarlierResponses(sql: Client, instrument: LoadedInstrument, perClass: number) {
  if (perClass === 0) return;
  const random = mulberry32(2027);
  const templates: string[] = [];
  for (let grade = 0; grade <= 9; grade++)
    for (let i = 0; i < TEMPLATES_PER_GRADE; i++) {
      const verdict = instrument.validator.validate(
        simulatePupil(instrument, grade, (random() - 0.5) * 0.8, random),
      );
      if (!verdict.ok) throw new Error(`simulated answers do not fit: ${JSON.stringify(verdict.issues)}`);
      const scores = compactScore(scoreResponse(instrument.indicators, verdict.answers));
      templates.push(JSON.stringify({ grade, i, answers: verdict.answers, scores }));
    }
  await sql.query('create temporary table answer_templates (grade int, i int, answers jsonb, scores jsonb)');
  await sql.query(
    `insert into answer_templates
     select (t->>'grade')::int, (t->>'i')::int, t->'answers', t->'scores' from jsonb_array_elements($1::jsonb) t`,
    [`[${templates.join(',')}]`],
  );
  await sql.query(
    `insert into responses (municipality_id, round_id, unit_id, answers, scores, submitted_on)
     select u.municipality_id, r.id, u.id, t.answers, t.scores, current_date
     from org_units u join rounds r on r.municipality_id = u.municipality_id
     cross join generate_series(1, $1::int) g
     join answer_templates t on t.grade = u.grade and t.i = abs(hashtext(u.id::text || g::text)) % $2
     where u.kind = 'group'`,
    [perClass, TEMPLATES_PER_GRADE],
  );
}

/** Every round's indicators and goals computed once, as after a full recompute in production. */
export async function recomputeAllRounds(
  database: DatabaseHandle,
  instruments: InstrumentCache,
  sql: Client,
) {
  const deps = await benchWorkerDeps(database.db, instruments);
  const rounds = await sql.query<{ id: string; municipality_id: string }>(
    'select id, municipality_id from rounds',
  );
  for (const round of rounds.rows) {
    const run = await createRecomputeRun(database.db, {
      municipalityId: round.municipality_id,
      roundId: round.id,
    });
    await recomputeRoundFully(deps, { roundId: round.id, runId: run.id });
  }
}
