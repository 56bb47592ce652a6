import type { ManyChanges } from '../api/api-types';
import { manyChangesMessages } from '../../../core/messages/many-changes-messages';
import { changeMark, manyChangesSummaryIn } from '../../../core/reports/many-changes-text';
import { useMessages } from '../i18n/use-messages';
import { useLocale } from '../i18n/locale';

/**
 * Beside a change its 95 % interval marks: "holds" when it survives all the view's changes judged
 * together (false discovery rate 5 %), "may be chance" when not. Unmarked changes get nothing.
 */
export function ChangeMark({ change }: { change: { pValue?: number; holdsAtFdr?: boolean } }) {
  const t = useMessages(manyChangesMessages);
  const mark = changeMark(change);
  if (!mark) return null;
  const holds = mark === 'holds';
  return (
    <span class={`fdr ${mark}`} title={t(holds ? 'manyChanges.holdsWhy' : 'manyChanges.mayBeChanceWhy')}>
      {t(holds ? 'manyChanges.holds' : 'manyChanges.mayBeChance')}
    </span>
  );
}

/** "12 changes judged; 5 marked at 95 %. By chance alone about 0.6 …", under a view that judges them. */
export function ManyChangesLine({
  changes,
  lead,
  together,
}: {
  changes: ManyChanges | null;
  /** Words before the sentence, e.g. what the count covers. */
  lead?: string;
  /** These are one goal's changes among this many judged together. */
  together?: number;
}) {
  const { locale } = useLocale();
  if (!changes || changes.judged === 0) return null;
  return (
    <p class="many-changes">
      {lead && <strong>{lead}: </strong>}
      {manyChangesSummaryIn(changes, locale, together)}
    </p>
  );
}
