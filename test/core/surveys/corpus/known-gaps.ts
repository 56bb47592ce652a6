/**
 * Corpus definitions where the compiled validator does not yet reach survey-core's verdict, each
 * with why. The harness runs their failing test as `it.failing`: it passes while the gap is there
 * and fails once it is closed, so a fixed gap must be taken off this list. Issue 21's goal is an
 * empty list; README "What SurveyJS JSON covers" gives the count.
 */
export type GapKind = 'refused' | 'disagrees';

export interface KnownGap {
  kind: GapKind;
  why: string;
}

export const KNOWN_GAPS: Readonly<Record<string, KnownGap>> = {};
