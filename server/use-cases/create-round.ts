import { staffEvent } from '../../core/audit/staff-actor';
import { randomBytes } from 'node:crypto';
import { Forbidden, ValidationFailed, type FieldIssue } from '../../core/errors';
import { ASSESSMENT_INSTRUMENT_KEY } from '../../core/initiatives/assessment';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import { orderTree, type TreeRow } from '../../core/org/org-tree';
import type { OrgUnit } from '../../core/org/org-unit';
import { OPEN_LINK_CODE_BYTES, openLinkCodeFromBytes } from '../../core/respondents/open-link-code';
import { defaultRoundUnits, mayBeAsked } from '../../core/surveys/round-audience';
import { checkRoundPeriod, fullTitle, mayCreateRounds, NewRound } from '../../core/surveys/round-input';
import type { Db } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import type { InstrumentCache } from '../../db/instrument-cache';
import { listLatestInstrumentVersions } from '../../db/repositories/instrument-versions';
import { findUnit, listSubtree } from '../../db/repositories/org-units';
import { createRound, createRoundLinks } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';
import { parseInput } from '../http/parse';
import { loadIndicatorCatalogue } from './indicator-catalogue';

export interface CreateRoundDeps {
  db: Db;
  instruments: InstrumentCache;
  now: () => Date;
}

export interface InstrumentChoice {
  versionId: string;
  instrumentKey: string;
  title: LocalizedText;
}

export interface NewRoundForm {
  instruments: InstrumentChoice[];
  /** The survey chosen, whose audience is checked in advance; null until one is chosen. */
  chosen: InstrumentChoice | null;
  /** The staff member's part of the tree; institutions and groups can be asked. */
  units: TreeRow[];
  defaultUnitIds: string[];
}

function assertCreatesRounds(staff: StaffUser): void {
  if (!mayCreateRounds(staff)) throw new Forbidden('Only consultants and administrators create rounds');
}

/**
 * What a round can be made of: the newest version of each survey answered through links, from the
 * built-in library and the municipality's own instruments.
 */
async function instrumentChoices(deps: CreateRoundDeps, municipalityId: string): Promise<InstrumentChoice[]> {
  const titles = new Map(
    (await loadIndicatorCatalogue(deps.db, deps.instruments, municipalityId)).map((c) => [
      c.instrumentKey,
      c.instrumentTitle,
    ]),
  );
  // Initiatives are assessed by staff in a form, not by respondents through a round.
  return (await listLatestInstrumentVersions(deps.db, municipalityId))
    .filter((v) => v.instrumentKey !== ASSESSMENT_INSTRUMENT_KEY)
    .map((v) => ({
      versionId: v.id,
      instrumentKey: v.instrumentKey,
      title: titles.get(v.instrumentKey) ?? { da: v.instrumentKey, nb: v.instrumentKey, en: v.instrumentKey },
    }));
}

async function unitsInScope(db: Db, staff: StaffUser): Promise<{ scope: OrgUnit; units: OrgUnit[] }> {
  const scope = (await findUnit(db, staff.scopeUnitId))!;
  return { scope, units: await listSubtree(db, scope) };
}

export async function loadNewRoundForm(
  deps: CreateRoundDeps,
  staff: StaffUser,
  instrumentKey: string | undefined,
): Promise<NewRoundForm> {
  assertCreatesRounds(staff);
  const instruments = await instrumentChoices(deps, staff.municipalityId);
  const chosen = instruments.find((i) => i.instrumentKey === instrumentKey) ?? null;
  const { scope, units } = await unitsInScope(deps.db, staff);
  const defaults = chosen ? defaultRoundUnits(chosen.instrumentKey, units) : [];
  return { instruments, chosen, units: orderTree(scope, units), defaultUnitIds: defaults.map((u) => u.id) };
}

const KIND_TEXT: Record<OrgUnit['kind'], string> = {
  municipality: 'the municipality',
  area: 'an area',
  institution: 'an institution',
  group: 'a group',
};

/** Each chosen unit must be an institution or group within the staff member's scope. */
function checkUnits(unitIds: string[], inScope: Map<string, OrgUnit>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  unitIds.forEach((id, i) => {
    const unit = inScope.get(id);
    if (!unit) issues.push({ field: `unitIds.${i}`, issue: 'not a unit in your part of the organisation' });
    else if (!mayBeAsked(unit))
      issues.push({
        field: `unitIds.${i}`,
        issue: `${unit.name} is ${KIND_TEXT[unit.kind]}: choose institutions or groups`,
      });
  });
  return issues;
}

/**
 * Creates a round and an open link for each unit it asks, in one transaction: a round refused
 * for any field leaves nothing behind. A round answered only through personal links records its
 * units the same way, but their links are never offered nor accepted (its responses come through
 * personal links and e-mail invitations made on the distribution page).
 */
export async function createRoundFor(
  deps: CreateRoundDeps,
  staff: StaffUser,
  input: unknown,
  today: string,
): Promise<string> {
  assertCreatesRounds(staff);
  const round = parseInput(NewRound, input, 'round');
  const issues = checkRoundPeriod(round, today);
  const offered = await instrumentChoices(deps, staff.municipalityId);
  const instrument = offered.find((i) => i.versionId === round.instrumentVersionId);
  if (!instrument)
    issues.push({
      field: 'instrumentVersionId',
      issue: 'choose one of the surveys offered (their newest version)',
    });
  const { units } = await unitsInScope(deps.db, staff);
  issues.push(...checkUnits(round.unitIds, new Map(units.map((u) => [u.id, u]))));
  if (issues.length) throw new ValidationFailed('The round is not valid', issues);
  const municipalityId = staff.municipalityId;
  return deps.db.transaction(async (tx) => {
    const roundId = await createRound(tx, {
      municipalityId,
      instrumentVersionId: round.instrumentVersionId,
      title: fullTitle(round.title),
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      personalLinksOnly: round.personalLinksOnly,
    });
    const links = round.unitIds.map((unitId) => ({
      code: openLinkCodeFromBytes(randomBytes(OPEN_LINK_CODE_BYTES)),
      municipalityId,
      roundId,
      unitId,
    }));
    await createRoundLinks(tx, links);
    const detail = {
      how: 'created',
      title: fullTitle(round.title).da,
      instrument: instrument!.instrumentKey,
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      units: round.unitIds.length,
      personalLinksOnly: round.personalLinksOnly,
    };
    await recordAuditEvent(tx, staffEvent(staff, 'round_opened', `round:${roundId}`, detail), deps.now());
    return roundId;
  });
}
