import { compactScore, scoreResponse } from '../../core/indicators/score-response';
import { scoringFingerprint } from '../../core/indicators/scoring-fingerprint';
import type { OrgUnit } from '../../core/org/org-unit';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import type { Tx } from '../../db/database';
import type { LoadedInstrument } from '../../db/instrument-cache';
import { storeResponse } from '../../db/repositories/responses';
import { createRound, createRoundLink } from '../../db/repositories/rounds';

export interface RoundSeed {
  instrument: LoadedInstrument;
  title: LocalizedText;
  opensOn: string;
  closesOn: string;
  /** Each unit gets an open link and `size` simulated respondents. */
  groups: { unit: OrgUnit; size: number; simulate: () => Record<string, unknown> }[];
}

export interface SeedContext {
  tx: Tx;
  municipalityId: string;
  today: string;
  code: () => string;
  /** Collects the units that got responses (each needs a recompute) and the count. */
  summary: { recompute: { roundId: string; unitId: string }[]; responses: number };
}

/** A round with links and simulated responses; each answer set must pass the definition's validator. */
export async function seedRound(ctx: SeedContext, seed: RoundSeed): Promise<string> {
  const { tx, municipalityId } = ctx;
  const roundId = await createRound(tx, {
    municipalityId,
    instrumentVersionId: seed.instrument.version.id,
    title: seed.title,
    opensOn: seed.opensOn,
    closesOn: seed.closesOn,
  });
  for (const group of seed.groups) {
    await createRoundLink(tx, { code: ctx.code(), municipalityId, roundId, unitId: group.unit.id });
    for (let i = 0; i < group.size; i++) {
      const verdict = seed.instrument.validator.validate(group.simulate());
      if (!verdict.ok)
        throw new Error(`demo answers do not fit the definition: ${JSON.stringify(verdict.issues)}`);
      await storeResponse(tx, {
        municipalityId,
        roundId,
        unitId: group.unit.id,
        submissionId: null,
        answers: verdict.answers,
        scores: compactScore(scoreResponse(seed.instrument.indicators, verdict.answers)),
        scoredWith: scoringFingerprint(seed.instrument.indicators),
        // A closed round's answers were given while it was open.
        submittedOn: seed.closesOn < ctx.today ? seed.closesOn : ctx.today,
      });
      ctx.summary.responses++;
    }
    ctx.summary.recompute.push({ roundId, unitId: group.unit.id });
  }
  return roundId;
}
