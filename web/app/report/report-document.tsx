import { reportDocumentMessages } from '../../../core/messages/report-document-messages';
import { useMessages } from '../i18n/use-messages';
import type { FollowUpReport } from '../api/api-types';

import { ReportGoalSection, type TextEditing } from './report-goal';
import { WrittenText } from './written-text';

/**
 * The report's content per service area and goal, then the MED committee's statement. While a
 * draft is edited, `editing` gives each goal's text field and `med` the statement's field.
 */
export function ReportDocument({
  report,
  editing,
  med,
}: {
  report: FollowUpReport;
  editing?: (goalId: string) => TextEditing;
  med?: preact.ComponentChildren;
}) {
  const w = useMessages(reportDocumentMessages);
  return (
    <div class="report-document">
      {report.areas.map((area) => (
        <section class="report-area" aria-labelledby={`report-area-${area.key}`} key={area.key}>
          <h2 id={`report-area-${area.key}`}>{area.name}</h2>
          {area.aim && (
            <p class="aim">
              <strong>{w('reportDocument.aim')}:</strong> {area.aim}
            </p>
          )}
          {area.goals.map((goal) => (
            <ReportGoalSection goal={goal} editing={editing?.(goal.id)} key={goal.id} />
          ))}
        </section>
      ))}
      <section class="report-med" aria-labelledby="report-med">
        <h2 id="report-med">{w('reportDocument.medStatement')}</h2>
        {med ?? <WrittenText text={report.medStatement} />}
      </section>
    </div>
  );
}
