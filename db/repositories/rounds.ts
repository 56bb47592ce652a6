import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import type { OrgUnit } from '../../core/org/org-unit';
import type { DbOrTx } from '../database';
import { preparedPerDatabase } from '../prepared-query';
import { unitColumns } from './org-units';
import { instrumentVersions, orgUnits, roundLinks, rounds } from '../schema';

export interface Round {
  id: string;
  municipalityId: string;
  instrumentVersionId: string;
  instrumentKey: string;
  title: LocalizedText;
  opensOn: string;
  closesOn: string;
  /**
   * The year a follow-up report counts it in, when not the year it opens (a sick-leave goal's
   * 12 months to October 2026 begin in 2025; see reportYearOf).
   */
  reportYear?: number;
  /** Answered only through personal links: its open links are never offered nor accepted. */
  personalLinksOnly: boolean;
  /** When retention deleted its raw answers; null while they are kept (absent on rounds made up for a figure). */
  answersDeletedOn?: string | null;
}

/** The columns of a Round (joined with its instrument version), for selects that join rounds. */
export const roundColumns = {
  id: rounds.id,
  municipalityId: rounds.municipalityId,
  instrumentVersionId: rounds.instrumentVersionId,
  instrumentKey: instrumentVersions.instrumentKey,
  title: rounds.title,
  opensOn: rounds.opensOn,
  closesOn: rounds.closesOn,
  personalLinksOnly: rounds.personalLinksOnly,
  answersDeletedOn: rounds.answersDeletedOn,
};

export interface NewRound {
  municipalityId: string;
  instrumentVersionId: string;
  title: LocalizedText;
  opensOn: string;
  closesOn: string;
  personalLinksOnly?: boolean;
}

export async function createRound(db: DbOrTx, round: NewRound): Promise<string> {
  const [row] = await db.insert(rounds).values(round).returning({ id: rounds.id });
  return row!.id;
}

const roundById = preparedPerDatabase((db) =>
  db
    .select(roundColumns)
    .from(rounds)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, rounds.instrumentVersionId))
    .where(eq(rounds.id, sql.placeholder('roundId')))
    .prepare('find_round'),
);

/** Every job and most pages read their round: built once (prepared-query.ts). */
export async function findRound(db: DbOrTx, roundId: string): Promise<Round | undefined> {
  const [row] = await roundById(db).execute({ roundId });
  return row as Round | undefined;
}

export async function listRounds(db: DbOrTx, municipalityId: string): Promise<Round[]> {
  const rows = await db
    .select(roundColumns)
    .from(rounds)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, rounds.instrumentVersionId))
    .where(eq(rounds.municipalityId, municipalityId))
    .orderBy(desc(rounds.opensOn));
  return rows as Round[];
}

export async function createRoundLink(
  db: DbOrTx,
  link: { code: string; municipalityId: string; roundId: string; unitId: string },
): Promise<void> {
  await db.insert(roundLinks).values(link);
}

/** A new round's open links, one statement per thousand (a round can ask every class of a municipality). */
export async function createRoundLinks(
  db: DbOrTx,
  links: { code: string; municipalityId: string; roundId: string; unitId: string }[],
): Promise<void> {
  for (let i = 0; i < links.length; i += 1000) await db.insert(roundLinks).values(links.slice(i, i + 1000));
}

export interface RoundLink {
  code: string;
  round: Round;
  unit: OrgUnit;
}

const roundLinkByCode = preparedPerDatabase((db) =>
  db
    .select({
      code: roundLinks.code,
      round: roundColumns,
      unit: unitColumns,
    })
    .from(roundLinks)
    .innerJoin(rounds, eq(rounds.id, roundLinks.roundId))
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, rounds.instrumentVersionId))
    .innerJoin(orgUnits, eq(orgUnits.id, roundLinks.unitId))
    .where(eq(roundLinks.code, sql.placeholder('code')))
    .prepare('find_round_link'),
);

/** Read once per link by each server process in a national round: built once (prepared-query.ts). */
export async function findRoundLink(db: DbOrTx, code: string): Promise<RoundLink | undefined> {
  const [row] = await roundLinkByCode(db).execute({ code });
  return row as RoundLink | undefined;
}

export interface LinkListing {
  code: string;
  roundTitle: LocalizedText;
  unitName: string;
  parentName: string | null;
}

/** Every open link of a municipality, for printing or a distribution sheet (none of personal-links-only rounds). */
export async function listMunicipalityLinks(db: DbOrTx, municipalityId: string): Promise<LinkListing[]> {
  const parents = alias(orgUnits, 'parent');
  const rows = await db
    .select({
      code: roundLinks.code,
      roundTitle: rounds.title,
      unitName: orgUnits.name,
      parentName: parents.name,
    })
    .from(roundLinks)
    .innerJoin(rounds, eq(rounds.id, roundLinks.roundId))
    .innerJoin(orgUnits, eq(orgUnits.id, roundLinks.unitId))
    .leftJoin(parents, eq(parents.id, orgUnits.parentId))
    .where(and(eq(roundLinks.municipalityId, municipalityId), eq(rounds.personalLinksOnly, false)))
    .orderBy(rounds.createdAt, orgUnits.path);
  return rows as LinkListing[];
}

/** The paths of the units a round has links for: the units it asks. */
export async function listLinkedUnitPaths(db: DbOrTx, roundId: string): Promise<string[]> {
  const rows = await db
    .select({ path: orgUnits.path })
    .from(roundLinks)
    .innerJoin(orgUnits, eq(orgUnits.id, roundLinks.unitId))
    .where(eq(roundLinks.roundId, roundId));
  return rows.map((r) => r.path);
}

export interface RoundUnitLink {
  code: string;
  unitId: string;
  unitName: string;
  unitPath: string;
  unitKind: string;
  parentId: string | null;
  parentName: string | null;
  population: number | null;
  families: number | null;
  employees: number | null;
}

/**
 * The units a round asks, with what distribution needs to know of them. A round's links are the
 * record of which units it asks, also when it is answered only through personal links: then the
 * codes are kept but never offered nor accepted (docs/decisions/0012-personal-links-only-rounds.md).
 */
export async function listRoundUnitLinks(db: DbOrTx, roundId: string): Promise<RoundUnitLink[]> {
  const parents = alias(orgUnits, 'parent');
  const rows = await db
    .select({
      code: roundLinks.code,
      unitId: orgUnits.id,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
      unitKind: orgUnits.kind,
      parentId: orgUnits.parentId,
      parentName: parents.name,
      population: orgUnits.population,
      families: orgUnits.families,
      employees: orgUnits.employees,
    })
    .from(roundLinks)
    .innerJoin(orgUnits, eq(orgUnits.id, roundLinks.unitId))
    .leftJoin(parents, eq(parents.id, orgUnits.parentId))
    .where(eq(roundLinks.roundId, roundId))
    .orderBy(orgUnits.path);
  return rows;
}

/** Moves a round's first or last day (opening now, closing early). */
export async function setRoundPeriod(
  db: DbOrTx,
  roundId: string,
  period: { opensOn: string; closesOn: string },
): Promise<void> {
  await db.update(rounds).set(period).where(eq(rounds.id, roundId));
}

/** Switches a round to personal links only, or back; the caller checks that the change is allowed. */
export async function setPersonalLinksOnly(db: DbOrTx, roundId: string, on: boolean): Promise<void> {
  await db.update(rounds).set({ personalLinksOnly: on }).where(eq(rounds.id, roundId));
}
