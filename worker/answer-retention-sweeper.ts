import { retentionDue } from '../core/retention/answer-retention';
import { freeTextQuestionNames, withoutFreeText } from '../core/retention/free-text';
import type { Db } from '../db/database';
import {
  deleteRoundAnswers,
  listRoundsForRetention,
  listRetentionPolicies,
  listRoundAnswersAfter,
  markCommentsDeleted,
  rewriteAnswers,
  type RoundForRetention,
} from '../db/repositories/answer-retention';
import { startClockedSweep } from './periodic-sweep';

/** Retention is counted in months and years: once an hour is plenty. */
const RETENTION_EVERY_MS = 3_600_000;
const BATCH = 500;

export interface RetentionOutcome {
  roundsWithAnswersDeleted: number;
  responsesDeleted: number;
  roundsWithCommentsDeleted: number;
  answersWithCommentsRemoved: number;
}

/**
 * Deletes what each municipality's retention policy says is due today: a closed round's raw
 * answers, or before that its free text. Idempotent: a round is marked when done, and a sweep
 * cut short is finished by the next. Logs counts and round ids only, never answers.
 */
export async function applyAnswerRetention(
  db: Db,
  now: Date,
  log: (message: string) => void,
): Promise<RetentionOutcome> {
  const today = now.toISOString().slice(0, 10);
  const outcome: RetentionOutcome = {
    roundsWithAnswersDeleted: 0,
    responsesDeleted: 0,
    roundsWithCommentsDeleted: 0,
    answersWithCommentsRemoved: 0,
  };
  const policies = await listRetentionPolicies(db);
  for (const round of await listRoundsForRetention(db, { closedBefore: today })) {
    const policy = policies.get(round.municipalityId);
    if (!policy) continue;
    const due = retentionDue(round, policy, today);
    if (due.answers) {
      const deleted = await deleteRoundAnswers(db, round, now);
      outcome.roundsWithAnswersDeleted += 1;
      outcome.responsesDeleted += deleted;
      log(`retention: round ${round.roundId} closed ${round.closesOn}: ${deleted} responses deleted`);
    } else if (due.comments) {
      const changed = await removeFreeText(db, round);
      await markCommentsDeleted(db, round.roundId, today);
      outcome.roundsWithCommentsDeleted += 1;
      outcome.answersWithCommentsRemoved += changed;
      log(
        `retention: round ${round.roundId} closed ${round.closesOn}: free text removed from ${changed} responses`,
      );
    }
  }
  return outcome;
}

async function removeFreeText(db: Db, round: RoundForRetention): Promise<number> {
  const names = new Set(freeTextQuestionNames(round.survey));
  let changed = 0;
  for (let after: string | null = null; ;) {
    const batch = await listRoundAnswersAfter(db, round.roundId, after, BATCH);
    if (batch.length === 0) return changed;
    const rewritten = batch.flatMap((row) => {
      const stripped = withoutFreeText(row.answers, names);
      return stripped === null ? [] : [{ id: row.id, answers: stripped }];
    });
    await rewriteAnswers(db, rewritten);
    changed += rewritten.length;
    after = batch.at(-1)!.id;
  }
}

export interface AnswerRetentionSweeperOptions {
  db: Db;
  intervalMs: number;
  now: () => Date;
  log: (message: string) => void;
  onError: (error: unknown) => void;
}

/** Applies retention at most once an hour by the clock given, riding the worker's periodic sweep. */
export function startAnswerRetentionSweeper(options: AnswerRetentionSweeperOptions): {
  sweepOnce(): Promise<number>;
  close(): void;
} {
  return startClockedSweep(
    RETENTION_EVERY_MS,
    async (now) => {
      const outcome = await applyAnswerRetention(options.db, now, options.log);
      return outcome.roundsWithAnswersDeleted + outcome.roundsWithCommentsDeleted;
    },
    options,
  );
}
