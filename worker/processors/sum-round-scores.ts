import type { InstrumentIndicators } from '../../core/indicators/indicator-definition';
import { StatsTable } from '../../core/indicators/indicator-stats';
import { addResponse, compactScore, expandScore, scoreResponse } from '../../core/indicators/score-response';
import type { DbOrTx } from '../../db/database';
import { readRoundScoresPage, storeRescored } from '../../db/repositories/response-scores';

// A national round's municipality (~10,000 responses) in one page; a page of answers to score
// again stays within tens of megabytes.
const PAGE_SIZE = 10_000;

/**
 * Each unit's own statistics over a round's responses, read a page at a time in id order (only a
 * page is held in memory) and added in that order, so the sums are the same doubles every time.
 * Stored scores are used when the current scoring made them (`fingerprint`); any other response
 * is scored again from its answers and its new scores stored with the fingerprint.
 * `onPage` is told how many responses were read so far.
 */
export async function sumRoundScores(
  db: DbOrTx,
  instrument: InstrumentIndicators,
  roundId: string,
  fingerprint: string,
  onPage: (read: number) => Promise<void> = async () => undefined,
): Promise<{ direct: Map<string, StatsTable>; counted: Map<string, number> }> {
  const direct = new Map<string, StatsTable>();
  const counted = new Map<string, number>();
  let read = 0;
  for (let afterId: string | null = null; ;) {
    const page = await readRoundScoresPage(db, roundId, fingerprint, afterId, PAGE_SIZE);
    const rescored: { id: string; scores: unknown }[] = [];
    for (const response of page) {
      const score =
        response.answers === null
          ? expandScore(instrument, response.scores)
          : scoreResponse(instrument, response.answers);
      // Scores the current scoring made always fit it: anything else is a bug, not data to skip.
      if (score === null)
        throw new Error(`response ${response.id}: its stored scores do not fit the instrument`);
      if (response.answers !== null) rescored.push({ id: response.id, scores: compactScore(score) });
      let table = direct.get(response.unitId);
      if (!table) direct.set(response.unitId, (table = new StatsTable()));
      addResponse(table, instrument, score);
      counted.set(response.unitId, (counted.get(response.unitId) ?? 0) + 1);
    }
    await storeRescored(db, fingerprint, rescored);
    read += page.length;
    await onPage(read);
    if (page.length < PAGE_SIZE) return { direct, counted };
    afterId = page[page.length - 1]!.id;
  }
}
