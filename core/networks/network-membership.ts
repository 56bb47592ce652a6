/** When a municipality was a member of the network: from the day it joined to the day it left. */
export interface Membership {
  municipalityId: string;
  /** ISO date the membership began (the invitation was accepted). */
  from: string;
  /** ISO date it ended; null while it lasts. */
  until: string | null;
}

/**
 * The rounds that count in the network: those a municipality opened while it was a member.
 * A round opened before joining never counts, and one opened while a member keeps counting after
 * the municipality leaves. So a change of membership never changes a figure already shown:
 * otherwise the figure before a member joined (or left) minus the one after would be that
 * member's own total, to every other member. Rounds open on a day, memberships change at a
 * moment: a round opened on the day of joining does not count (it may have had answers before),
 * one opened on the day of leaving does (it may have been counted before).
 */
export function roundsWhileMember<T extends { municipalityId: string; opensOn: string }>(
  values: T[],
  memberships: Membership[],
): T[] {
  return values.filter((value) =>
    memberships.some(
      (m) =>
        m.municipalityId === value.municipalityId &&
        value.opensOn > m.from &&
        (m.until === null || value.opensOn <= m.until),
    ),
  );
}
