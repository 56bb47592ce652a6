/** A cell of a published table as the linear audit sees it. */
export interface AuditCell {
  n: number;
  suppressed: boolean;
  /**
   * A group below the minimum size (n = 1..min−1): it must never be solvable. A cell hidden only to
   * protect another has n ≥ min; solving it reveals no small group, as long as no small one follows.
   */
  small: boolean;
}
