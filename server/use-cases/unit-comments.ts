import { unitsShowingComments } from '../../core/anonymity/comment-visibility';
import { NotFound } from '../../core/errors';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import { assertInScope } from '../../core/org/scope';
import { commentQuestionNames } from '../../core/surveys/comment-questions';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { findUnit, listTreeUnits } from '../../db/repositories/org-units';
import { countRoundResponsesByUnit, listCommentsInSubtree } from '../../db/repositories/responses';
import { listRounds } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';

export type RoundComments =
  | { roundId: string; title: LocalizedText; shown: true; comments: string[] }
  | { roundId: string; title: LocalizedText; shown: false; reason: 'too-few-answers'; minGroupSize: number };

/**
 * Free-text comments of a unit's respondents, per round of an instrument that asks for them —
 * only where the group is large enough for words (the instrument's comment threshold) and no
 * smaller group's comments follow by subtraction. In alphabetical order, alone: nothing ties a
 * comment to a respondent, a time or another answer.
 */
export async function loadUnitComments(
  db: Db,
  instruments: InstrumentCache,
  staff: StaffUser,
  unitId: string,
): Promise<{ unitId: string; rounds: RoundComments[] }> {
  const unit = await findUnit(db, unitId);
  if (!unit) throw new NotFound(`Unit ${unitId} does not exist`);
  assertInScope({ municipalityId: staff.municipalityId, scopeUnitPath: staff.scopeUnitPath }, unit);
  const tree = await listTreeUnits(db, staff.municipalityId);
  const rounds: RoundComments[] = [];
  for (const round of await listRounds(db, staff.municipalityId)) {
    const instrument = await instruments.get(round.instrumentVersionId);
    const questions = commentQuestionNames(instrument.version.survey);
    if (questions.length === 0) continue;
    const counts = await countRoundResponsesByUnit(db, round.id);
    const min = instrument.indicators.instrument.commentMinGroupSize;
    const base = { roundId: round.id, title: round.title };
    const visibility = unitsShowingComments(tree, counts, min);
    if ((visibility.respondents.get(unit.id) ?? 0) === 0) continue;
    if (!visibility.shown.has(unit.id)) {
      rounds.push({ ...base, shown: false, reason: 'too-few-answers', minGroupSize: min });
      continue;
    }
    const comments = await listCommentsInSubtree(db, round.id, unit.path, questions);
    rounds.push({ ...base, shown: true, comments: comments.sort((a, b) => a.localeCompare(b, 'da')) });
  }
  return { unitId: unit.id, rounds };
}
