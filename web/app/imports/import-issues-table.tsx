import { importMessages } from '../../../core/messages/import-messages';
import type { ImportIssue } from '../api/import-types';
import { useMessages } from '../i18n/use-messages';
import { useIssueText } from './issue-text';
import { TableScroll } from '../components/table-scroll';

/**
 * The row report of a refused import (sick leave, key figures): each problem by the file's line and
 * the column as the file heads it, so it can be found and corrected there; `total` counts them all
 * when only the first are listed.
 */
export function ImportIssuesTable({ issues, total }: { issues: ImportIssue[]; total: number }) {
  const t = useMessages(importMessages);
  const say = useIssueText();
  const rest = total - issues.length;
  return (
    <>
      <TableScroll label={t('imports.rowsHeading', { count: total })}>
        <table class="import-errors">
          <caption class="visually-hidden">{t('imports.rowsHeading', { count: total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imports.line')}</th>
              <th scope="col">{t('imports.column')}</th>
              <th scope="col">{t('imports.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((e, i) => (
              <tr key={i}>
                <td class="n">{e.line}</td>
                <td>{say.place(e.field)}</td>
                <td>{say.issue(e.message)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {rest > 0 && <p class="meta">{t('imports.moreNotShown', { shown: issues.length, rest })}</p>}
    </>
  );
}
