import { and, asc, eq, sql } from 'drizzle-orm';
import { compactScore, scoreResponse } from '../../core/indicators/score-response';
import { scoringFingerprint } from '../../core/indicators/scoring-fingerprint';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { cellSignature, loadStoredCells } from '../../db/repositories/indicator-values';
import { loadRoundCellSignatures } from '../../db/repositories/round-cells';
import { indicatorValues, responses } from '../../db/schema';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { runFullRecompute } from '../support/full-recompute';
import { submit } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

for (const kind of STORES) {
  describe(`${kind.name}: a full recompute scores again what another scoring stored`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let pupil: CheckedInstrument;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6]).create();
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
    });
    afterAll(() => store?.stop());

    const recomputeFully = () =>
      runFullRecompute(store, { municipalityId: org.municipality.id, roundId: round.roundId });
    const classTotal = async (indicatorKey: string) => {
      const [row] = await store.db
        .select({ n: indicatorValues.n, k: indicatorValues.statK, sum: indicatorValues.statSum })
        .from(indicatorValues)
        .where(
          and(
            eq(indicatorValues.roundId, round.roundId),
            eq(indicatorValues.unitId, org.classes.get(6)!.id),
            eq(indicatorValues.indicatorKey, indicatorKey),
            eq(indicatorValues.breakdownKey, ''),
          ),
        );
      return row;
    };

    it('when one response carries scores of an older scoring and one none, then both are scored again and the values are right', async () => {
      const code = round.codes.get(org.classes.get(6)!.id)!;
      const pupils = [
        pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }),
        pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: true }),
        pupilAnswers(pupil, { grade: 6, wellbeing: 1, bullied: false }),
      ];
      for (const answers of pupils) expect((await submit(store.url, code, answers)).status).toBe(201);
      await store.settled();
      const stored = await store.db
        .select({ id: responses.id, scoredWith: responses.scoredWith })
        .from(responses)
        .where(eq(responses.roundId, round.roundId))
        .orderBy(asc(responses.id));
      // Intake stores every response's scores with the fingerprint of the scoring that made them.
      expect(stored.map((r) => r.scoredWith)).toEqual(stored.map(() => scoringFingerprint(pupil.indicators)));
      // Wrong scores from an "older scoring" (every indicator at its worst), and none at all.
      const worst = compactScore(scoreResponse(pupil.indicators, pupils[2]!));
      await store.db
        .update(responses)
        .set({ scores: [worst[0].map(() => 1), worst[1]], scoredWith: 'older-scoring' })
        .where(eq(responses.id, stored[0]!.id));
      await store.db
        .update(responses)
        .set({ scores: null, scoredWith: null })
        .where(eq(responses.id, stored[1]!.id));

      expect(await recomputeFully()).toMatchObject({ status: 'done', total: 3, error: null });

      // Wellbeing (share > 3): scores 5, 5 and 1 → n 3, k 2, sum 11.
      expect(await classTotal('wellbeing')).toEqual({ n: 3, k: 2, sum: 11 });
      // Not bullied (share >= 4 of the bullying item, 5 = never): 5, 1, 5 → n 3, k 2, sum 11.
      expect(await classTotal('not-bullied')).toEqual({ n: 3, k: 2, sum: 11 });
      const after = await store.db
        .select({ answers: responses.answers, scores: responses.scores, scoredWith: responses.scoredWith })
        .from(responses)
        .where(eq(responses.roundId, round.roundId));
      for (const row of after) {
        expect(row.scoredWith).toBe(scoringFingerprint(pupil.indicators));
        expect(row.scores).toEqual(
          compactScore(scoreResponse(pupil.indicators, row.answers as Record<string, unknown>)),
        );
      }
    });

    it('when a stored cell belongs to a group no response has any more, then the full recompute removes it and keeps the others', async () => {
      const before = await store.db
        .select({ n: indicatorValues.n })
        .from(indicatorValues)
        .where(eq(indicatorValues.roundId, round.roundId));
      // A grade-7 group of the class, as if a pupil's grade had been corrected since.
      await store.db.execute(sql`
        insert into indicator_values
        select (jsonb_populate_record(v, jsonb_build_object('breakdown_value', '7'))).*
        from indicator_values v
        where v.round_id = ${round.roundId} and v.breakdown_key = 'grade' and v.breakdown_value = '6'`);
      const added = await store.db
        .select({ n: indicatorValues.n })
        .from(indicatorValues)
        .where(and(eq(indicatorValues.roundId, round.roundId), eq(indicatorValues.breakdownValue, '7')));
      expect(added.length).toBeGreaterThan(0);

      expect(await recomputeFully()).toMatchObject({ status: 'done', error: null });

      const after = await store.db
        .select({ value: indicatorValues.breakdownValue })
        .from(indicatorValues)
        .where(eq(indicatorValues.roundId, round.roundId));
      expect(after.filter((r) => r.value === '7')).toEqual([]);
      expect(after.length).toBe(before.length);
      expect(await classTotal('wellbeing')).toEqual({ n: 3, k: 2, sum: 11 });
    });

    it('when the stored cells are read as signatures, then each equals the signature of its stored row (nothing unchanged is written again)', async () => {
      const signatures = await loadRoundCellSignatures(store.db, round.roundId);
      const unitIds = [...signatures.keys()];
      const rows = await loadStoredCells(store.db, round.roundId, unitIds);
      let compared = 0;
      for (const [unitId, { records }] of rows)
        for (const [key, record] of records) {
          expect(signatures.get(unitId)!.signatures.get(key)).toBe(cellSignature(record));
          compared++;
        }
      expect(compared).toBeGreaterThan(20);
      expect(compared).toBe([...signatures.values()].reduce((sum, u) => sum + u.signatures.size, 0));
    });
  });
}
