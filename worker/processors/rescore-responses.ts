import type { InstrumentIndicators } from '../../core/indicators/indicator-definition';
import { compactScore, scoreResponse } from '../../core/indicators/score-response';
import type { DbOrTx } from '../../db/database';
import {
  listResponsesToRescore,
  storeRescored,
  type ScoreScope,
} from '../../db/repositories/response-scores';

const PAGE_SIZE = 2000;

/**
 * Scores again, a page at a time, every response in scope whose stored scores the current scoring
 * did not make (scored before a scoring change, by an older server, or not at all), and stores the
 * new scores with the fingerprint; only then are the stored scores added up in SQL. A page's
 * answers are the only ones held in memory. `onPage` is told how many were scored so far.
 */
export async function rescoreResponses(
  db: DbOrTx,
  instrument: InstrumentIndicators,
  scope: ScoreScope,
  onPage: (rescored: number) => Promise<void> = async () => undefined,
): Promise<number> {
  let rescored = 0;
  for (let afterId: string | null = null; ;) {
    const page = await listResponsesToRescore(db, scope, afterId, PAGE_SIZE);
    if (page.length === 0) return rescored;
    const scored = page.map((r) => ({
      id: r.id,
      scores: compactScore(scoreResponse(instrument, r.answers)),
    }));
    await storeRescored(db, scope.fingerprint, scored);
    rescored += page.length;
    afterId = page[page.length - 1]!.id;
    await onPage(rescored);
  }
}
