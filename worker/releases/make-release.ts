import { sql } from 'drizzle-orm';
import { staffEvent, systemEvent } from '../../core/audit/staff-actor';
import { auditRelease } from '../../core/anonymity/audit-release';
import type { CellRef } from '../../core/anonymity/release-audit';
import { dataSignature, sameData, shownFresh } from '../../core/releases/release-data';
import { releaseKind, type ReleaseKind } from '../../core/releases/release-kind';
import type { DbOrTx } from '../../db/database';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { listGoalsForInstrument } from '../../db/repositories/goals';
import {
  findRoundLiveDigest,
  noteLiveStateReleased,
  releaseCheck,
} from '../../db/repositories/round-live-digests';
import {
  insertReleasedGoalValues,
  insertReleasedValues,
  liveEqualsRelease,
  type StoredRelease,
} from '../../db/repositories/release-contents';
import { findLatestRelease, insertRelease, setLatestRelease } from '../../db/repositories/releases';
import { findStaffUser } from '../../db/repositories/staff';
import type { PublishedRound, RecomputeDeps, RoundContext } from '../processors/round-context';
import { loadReleaseInput, type ReleaseInput } from './load-release-input';

export interface MadeRelease {
  id: string;
  seq: number;
  kind: ReleaseKind;
}

const keyOf = (c: CellRef) =>
  `${c.unitId}\u0000${c.indicatorKey}\u0000${c.breakdownKey}\u0000${c.breakdownValue}`;
const goalKeyOf = (g: { goalId: string; unitId: string }) => `${g.goalId}\u0000${g.unitId}`;

/**
 * In the caller's transaction, holding the round's lock, with the live values up to date: audits
 * the round together with its earlier releases and writes a new release of every published cell
 * and goal value — its own numbers where the audit lets them be shown, else the numbers the
 * previous release showed (with their date), else nothing — and makes it the one readers see.
 * Makes none (null) when the data, the goals and the kind are those of the latest release.
 * `published`: what a whole-round publish in this transaction left (its live cells, the digest of
 * the live state, and the release that state was found equal to before). A live state that a full
 * recompute left and that was found equal to the latest release is not compared again, and one
 * found equal now is noted so (docs/decisions/0023).
 */
