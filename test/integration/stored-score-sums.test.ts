import { and, asc, eq, sql } from 'drizzle-orm';
import type { InstrumentIndicators } from '../../core/indicators/indicator-definition';
import { StatsTable } from '../../core/indicators/indicator-stats';
import { addResponse, expandScore } from '../../core/indicators/score-response';
import { storeResponse } from '../../db/repositories/responses';
import { responses } from '../../db/schema';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { STORES, type TestStore } from '../support/stores';
import { sumRoundScores } from '../../worker/processors/sum-round-scores';

const FINGERPRINT = 'test-scoring';

const share = (op: '>' | '>=' | '<' | '<=' | '=') => ({ type: 'share', condition: { op, value: 3 } });
/**
 * Only what scoring and counting read: five shares (one per comparison, all against 3) and a mean;
 * every indicator reads the same position of the stored scores' list here, its own.
 */
const INSTRUMENT = {
  breakdowns: [
    { key: 'grade', question: 'grade' },
    { key: 'gender', question: 'gender' },
  ],
  indicators: [
    { key: 'gt', measure: share('>'), breakdowns: ['grade', 'gender'] },
    { key: 'ge', measure: share('>='), breakdowns: [] },
    { key: 'lt', measure: share('<'), breakdowns: [] },
    { key: 'le', measure: share('<='), breakdowns: [] },
    { key: 'eq', measure: share('='), breakdowns: ['gender'] },
    { key: 'mean', measure: { type: 'mean' }, breakdowns: ['grade'] },
  ],
  itemScores: {},
} as unknown as InstrumentIndicators;

/** One respondent: the same score for every indicator, or null (too few items answered). */
const scored = (score: number | null, grade: string | null, gender: string | null) => [
  Array.from({ length: 6 }, () => score),
  [grade, gender],
];

for (const kind of STORES) {
  describe(`${kind.name}: a full recompute adds up the stored scores`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 4]).create();
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      const [classA, classB] = [org.classes.get(1)!.id, org.classes.get(4)!.id];
      const stored = [
        { unitId: classA, scores: scored(3, '1', 'girl') },
        { unitId: classA, scores: scored(4, '1', 'boy') },
        { unitId: classA, scores: scored(null, '1', 'other') },
        { unitId: classA, scores: scored(2.5, null, 'girl') },
        { unitId: classA, scores: scored(3.5, '1', null) },
        { unitId: classB, scores: scored(5, '4', 'boy') },
      ];
      for (const response of stored)
        await storeResponse(store.db, {
          municipalityId: org.municipality.id,
          roundId: round.roundId,
          submissionId: null,
          answers: {},
          scoredWith: FINGERPRINT,
          submittedOn: '2026-01-01',
          ...response,
        });
    });
    afterAll(() => store?.stop());

    const summed = async () => {
      const { direct, counted } = await sumRoundScores(store.db, INSTRUMENT, round.roundId, FINGERPRINT);
      return { tables: direct, responses: counted };
    };

    it('when a class is added up, then every cell has the hand-computed n, k, sum and sum of squares', async () => {
      const { tables, responses: counted } = await summed();
      const classA = tables.get(org.classes.get(1)!.id)!;
      const stats = (indicator: string, breakdown = '', group = '') =>
        classA.find(indicator, breakdown, group)?.stats;
      // Scores 3, 4, null, 2.5, 3.5: n 4, sum 13, sum of squares 9 + 16 + 6.25 + 12.25 = 43.5.
      expect(stats('gt')).toEqual({ n: 4, k: 2, sum: 13, sumSq: 43.5 }); // > 3: 4, 3.5
      expect(stats('ge')).toEqual({ n: 4, k: 3, sum: 13, sumSq: 43.5 }); // >= 3: 3, 4, 3.5
      expect(stats('lt')).toEqual({ n: 4, k: 1, sum: 13, sumSq: 43.5 }); // < 3: 2.5
      expect(stats('le')).toEqual({ n: 4, k: 2, sum: 13, sumSq: 43.5 }); // <= 3: 3, 2.5
      expect(stats('eq')).toEqual({ n: 4, k: 1, sum: 13, sumSq: 43.5 }); // = 3: 3
      expect(stats('mean')).toEqual({ n: 4, k: 0, sum: 13, sumSq: 43.5 }); // a mean counts no k
      // Grade 1: 3, 4, null, 3.5 (the pupil without a grade is in no grade group).
      expect(stats('gt', 'grade', '1')).toEqual({ n: 3, k: 2, sum: 10.5, sumSq: 37.25 });
      expect(stats('mean', 'grade', '1')).toEqual({ n: 3, k: 0, sum: 10.5, sumSq: 37.25 });
      // Girls 3 and 2.5; the one "other" pupil has no score: the group exists with n = 0.
      expect(stats('gt', 'gender', 'girl')).toEqual({ n: 2, k: 0, sum: 5.5, sumSq: 15.25 });
      expect(stats('eq', 'gender', 'girl')).toEqual({ n: 2, k: 1, sum: 5.5, sumSq: 15.25 });
      expect(stats('gt', 'gender', 'other')).toEqual({ n: 0, k: 0, sum: 0, sumSq: 0 });
      expect(
        classA
          .groups('gt', 'gender')
          .map((c) => c.breakdownValue)
          .sort(),
      ).toEqual(['boy', 'girl', 'other']);
      const classB = tables.get(org.classes.get(4)!.id)!;
      expect(classB.find('gt', '', '')?.stats).toEqual({ n: 1, k: 1, sum: 5, sumSq: 25 });
      expect(counted).toEqual(
        new Map([
          [org.classes.get(1)!.id, 5],
          [org.classes.get(4)!.id, 1],
        ]),
      );
    });

    it('when the same scores are added one by one in id order, then the tables are the same, cell order included', async () => {
      const rows = await store.db
        .select({ unitId: responses.unitId, scores: responses.scores })
        .from(responses)
        .where(and(eq(responses.roundId, round.roundId), eq(responses.scoredWith, FINGERPRINT)))
        .orderBy(asc(responses.id));
      const expected = new Map<string, StatsTable>();
      for (const row of rows) {
        let table = expected.get(row.unitId);
        if (!table) expected.set(row.unitId, (table = new StatsTable()));
        addResponse(table, INSTRUMENT, expandScore(INSTRUMENT, row.scores)!);
      }
      const { tables } = await summed();
      expect([...tables.keys()]).toEqual([...expected.keys()]);
      for (const [unitId, table] of expected) expect(tables.get(unitId)!.all()).toEqual(table.all());
    });

    it('when scores are not exact in binary, then the sums equal those added in id order to the last bit', async () => {
      const classB = org.classes.get(4)!.id;
      for (const score of [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.7])
        await storeResponse(store.db, {
          municipalityId: org.municipality.id,
          roundId: round.roundId,
          unitId: classB,
          submissionId: null,
          answers: {},
          scores: scored(score, '4', 'girl'),
          scoredWith: FINGERPRINT,
          submittedOn: '2026-01-01',
        });
      const ordered = await store.db
        .select({ score: sql<number>`(${responses.scores} -> 0 ->> 0)::float8` })
        .from(responses)
        .where(and(eq(responses.unitId, classB), eq(responses.scoredWith, FINGERPRINT)))
        .orderBy(asc(responses.id));
      let sum = 0;
      let sumSq = 0;
      for (const { score } of ordered) {
        sum += Number(score);
        sumSq += Number(score) * Number(score);
      }
      const { tables } = await summed();
      expect(tables.get(classB)!.find('mean', '', '')!.stats).toEqual({ n: 7, k: 0, sum, sumSq });
    });
  });
}
