import { reportDocumentMessages } from '../../../core/messages/report-document-messages';
import { useEffect, useRef, useState } from 'preact/hooks';
import { reportMessages } from '../../../core/messages/report-messages';
import type { Translate } from '../../../core/messages/message-catalogue';
import { sendJson, type FieldIssue } from '../api/send-json';
import { FocusedNotice } from '../admin/focused-notice';
import { useSubmit } from '../admin/use-submit';
import { IssueBeside, invalidFor, RefusalAlert } from '../components/refusal-alert';
import { localized } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { ReportDocument } from './report-document';
import { textsOf, type ReportView } from './report-types';

/** The server names a refused text in English; the screen says it in the user's language. */
function issueText(t: Translate<typeof reportMessages>, issue: FieldIssue): string {
  if (issue.field === 'medStatement' && /MED/.test(issue.issue)) return t('report.issue.medStatement');
  if (/too big|at most|<=/i.test(issue.issue)) return t('report.issue.tooLong');
  return t('report.issue.other');
}

/**
 * A draft as quality staff see it: every goal's process evaluation and the MED committee's
 * statement as fields, saved together; then adoption, which saves the texts first and, once
 * confirmed, locks the report for good.
 */
export function ReportEditor({
  view,
  address,
  onAdopted,
}: {
  view: ReportView;
  address: string;
  onAdopted: () => void;
}) {
  const t = useMessages(reportMessages);
  const { locale } = useLocale();
  const w = useMessages(reportDocumentMessages);
  const { report } = view;
  const [texts, setTexts] = useState(() => textsOf(report));
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmit();
  const issues = submit.issues;
  // "Not yet" puts the focus back on the button that asked, not at the top of the page.
  const adoptButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    if (!cancelled.current) return;
    cancelled.current = false;
    adoptButton.current?.focus();
  }, [confirming]);
  const say = (issue: FieldIssue) => issueText(t, issue);
  const goalTitle = (id: string) => report.areas.flatMap((a) => a.goals).find((g) => g.id === id)?.title;
  const sayInList = (issue: FieldIssue) => {
    const goalId = issue.field.startsWith('processEvaluations.') ? issue.field.split('.')[1]! : null;
    const title = goalId ? goalTitle(goalId) : undefined;
    const label = title
      ? t('report.processFor', { goal: localized(title, locale) })
      : w('reportDocument.medStatement');
    return `${label}: ${say(issue)}`;
  };
  const change = (next: typeof texts) => {
    setTexts(next);
    setDirty(true);
  };
  const saveTexts = async () => {
    await sendJson('PUT', `${address}/texts`, texts);
    setDirty(false);
  };
  const save = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      await saveTexts();
      setSaved((n) => n + 1);
    });
  };
  const adopt = () =>
    submit.run(async () => {
      setConfirming(false);
      await saveTexts();
      await sendJson('POST', `${address}/adopt`);
      onAdopted();
    });
  const reason = (status: number | undefined) => (status === 409 ? t('report.alreadyAdopted') : null);
  return (
    <>
      <form id="report-texts" class="report-texts" onSubmit={save} noValidate>
        <p class="lead">{t('report.writeLead')}</p>
        <RefusalAlert submit={submit} say={sayInList} reason={reason} />
        <ReportDocument
          report={report}
          editing={(goalId) => ({
            value: texts.processEvaluations[goalId] ?? '',
            onInput: (text) =>
              change({ ...texts, processEvaluations: { ...texts.processEvaluations, [goalId]: text } }),
            issues,
            say,
          })}
          med={
            <>
              <textarea
                id="medStatement"
                rows={6}
                aria-label={w('reportDocument.medStatement')}
                value={texts.medStatement}
                onInput={(e) => change({ ...texts, medStatement: e.currentTarget.value })}
                {...invalidFor('medStatement-error', 'medStatement', issues)}
              />
              <IssueBeside id="medStatement-error" field="medStatement" issues={issues} say={say} />
            </>
          }
        />
        <p class="report-save">
          <button type="submit" disabled={submit.busy}>
            {t('report.saveTexts')}
          </button>{' '}
          {dirty && <span class="meta unsaved">{t('report.unsaved')}</span>}
        </p>
        {saved > 0 && !dirty && !submit.failure && (
          <FocusedNotice role="status" class="notice" token={saved}>
            <p>{t('report.textsSaved')}</p>
          </FocusedNotice>
        )}
      </form>
      <section class="report-adopt" aria-labelledby="adopt-heading">
        <h2 id="adopt-heading">{t('report.adoptHeading')}</h2>
        <p>{t('report.adoptLead')}</p>
        {confirming ? (
          <FocusedNotice role="status" class="confirm" token={confirming}>
            <p>{t('report.confirmAdopt', { year: report.year })}</p>
            <p class="confirm-buttons">
              <button type="button" id="confirm-adopt" onClick={adopt} disabled={submit.busy}>
                {t('report.confirmYes')}
              </button>{' '}
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  cancelled.current = true;
                  setConfirming(false);
                }}
              >
                {t('report.confirmNo')}
              </button>
            </p>
          </FocusedNotice>
        ) : (
          <button
            type="button"
            id="adopt"
            ref={adoptButton}
            onClick={() => setConfirming(true)}
            disabled={submit.busy}
          >
            {t('report.adopt', { year: report.year })}
          </button>
        )}
      </section>
    </>
  );
}
