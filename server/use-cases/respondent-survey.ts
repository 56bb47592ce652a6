import { z } from 'zod';
import { TokenUsed } from '../../core/errors';
import { roundState } from '../../core/surveys/round-state';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { findTokenDraft, saveTokenDraft } from '../../db/repositories/tokens';
import { parseInput } from '../http/parse';
import { openDraft, sealDraft } from '../respondents/token-secrets';
import type { RespondentTarget } from './respondent-target';

export const TokenDraft = z.object({
  data: z.record(z.string(), z.unknown()),
  pageNo: z.number().int().min(0).max(1000),
  /** The browser's clock when saved: the newer of two devices' answers wins. */
  savedAt: z.number().optional(),
});
export type TokenDraft = z.infer<typeof TokenDraft>;

/** What the respondent page needs to render a survey. */
export async function respondentSurvey(
  deps: { db: Db; instruments: InstrumentCache },
  target: RespondentTarget,
  today: string,
) {
  const { round, unit, token } = target;
  const instrument = await deps.instruments.get(round.instrumentVersionId);
  const state = roundState(round, today);
  // A class link knows its grade: the pupil need not be asked to find it (they may still change it).
  const grades = instrument.validator.choiceValues?.('grade');
  const prefill = unit.grade !== null && grades?.includes(unit.grade) ? { grade: unit.grade } : undefined;
  const sealed = token && !token.spent ? await findTokenDraft(deps.db, token.codeHash) : undefined;
  const draft = sealed && token ? TokenDraft.safeParse(openDraft(token.code, sealed)) : undefined;
  return {
    round: { id: round.id, title: round.title, opensOn: round.opensOn, closesOn: round.closesOn, state },
    unit: { name: unit.name },
    instrument: { key: instrument.version.instrumentKey, version: instrument.version.version },
    survey: instrument.version.survey,
    ...(prefill ? { prefill } : {}),
    ...(token ? { personal: { draft: draft?.success ? draft.data : null } } : {}),
  };
}

/** Keeps a personal link's unfinished answers, sealed with the token, for another device. */
export async function saveDraft(deps: { db: Db }, target: RespondentTarget, body: unknown): Promise<void> {
  const token = target.token;
  if (!token) throw new Error('drafts are kept for personal links only');
  const draft = parseInput(TokenDraft, body, 'draft');
  const saved = await saveTokenDraft(deps.db, token.codeHash, sealDraft(token.code, draft));
  if (!saved) throw new TokenUsed();
}
