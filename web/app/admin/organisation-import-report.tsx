import { useLocale } from '../i18n/locale';
import type { OrganisationImportReport, UnitChanges } from './admin-types';
import { FocusedNotice } from './focused-notice';
import { importIssueText } from './import-issue-text';

/** "Antal (elever, brugere) → 22, Navn → 3.B": an update's changes in the reader's words. */
function useChangeText() {
  const { orgAdmin: w } = useLocale().words;
  const names: Record<string, string> = {
    name: w.name,
    code: w.code,
    grade: w.grade,
    population: w.population,
    families: w.families,
    employees: w.employees,
  };
  return (changes: UnitChanges) =>
    Object.entries(changes)
      .map(([field, value]) => `${names[field] ?? field} → ${String(value)}`)
      .join(', ');
}

function Errors({ report }: { report: OrganisationImportReport }) {
  const { words, locale } = useLocale();
  const w = words.orgAdmin;
  return (
    <div class="table-wrap">
      <table class="import-errors">
        <caption class="visually-hidden">{w.errorsHeading(report.errors.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{w.line}</th>
            <th scope="col">{w.column}</th>
            <th scope="col">{w.problem}</th>
          </tr>
        </thead>
        <tbody>
          {report.errors.map((e, i) => (
            <tr key={i}>
              <td class="n">{e.line}</td>
              <td>{e.field}</td>
              <td>{importIssueText(w.issues, locale, e.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Changes({ report }: { report: OrganisationImportReport }) {
  const { orgAdmin: w } = useLocale().words;
  const changeText = useChangeText();
  return (
    <>
      {report.created.length > 0 && (
        <div class="table-wrap">
          <table class="import-created">
            <caption>{w.toCreate(report.created.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{w.line}</th>
                <th scope="col">{w.code}</th>
                <th scope="col">{w.name}</th>
                <th scope="col">{w.kind}</th>
                <th scope="col">{w.under}</th>
              </tr>
            </thead>
            <tbody>
              {report.created.map((c) => (
                <tr key={c.line}>
                  <td class="n">{c.line}</td>
                  <td>{c.code}</td>
                  <td>{c.name}</td>
                  <td>{w.kinds[c.kind][0]}</td>
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
            <caption>{w.toUpdate(report.updated.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{w.line}</th>
                <th scope="col">{w.code}</th>
                <th scope="col">{w.unit}</th>
                <th scope="col">{w.changes}</th>
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
  const { orgAdmin: w } = useLocale().words;
  const changes = report.created.length + report.updated.length;
  if (report.errors.length)
    return (
      <div class="import-report">
        <FocusedNotice role="alert" class="error" token={report}>
          <h3>{w.errorsHeading(report.errors.length)}</h3>
          <p>{w.errorsNote}</p>
        </FocusedNotice>
        <Errors report={report} />
      </div>
    );
  return (
    <div class="import-report">
      <FocusedNotice role="status" class="notice" token={report}>
        <p>
          {changes === 0
            ? w.nothingToChange(report.unchanged)
            : w.previewSummary(report.created.length, report.updated.length, report.unchanged)}
        </p>
      </FocusedNotice>
      <Changes report={report} />
      {changes > 0 && (
        <button type="button" disabled={busy} onClick={onApply}>
          {w.apply}
        </button>
      )}
    </div>
  );
}
