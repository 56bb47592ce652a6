import { sql } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { pupilAnswers } from '../builders/answers';
import { aContractWithGoals } from '../builders/goals';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { runFullRecompute } from '../support/full-recompute';
import { submit } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

type Row = Record<string, unknown>;

/**
 * A full recompute that computes the digest it kept with the round's live rows writes nothing
 * (docs/decisions/0023). These tests change the rows behind its back, with plain SQL as an
 * operator or a bug would, and require the next full recompute to put every number right: a kept
 * digest must never hide a row that changed.
 */
for (const kind of STORES) {
  describe(`${kind.name}: a full recompute trusts its digest only while the live rows are unchanged`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let pupil: CheckedInstrument;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([4, 6]).create();
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      await aContractWithGoals(store.db, org.root, [
        { instrumentKey: 'pupil-wellbeing', indicatorKey: 'wellbeing', op: '>', target: 0.6 },
      ]);
      for (const [grade, wellbeing] of [
        [4, 5],
        [4, 1],
        [6, 5],
        [6, 5],
        [6, 1],
      ] as const) {
        const answers = pupilAnswers(pupil, { grade, wellbeing, bullied: false });
        expect((await submit(store.url, round.codes.get(org.classes.get(grade)!.id)!, answers)).status).toBe(
          201,
        );
      }
      await store.settled();
    });
    afterAll(() => store?.stop());

    const rows = async (query: ReturnType<typeof sql>): Promise<Row[]> =>
      ((await store.db.execute(query)) as unknown as { rows: Row[] }).rows;
    const values = () =>
      rows(sql`select unit_id, indicator_key, breakdown_key, breakdown_value, n, k, value, ci_low, ci_high,
                 suppressed, internal, stat_k, stat_sum, stat_sum_sq, population, definition_hash, computed_at
               from indicator_values where round_id = ${round.roundId}
               order by unit_id, indicator_key, breakdown_key, breakdown_value`);
    const evaluations = () =>
      rows(sql`select goal_id, unit_id, status, n, value, ci_low, ci_high, stat_k, stat_sum, stat_sum_sq,
                 population, definition_hash, evaluated_at
               from goal_evaluations where round_id = ${round.roundId} order by goal_id, unit_id`);
    const digestRow = async () =>
      (
        await rows(
          sql`select digest, checked_against from round_live_digests where round_id = ${round.roundId}`,
        )
      )[0];
    const withoutTimes = (list: Row[]) => list.map(({ computed_at: _c, evaluated_at: _e, ...rest }) => rest);

    async function recomputeFully(): Promise<void> {
      const run = await runFullRecompute(
        store,
        { municipalityId: org.municipality.id, roundId: round.roundId },
        30_000,
      );
      if (run?.status === 'failed') throw new Error(`the full recompute failed: ${run.error}`);
      if (run?.status !== 'done') throw new Error('the full recompute did not finish in time');
    }

    let truth: { values: Row[]; evaluations: Row[] };

    it('when a round is recomputed fully twice, then the second writes no row and keeps the digest', async () => {
      await recomputeFully();
      const kept = await digestRow();
      expect(kept).toEqual({ digest: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/), checked_against: null });
      truth = { values: await values(), evaluations: await evaluations() };
      // Classes, school, area, municipality; the one goal judged at each.
      expect(new Set(truth.values.map((r) => r.unit_id)).size).toBe(5);
      expect(truth.evaluations.length).toBe(5);
      await recomputeFully();
      // Not even rewritten with the same numbers: the write times are those of the first run.
      expect(await values()).toEqual(truth.values);
      expect(await evaluations()).toEqual(truth.evaluations);
      expect(await digestRow()).toEqual(kept);
    });

    it('when a value is changed behind the worker, then the digest is forgotten and the next full recompute restores it', async () => {
      await store.db.execute(sql`
        update indicator_values set value = 0.01, stat_sum = 1234
        where round_id = ${round.roundId} and unit_id = ${org.school.id} and indicator_key = 'wellbeing'
          and breakdown_key = ''`);
      expect(await digestRow()).toBeUndefined();
      await recomputeFully();
      expect(withoutTimes(await values())).toEqual(withoutTimes(truth.values));
      expect(await digestRow()).toBeDefined();
    });

    it('when cells and goal values are deleted or added behind the worker, then the next full recompute puts back exactly the computed ones', async () => {
      await store.db.execute(sql`
        delete from indicator_values where round_id = ${round.roundId} and unit_id = ${org.area.id}`);
      expect(await digestRow()).toBeUndefined();
      await recomputeFully();
      await store.db.execute(
        sql`delete from goal_evaluations where round_id = ${round.roundId} and unit_id = ${org.root.id}`,
      );
      expect(await digestRow()).toBeUndefined();
      await recomputeFully();
      await store.db.execute(sql`
        insert into indicator_values (municipality_id, round_id, unit_id, instrument_version_id, indicator_key,
          breakdown_key, breakdown_value, n, suppressed)
        select municipality_id, round_id, unit_id, instrument_version_id, 'wellbeing', 'grade', '99', 3, true
        from indicator_values where round_id = ${round.roundId} and unit_id = ${org.school.id} limit 1`);
      expect(await digestRow()).toBeUndefined();
      await recomputeFully();
      expect(withoutTimes(await values())).toEqual(withoutTimes(truth.values));
      expect(withoutTimes(await evaluations())).toEqual(withoutTimes(truth.evaluations));
    });

    it('when the live tables are emptied by TRUNCATE, then every digest is forgotten', async () => {
      await recomputeFully();
      expect(await digestRow()).toBeDefined();
      await store.db.execute(sql`truncate goal_evaluations`);
      expect(await digestRow()).toBeUndefined();
      await recomputeFully();
      expect(withoutTimes(await evaluations())).toEqual(withoutTimes(truth.evaluations));
    });

    it('when a release found the live state equal, then a later one trusts that only until a new answer changes it', async () => {
      await recomputeFully();
      await store.release(round.roundId);
      const first = await rows(sql`select id, seq from round_releases where round_id = ${round.roundId}`);
      expect(first.length).toBe(1);
      // The release was made, not checked: the next one finds the live state equal and notes it.
      await store.release(round.roundId);
      const noted = await digestRow();
      expect(noted?.checked_against).toMatch(new RegExp(`^${first[0]!.id as string} `));
      await store.release(round.roundId);
      expect(await rows(sql`select id from round_releases where round_id = ${round.roundId}`)).toHaveLength(
        1,
      );
      // A new answer changes the live rows (the incremental recompute): the digest goes, and the
      // next release is made from the new numbers.
      const answers = pupilAnswers(pupil, { grade: 6, wellbeing: 1, bullied: true });
      expect((await submit(store.url, round.codes.get(org.classes.get(6)!.id)!, answers)).status).toBe(201);
      await store.settled();
      expect(await digestRow()).toBeUndefined();
      await recomputeFully();
      await store.release(round.roundId);
      const seqs = await rows(
        sql`select seq from round_releases where round_id = ${round.roundId} order by seq`,
      );
      expect(seqs.map((r) => r.seq)).toEqual([1, 2]);
    });
  });
}
