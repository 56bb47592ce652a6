import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import type { OrgUnit } from '../../core/org/org-unit';
import type { TestStore } from '../support/stores';
import { aMunicipality, type BuiltOrganisation } from './organisation';
import { aRound } from './rounds';

export interface PupilClass {
  org: BuiltOrganisation;
  unit: OrgUnit;
  /** The class's open link code in a pupil-wellbeing round. */
  code: string;
  roundId: string;
  pupil: CheckedInstrument;
}

/** The common start of many tests: one class of `grade` with an open pupil-wellbeing round. */
export async function aPupilClass(store: TestStore, grade = 6): Promise<PupilClass> {
  const org = await aMunicipality(store.db).withClasses([grade]).create();
  const unit = org.classes.get(grade)!;
  const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing').forUnits([unit]).create();
  const pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
  return { org, unit, code: round.codes.get(unit.id)!, roundId: round.roundId, pupil };
}
