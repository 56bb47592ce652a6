import { eq, sql } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { latestRecomputeRun, type RecomputeRun } from '../../db/repositories/recompute-runs';
import { indicatorValues } from '../../db/schema';
import { recomputeOutdatedRounds } from '../../worker/outdated-rounds';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, submit, type Json, sameOrigin } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/** Respondents per class: both at or over the minimum group size (5), so both are shown. */
const RESPONDENTS: Record<number, number> = { 6: 7, 9: 5 };
const SUBMITTED = 12;
const POLL_MS = 50;
const TIMEOUT_MS = 20_000;

/**
 * `shown` with every fractional number turned into a match to 9 decimals: a full recompute adds the
 * same responses up in another order, which may move the last bits of a float. Counts and texts
 * stay exact.
 */
function approximately(shown: unknown): unknown {
  if (typeof shown === 'number') return Number.isInteger(shown) ? shown : expect.closeTo(shown, 9);
  if (Array.isArray(shown)) return shown.map(approximately);
  if (shown !== null && typeof shown === 'object')
    return Object.fromEntries(Object.entries(shown).map(([key, value]) => [key, approximately(value)]));
  return shown;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` every 50 ms until the run it gives is done or failed, or 20 s have passed. */
async function finished(read: () => Promise<RecomputeRun | undefined>): Promise<RecomputeRun | undefined> {
  let run: RecomputeRun | undefined;
  for (const deadline = Date.now() + TIMEOUT_MS; ;) {
    run = await read();
    if (run?.status === 'done' || run?.status === 'failed' || Date.now() > deadline) return run;
    await sleep(POLL_MS);
  }
}

/** What the unit's API shows, without the time of computation (a full recompute renews it). */
const shownIndicators = (body: Json) =>
  (body.rounds as Json[]).map((round) => ({ id: round.id, indicators: round.indicators }));

for (const kind of STORES) {
  describe(`${kind.name}: quality staff recompute a whole round from its stored responses`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let other: BuiltOrganisation;
    let round: BuiltRound;
    let otherRound: BuiltRound;
    let pupil: CheckedInstrument;
    let versionId: string;
    let consultant: string;
    let leader: string;
    let viewer: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6, 9]).create();
      other = await aMunicipality(store.db).withClasses([6]).create();
      versionId = store.malbar.versionIds['pupil-wellbeing']!;
      pupil = await store.malbar.instruments.get(versionId);
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      otherRound = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...other.classes.values()])
        .create();

      const answers = Object.entries(RESPONDENTS).flatMap(([grade, count]) =>
        Array.from({ length: count }, (_, i) => ({
          grade: Number(grade),
          answers: pupilAnswers(pupil, {
            grade: Number(grade),
            wellbeing: i % 3 === 0 ? 1 : 5,
            bullied: i % 4 === 1,
          }),
        })),
      );
      const results = await Promise.all(
        answers.map((a) => submit(store.url, round.codes.get(org.classes.get(a.grade)!.id)!, a.answers)),
      );
      expect(results.map((r) => r.status)).toEqual(answers.map(() => 201));
      expect(results.length).toBe(SUBMITTED);
      await store.settled();
      await store.release(round.roundId);

      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
      viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
    });
    afterAll(() => store?.stop());

    const api = (path: string, cookie?: string) => getJson(`${store.url}${path}`, cookie ? { cookie } : {});
    const recompute = (roundId: string, cookie?: string) =>
      postJson(`${store.url}/api/rounds/${roundId}/recompute`, {}, cookie ? { cookie } : {});
    const latestRun = () => finished(() => latestRecomputeRun(store.db, round.roundId));

    it('when a consultant recomputes the round, then the run reads every response and the values shown stay the same', async () => {
      const classUrl = `/api/units/${org.classes.get(6)!.id}/indicators`;
      const before = await api(classUrl, consultant);
      expect(before.status).toBe(200);
      const shownBefore = shownIndicators(before.body);
      expect(shownBefore.map((r) => r.id)).toEqual([round.roundId]);
      expect(shownBefore[0]!.indicators.some((i: Json) => i.total.shown === true)).toBe(true);

      const started = await recompute(round.roundId, consultant);
      expect(started.status).toBe(202);
      expect(started.body).toMatchObject({ id: expect.any(String), roundId: round.roundId });
      expect(started.body.municipalityId).toBe(org.municipality.id);

      const runUrl = `/api/recompute-runs/${started.body.id}`;
      const run = await finished(async () => {
        const res = await api(runUrl, consultant);
        expect(res.status).toBe(200);
        return res.body as RecomputeRun;
      });
      expect(run).toMatchObject({
        id: started.body.id,
        status: 'done',
        total: SUBMITTED,
        processed: SUBMITTED,
        error: null,
      });

      const after = await api(classUrl, consultant);
      expect(after.status).toBe(200);
      expect(shownIndicators(after.body)).toEqual(approximately(shownBefore));

      // The rounds API lists the round with its responses and the run just finished.
      const rounds = await api('/api/rounds', consultant);
      expect(rounds.status).toBe(200);
      expect(rounds.body.mayRecompute).toBe(true);
      expect(rounds.body.rounds).toEqual([
        expect.objectContaining({
          id: round.roundId,
          responses: SUBMITTED,
          lastRun: expect.objectContaining({ id: started.body.id, status: 'done' }),
        }),
      ]);
    });

    it('when a unit leader or a viewer asks for a recompute, then it is forbidden with a JSON message', async () => {
      for (const cookie of [leader, viewer]) {
        const res = await recompute(round.roundId, cookie);
        expect(res.status).toBe(403);
        expect(res.body.error).toEqual({ code: 'forbidden', message: expect.any(String) });
        expect(res.body.error.message.length).toBeGreaterThan(0);
      }
      expect((await api('/api/rounds', leader)).body.mayRecompute).toBe(false);
      expect((await api('/api/rounds', viewer)).body.mayRecompute).toBe(false);
    });

    it('when the round is of another municipality, malformed or unknown, then the answer is 404', async () => {
      for (const roundId of [otherRound.roundId, 'not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
        const res = await recompute(roundId, consultant);
        expect({ roundId, status: res.status }).toEqual({ roundId, status: 404 });
        expect(res.body.error.code).toBe('not_found');
      }
      // Nothing was started for the other municipality's round.
      expect(await latestRecomputeRun(store.db, otherRound.roundId)).toBeUndefined();
      // Runs are as private: another municipality's consultant cannot read this one's.
      const ours = await latestRecomputeRun(store.db, round.roundId);
      expect(ours).toBeDefined();
      const outsider = await logIn(store.url, await aStaffUser(store.db, other.root, 'consultant'));
      expect((await api(`/api/recompute-runs/${ours!.id}`, outsider)).status).toBe(404);
      expect((await api(`/api/recompute-runs/${ours!.id}`, consultant)).status).toBe(200);
      expect((await api('/api/recompute-runs/not-a-uuid', consultant)).status).toBe(404);
    });

    it('when no one is logged in, then recomputing answers 401', async () => {
      const res = await recompute(round.roundId);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
      expect((await api('/api/rounds')).status).toBe(401);
    });

    it("when the consultant lists the rounds, then each says today's state and its responses; the old page leads to the app and its form no longer starts a run", async () => {
      const rounds = await api('/api/rounds', consultant);
      expect(rounds.body.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(rounds.body.rounds.find((r: Json) => r.id === round.roundId)).toMatchObject({
        title: { en: 'Round pupil-wellbeing' },
        state: 'open',
        responses: SUBMITTED,
      });
      const old = await fetch(`${store.url}/dashboard/rounds`, {
        headers: { cookie: leader },
        redirect: 'manual',
      });
      expect(old.status).toBe(302);
      expect(old.headers.get('location')).toBe('/app/rounds');

      const previous = await latestRecomputeRun(store.db, round.roundId);
      const action = `/dashboard/rounds/${round.roundId}/recompute`;
      const posted = await fetch(`${store.url}${action}`, {
        method: 'POST',
        headers: { ...sameOrigin(`${store.url}${action}`), cookie: consultant },
        body: new URLSearchParams(),
        redirect: 'manual',
      });
      expect(posted.status).toBe(404);
      expect((await latestRecomputeRun(store.db, round.roundId))?.id).toBe(previous?.id);
    });

    it('when values were computed by an older engine, then the round is recomputed at start with the current definitions', async () => {
      await store.db.execute(
        sql`update indicator_values set definition_hash = '' where round_id = ${round.roundId}`,
      );
      const stale = await store.db
        .select({ hash: indicatorValues.definitionHash })
        .from(indicatorValues)
        .where(eq(indicatorValues.roundId, round.roundId));
      expect(stale.length).toBeGreaterThan(0);
      expect(stale.every((r) => r.hash === '')).toBe(true);
      const previous = await latestRecomputeRun(store.db, round.roundId);

      const started = await recomputeOutdatedRounds(store.db, store.malbar.instruments, store.malbar.queue);
      expect(started).toEqual([round.roundId]);
      const run = await latestRun();
      expect(run?.id).not.toBe(previous?.id);
      expect(run).toMatchObject({ status: 'done', total: SUBMITTED, processed: SUBMITTED, error: null });

      const instrument = await store.malbar.instruments.get(versionId);
      const rows = await store.db
        .select({
          unitId: indicatorValues.unitId,
          indicatorKey: indicatorValues.indicatorKey,
          breakdownKey: indicatorValues.breakdownKey,
          breakdownValue: indicatorValues.breakdownValue,
          hash: indicatorValues.definitionHash,
        })
        .from(indicatorValues)
        .where(eq(indicatorValues.roundId, round.roundId));
      expect(rows.length).toBe(stale.length);
      for (const row of rows) {
        const where = [row.unitId, row.indicatorKey, row.breakdownKey, row.breakdownValue].join(' / ');
        const expected = instrument.definitionHashes.get(row.indicatorKey);
        expect(expected).toMatch(/^[0-9a-f]{16}$/);
        expect({ where, hash: row.hash }).toEqual({ where, hash: expected });
      }

      expect(await recomputeOutdatedRounds(store.db, store.malbar.instruments, store.malbar.queue)).toEqual(
        [],
      );
    });
  });
}