export async function makeRelease(
  tx: DbOrTx,
  deps: RecomputeDeps,
  context: RoundContext,
  requested?: ReleaseKind,
  requestedBy?: string,
  published?: PublishedRound,
): Promise<MadeRelease | null> {
  const { round } = context;
  const kind = releaseKind(round, deps.now().toISOString().slice(0, 10), requested);
  // Most full recomputes change nothing: tell that in the database before reading both copies.
  const head = await findLatestRelease(tx, round.id);
  // The live state a full recompute last wrote or confirmed, while unchanged (its digest's row).
  const kept = published ?? (await findRoundLiveDigest(tx, round.id));
  if (head && head.kind === kind) {
    const goalIds = (await listGoalsForInstrument(tx, round.municipalityId, round.instrumentKey)).map(
      (g) => g.id,
    );
    const check = releaseCheck(head.id, goalIds);
    if (kept?.checkedAgainst === check) return null;
    if (await liveEqualsRelease(tx, round.id, head.id, goalIds)) {
      if (kept) await noteLiveStateReleased(tx, round.id, kept.digest, check);
      return null;
    }
  }
  const input = await loadReleaseInput(tx, deps, context, published?.cells());
  const latest = input.earlier.at(-1);
  if (latest && latest.kind === kind && unchangedSince(latest, input)) {
    if (kept) await noteLiveStateReleased(tx, round.id, kept.digest, releaseCheck(latest.id, input.goalIds));
    return null;
  }
  const auditStarted = performance.now();
  const audit = auditRelease(input.audit, deps.anonymity, deps.solver);
  deps.onAudited?.((performance.now() - auditStarted) / 1000);
  const hiddenCells = new Set(audit.hiddenCells.map(keyOf));
  const hiddenGoals = new Set(audit.hiddenGoals.map(goalKeyOf));
  // Most releases of large rounds hide nothing beyond the units' own rules: no key to build then.
  const heldCells = input.cells.filter(
    (c) => !shownFresh(c.numbers.n, c.suppressed, hiddenCells.size > 0 && hiddenCells.has(keyOf(c))),
  );
  const heldGoals = input.goals.filter(
    (g) => !shownFresh(g.numbers.n, g.numbers.status === 'hidden', hiddenGoals.has(goalKeyOf(g))),
  );
  // What the audit held back beyond the units' own rules, for the rounds page.
  const extra = heldCells.filter((c) => !c.suppressed);
  // Live (tests only: the protections switched off) publishes as before releases: a value hidden
  // now is hidden, never carried from the previous recompute.
  const carryFrom = deps.anonymity.heldReleases ? (latest?.id ?? null) : null;
  const release = { seq: (latest?.seq ?? 0) + 1, at: deps.now(), previousId: carryFrom };
  // Readers see a release as soon as it commits and later ones are audited against it, so unlike
  // the live values (derived, redone from the markers) it must survive a crash once committed.
  await tx.execute(sql`set local synchronous_commit = on`);
  const id = await insertRelease(tx, {
    municipalityId: round.municipalityId,
    roundId: round.id,
    seq: release.seq,
    kind,
    releasedAt: release.at,
    responseCounts: input.responseCounts,
    hiddenCells: extra.length,
    hiddenRespondents: extra.reduce((sum, c) => sum + c.numbers.n, 0),
  });
  const written = { ...release, id, roundId: round.id };
  await insertReleasedValues(tx, written, heldCells);
  await insertReleasedGoalValues(tx, written, input.goalIds, heldGoals);
  await setLatestRelease(tx, round.id, id);
  await recordRelease(tx, round, { id, seq: release.seq, kind }, requestedBy, release.at);
  return { id, seq: release.seq, kind };
}

/**
 * The same data as the latest release: the same cells and goal values with the same statistics,
 * and where that release showed a value's own numbers, the same definition and goal status.
 */
function unchangedSince(latest: StoredRelease, input: ReleaseInput): boolean {
  const shownThen = new Set([
    ...latest.cells.filter((c) => c.shownFresh).map(keyOf),
    ...latest.goals.filter((g) => g.shownFresh).map(goalKeyOf),
  ]);
  const cellsThen = new Map(
    latest.cells.map((c) => [keyOf(c), dataSignature(c.data, c.shownFresh ? c.definitionHash : '')]),
  );
  const cellsNow = new Map(
    input.cells.map((c) => {
      const key = keyOf(c);
      return [key, dataSignature(c.numbers.stats, shownThen.has(key) ? c.numbers.definitionHash : '')];
    }),
  );
  const goalsThen = new Map(
    latest.goals.map((g) => [goalKeyOf(g), dataSignature(g.data, g.shownFresh ? g.status : '')]),
  );
  const goalsNow = new Map(
    input.goals.map((g) => {
      const key = goalKeyOf(g);
      return [key, dataSignature(g.numbers.stats, shownThen.has(key) ? g.numbers.status : '')];
    }),
  );
  return sameData(cellsThen, cellsNow) && sameData(goalsThen, goalsNow);
}

/**
 * On the audit trail with the release: as the staff member's who asked for it (an interim
 * release), else as the system's (the final release at close, a recompute's release).
 */
async function recordRelease(
  tx: DbOrTx,
  round: { id: string; municipalityId: string },
  made: MadeRelease,
  requestedBy: string | undefined,
  at: Date,
): Promise<void> {
  const asker = requestedBy ? await findStaffUser(tx, requestedBy) : undefined;
  const subject = `round:${round.id}`;
  const detail = { releaseId: made.id, seq: made.seq, kind: made.kind };
  const event = asker
    ? staffEvent(asker, 'round_released', subject, detail)
    : systemEvent(round.municipalityId, 'round_released', subject, detail);
  await recordAuditEvent(tx, event, at);
}
