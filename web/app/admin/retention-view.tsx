import { useEffect, useState } from 'preact/hooks';
import { adminMessages } from '../../../core/messages/admin-messages';
import { adminRetentionMessages } from '../../../core/messages/admin-retention-messages';
import { Refusal, sendJson } from '../api/send-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { formatDateIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { AdminNav } from './admin-nav';
import type { RetentionAdmin } from './admin-types';
import { FieldError, invalidProps } from './field-issues';
import { FocusedNotice } from './focused-notice';
import { RefusalSummary } from './refusal-summary';
import { previewDeletes, RetentionWarning } from './retention-warning';
import { useRetentionPreview, type RetentionValues } from './use-retention-preview';
import { useSubmit } from './use-submit';

const messages = { ...adminMessages, ...adminRetentionMessages };
const FIELDS = ['answersKeptYears', 'commentsKeptMonths'] as const;

/** /app/admin/retention: how long answers and comments are kept, and when each round's go. */
export function RetentionView() {
  const t = useMessages(messages);
  usePageTitle(t('admin.section.retention'));
  const [loaded, reload] = useReloadableJson<RetentionAdmin>('/api/admin/retention');
  const [notice, setNotice] = useState<{ text: string } | null>(null);
  return (
    <>
      <AdminNav current="retention" />
      <h1>{t('admin.section.retention')}</h1>
      <p class="lead">{t('admin.retentionLead')}</p>
      {notice && (
        <FocusedNotice role="status" class="notice" token={notice}>
          <p>{notice.text}</p>
        </FocusedNotice>
      )}
      <LoadState loaded={loaded}>
        {(data) => (
          <>
            <RetentionForm
              data={data}
              onSaved={() => {
                setNotice({ text: t('admin.retentionSaved') });
                reload();
              }}
            />
            <RetentionTable data={data} />
          </>
        )}
      </LoadState>
    </>
  );
}

function RetentionForm({ data, onSaved }: { data: RetentionAdmin; onSaved: () => void }) {
  const t = useMessages(messages);
  const submit = useSubmit();
  const [values, setValues] = useState<RetentionValues>({
    answersKeptYears: String(data.policy.answersKeptYears),
    commentsKeptMonths: String(data.policy.commentsKeptMonths),
  });
  // Asked again after a refusal: a round may have become due since the last answer.
  const [asked, setAsked] = useState(0);
  const preview = useRetentionPreview(values, data.limits, asked);
  // A tick confirms the rounds shown, no others: it goes when what is shown changes.
  const [confirmed, setConfirmed] = useState(false);
  const shown = JSON.stringify(preview);
  useEffect(() => setConfirmed(false), [shown]);
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      // A field left empty or not a number is sent as it is, so the answer names it.
      const asNumber = (text: string) =>
        text.trim() === '' || Number.isNaN(Number(text)) ? text : Number(text);
      await sendJson('PUT', '/api/admin/retention', {
        answersKeptYears: asNumber(values.answersKeptYears),
        commentsKeptMonths: asNumber(values.commentsKeptMonths),
        ...(previewDeletes(preview) && confirmed ? { confirm: true } : {}),
      }).catch((error: unknown) => {
        if (error instanceof Refusal && error.status === 409) setAsked((n) => n + 1);
        throw error;
      });
      onSaved();
    });
  };
  return (
    <form class="stacked admin-form" id="retention" onSubmit={send} noValidate>
      <RefusalSummary submit={submit} fields={[...FIELDS, 'confirm']} />
      {FIELDS.map((field) => {
        const [min, max] = data.limits[field];
        return (
          <div class="field" key={field}>
            <label for={field}>{t(`admin.${field}`)}</label>
            <input
              type="number"
              id={field}
              name={field}
              min={min}
              max={max}
              step={1}
              value={values[field]}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setValues((v) => ({ ...v, [field]: value }));
                setConfirmed(false);
              }}
              {...invalidProps(`${field}-error`, field, submit.issues)}
            />
            <FieldError id={`${field}-error`} field={field} issues={submit.issues} />
          </div>
        );
      })}
      <RetentionWarning
        preview={preview}
        confirmed={confirmed}
        onConfirm={setConfirmed}
        issues={submit.issues}
      />
      <button type="submit" disabled={submit.busy}>
        {t('admin.retentionSave')}
      </button>
    </form>
  );
}

function RetentionTable({ data }: { data: RetentionAdmin }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const day = (iso: string) => formatDateIn(iso, locale);
  const when = (due: string, done: string | null) =>
    done ? t('admin.retentionDone', { date: day(done) }) : day(due);
  if (data.rounds.length === 0) return <p>{t('admin.retentionNone')}</p>;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="retention-rounds">
      <table class="retention">
        <caption id="retention-rounds">{t('admin.retentionRounds')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.retentionRound')}</th>
            <th scope="col">{t('admin.retentionCloses')}</th>
            <th scope="col" class="n">
              {t('admin.retentionResponses')}
            </th>
            <th scope="col">{t('admin.retentionComments')}</th>
            <th scope="col">{t('admin.retentionAnswers')}</th>
          </tr>
        </thead>
        <tbody>
          {data.rounds.map((r) => (
            <tr key={r.roundId} data-round={r.roundId}>
              <th scope="row">{r.title[locale] || r.title.da}</th>
              <td>{day(r.closesOn)}</td>
              <td class="n" data-field="responses">
                {r.responses}
              </td>
              <td data-field="comments">
                {when(r.commentsDueOn, r.commentsDeletedOn ?? r.answersDeletedOn)}
              </td>
              <td data-field="answers">
                {when(r.answersDueOn, r.answersDeletedOn)}
                <br />
                <span class="meta">
                  {r.answersFrom === 'report' && r.reportAdoptedOn
                    ? t('admin.retentionFromReport', { date: day(r.reportAdoptedOn) })
                    : t('admin.retentionFromClosing')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
