import { Forbidden, NotFound, ValidationFailed } from '../../core/errors';
import { InitiativeUpdate, NewInitiative } from '../../core/initiatives/initiative';
import { isWithin } from '../../core/org/org-unit';
import { assertInScope, mayAct } from '../../core/org/scope';
import type { Db } from '../../db/database';
import type { InstrumentCache, LoadedInstrument } from '../../db/instrument-cache';
import {
  createInitiative,
  findCurrentAssessmentVersionId,
  findInitiative,
  listGoalChoices,
  updateInitiative,
  type Initiative,
  type InitiativeRecord,
} from '../../db/repositories/initiatives';
import { findUnit } from '../../db/repositories/org-units';
import type { StaffUser } from '../../db/repositories/staff';
import { parseInput } from '../http/parse';

/**
 * Quality staff of the initiative's own municipality edit it, a unit leader only when its contact
 * unit is in their part of the organisation; viewers and other municipalities read.
 */
export function mayEditInitiative(staff: StaffUser, initiative: Initiative): boolean {
  return (
    mayAct(staff) &&
    initiative.municipalityId === staff.municipalityId &&
    isWithin(initiative.contactUnit.path, staff.scopeUnitPath)
  );
}

/** The version new assessments answer; registered at start from survey-definitions/. */
export async function currentAssessmentInstrument(
  db: Db,
  instruments: InstrumentCache,
): Promise<LoadedInstrument> {
  const id = await findCurrentAssessmentVersionId(db);
  if (!id) throw new Error('survey-definitions/initiative-assessment is not registered');
  return instruments.get(id);
}

/** Checks the answers with the instrument's compiled validator; each issue names `assessment.<question>`. */
async function assessmentRecord(
  db: Db,
  instruments: InstrumentCache,
  answers: Record<string, unknown> | null,
): Promise<Pick<InitiativeRecord, 'assessment' | 'assessmentVersionId'>> {
  if (answers === null) return { assessment: null, assessmentVersionId: null };
  const instrument = await currentAssessmentInstrument(db, instruments);
  const verdict = instrument.validator.validate(answers);
  if (!verdict.ok)
    throw new ValidationFailed(
      'The assessment is not valid',
      verdict.issues.map(({ field, issue }) => ({
        field: field === '(body)' ? 'assessment' : `assessment.${field}`,
        issue,
      })),
    );
  return { assessment: verdict.answers, assessmentVersionId: instrument.version.id };
}

async function assertContactUnit(db: Db, staff: StaffUser, unitId: string): Promise<void> {
  const unit = await findUnit(db, unitId);
  if (!unit || unit.municipalityId !== staff.municipalityId)
    throw new ValidationFailed('The contact unit is not one of your municipality’s units', [
      { field: 'contactUnitId', issue: 'not a unit of your municipality' },
    ]);
  assertInScope(staff, unit);
}

async function assertOwnGoals(db: Db, municipalityId: string, goalIds: string[]): Promise<void> {
  if (goalIds.length === 0) return;
  const own = new Set((await listGoalChoices(db, municipalityId)).map((g) => g.id));
  const issues = goalIds.flatMap((id, index) =>
    own.has(id) ? [] : [{ field: `goalIds.${index}`, issue: 'not a goal of your municipality' }],
  );
  if (issues.length > 0) throw new ValidationFailed('A linked goal is not your municipality’s', issues);
}

/** Adds an initiative to the catalogue for the user's municipality; checked before anything is stored. */
export async function addInitiative(
  db: Db,
  instruments: InstrumentCache,
  staff: StaffUser,
  body: unknown,
): Promise<string> {
  if (!mayAct(staff)) throw new Forbidden('Viewers read the catalogue; they cannot add initiatives');
  const input = parseInput(NewInitiative, body, 'initiative');
  await assertContactUnit(db, staff, input.contactUnitId);
  await assertOwnGoals(db, staff.municipalityId, input.goalIds);
  const assessed = await assessmentRecord(db, instruments, input.assessment);
  const { assessment: _, ...fields } = input;
  return db.transaction((tx) =>
    createInitiative(tx, { ...fields, ...assessed, municipalityId: staff.municipalityId }),
  );
}

/** Changes the fields given; a new assessment answers the current instrument version. */
export async function changeInitiative(
  db: Db,
  instruments: InstrumentCache,
  staff: StaffUser,
  initiativeId: string,
  body: unknown,
): Promise<void> {
  if (!mayAct(staff)) throw new Forbidden('Viewers read the catalogue; they cannot change initiatives');
  const initiative = await findInitiative(db, initiativeId);
  if (!initiative) throw new NotFound(`There is no initiative ${initiativeId}`);
  if (!mayEditInitiative(staff, initiative))
    throw new Forbidden('Only the initiative’s own municipality, within your part of it, may change it');
  const update = parseInput(InitiativeUpdate, body, 'initiative');
  if (update.contactUnitId !== undefined) await assertContactUnit(db, staff, update.contactUnitId);
  if (update.goalIds !== undefined) await assertOwnGoals(db, staff.municipalityId, update.goalIds);
  const { assessment, ...fields } = update;
  const assessed = assessment === undefined ? {} : await assessmentRecord(db, instruments, assessment);
  const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  await db.transaction((tx) => updateInitiative(tx, initiativeId, { ...changes, ...assessed }));
}
