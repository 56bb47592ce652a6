import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { ASSESSMENT_INSTRUMENT_KEY } from '../../core/initiatives/assessment';
import type { Sector } from '../../core/initiatives/initiative';
import type { AssessedInitiative } from '../../core/initiatives/sector-profile';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import type { DbOrTx } from '../database';
import { goals, initiativeGoals, initiatives, instrumentVersions, municipalities, orgUnits } from '../schema';

export interface LinkedGoal {
  id: string;
  title: LocalizedText;
}

export interface Initiative {
  id: string;
  municipalityId: string;
  municipalityName: string;
  sector: Sector;
  title: string;
  description: string;
  contactUnit: { id: string; name: string; path: string };
  goals: LinkedGoal[];
  assessment: Record<string, unknown> | null;
  assessmentVersionId: string | null;
  updatedAt: string;
}

export interface InitiativeRecord {
  sector: Sector;
  title: string;
  description: string;
  contactUnitId: string;
  assessment: Record<string, unknown> | null;
  assessmentVersionId: string | null;
}

/** What the catalogue is narrowed by; `terms` is a tsquery text (core/initiatives/search-terms.ts). */
export interface InitiativeFilter {
  terms?: string;
  sector?: Sector;
  municipalityId?: string;
}

const columns = {
  id: initiatives.id,
  municipalityId: initiatives.municipalityId,
  municipalityName: municipalities.name,
  sector: initiatives.sector,
  title: initiatives.title,
  description: initiatives.description,
  contactUnit: { id: orgUnits.id, name: orgUnits.name, path: orgUnits.path },
  assessment: sql<Record<string, unknown> | null>`${initiatives.assessment}`,
  assessmentVersionId: initiatives.assessmentVersionId,
  updatedAt: sql<string>`to_char(${initiatives.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
};

const query = (terms: string) => sql`to_tsquery('danish', ${terms})`;

function conditions(filter: InitiativeFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.sector) where.push(eq(initiatives.sector, filter.sector));
  if (filter.municipalityId) where.push(eq(initiatives.municipalityId, filter.municipalityId));
  // A query of stop words only ("og") has no lexemes left: it narrows nothing rather than hiding all.
  if (filter.terms)
    where.push(sql`(numnode(${query(filter.terms)}) = 0 or ${initiatives.search} @@ ${query(filter.terms)})`);
  return where;
}

export async function createInitiative(
  db: DbOrTx,
  initiative: InitiativeRecord & { municipalityId: string; goalIds: string[] },
): Promise<string> {
  const { goalIds, ...record } = initiative;
  const [row] = await db.insert(initiatives).values(record).returning({ id: initiatives.id });
  await linkGoals(db, row!.id, goalIds);
  return row!.id;
}

/** Changes the fields given; `goalIds`, when given, replaces the linked goals. */
export async function updateInitiative(
  db: DbOrTx,
  id: string,
  changes: Partial<InitiativeRecord> & { goalIds?: string[] },
): Promise<void> {
  const { goalIds, ...record } = changes;
  await db
    .update(initiatives)
    .set({ ...record, updatedAt: sql`now()` })
    .where(eq(initiatives.id, id));
  if (goalIds === undefined) return;
  await db.delete(initiativeGoals).where(eq(initiativeGoals.initiativeId, id));
  await linkGoals(db, id, goalIds);
}

async function linkGoals(db: DbOrTx, initiativeId: string, goalIds: string[]) {
  if (goalIds.length === 0) return;
  await db.insert(initiativeGoals).values(goalIds.map((goalId) => ({ initiativeId, goalId })));
}

export async function findInitiative(db: DbOrTx, id: string): Promise<Initiative | undefined> {
  const [found] = await selectInitiatives(db, [eq(initiatives.id, id)], [], 1);
  return found;
}

/** Initiatives of every municipality of the installation, best match first, else latest first. */
export async function searchInitiatives(db: DbOrTx, filter: InitiativeFilter, limit = 100) {
  const rank = filter.terms ? [desc(sql`ts_rank(${initiatives.search}, ${query(filter.terms)})`)] : [];
  return selectInitiatives(db, conditions(filter), rank, limit);
}

async function selectInitiatives(db: DbOrTx, where: SQL[], order: SQL[], limit: number) {
  const rows = await db
    .select(columns)
    .from(initiatives)
    .innerJoin(municipalities, eq(municipalities.id, initiatives.municipalityId))
    .innerJoin(orgUnits, eq(orgUnits.id, initiatives.contactUnitId))
    .where(and(...where))
    .orderBy(...order, desc(initiatives.updatedAt), asc(initiatives.id))
    .limit(limit);
  const linked = await listLinkedGoals(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ ...row, goals: linked.get(row.id) ?? [] }) as Initiative);
}

async function listLinkedGoals(db: DbOrTx, initiativeIds: string[]): Promise<Map<string, LinkedGoal[]>> {
  const byInitiative = new Map<string, LinkedGoal[]>();
  if (initiativeIds.length === 0) return byInitiative;
  const rows = await db
    .select({ initiativeId: initiativeGoals.initiativeId, id: goals.id, title: goals.title })
    .from(initiativeGoals)
    .innerJoin(goals, eq(goals.id, initiativeGoals.goalId))
    .where(inArray(initiativeGoals.initiativeId, initiativeIds))
    .orderBy(asc(goals.position));
  for (const { initiativeId, ...goal } of rows) {
    const list = byInitiative.get(initiativeId) ?? [];
    list.push(goal as LinkedGoal);
    byInitiative.set(initiativeId, list);
  }
  return byInitiative;
}

/** The assessments behind the profile per sector, narrowed like the search (terms aside). */
export async function listAssessments(
  db: DbOrTx,
  filter: Omit<InitiativeFilter, 'terms'>,
): Promise<AssessedInitiative[]> {
  const rows = await db
    .select({ sector: initiatives.sector, answers: initiatives.assessment })
    .from(initiatives)
    .where(and(...conditions(filter), sql`${initiatives.assessment} is not null`));
  return rows as AssessedInitiative[];
}

/** The newest registered version of the assessment instrument: new assessments answer it. */
export async function findCurrentAssessmentVersionId(db: DbOrTx): Promise<string | undefined> {
  const [row] = await db
    .select({ id: instrumentVersions.id })
    .from(instrumentVersions)
    .where(eq(instrumentVersions.instrumentKey, ASSESSMENT_INSTRUMENT_KEY))
    .orderBy(desc(instrumentVersions.version))
    .limit(1);
  return row?.id;
}

/** The goals an initiative of this municipality may work towards. */
export async function listGoalChoices(db: DbOrTx, municipalityId: string): Promise<LinkedGoal[]> {
  const rows = await db
    .select({ id: goals.id, title: goals.title })
    .from(goals)
    .where(eq(goals.municipalityId, municipalityId))
    .orderBy(asc(goals.position), asc(goals.id));
  return rows as LinkedGoal[];
}

export async function listMunicipalityNames(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: municipalities.id, name: municipalities.name })
    .from(municipalities)
    .orderBy(asc(municipalities.name));
}
