import { sql } from 'drizzle-orm';
import { compactScore, scoreResponse } from '../../../core/indicators/score-response';
import type { LocalizedText } from '../../../core/indicators/indicator-definition';
import type { OrgUnit } from '../../../core/org/org-unit';
import type { Db } from '../../../db/database';
import type { LoadedInstrument } from '../../../db/instrument-cache';
import { createRound } from '../../../db/repositories/rounds';
import { roundLinks } from '../../../db/schema';

export interface RoundPlan {
  instrument: LoadedInstrument;
  title: LocalizedText;
  opensOn: string;
  closesOn: string;
  /** Each unit gets an open link and `size` simulated respondents. */
  groups: { unit: OrgUnit; size: number; simulate: () => Record<string, unknown> }[];
}

const CHUNK = 5000;

/**
 * A round with a link per unit and its simulated responses, each checked by the definition's
 * validator and scored as intake scores it. Rows go in 5,000 at a time as one JSON document (no
 * recompute markers: the generator runs a full recompute of every round afterwards).
 */
export async function insertRound(
  db: Db,
  municipalityId: string,
  plan: RoundPlan,
  ctx: { today: string; code: () => string },
): Promise<{ roundId: string; responses: number }> {
  const roundId = await createRound(db, {
    municipalityId,
    instrumentVersionId: plan.instrument.version.id,
    title: plan.title,
    opensOn: plan.opensOn,
    closesOn: plan.closesOn,
  });
  const links = plan.groups.map((g) => ({ code: ctx.code(), municipalityId, roundId, unitId: g.unit.id }));
  for (let i = 0; i < links.length; i += 1000) await db.insert(roundLinks).values(links.slice(i, i + 1000));
  // A closed round's answers were given while it was open.
  const submittedOn = plan.closesOn < ctx.today ? plan.closesOn : ctx.today;
  let rows: { unit_id: string; answers: unknown; scores: unknown }[] = [];
  let responses = 0;
  const flush = async () => {
    if (rows.length === 0) return;
    await db.execute(sql`
      insert into responses (municipality_id, round_id, unit_id, answers, scores, submitted_on)
      select ${municipalityId}::uuid, ${roundId}::uuid, t.unit_id, t.answers, t.scores, ${submittedOn}::date
      from json_to_recordset(${JSON.stringify(rows)}::json) as t(unit_id uuid, answers jsonb, scores jsonb)`);
    responses += rows.length;
    rows = [];
  };
  for (const group of plan.groups) {
    for (let i = 0; i < group.size; i++) {
      const verdict = plan.instrument.validator.validate(group.simulate());
      if (!verdict.ok)
        throw new Error(`simulated answers do not fit the definition: ${JSON.stringify(verdict.issues)}`);
      const scores = compactScore(scoreResponse(plan.instrument.indicators, verdict.answers));
      rows.push({ unit_id: group.unit.id, answers: verdict.answers, scores });
      if (rows.length >= CHUNK) await flush();
    }
  }
  await flush();
  return { roundId, responses };
}
