import type { UnitTally } from '../api/api-types';
import { reportDocumentMessages } from '../../../core/messages/report-document-messages';
import { useMessages } from '../i18n/use-messages';

/** "1 of 3 institutions meet the goal." and which do not; hidden and missing units are counted, not named. */
export function UnitTallyLine({ tally }: { tally: UnitTally }) {
  const t = useMessages(reportDocumentMessages);
  const { met, notMet, uncertain, hidden, noData } = tally;
  const total = met + notMet.length + uncertain + hidden + noData;
  return (
    <div class="tally">
      <p>
        <strong>{t('reportDocument.unitsMeeting', { met, total, kind: tally.kind })}</strong>
      </p>
      {notMet.length > 0 && (
        <p>
          {t('reportDocument.notMetAt')}: {notMet.join(', ')}
        </p>
      )}
      {uncertain + hidden + noData > 0 && (
        <p class="meta">{t('reportDocument.unitsHiddenOrMissing', { hidden, noData, uncertain })}</p>
      )}
      {tally.readersUnitsOnly && <p class="meta">{t('reportDocument.readersUnitsOnly')}</p>}
    </div>
  );
}
