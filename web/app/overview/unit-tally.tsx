import type { UnitTally } from '../api/api-types';
import { REPORT_WORDS } from '../i18n/format';
import { useLocale } from '../i18n/locale';

/** "1 of 3 institutions meet the goal." and which do not; hidden and missing units are counted, not named. */
export function UnitTallyLine({ tally }: { tally: UnitTally }) {
  const { locale } = useLocale();
  const words = REPORT_WORDS[locale];
  const total = tally.met + tally.notMet.length + tally.uncertain + tally.hidden + tally.noData;
  return (
    <div class="tally">
      <p>
        <strong>{words.unitsMeeting(tally.met, total, words.kinds[tally.kind])}</strong>
      </p>
      {tally.notMet.length > 0 && (
        <p>
          {words.notMetAt}: {tally.notMet.join(', ')}
        </p>
      )}
      {tally.uncertain + tally.hidden + tally.noData > 0 && (
        <p class="meta">{words.unitsHiddenOrMissing(tally.hidden, tally.noData, tally.uncertain)}</p>
      )}
      {tally.readersUnitsOnly && <p class="meta">{words.readersUnitsOnly}</p>}
    </div>
  );
}
