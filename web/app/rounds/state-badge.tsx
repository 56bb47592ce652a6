import { roundMessages } from '../../../core/messages/round-messages';
import { useMessages } from '../i18n/use-messages';
import type { RoundState } from './round-types';

/** Scheduled, open or closed: in words, the colour only repeats them. */
export function StateBadge({ state }: { state: RoundState | string }) {
  const t = useMessages(roundMessages);
  return (
    <span class={`round-state round-state-${state}`} data-state={state}>
      {t('rounds.state', { state })}
    </span>
  );
}
