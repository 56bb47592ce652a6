import { Forbidden, NotFound } from '../../core/errors';
import { InitiativeQuery } from '../../core/initiatives/initiative';
import { searchTerms } from '../../core/initiatives/search-terms';
import { sectorProfile, type SectorProfile } from '../../core/initiatives/sector-profile';
import { mayAct } from '../../core/org/scope';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import {
  findInitiative,
  listAssessments,
  listGoalChoices,
  listMunicipalityNames,
  searchInitiatives,
  type Initiative,
  type LinkedGoal,
} from '../../db/repositories/initiatives';
import { findUnit, listSubtree } from '../../db/repositories/org-units';
import type { StaffUser } from '../../db/repositories/staff';
import { parseInput } from '../http/parse';
import { currentAssessmentInstrument, mayEditInitiative } from './initiatives';

/** Hits shown at most; a search that finds more asks to be narrowed. */
export const CATALOGUE_LIMIT = 100;

export interface Catalogue {
  query: InitiativeQuery;
  initiatives: Initiative[];
  profile: SectorProfile[];
  municipalities: { id: string; name: string }[];
  /** Whether the user may add initiatives for their municipality. */
  mayAdd: boolean;
}

/**
 * The catalogue exists to share good practice across municipalities: every logged-in staff user
 * searches all municipalities of the installation. The profile follows the municipality chosen,
 * not the words or the sector: a profile of "whatever matched" would mean little, and it is
 * already per sector.
 */
export async function searchCatalogue(db: Db, staff: StaffUser, rawQuery: unknown): Promise<Catalogue> {
  const query = parseInput(InitiativeQuery, rawQuery, 'search');
  const { sector, municipalityId } = query;
  const terms = searchTerms(query.q);
  return {
    query,
    initiatives: await searchInitiatives(db, { sector, municipalityId, terms }, CATALOGUE_LIMIT),
    profile: sectorProfile(await listAssessments(db, { municipalityId })),
    municipalities: await listMunicipalityNames(db),
    mayAdd: mayAct(staff),
  };
}

export async function catalogueProfile(db: Db, rawQuery: unknown): Promise<SectorProfile[]> {
  const { sector, municipalityId } = parseInput(InitiativeQuery, rawQuery, 'profile');
  return sectorProfile(await listAssessments(db, { sector, municipalityId }));
}

export async function loadInitiative(db: Db, initiativeId: string): Promise<Initiative> {
  const initiative = await findInitiative(db, initiativeId);
  if (!initiative) throw new NotFound(`There is no initiative ${initiativeId}`);
  return initiative;
}

export interface UnitChoice {
  id: string;
  name: string;
  depth: number;
}

export interface InitiativeForm {
  initiative: Initiative | null;
  mayEdit: boolean;
  units: UnitChoice[];
  goals: LinkedGoal[];
  /** The SurveyJS definition the assessment is filled in with (the current version). */
  survey: unknown;
}

/** The units a user may name as contact: their part of the organisation, without school classes. */
async function unitChoices(db: Db, staff: StaffUser): Promise<UnitChoice[]> {
  const scope = await findUnit(db, staff.scopeUnitId);
  if (!scope) return [];
  const depthOf = (path: string) => path.split('/').filter(Boolean).length;
  return (await listSubtree(db, scope))
    .filter((unit) => unit.kind !== 'group' || unit.id === scope.id)
    .map((unit) => ({ id: unit.id, name: unit.name, depth: depthOf(unit.path) - depthOf(scope.path) }));
}

/** A new initiative's form (null id) or an existing one's page: editable only by those who may. */
export async function loadInitiativeForm(
  db: Db,
  instruments: InstrumentCache,
  staff: StaffUser,
  initiativeId: string | null,
): Promise<InitiativeForm> {
  if (initiativeId === null && !mayAct(staff))
    throw new Forbidden('Viewers read the catalogue; they cannot add initiatives');
  const initiative = initiativeId === null ? null : await loadInitiative(db, initiativeId);
  const mayEdit = initiative === null || mayEditInitiative(staff, initiative);
  const instrument = await currentAssessmentInstrument(db, instruments);
  const units = mayEdit ? await unitChoices(db, staff) : [];
  // A contact unit set through the API may be one the form does not list (a class): keep it choosable.
  const current = initiative?.contactUnit;
  if (mayEdit && current && !units.some((u) => u.id === current.id))
    units.push({ id: current.id, name: current.name, depth: 0 });
  return {
    initiative,
    mayEdit,
    units,
    goals: mayEdit ? await listGoalChoices(db, staff.municipalityId) : [],
    survey: instrument.version.survey,
  };
}
