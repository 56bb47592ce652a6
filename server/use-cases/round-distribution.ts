import { NotFound } from '../../core/errors';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import { isWithin } from '../../core/org/org-unit';
import { isQualityStaff, mayAct } from '../../core/org/scope';
import { byParentThenName } from '../../core/org/unit-order';
import { PopulationGroup } from '../../core/indicators/indicator-definition';
import { ownPopulation } from '../../core/indicators/unit-populations';
import { overPopulationOf, type OverPopulation } from '../../core/surveys/answers-over-population';
import { findPopulationGroup, latestHeadcounts } from '../../db/repositories/round-populations';
import {
  linkPolicyRefusal,
  OPEN_LINKS_WITHHELD_TEXT,
  type OpenLinksWithheld,
  type RoundState,
} from '../../core/surveys/personal-links-only';
import {
  RATE_PAGE_DEFAULT,
  rateResponsePage,
  type RatePage,
  type RatePageQuery,
} from '../../core/surveys/response-rate-page';
import { roundState } from '../../core/surveys/round-state';
import type { Db } from '../../db/database';
import { countRoundResponsesByUnit } from '../../db/repositories/responses';
import { findRound, listRoundUnitLinks, type Round, type RoundUnitLink } from '../../db/repositories/rounds';
import type { StaffUser } from '../../db/repositories/staff';
import { countTokensByUnit } from '../../db/repositories/tokens';

export interface UnitDistribution {
  unitId: string;
  unitName: string;
  parentId: string | null;
  parentName: string | null;
  /**
   * The open link's address, shared with the whole unit; null where none is offered: a round
   * answered only through personal links, or a reader who hands out no links (a viewer).
   */
  url: string | null;
  answers: number;
  /** Personal tokens made for the unit, and how many of them have been used (never which). */
  tokensIssued: number;
  tokensSpent: number;
  /** Who is expected to answer: the unit's known size, else the personal links made. */
  expected: number | null;
  expectedFrom: 'population' | 'links' | null;
  /** answers / size; or, without a known size, personal links used / made. */
  rate: number | null;
  /** More answers than expected people, with the words that say so; null when within. */
  overPopulation: OverPopulation | null;
}

export interface RoundDistribution {
  round: {
    id: string;
    title: LocalizedText;
    opensOn: string;
    closesOn: string;
    state: string;
    personalLinksOnly: boolean;
  };
  /** One page of the units in scope, as the query asks (response-rate-page.ts). */
  units: UnitDistribution[];
  page: RatePage<UnitDistribution>['page'];
  /** Units in scope with more answers than people, on any page. */
  flagged: number;
  parents: RatePage<UnitDistribution>['parents'];
  /** Every unit in scope, whatever the page shows. */
  total: { units: number; answers: number; expected: number | null; rate: number | null };
  mayIssueTokens: boolean;
  /** Why no unit's open link is shown, in da/nb/en; null when they are. */
  openLinksWithheld: { reason: OpenLinksWithheld; note: LocalizedText } | null;
  /** Whether this staff member may switch the round to personal links only, or back, now. */
  linkPolicy: { mayTurnOn: boolean; mayTurnOff: boolean };
}

/** A round of the staff member's municipality; 404 for any other (never saying it exists). */
export async function roundForStaff(db: Db, staff: StaffUser, roundId: string): Promise<Round> {
  const round = await findRound(db, roundId);
  if (!round || round.municipalityId !== staff.municipalityId)
    throw new NotFound(`There is no round ${roundId}`);
  return round;
}

/** The first page in the organisation's order, as a screen opens it. */
export const FIRST_RATE_PAGE: RatePageQuery = {
  offset: 0,
  limit: RATE_PAGE_DEFAULT,
  flagged: false,
  order: 'name',
};

/**
 * Response rates per unit of a round, for the units in the staff member's scope: counts only, one
 * page of them with the totals of all. Spent tokens are counted per unit from the batches' bit
 * strings; which token answered is never read.
 */
