import { useEffect, useState } from 'preact/hooks';
import { roundMessages } from '../../../core/messages/round-messages';
import { sendJson } from '../api/send-json';
import { FocusedNotice } from '../admin/focused-notice';
import { useSubmit } from '../admin/use-submit';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { RoundRefusal } from './round-issues';
import { dayText } from './round-format';
import type { RoundOverview } from './round-types';

/**
 * The round's releases, newest first (what staff and citizens read is the latest), and for quality
 * staff while the round is open and has answers, publishing interim results now. The release is
 * made by the worker: the list is read again every two seconds until it has arrived.
 */
export function RoundReleases({
  round,
  mayRelease,
  onChanged,
}: {
  round: RoundOverview;
  mayRelease: boolean;
  onChanged: () => void;
}) {
  const t = useMessages(roundMessages);
  const { locale } = useLocale();
  const submit = useSubmit();
  const [waitingFor, setWaitingFor] = useState<number | null>(null);
  const publishing = waitingFor !== null && round.releases.length <= waitingFor;
  useEffect(() => {
    if (!publishing) return;
    const timer = window.setInterval(onChanged, 2000);
    return () => window.clearInterval(timer);
  }, [publishing, onChanged]);
  const publish = () =>
    void submit.run(async () => {
      await sendJson('POST', `/api/rounds/${encodeURIComponent(round.id)}/releases`);
      setWaitingFor(round.releases.length);
    });
  return (
    <section class="round-section" id="releases" aria-labelledby="releases-heading">
      <h2 id="releases-heading">{t('rounds.releases.heading')}</h2>
      {round.releases.length ? (
        <ul class="releases">
          {round.releases.map((r) => (
            <li key={r.seq} data-release={r.seq}>
              {t('rounds.releases.item', { kind: r.kind, seq: r.seq, when: new Date(r.releasedAt) })}
              {r.hiddenCells > 0 &&
                ` · ${t('rounds.releases.hidden', { cells: r.hiddenCells, answers: r.hiddenRespondents })}`}
            </li>
          ))}
        </ul>
      ) : (
        <p class="meta">{t('rounds.releases.none', { closesOn: dayText(round.closesOn, locale) })}</p>
      )}
      <RoundRefusal submit={submit} fields={[]} />
      {publishing && (
        <FocusedNotice role="status" class="notice" token={waitingFor}>
          {t('rounds.releases.publishing')}
        </FocusedNotice>
      )}
      {mayRelease && round.state === 'open' && round.responses > 0 && (
        <>
          <button type="button" disabled={submit.busy || publishing} onClick={publish}>
            {t('rounds.releases.publish')}
          </button>
          <p class="meta">{t('rounds.releases.publishHint')}</p>
        </>
      )}
    </section>
  );
}
