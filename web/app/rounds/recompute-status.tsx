import { roundMessages } from '../../../core/messages/round-messages';
import { useMessages } from '../i18n/use-messages';
import type { RecomputeRun } from './round-types';

export const runIsActive = (run: RecomputeRun | null) =>
  run !== null && (run.status === 'queued' || run.status === 'running');

/** Where a full recompute stands: queued, reading n of m (a progress bar), failed, or done when. */
export function RecomputeStatus({ run }: { run: RecomputeRun | null }) {
  const t = useMessages(roundMessages);
  if (run === null) return <span class="meta">{t('rounds.recompute.never')}</span>;
  if (run.status === 'queued')
    return (
      <span class="meta" data-run="queued">
        {t('rounds.recompute.queued')}
      </span>
    );
  if (run.status === 'running') {
    const total = run.total ?? 0;
    const text = t('rounds.recompute.running', { processed: run.processed, total });
    return (
      <span class="progress" data-run="running">
        <span id={`run-${run.id}`}>{text}</span>{' '}
        <progress max={Math.max(total, 1)} value={run.processed} aria-labelledby={`run-${run.id}`} />
      </span>
    );
  }
  if (run.status === 'failed')
    return (
      <span class="field-error" data-run="failed">
        {t('rounds.recompute.failed', { error: run.error ?? '?' })}
      </span>
    );
  return (
    <span class="meta" data-run="done">
      {t('rounds.recompute.done', { when: new Date(run.finishedAt ?? Date.now()), count: run.total ?? 0 })}
    </span>
  );
}
