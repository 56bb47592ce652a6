import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Membership } from '../../core/networks/network-membership';
import type { MemberRoundValue } from '../../core/networks/network-series';
import type { DbOrTx } from '../database';
import {
  instrumentVersions,
  municipalities,
  networkMembers,
  networks,
  orgUnits,
  releasedValues,
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
  // Each round's latest release, never the live values; one key lookup per round (release, root, …).
  const rows = await db
    .select({
      municipalityId: rounds.municipalityId,
      roundId: rounds.id,
      opensOn: rounds.opensOn,
      instrumentVersionId: releasedValues.instrumentVersionId,
      dataN: releasedValues.dataN,
      dataK: releasedValues.dataK,
      dataSum: releasedValues.dataSum,
      dataSumSq: releasedValues.dataSumSq,
      publishedInSeq: releasedValues.publishedInSeq,
      n: releasedValues.n,
      statK: releasedValues.statK,
      statSum: releasedValues.statSum,
      statSumSq: releasedValues.statSumSq,
      definitionHash: releasedValues.definitionHash,
      value: releasedValues.value,
      ciLow: releasedValues.ciLow,
      ciHigh: releasedValues.ciHigh,
    })
    .from(rounds)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, rounds.instrumentVersionId))
    .innerJoin(orgUnits, and(eq(orgUnits.municipalityId, rounds.municipalityId), isNull(orgUnits.parentId)))
    .innerJoin(
      releasedValues,
      and(
        eq(releasedValues.releaseId, rounds.latestReleaseId),
        eq(releasedValues.unitId, orgUnits.id),
        eq(releasedValues.indicatorKey, query.indicatorKey),
        eq(releasedValues.breakdownKey, ''),
        eq(releasedValues.breakdownValue, ''),
      ),
    )
    .where(
      and(
        inArray(rounds.municipalityId, query.municipalityIds),
        eq(instrumentVersions.instrumentKey, query.instrumentKey),
      ),
    );
  // A total no release showed adds its data to the network as before (the network has its own
  // rule); a shown or carried one adds what its municipality sees.
  return rows.map(
    ({ dataN, dataK, dataSum, dataSumSq, publishedInSeq, n, statK, statSum, statSumSq, ...row }) => {
      const shown = publishedInSeq !== null && n !== null;
      return {
        ...row,
        stats: shown
          ? { n, k: statK ?? 0, sum: statSum ?? 0, sumSq: statSumSq ?? 0 }
          : { n: dataN, k: dataK, sum: dataSum, sumSq: dataSumSq },
        hidden: !shown || (n > 0 && row.value === null),
        ...(shown ? {} : { value: null, ciLow: null, ciHigh: null }),
      };
    },
  );
}
