import { roundState } from '../surveys/round-state';

export type ReleaseKind = 'interim' | 'final';

/**
 * A release of a closed round is its final one, whoever asked; an open round's is what was asked
 * for, interim unless said otherwise.
 */
export function releaseKind(
  round: { opensOn: string; closesOn: string },
  today: string,
  requested: ReleaseKind | undefined,
): ReleaseKind {
  if (roundState(round, today) === 'closed') return 'final';
  return requested ?? 'interim';
}
