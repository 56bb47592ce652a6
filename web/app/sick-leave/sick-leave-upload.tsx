import { useState } from 'preact/hooks';
import { importMessages } from '../../../core/messages/import-messages';
import { Refusal, type FieldIssue } from '../api/send-json';
import type { SickLeaveImportReport } from '../api/import-types';
import { uploadFile } from '../api/upload-file';
import { FocusedNotice } from '../admin/focused-notice';
import { useMessages } from '../i18n/use-messages';
import { useIssueText } from '../imports/issue-text';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Parts or rows at fault listed under a refusal; the server names at most 100. */
const SHOWN_DETAILS = 20;

type Refused = { tooLarge: boolean; details: FieldIssue[] } | 'no-file';

/**
 * The upload: the file goes as the request's body with a progress bar; the server answers at once
 * with the queued import (then `onUploaded` follows it) or refuses the file whole, naming the parts
 * or rows at fault (a workbook too wide, an old .xls), and nothing is kept.
 */
export function SickLeaveUpload({
  onUploaded,
  url = '/api/sick-leave/imports',
  fileLabel,
}: {
  onUploaded: (id: string) => void;
  /** Another import of the same request format (measured figures). */
  url?: string;
  fileLabel?: string;
}) {
  const t = useMessages(importMessages);
  const say = useIssueText();
  const [sent, setSent] = useState<number | null>(null);
  const [refused, setRefused] = useState<Refused | null>(null);
  const [attempt, setAttempt] = useState(0);
  const submit = async (event: Event) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const file = (event.currentTarget as HTMLFormElement).querySelector(
      'input[type=file]',
    ) as HTMLInputElement;
    const chosen = file.files?.[0];
    if (!chosen) return setRefused('no-file');
    setRefused(null);
    setSent(0);
    try {
      const created = await uploadFile<SickLeaveImportReport | { import: { id: string } }>(
        url,
        chosen,
        setSent,
      );
      file.value = '';
      // Sick leave answers the import itself, measured figures { import: { id, status } }.
      onUploaded('import' in created ? created.import.id : created.id);
    } catch (error) {
      const details = error instanceof Refusal ? error.details : [];
      setRefused({ tooLarge: error instanceof Refusal && error.status === 413, details });
    } finally {
      setSent(null);
    }
  };
  const details = refused && refused !== 'no-file' ? refused.details : [];
  const shown = details.slice(0, SHOWN_DETAILS);
  return (
    <form id="sick-leave-upload" class="stacked" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('sickLeaveImport.uploadHeading')}</h2>
      <label for="sick-leave-file">{fileLabel ?? t('sickLeaveImport.file')}</label>
      <input id="sick-leave-file" name="file" type="file" accept={`.csv,.xlsx,text/csv,${XLSX_TYPE}`} />
      <button type="submit" disabled={sent !== null}>
        {t('sickLeaveImport.send')}
      </button>
      {sent !== null && (
        <div class="import-progress">
          <label for="upload-progress">{t('sickLeaveImport.uploadProgress')}</label>
          <progress id="upload-progress" max={100} value={Math.round(sent * 100)} />
          <p role="status">{t('sickLeaveImport.uploading')}</p>
        </div>
      )}
      {refused === 'no-file' && (
        <FocusedNotice role="alert" class="error" token={attempt}>
          <p>{t('imports.noFile')}</p>
        </FocusedNotice>
      )}
      {refused && refused !== 'no-file' && (
        <FocusedNotice role="alert" class="error" token={attempt}>
          <p id="upload-state">
            {t(
              refused.tooLarge && details.length === 0
                ? 'sickLeaveImport.tooLarge'
                : 'sickLeaveImport.refused',
            )}
          </p>
          {shown.length > 0 && (
            <ul id="upload-problems">
              {shown.map((d, i) => (
                <li key={i}>
                  {say.place(d.field)}: {say.issue(d.issue)}
                </li>
              ))}
              {details.length > shown.length && (
                <li>
                  {t('imports.moreNotShown', { shown: shown.length, rest: details.length - shown.length })}
                </li>
              )}
            </ul>
          )}
        </FocusedNotice>
      )}
    </form>
  );
}
