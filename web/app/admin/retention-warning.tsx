import { adminRetentionMessages } from '../../../core/messages/admin-retention-messages';
import type { FieldIssue } from '../api/send-json';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import type { RetentionPreview, RoundToDelete } from './admin-types';
import { FieldError, invalidProps } from './field-issues';

/** Whether the entered periods delete anything that is kept now. */
export const previewDeletes = (preview: RetentionPreview | null): preview is RetentionPreview =>
  preview !== null && preview.answers.rounds.length + preview.comments.rounds.length > 0;

/**
 * Before a shorter period is saved: which rounds lose their answers or comments at the next sweep,
 * and a box the administrator ticks to say they understand (the server refuses the change without
 * it). Inside a live region that is always there, so a screen reader hears it appear while typing.
 */
export function RetentionWarning({
  preview,
  confirmed,
  onConfirm,
  issues,
}: {
  preview: RetentionPreview | null;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  issues: FieldIssue[];
}) {
  const t = useMessages(adminRetentionMessages);
  return (
    <div aria-live="polite" id="retention-preview">
      {previewDeletes(preview) && (
        <div class="retention-warning">
          <h2>{t('admin.retentionWarnTitle')}</h2>
          {preview.answers.rounds.length > 0 && (
            <>
              <p>
                {t('admin.retentionWarnAnswers', {
                  count: preview.answers.rounds.length,
                  responses: preview.answers.responses,
                })}
              </p>
              <RoundList rounds={preview.answers.rounds} kind="answers" />
            </>
          )}
          {preview.comments.rounds.length > 0 && (
            <>
              <p>{t('admin.retentionWarnComments', { count: preview.comments.rounds.length })}</p>
              <RoundList rounds={preview.comments.rounds} kind="comments" />
            </>
          )}
          <p>{t('admin.retentionWarnWhen')}</p>
          <div class="confirm">
            <input
              type="checkbox"
              id="confirm"
              checked={confirmed}
              onChange={(e) => onConfirm(e.currentTarget.checked)}
              {...invalidProps('confirm-error', 'confirm', issues)}
            />
            <label for="confirm">{confirmText(t, preview)}</label>
          </div>
          <FieldError id="confirm-error" field="confirm" issues={issues} />
        </div>
      )}
    </div>
  );
}

function RoundList({ rounds, kind }: { rounds: RoundToDelete[]; kind: 'answers' | 'comments' }) {
  const t = useMessages(adminRetentionMessages);
  const { locale } = useLocale();
  return (
    <ul data-deletes={kind}>
      {rounds.map((r) => (
        <li key={r.roundId} data-round={r.roundId}>
          {t('admin.retentionWarnRound', { title: r.title[locale] || r.title.da, responses: r.responses })}
        </li>
      ))}
    </ul>
  );
}

function confirmText(
  t: ReturnType<typeof useMessages<typeof adminRetentionMessages>>,
  preview: RetentionPreview,
): string {
  const answers = preview.answers.rounds.length;
  const comments = preview.comments.rounds.length;
  if (answers > 0 && comments > 0) return t('admin.retentionConfirmBoth', { answers, comments });
  return answers > 0
    ? t('admin.retentionConfirmAnswers', { count: answers })
    : t('admin.retentionConfirmComments', { count: comments });
}
