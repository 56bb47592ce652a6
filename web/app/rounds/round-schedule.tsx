import { roundMessages } from '../../../core/messages/round-messages';
import { sendJson } from '../api/send-json';
import { FocusedNotice } from '../admin/focused-notice';
import { useSubmit } from '../admin/use-submit';
import { useMessages } from '../i18n/use-messages';
import { RoundRefusal } from './round-issues';
import type { RoundState } from './round-types';
import { useState } from 'preact/hooks';

/**
 * Opening a scheduled round or closing an open one today, for quality staff: the round's first or
 * last day becomes today. The result is said in a focused notice.
 */
export function RoundSchedule({
  roundId,
  state,
  onChanged,
}: {
  roundId: string;
  state: RoundState;
  onChanged: () => void;
}) {
  const t = useMessages(roundMessages);
  const submit = useSubmit();
  const [done, setDone] = useState<'open' | 'close' | null>(null);
  const action = state === 'not-yet-open' ? 'open' : state === 'open' ? 'close' : null;
  const change = (what: 'open' | 'close') =>
    void submit.run(async () => {
      await sendJson('POST', `/api/rounds/${encodeURIComponent(roundId)}/${what}`);
      setDone(what);
      onChanged();
    });
  return (
    <div class="round-schedule">
      <RoundRefusal submit={submit} fields={[]} />
      {done && (
        <FocusedNotice role="status" class="notice" token={done}>
          {t(done === 'open' ? 'rounds.opened' : 'rounds.closed')}
        </FocusedNotice>
      )}
      {action && (
        <button type="button" disabled={submit.busy} onClick={() => change(action)}>
          {t(action === 'open' ? 'rounds.openNow' : 'rounds.closeNow')}
        </button>
      )}
    </div>
  );
}
