import { useEffect, useRef, useState } from 'preact/hooks';
import { roundMessages } from '../../../core/messages/round-messages';
import { fetchJson } from '../api/fetch-json';
import { sendJson } from '../api/send-json';
import { useSubmit } from '../admin/use-submit';
import { useMessages } from '../i18n/use-messages';
import { RecomputeStatus, runIsActive } from './recompute-status';
import { RoundRefusal } from './round-issues';
import type { RecomputeRun } from './round-types';

/**
 * A full recompute of the round from its stored responses, for quality staff: started here, its
 * progress read from /api/recompute-runs/:id every second until it is done or failed.
 */
export function FullRecompute({
  roundId,
  lastRun,
  mayRecompute,
}: {
  roundId: string;
  lastRun: RecomputeRun | null;
  mayRecompute: boolean;
}) {
  const t = useMessages(roundMessages);
  const submit = useSubmit();
  const [run, setRun] = useState(lastRun);
  const status = useRef<HTMLParagraphElement>(null);
  const active = runIsActive(run);
  const runId = run?.id;
  useEffect(() => {
    if (!active || !runId) return;
    const abort = new AbortController();
    const timer = window.setInterval(() => {
      fetchJson<RecomputeRun>(`/api/recompute-runs/${encodeURIComponent(runId)}`, abort.signal).then(
        (next) => {
          if (!abort.signal.aborted) setRun(next);
        },
        () => undefined,
      );
    }, 1000);
    return () => {
      abort.abort();
      window.clearInterval(timer);
    };
  }, [active, runId]);
  const start = () =>
    void submit.run(async () => {
      setRun(await sendJson<RecomputeRun>('POST', `/api/rounds/${encodeURIComponent(roundId)}/recompute`));
      // The button is disabled while the run goes on: the focus moves to its progress.
      status.current?.focus();
    });
  return (
    <section class="round-section" id="recompute" aria-labelledby="recompute-heading">
      <h2 id="recompute-heading">{t('rounds.recompute.heading')}</h2>
      <p class="meta">{t('rounds.recompute.hint')}</p>
      <RoundRefusal submit={submit} fields={[]} />
      <p role="status" class="recompute-status" ref={status} tabIndex={-1} data-keeps-focus>
        <RecomputeStatus run={run} />
      </p>
      {mayRecompute && (
        <button type="button" disabled={submit.busy || active} onClick={start}>
          {t('rounds.recompute.start')}
        </button>
      )}
    </section>
  );
}
