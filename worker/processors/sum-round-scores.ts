import type { InstrumentIndicators } from '../../core/indicators/indicator-definition';
import { StatsTable } from '../../core/indicators/indicator-stats';
import { compactScore, scoreResponse, storedScoreAdder } from '../../core/indicators/score-response';
import type { DbOrTx } from '../../db/database';
import {
  listResponsesToRescore,
  readUnitScoresPage,
  storeRescored,
} from '../../db/repositories/response-scores';

// Answers are kilobytes each: a page to score again stays within tens of megabytes.
const RESCORE_PAGE = 5_000;
// A national round's municipality has ~300 classes: one or two pages of units.
const UNIT_PAGE = 200;

/**
 * Each unit's own statistics over a round's responses (docs/decisions/0019). The stored scores
 * are read a page of units at a time, each unit's in response id order, and added in that order,
 * so the sums are the same doubles every time. The same reading counts responses whose stored
 * scores the current scoring (`fingerprint`) did not make; if there are any, they are scored again
 * from their answers and stored, a page at a time, and the round is read again. Units come out in
 * the order of their first response. `onProgress` is told how many responses were read so far.
 */
export async function sumRoundScores(
  db: DbOrTx,
  instrument: InstrumentIndicators,
  roundId: string,
  fingerprint: string,
  onProgress: (read: number) => Promise<void> = async () => undefined,
): Promise<{ direct: Map<string, StatsTable>; counted: Map<string, number> }> {
  // A count never goes back: after rescoring, the second reading counts from where the first got to.
  let done = 0;
  const report = (n: number) => onProgress((done = Math.max(done, n)));
  const first = await addUpStoredScores(db, instrument, roundId, fingerprint, report);
  if (first.stale === 0) return first;
  // Scores an older scoring made (or none, or from before stored scores): scored again and stored,
  // then everything read again, so that every unit is added up in response id order.
  await rescoreStale(db, instrument, roundId, fingerprint, report);
  return addUpStoredScores(db, instrument, roundId, fingerprint, report);
}

/** One reading of the round's trusted stored scores, and how many responses had none. */
async function addUpStoredScores(
  db: DbOrTx,
  instrument: InstrumentIndicators,
  roundId: string,
  fingerprint: string,
  report: (read: number) => Promise<void>,
): Promise<{ direct: Map<string, StatsTable>; counted: Map<string, number>; stale: number }> {
  const units: { unitId: string; firstId: string; table: StatsTable; count: number }[] = [];
  let read = 0;
  let stale = 0;
  for (let afterUnitId: string | null = null; ;) {
    const page = await readUnitScoresPage(db, roundId, fingerprint, afterUnitId, UNIT_PAGE);
    for (const unit of page) {
      stale += unit.stale;
      if (unit.scoresJson === null || unit.firstId === null) continue; // none trusted
      const scores = JSON.parse(unit.scoresJson) as unknown[];
      const table = new StatsTable();
      const add = storedScoreAdder(table, instrument);
      for (const stored of scores) {
        // Scores the current scoring made always fit it: anything else is a bug, not data to skip.
        if (!add(stored)) throw new Error(`unit ${unit.unitId}: stored scores do not fit the instrument`);
      }
      units.push({ unitId: unit.unitId, firstId: unit.firstId, table, count: scores.length });
      read += scores.length;
    }
    await report(read);
    if (page.length < UNIT_PAGE) break;
    afterUnitId = page[page.length - 1]!.unitId;
  }
  units.sort((a, b) => (a.firstId < b.firstId ? -1 : a.firstId > b.firstId ? 1 : 0));
  return {
    direct: new Map(units.map((u) => [u.unitId, u.table])),
    counted: new Map(units.map((u) => [u.unitId, u.count])),
    stale,
  };
}

/** Scores again, and stores, every response of the round whose stored scores are not trusted. */
async function rescoreStale(
  db: DbOrTx,
  instrument: InstrumentIndicators,
  roundId: string,
  fingerprint: string,
  report: (rescored: number) => Promise<void>,
): Promise<void> {
  let rescoredSoFar = 0;
  for (let afterId: string | null = null; ;) {
    const page = await listResponsesToRescore(db, roundId, fingerprint, afterId, RESCORE_PAGE);
    const rescored = page.map((r) => ({
      id: r.id,
      scores: compactScore(scoreResponse(instrument, r.answers)),
    }));
    await storeRescored(db, fingerprint, rescored);
    if (page.length < RESCORE_PAGE) return;
    await report((rescoredSoFar += page.length));
    afterId = page[page.length - 1]!.id;
  }
}
