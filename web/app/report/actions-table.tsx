import type { ReportGoal } from '../api/api-types';
import { formatDateIn, REPORT_WORDS } from '../i18n/format';
import { useLocale } from '../i18n/locale';

/** The ways to the goal (veje / tiltak): what, where, who, when, and how far it has come. */
export function ActionsTable({ goal }: { goal: ReportGoal }) {
  const { locale } = useLocale();
  const w = REPORT_WORDS[locale];
  const local = goal.actionsDecidedLocally && <p>{w.actionsLocal}</p>;
  if (goal.actions.length === 0) return local || <p class="meta">{w.noActions}</p>;
  return (
    <>
      {local}
      <div class="table-wrap">
        <table class="actions">
          <thead>
            <tr>
              <th scope="col">{w.what}</th>
              <th scope="col">{w.where}</th>
              <th scope="col">{w.responsible}</th>
              <th scope="col">{w.due}</th>
              <th scope="col">{w.status}</th>
            </tr>
          </thead>
          <tbody>
            {goal.actions.map((a, i) => (
              <tr key={i}>
                <th scope="row">{a.what}</th>
                <td>{a.where ?? w.wholeScope}</td>
                <td>{a.responsible}</td>
                <td>{a.dueOn ? formatDateIn(a.dueOn, locale) : '–'}</td>
                <td>
                  {w.actionStatus[a.status]}
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
