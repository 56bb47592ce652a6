import { RoundNotOpen } from '../errors';

/** ISO dates compare as strings; a round is open from its first to its last day inclusive. */
export function roundState(round: { opensOn: string; closesOn: string }, today: string) {
  if (today < round.opensOn) return 'not-yet-open' as const;
  if (today > round.closesOn) return 'closed' as const;
  return 'open' as const;
}

export function assertRoundOpen(round: { opensOn: string; closesOn: string }, today: string): void {
  const state = roundState(round, today);
  if (state === 'closed') throw new RoundNotOpen('This survey round has closed', 'closed');
  if (state === 'not-yet-open') throw new RoundNotOpen(`This survey round opens on ${round.opensOn}`, state);
}
