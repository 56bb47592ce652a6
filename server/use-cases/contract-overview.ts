import { NotFound } from '../../core/errors';
import { readScopeOf } from '../../core/org/read-scope';
import type { FollowUpReport } from '../../core/reports/follow-up-report';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import type { StaffUser } from '../../db/repositories/staff';
import { listRoundsWithAnswers } from '../../db/repositories/indicator-values';
import { listRounds } from '../../db/repositories/rounds';
import { buildFollowUpReport } from './build-follow-up-report';
import { keptResults } from './kept-results';
import { contractForStaff } from './contracts';

/**
 * The overview of a contract as the dashboard shows it: every goal with its latest result, the
 * trend since the baseline and, for "every unit below" goals, how many units meet it. Live data,
 * the same anonymity as the report; no draft texts. What the user may read (ADR 0013) is applied
 * where the report is built, so the screen, its CSV/XLSX and the draft report agree.
 */
export async function loadContractOverview(
  deps: { db: Db; instruments: InstrumentCache; now: () => Date },
  staff: StaffUser,
  contractId: string,
  asked: number | null,
): Promise<FollowUpReport> {
  const contract = await contractForStaff(deps.db, staff, contractId);
  const first = Number(contract.periodStart.slice(0, 4));
  const last = Number(contract.periodEnd.slice(0, 4));
  const year = asked ?? Math.min(Math.max(deps.now().getUTCFullYear(), first), last);
  if (!Number.isInteger(year) || year < first || year > last)
    throw new NotFound(`The contract runs ${first}-${last}; there is no year ${asked}`);
  const reader = readScopeOf(staff);
  // Whether a round of the year has answers not yet released is read live: it is not an input
  // the counters follow (recomputes write indicator values all day).
  const rounds = await listRounds(deps.db, contract.municipalityId);
  const answered = await listRoundsWithAnswers(
    deps.db,
    rounds.map((r) => r.id),
  );
  const key = `contract-overview:${contract.id}:${year}:${reader.scopeUnitPath}:${[...answered].sort().join(',')}`;
  return keptOverviews(deps.db, { municipalityId: contract.municipalityId, key }, () => {
    const texts = { medStatement: '', processEvaluations: new Map<string, string>() };
    return buildFollowUpReport(deps.db, deps.instruments, contract, year, texts, reader);
  });
}

/** Overviews kept per server process while their inputs are unchanged (kept-results.ts). */
const keptOverviews = keptResults<FollowUpReport>(64);