export async function loadRoundDistribution(
  db: Db,
  staff: StaffUser,
  roundId: string,
  baseUrl: string,
  today: string,
  query: RatePageQuery = FIRST_RATE_PAGE,
): Promise<RoundDistribution> {
  const round = await roundForStaff(db, staff, roundId);
  const state = roundState(round, today);
  const withheld = openLinksWithheld(round, staff);
  const links = (await listRoundUnitLinks(db, roundId))
    .filter((l) => isWithin(l.unitPath, staff.scopeUnitPath))
    .sort(byParentThenName);
  const answers = await countRoundResponsesByUnit(db, roundId);
  const tokens = new Map((await countTokensByUnit(db, roundId)).map((t) => [t.unitId, t]));
  const peopleOf = await peopleCounter(db, round);
  const units = links.map((link) =>
    unitDistribution(
      { ...link, population: peopleOf(link) },
      answers.get(link.unitId) ?? 0,
      tokens.get(link.unitId),
      withheld ? null : baseUrl,
    ),
  );
  const totalAnswers = units.reduce((sum, u) => sum + u.answers, 0);
  // A total rate only when every unit's size is known: anything else would mix unlike counts.
  const allKnown = units.length > 0 && units.every((u) => u.expectedFrom === 'population');
  const totalExpected = allKnown ? units.reduce((sum, u) => sum + (u.expected ?? 0), 0) : null;
  const page = rateResponsePage(units, query);
  return {
    round: {
      id: round.id,
      title: round.title,
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      state,
      personalLinksOnly: round.personalLinksOnly,
    },
    units: page.units,
    page: page.page,
    flagged: page.flagged,
    parents: page.parents,
    total: {
      units: units.length,
      answers: totalAnswers,
      expected: totalExpected,
      rate: totalExpected ? totalAnswers / totalExpected : null,
    },
    mayIssueTokens: mayAct(staff),
    openLinksWithheld: withheld && { reason: withheld, note: OPEN_LINKS_WITHHELD_TEXT[withheld] },
    linkPolicy: linkPolicyFor(staff, round, state),
  };
}

export interface RoundUnitChoices {
  /** The units in scope by parent, in the organisation's order: for choosing one to send links to. */
  groups: {
    parentId: string | null;
    parentName: string | null;
    units: { unitId: string; unitName: string }[];
  }[];
}

/** The linked units in the staff member's scope, names only (no counts): the pickers' list. */
export async function loadRoundUnitChoices(
  db: Db,
  staff: StaffUser,
  roundId: string,
): Promise<RoundUnitChoices> {
  const round = await roundForStaff(db, staff, roundId);
  const groups: RoundUnitChoices['groups'] = [];
  const links = (await listRoundUnitLinks(db, round.id)).sort(byParentThenName);
  for (const link of links) {
    if (!isWithin(link.unitPath, staff.scopeUnitPath)) continue;
    const last = groups.at(-1);
    const unit = { unitId: link.unitId, unitName: link.unitName };
    if (last && last.parentId === link.parentId) last.units.push(unit);
    else groups.push({ parentId: link.parentId, parentName: link.parentName, units: [unit] });
  }
  return { groups };
}

/**
 * The people a linked unit's answers are counted against: the round's instrument's population
 * (pupils, users, families, employees by payroll headcount), as its intervals use it.
 */
async function peopleCounter(db: Db, round: Round): Promise<(link: RoundUnitLink) => number | null> {
  const declared = PopulationGroup.safeParse(await findPopulationGroup(db, round.instrumentVersionId));
  const group = declared.success ? declared.data : undefined;
  const headcounts =
    group === 'employees' ? await latestHeadcounts(db, round.municipalityId, round.closesOn) : new Map();
  // An instrument version from before populations were declared keeps counting against the
  // unit's size, as this page always did; its intervals are not corrected.
  if (group === undefined) return (link) => link.population;
  return (link) =>
    ownPopulation(group, {
      served: link.population,
      families: link.families,
      employees: link.employees,
      headcount: headcounts.get(link.unitId) ?? null,
    });
}

/** One unit's counts and rate; its open link only with a `baseUrl` to put it on. */
function unitDistribution(
  link: RoundUnitLink,
  answers: number,
  tokens: { issued: number; spent: number } | undefined,
  baseUrl: string | null,
): UnitDistribution {
  const issued = tokens?.issued ?? 0;
  const spent = tokens?.spent ?? 0;
  // The unit's size when known (all answers, open link and personal links, count against it);
  // else the personal links made, and then only answers through them count.
  const expected = link.population ?? (issued > 0 ? issued : null);
  const expectedFrom = link.population ? 'population' : issued > 0 ? 'links' : null;
  const rate = link.population ? answers / link.population : issued > 0 ? spent / issued : null;
  return {
    unitId: link.unitId,
    unitName: link.unitName,
    parentId: link.parentId,
    parentName: link.parentName,
    url: baseUrl === null ? null : `${baseUrl}/s/${link.code}`,
    answers,
    tokensIssued: issued,
    tokensSpent: spent,
    expected,
    expectedFrom,
    rate,
    overPopulation: overPopulationOf({ answers, expected, expectedFrom }),
  };
}

/**
 * Open links are withheld from everyone for a round answered only through personal links, and from
 * readers (viewers): a link and the live answer counts would let them pad a small unit.
 */
function openLinksWithheld(round: Round, staff: StaffUser): OpenLinksWithheld | null {
  if (round.personalLinksOnly) return 'personal-links-only';
  if (!mayAct(staff)) return 'reads-only';
  return null;
}

function linkPolicyFor(staff: StaffUser, round: Round, state: RoundState) {
  const may = (wanted: boolean) =>
    isQualityStaff(staff) &&
    round.personalLinksOnly !== wanted &&
    linkPolicyRefusal(state, round.personalLinksOnly, wanted) === null;
  return { mayTurnOn: may(true), mayTurnOff: may(false) };
}
