/**
 * Networks are an installation-level arrangement kept by the municipalities' own administrators:
 * an administrator of the whole municipality starts a network, members' administrators invite
 * others by slug, and an invited municipality's administrator accepts (or declines). Nobody is
 * put in a network without its administrator's consent: membership shares its figures.
 */
import { z } from 'zod';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../../core/errors';
import { keepsOrganisation } from '../../core/org/scope';
import type { Db } from '../../db/database';
import { findMunicipalityBySlug } from '../../db/repositories/municipalities';
import {
  acceptMembership,
  addNetworkMember,
  createNetwork,
  deleteNetworkIfEmpty,
  endMembership,
  findNetworkOf,
  type MembershipStatus,
  type Network,
} from '../../db/repositories/networks';
import type { StaffUser } from '../../db/repositories/staff';
import { isUniqueViolation } from '../../db/unique-violation';
import { parseInput } from '../http/parse';

export const NewNetwork = z.object({ name: z.string().trim().min(1).max(120) });
export const MunicipalitySlug = z.object({ slug: z.string().trim().min(1).max(100) });

/** The municipality's network as its administrators see it; `municipalityId` picks its own row among the members. */
export type NetworkView = {
  municipalityId: string;
  network: (Network & { status: MembershipStatus }) | null;
};

function assertAdmin(staff: StaffUser): void {
  if (!keepsOrganisation(staff))
    throw new Forbidden('Networks are managed by administrators of the whole municipality');
}

export async function loadNetworkView(db: Db, staff: StaffUser): Promise<NetworkView> {
  assertAdmin(staff);
  const network = (await findNetworkOf(db, staff.municipalityId)) ?? null;
  return { municipalityId: staff.municipalityId, network };
}

export async function startNetwork(db: Db, staff: StaffUser, input: unknown): Promise<string> {
  assertAdmin(staff);
  const { name } = parseInput(NewNetwork, input, 'network');
  return db
    .transaction(async (tx) => {
      if (await findNetworkOf(tx, staff.municipalityId)) throw alreadyInNetwork('Your municipality');
      const networkId = await createNetwork(tx, name);
      await addNetworkMember(tx, { networkId, municipalityId: staff.municipalityId, status: 'member' });
      return networkId;
    })
    .catch(conflictOnRace('Your municipality'));
}

export async function inviteToNetwork(db: Db, staff: StaffUser, input: unknown): Promise<void> {
  assertAdmin(staff);
  const { slug } = parseInput(MunicipalitySlug, input, 'invitation');
  const network = await findNetworkOf(db, staff.municipalityId);
  if (!network || network.status !== 'member')
    throw new Forbidden('Only members of a network may invite; start a network first');
  const invited = await findMunicipalityBySlug(db, slug);
  if (!invited)
    throw new ValidationFailed('No such municipality', [
      { field: 'slug', issue: 'no municipality has this slug' },
    ]);
  await db
    .transaction(async (tx) => {
      if (await findNetworkOf(tx, invited.id)) throw alreadyInNetwork(invited.name);
      await addNetworkMember(tx, { networkId: network.id, municipalityId: invited.id, status: 'invited' });
    })
    .catch(conflictOnRace(invited.name));
}

/** The membership begins now: rounds the municipality opened before do not count (network-membership.ts). */
export async function acceptNetworkInvitation(db: Db, staff: StaffUser): Promise<void> {
  assertAdmin(staff);
  const network = await findNetworkOf(db, staff.municipalityId);
  if (!network || network.status !== 'invited') throw new NotFound('Your municipality has no invitation');
  await acceptMembership(db, staff.municipalityId);
}

/**
 * Takes a municipality out of the network: a member's administrator may remove any member (itself
 * included) or withdraw an invitation; an invited municipality may decline. A member's rounds so
 * far keep counting in the network's figures. The last member leaving deletes the network.
 */
export async function removeFromNetwork(db: Db, staff: StaffUser, input: unknown): Promise<void> {
  assertAdmin(staff);
  const { slug } = parseInput(MunicipalitySlug, input, 'removal');
  const network = await findNetworkOf(db, staff.municipalityId);
  if (!network) throw new NotFound('Your municipality is not in a network');
  const target = network.members.find((m) => m.slug === slug);
  if (!target) throw new NotFound(`${slug} is not in your network`);
  if (network.status === 'invited' && target.municipalityId !== staff.municipalityId)
    throw new Forbidden('Accept the invitation before you change the network');
  await db.transaction(async (tx) => {
    await endMembership(tx, target.municipalityId);
    await deleteNetworkIfEmpty(tx, network.id);
  });
}

const alreadyInNetwork = (who: string) =>
  new Conflict(
    `${who} is already in a network or invited to one; a municipality is in one network at a time`,
  );

/** Two requests at once: the unique index on current memberships lets only one through. */
const conflictOnRace = (who: string) => (error: unknown) => {
  if (isUniqueViolation(error)) throw alreadyInNetwork(who);
  throw error;
};
