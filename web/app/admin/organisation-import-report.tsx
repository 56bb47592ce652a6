import { useLocale } from '../i18n/locale';
import type { OrganisationImportReport, UnitChanges } from './admin-types';
import { FocusedNotice } from './focused-notice';
import { importIssueText } from './import-issue-text';
import { organisationImportMessages } from '../../../core/messages/organisation-import-messages';
import { organisationMessages } from '../../../core/messages/organisation-messages';
import { useMessages } from '../i18n/use-messages';

const messages = { ...organisationImportMessages, ...organisationMessages };

/** "Antal (elever, brugere) → 22, Navn → 3.B": an update's changes in the reader's words. */
function useChangeText() {
  const t = useMessages(messages);
  const names: Record<string, string> = {
    name: t('organisation.name'),
    code: t('organisation.code'),
    grade: t('organisation.grade'),
    population: t('organisation.population'),
    families: t('organisation.families'),
    employees: t('organisation.employees'),
  };
  return (changes: UnitChanges) =>
    Object.entries(changes)
      .map(([field, value]) => `${names[field] ?? field} → ${String(value)}`)
      .join(', ');
}

function Errors({ report }: { report: OrganisationImportReport }) {
  const { locale } = useLocale();
  const t = useMessages(messages);
  return (
    <div class="table-wrap">
      <table class="import-errors">
        <caption class="visually-hidden">
          {t('organisation.errorsHeading', { count: report.errors.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('organisation.line')}</th>
            <th scope="col">{t('organisation.column')}</th>
            <th scope="col">{t('organisation.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {report.errors.map((e, i) => (
            <tr key={i}>
              <td class="n">{e.line}</td>
              <td>{e.field}</td>
              <td>{importIssueText(locale, e.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Changes({ report }: { report: OrganisationImportReport }) {
  const t = useMessages(messages);
  const changeText = useChangeText();
  return (
    <>
      {report.created.length > 0 && (
        <div class="table-wrap">
          <table class="import-created">
            <caption>{t('organisation.toCreate', { count: report.created.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisation.line')}</th>
                <th scope="col">{t('organisation.code')}</th>
                <th scope="col">{t('organisation.name')}</th>
                <th scope="col">{t('organisation.kind')}</th>
                <th scope="col">{t('organisation.under')}</th>
              </tr>
            </thead>
            <tbody>
              {report.created.map((c) => (
                <tr key={c.line}>
                  <td class="n">{c.line}</td>
                  <td>{c.code}</td>
                  <td>{c.name}</td>
                  <td>{t(`organisation.kind.${c.kind}`, { count: 1 })}</td>
                  <td>{c.parent}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.updated.length > 0 && (
        <div class="table-wrap">
          <table class="import-updated">
            <caption>{t('organisation.toUpdate', { count: report.updated.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisation.line')}</th>
                <th scope="col">{t('organisation.code')}</th>
                <th scope="col">{t('organisation.unit')}</th>
                <th scope="col">{t('organisation.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {report.updated.map((u) => (
                <tr key={u.line}>
                  <td class="n">{u.line}</td>
                  <td>{u.code}</td>
                  <td>{u.name}</td>
                  <td>{changeText(u.changes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** A preview: the rows at fault, or what importing would create and update, and the Import button. */
export function ImportReportView({
  report,
  busy,
  onApply,
}: {
  report: OrganisationImportReport;
  busy: boolean;
  onApply: () => void;
}) {
  const t = useMessages(messages);
  const changes = report.created.length + report.updated.length;
  if (report.errors.length)
    return (
      <div class="import-report">
        <FocusedNotice role="alert" class="error" token={report}>
          <h3>{t('organisation.errorsHeading', { count: report.errors.length })}</h3>
          <p>{t('organisation.errorsNote')}</p>
        </FocusedNotice>
        <Errors report={report} />
      </div>
    );
  return (
    <div class="import-report">
      <FocusedNotice role="status" class="notice" token={report}>
        <p>
          {changes === 0
            ? t('organisation.nothingToChange', { count: report.unchanged })
            : t('organisation.previewSummary', {
                created: report.created.length,
                updated: report.updated.length,
                unchanged: report.unchanged,
              })}
        </p>
      </FocusedNotice>
      <Changes report={report} />
      {changes > 0 && (
        <button type="button" disabled={busy} onClick={onApply}>
          {t('organisation.apply')}
        </button>
      )}
    </div>
  );
}
