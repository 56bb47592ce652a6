import { Forbidden, NotFound } from '../../core/errors';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import { isWithin, pathIds, type OrgUnit } from '../../core/org/org-unit';
import { assertInScope, mayAct } from '../../core/org/scope';
import { byName, byParentThenName } from '../../core/org/unit-order';
import type { Db } from '../../db/database';
import { findMunicipality } from '../../db/repositories/municipalities';
import { findUnit } from '../../db/repositories/org-units';
import { findRound, listRoundUnitLinks, type RoundUnitLink } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';

/** One unit's open link as it is printed: who it is for and where it leads. */
export interface LinkCard {
  unitId: string;
  unitName: string;
  /** The unit above, e.g. the school of a class. */
  parentName: string | null;
  /** The absolute respondent URL the QR code holds. */
  url: string;
}

/** A round's links for printing and handing out (a distribution sheet). */
export interface LinkSheet {
  round: { id: string; title: LocalizedText };
  /** The language the cards speak to respondents in: the municipality's. */
  cardLang: 'da' | 'nb';
  /** The unit the sheet is limited to (with its descendants), when one was asked for. */
  unit: { id: string; name: string } | null;
  /** The units above the cards, in the user's scope: to print one school or institution at a time. */
  parents: { id: string; name: string }[];
  cards: LinkCard[];
  /** Answered only through personal links: no card, whatever the units. */
  personalLinksOnly: boolean;
}

export interface LinkSheetRequest {
  roundId: string;
  unitId?: string;
  /** Protocol and host the respondents reach Målbar on, without a trailing slash. */
  baseUrl: string;
}

/** The round's links on units in the user's scope (below `unitId` when given), by institution. */
export async function loadLinkSheet(db: Db, staff: StaffUser, request: LinkSheetRequest): Promise<LinkSheet> {
  if (!mayAct(staff)) throw new Forbidden('Viewers cannot print respondent links');
  const round = await findRound(db, request.roundId);
  if (!round || round.municipalityId !== staff.municipalityId)
    throw new NotFound(`There is no round ${request.roundId}`);
  // A round answered only through personal links has no open link to print.
  const links = round.personalLinksOnly ? [] : await listRoundUnitLinks(db, round.id);
  const inScope = links.filter((link) => isWithin(link.unitPath, staff.scopeUnitPath));
  if (links.length > 0 && inScope.length === 0)
    throw new Forbidden("None of this round's links is within your organisation scope");
  const root = await sheetRoot(db, staff, request.unitId);
  const onSheet = inScope.filter((link) => isWithin(link.unitPath, root.path)).sort(byParentThenName);
  const municipality = await findMunicipality(db, round.municipalityId);
  return {
    round: { id: round.id, title: round.title },
    cardLang: municipality?.country === 'no' ? 'nb' : 'da',
    unit: request.unitId ? { id: root.id, name: root.name } : null,
    parents: parentsBelow(root, onSheet),
    cards: onSheet.map((link) => ({
      unitId: link.unitId,
      unitName: link.unitName,
      parentName: link.parentName,
      url: `${request.baseUrl}/s/${encodeURIComponent(link.code)}`,
    })),
    personalLinksOnly: round.personalLinksOnly,
  };
}

async function sheetRoot(db: Db, staff: StaffUser, unitId: string | undefined): Promise<OrgUnit> {
  const unit = await findUnit(db, unitId ?? staff.scopeUnitId);
  if (!unit) throw new NotFound(`There is no unit ${unitId ?? staff.scopeUnitId}`);
  assertInScope(staff, unit);
  return unit;
}

/** The units right above the cards and below the sheet's root: each can be printed on its own. */
function parentsBelow(root: OrgUnit, links: RoundUnitLink[]): { id: string; name: string }[] {
  const parents = new Map<string, string>();
  for (const link of links) {
    // A path lists the ids from the root down, '/root/…/parent/unit/': drop the unit's own id.
    const parentPath = link.unitPath.slice(0, -(link.unitId.length + 1));
    const parentId = pathIds(parentPath).at(-1);
    if (parentId && link.parentName !== null && parentPath !== root.path && isWithin(parentPath, root.path))
      parents.set(parentId, link.parentName);
  }
  return [...parents].map(([id, name]) => ({ id, name })).sort(byName);
}
