import { useState } from 'preact/hooks';
import { instrumentMessages } from '../../../core/messages/instrument-messages';
import { fetchJson } from '../api/fetch-json';
import { sendJson } from '../api/send-json';
import { useSubmit } from '../admin/use-submit';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { InstrumentProblems } from './instrument-problems';
import type { InstrumentDraft, InstrumentListing, PublishedVersion } from './instrument-types';

type File = 'survey' | 'indicators';
const FILES: File[] = ['survey', 'indicators'];
export const textareaId = (file: File) => `instrument-${file}`;

/** Two JSON texts pretty-printed, to be read and changed by hand. */
const pretty = (json: unknown) => JSON.stringify(json, null, 2);

/**
 * A new instrument: survey.json and indicators.json from files or from a built-in (or own)
 * instrument to change, checked by the server (every problem listed, linked to its text), then a
 * phone-sized preview and "Publish".
 */
export function InstrumentUploadForm({
  instruments,
  onPublished,
}: {
  instruments: InstrumentListing[];
  onPublished: (published: PublishedVersion) => void;
}) {
  const t = useMessages(instrumentMessages);
  const { locale } = useLocale();
  const check = useSubmit();
  const publish = useSubmit();
  const [texts, setTexts] = useState<Record<File, string>>({ survey: '', indicators: '' });
  const [startFrom, setStartFrom] = useState('');
  const [draft, setDraft] = useState<InstrumentDraft | null>(null);
  const change = (file: File, text: string) => {
    setTexts((current) => ({ ...current, [file]: text }));
    setDraft(null);
  };
  const readFile = (file: File) => async (event: Event) => {
    const chosen = (event.currentTarget as HTMLInputElement).files?.[0];
    if (chosen) change(file, await chosen.text());
  };
  const load = () =>
    void check.run(async () => {
      const found = await fetchJson<{ survey: unknown; indicators: unknown }>(
        `/api/instruments/${encodeURIComponent(startFrom)}/definition`,
      );
      setTexts({ survey: pretty(found.survey), indicators: pretty(found.indicators) });
      setDraft(null);
    });
  const send = (event: Event) => {
    event.preventDefault();
    setDraft(null);
    void check.run(async () => {
      const answer = await sendJson<{ draft: InstrumentDraft }>('POST', '/api/instruments/drafts', texts);
      setDraft(answer.draft);
    });
  };
  const publishDraft = () =>
    void publish.run(async () => {
      const published = await sendJson<PublishedVersion>(
        'POST',
        `/api/instruments/drafts/${draft!.id}/publish`,
      );
      setDraft(null);
      onPublished(published);
    });
  const invalid = (file: File) => check.issues.some((i) => i.field.startsWith(`${file}.`));
  return (
    <section aria-labelledby="instrument-new">
      <h2 id="instrument-new">{t('instruments.newHeading')}</h2>
      <div class="instrument-start">
        <label for="instrument-start-from">{t('instruments.startFrom')}</label>
        <select
          id="instrument-start-from"
          value={startFrom}
          onChange={(e) => setStartFrom((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t('instruments.startFromNone')}</option>
          {instruments.map((i) => (
            <option key={i.key} value={i.key}>
              {`${i.name[locale] ?? i.key} (${i.key})`}
            </option>
          ))}
        </select>
        <button type="button" onClick={load} disabled={!startFrom || check.busy}>
          {t('instruments.load')}
        </button>
      </div>
      <form onSubmit={send} class="instrument-form">
        {FILES.map((file) => (
          <div class="field" key={file}>
            <label for={`${textareaId(file)}-file`}>
              {t(file === 'survey' ? 'instruments.surveyFile' : 'instruments.indicatorsFile')}
            </label>
            <input
              id={`${textareaId(file)}-file`}
              type="file"
              accept=".json,application/json"
              onChange={readFile(file)}
            />
            <label for={textareaId(file)}>
              {t(file === 'survey' ? 'instruments.surveyText' : 'instruments.indicatorsText')}
            </label>
            <textarea
              id={textareaId(file)}
              rows={14}
              spellcheck={false}
              aria-describedby="instrument-text-hint"
              aria-invalid={invalid(file) ? 'true' : undefined}
              value={texts[file]}
              onInput={(e) => change(file, (e.currentTarget as HTMLTextAreaElement).value)}
            />
          </div>
        ))}
        <p id="instrument-text-hint" class="hint">
          {t('instruments.textHint')}
        </p>
        <InstrumentProblems submit={check} />
        <button type="submit" disabled={check.busy}>
          {t('instruments.check')}
        </button>
      </form>
      {draft && <DraftPreview draft={draft} busy={publish.busy} onPublish={publishDraft} />}
      <InstrumentProblems submit={publish} />
    </section>
  );
}

function DraftPreview({
  draft,
  busy,
  onPublish,
}: {
  draft: InstrumentDraft;
  busy: boolean;
  onPublish: () => void;
}) {
  const t = useMessages(instrumentMessages);
  return (
    <div class="instrument-preview">
      <p role="status">
        {draft.sameAs === null
          ? t('instruments.checked', { key: draft.key, version: draft.version })
          : t('instruments.checkedSame', { key: draft.key, version: draft.sameAs })}
      </p>
      <iframe
        class="phone-frame"
        title={t('instruments.previewTitle')}
        src={draft.preview}
        width={390}
        height={844}
      />
      <p>
        <a href={draft.preview} target="_blank" rel="noopener">
          {t('instruments.openPreview')}
        </a>
      </p>
      <button type="button" onClick={onPublish} disabled={busy}>
        {t('instruments.publish')}
      </button>
    </div>
  );
}
