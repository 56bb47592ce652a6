import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Membership } from '../../core/networks/network-membership';
import type { MemberRoundValue } from '../../core/networks/network-series';
import type { DbOrTx } from '../database';
import {
  indicatorValues,
  instrumentVersions,
  municipalities,
  networkMembers,
  networks,
  orgUnits,
  rounds,
} from '../schema';

export type MembershipStatus = 'invited' | 'member';

export interface NetworkMember {
  municipalityId: string;
  slug: string;
  name: string;
  status: MembershipStatus;
}

export interface Network {
  id: string;
  name: string;
  members: NetworkMember[];
}

/** The rows of a municipality's current network (invited or member), not the ones it left. */
const current = (municipalityId: string) =>
  and(eq(networkMembers.municipalityId, municipalityId), ne(networkMembers.status, 'left'));

export async function createNetwork(db: DbOrTx, name: string): Promise<string> {
  const [row] = await db.insert(networks).values({ name }).returning({ id: networks.id });
  return row!.id;
}

export async function addNetworkMember(
  db: DbOrTx,
  member: { networkId: string; municipalityId: string; status: MembershipStatus },
): Promise<void> {
  await db.insert(networkMembers).values(member);
}

/** An accepted invitation: the membership begins now. */
export async function acceptMembership(db: DbOrTx, municipalityId: string): Promise<void> {
  await db
    .update(networkMembers)
    .set({ status: 'member', since: sql`now()` })
    .where(and(current(municipalityId), eq(networkMembers.status, 'invited')));
}

/** A member leaves (its row stays, with when: its rounds so far keep counting); an invitation is withdrawn. */
export async function endMembership(db: DbOrTx, municipalityId: string): Promise<void> {
  await db
    .update(networkMembers)
    .set({ status: 'left', leftAt: sql`now()` })
    .where(and(current(municipalityId), eq(networkMembers.status, 'member')));
  await db.delete(networkMembers).where(and(current(municipalityId), eq(networkMembers.status, 'invited')));
}

/** A network without members is deleted, with its invitations and past memberships. */
export async function deleteNetworkIfEmpty(db: DbOrTx, networkId: string): Promise<void> {
  const [left] = await db
    .select({ municipalityId: networkMembers.municipalityId })
    .from(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.status, 'member')))
    .limit(1);
  if (left) return;
  await db.delete(networkMembers).where(eq(networkMembers.networkId, networkId));
  await db.delete(networks).where(eq(networks.id, networkId));
}

/** The network a municipality belongs to or is invited to, with its current members and invitations. */
export async function findNetworkOf(
  db: DbOrTx,
  municipalityId: string,
): Promise<(Network & { status: MembershipStatus }) | undefined> {
  const [own] = await db
    .select({ networkId: networkMembers.networkId, status: networkMembers.status, name: networks.name })
    .from(networkMembers)
    .innerJoin(networks, eq(networks.id, networkMembers.networkId))
    .where(current(municipalityId));
  if (!own) return undefined;
  const members = await db
    .select({
      municipalityId: networkMembers.municipalityId,
      slug: municipalities.slug,
      name: municipalities.name,
      status: networkMembers.status,
    })
    .from(networkMembers)
    .innerJoin(municipalities, eq(municipalities.id, networkMembers.municipalityId))
    .where(and(eq(networkMembers.networkId, own.networkId), ne(networkMembers.status, 'left')))
    .orderBy(asc(municipalities.name));
  // 'left' rows are filtered out above.
  const status = own.status as MembershipStatus;
  return { id: own.networkId, name: own.name, status, members: members as NetworkMember[] };
}

/** Every membership that counts for a network's figures: current members and those that left. */
export async function listMemberships(db: DbOrTx, networkId: string): Promise<Membership[]> {
  const rows = await db
    .select({
      municipalityId: networkMembers.municipalityId,
      since: networkMembers.since,
      leftAt: networkMembers.leftAt,
    })
    .from(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), ne(networkMembers.status, 'invited')));
  const day = (at: Date) => at.toISOString().slice(0, 10);
  return rows.map((r) => ({
    municipalityId: r.municipalityId,
    from: day(r.since),
    until: r.leftAt ? day(r.leftAt) : null,
  }));
}

/**
 * The municipality-level value (root unit, no breakdown) of one indicator in every round of an
 * instrument, for the given municipalities. Internal statistics included: they stay on the server.
 */
export async function listMunicipalityValues(
  db: DbOrTx,
  query: { municipalityIds: string[]; instrumentKey: string; indicatorKey: string },
): Promise<(MemberRoundValue & { instrumentVersionId: string })[]> {
  if (query.municipalityIds.length === 0) return [];
  const rows = await db
    .select({
      municipalityId: indicatorValues.municipalityId,
      roundId: indicatorValues.roundId,
      opensOn: rounds.opensOn,
      instrumentVersionId: indicatorValues.instrumentVersionId,
      n: indicatorValues.n,
      statK: indicatorValues.statK,
      statSum: indicatorValues.statSum,
      statSumSq: indicatorValues.statSumSq,
      definitionHash: indicatorValues.definitionHash,
      suppressed: indicatorValues.suppressed,
      auditHidden: indicatorValues.auditHidden,
      value: indicatorValues.value,
      ciLow: indicatorValues.ciLow,
      ciHigh: indicatorValues.ciHigh,
    })
    .from(indicatorValues)
    .innerJoin(rounds, eq(rounds.id, indicatorValues.roundId))
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, rounds.instrumentVersionId))
    .innerJoin(orgUnits, eq(orgUnits.id, indicatorValues.unitId))
    .where(
      and(
        inArray(indicatorValues.municipalityId, query.municipalityIds),
        eq(instrumentVersions.instrumentKey, query.instrumentKey),
        eq(indicatorValues.indicatorKey, query.indicatorKey),
        isNull(orgUnits.parentId),
        eq(indicatorValues.breakdownKey, ''),
        eq(indicatorValues.breakdownValue, ''),
        eq(indicatorValues.internal, false),
      ),
    );
  return rows.map(({ n, statK, statSum, statSumSq, suppressed, auditHidden, ...row }) => ({
    ...row,
    stats: { n, k: statK, sum: statSum, sumSq: statSumSq },
    hidden: suppressed || auditHidden,
  }));
}
