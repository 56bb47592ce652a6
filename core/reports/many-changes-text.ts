import type { Locale } from '../indicators/indicator-definition';
import { manyChangesMessages } from '../messages/many-changes-messages';
import { translator } from '../messages/message-catalogue';
import type { ManyChanges } from '../statistics/false-discovery';

/** "0,6", "9,6", "12": about how many, with one decimal while it is small. */
const about = (x: number, locale: Locale) => {
  const text = x < 10 ? x.toFixed(1) : String(Math.round(x));
  return locale === 'en' ? text : text.replace('.', ',');
};

/**
 * What a view that judges many changes at once says about them, in words a council member reads
 * (the report, the app's heatmap and a unit's indicators all say it alike): "12 changes judged; 5
 * marked at 95 %. By chance alone about 0.6 would be marked even if nothing had changed. 4 hold when
 * all 12 are judged together (false discovery rate 5 %)." With `together`, these are one goal's
 * changes among that many the reader sees. The words are core/messages/many-changes-messages.ts.
 */
export function manyChangesSummaryIn(changes: ManyChanges, locale: Locale, together?: number): string {
  const t = translator(manyChangesMessages, locale);
  const { judged, marked, expectedByChance, holdAtFdr: hold } = changes;
  const sentences = [
    t('manyChanges.judged', { judged, marked, together: together ? 'yes' : 'no' }),
    t('manyChanges.byChance', { expected: about(expectedByChance, locale) }),
  ];
  if (marked > 0)
    sentences.push(
      together
        ? t('manyChanges.holdTogether', { hold, total: together })
        : t('manyChanges.holdAll', { hold, judged }),
    );
  return sentences.join(' ');
}

/** Which mark a change gets: none unless its 95 % interval marks it. */
export function changeMark(change: {
  pValue?: number;
  holdsAtFdr?: boolean;
}): 'holds' | 'may-be-chance' | null {
  if (change.holdsAtFdr === undefined || change.pValue === undefined || !(change.pValue < 0.05)) return null;
  return change.holdsAtFdr ? 'holds' : 'may-be-chance';
}
