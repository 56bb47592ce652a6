/**
 * Which of the protections against a determined reader are on (docs/decisions/0011). Production
 * always runs with all of them; switching one off exists only so that tests can show the attack
 * it stops still works without it.
 */
export interface AnonymityRules {
  /** Indicators computed from the same answers are hidden together, group by group. */
  linkedIndicators: boolean;
  /** No hidden small group is pinned to one answer or to a narrow interval (linear programming). */
  bounds: boolean;
  /**
   * Values are published in audited releases; off, every recompute publishes at once (live), as
   * before releases existed.
   */
  heldReleases: boolean;
}

export const FULL_PROTECTION: Readonly<AnonymityRules> = Object.freeze({
  linkedIndicators: true,
  bounds: true,
  heldReleases: true,
});
