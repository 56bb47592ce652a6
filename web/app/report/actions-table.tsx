import { reportDocumentMessages } from '../../../core/messages/report-document-messages';
import { useMessages } from '../i18n/use-messages';
import type { ReportGoal } from '../api/api-types';
import { formatDateIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';

/** The ways to the goal (veje / tiltak): what, where, who, when, and how far it has come. */
export function ActionsTable({ goal }: { goal: ReportGoal }) {
  const { locale } = useLocale();
  const w = useMessages(reportDocumentMessages);
  const local = goal.actionsDecidedLocally && <p>{w('reportDocument.actionsLocal')}</p>;
  if (goal.actions.length === 0) return local || <p class="meta">{w('reportDocument.noActions')}</p>;
  return (
    <>
      {local}
      <div class="table-wrap">
        <table class="actions">
          <thead>
            <tr>
              <th scope="col">{w('reportDocument.what')}</th>
              <th scope="col">{w('reportDocument.where')}</th>
              <th scope="col">{w('reportDocument.responsible')}</th>
              <th scope="col">{w('reportDocument.due')}</th>
              <th scope="col">{w('reportDocument.status')}</th>
            </tr>
          </thead>
          <tbody>
            {goal.actions.map((a, i) => (
              <tr key={i}>
                <th scope="row">{a.what}</th>
                <td>{a.where ?? w('reportDocument.wholeScope')}</td>
                <td>{a.responsible}</td>
                <td>{a.dueOn ? formatDateIn(a.dueOn, locale) : '–'}</td>
                <td>
                  {w(`reportDocument.actionStatus.${a.status}`)}
                  {a.note && (
                    <>
                      <br />
                      <small>{a.note}</small>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
