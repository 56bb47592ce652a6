import { useState } from 'preact/hooks';
import { roundMessages } from '../../../core/messages/round-messages';
import { sendJson } from '../api/send-json';
import { FocusedNotice } from '../admin/focused-notice';
import { useSubmit } from '../admin/use-submit';
import { useMessages } from '../i18n/use-messages';
import { RoundRefusal } from './round-issues';
import type { RoundDistribution } from './round-types';

/**
 * How the round is answered: quality staff switch it to personal links only (against padding:
 * someone adding answers to a small unit to read its first ones by subtraction), or back while it
 * is still scheduled.
 */
export function LinkPolicySection({ data, onChanged }: { data: RoundDistribution; onChanged: () => void }) {
  const t = useMessages(roundMessages);
  const submit = useSubmit();
  const [changed, setChanged] = useState<object | null>(null);
  const { round, linkPolicy } = data;
  if (!linkPolicy.mayTurnOn && !linkPolicy.mayTurnOff && !round.personalLinksOnly && !changed) return null;
  const change = (personalLinksOnly: boolean) =>
    void submit.run(async () => {
      await sendJson('PATCH', `/api/rounds/${encodeURIComponent(round.id)}`, { personalLinksOnly });
      setChanged({});
      onChanged();
    });
  return (
    <section class="round-section" id="link-policy" aria-labelledby="link-policy-heading">
      <h2 id="link-policy-heading">{t('rounds.policy.heading')}</h2>
      <RoundRefusal submit={submit} fields={[]} />
      {changed && (
        <FocusedNotice role="status" class="notice" token={changed}>
          {t('rounds.policy.changed')}
        </FocusedNotice>
      )}
      <p data-field="link-policy">
        {round.personalLinksOnly ? t('rounds.policy.personalOnly') : t('rounds.policy.open')}
      </p>
      {linkPolicy.mayTurnOn && (
        <>
          <p class="meta">{t('rounds.policy.turnOnHint')}</p>
          <button type="button" disabled={submit.busy} onClick={() => change(true)}>
            {t('rounds.policy.turnOn')}
          </button>
        </>
      )}
      {linkPolicy.mayTurnOff && (
        <button type="button" disabled={submit.busy} onClick={() => change(false)}>
          {t('rounds.policy.turnOff')}
        </button>
      )}
      {round.personalLinksOnly && !linkPolicy.mayTurnOff && round.state !== 'not-yet-open' && (
        <p class="meta">{t('rounds.policy.locked')}</p>
      )}
    </section>
  );
}
