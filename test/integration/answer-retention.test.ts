import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { findOrCreateReport, saveMedStatement } from '../../db/repositories/follow-up-reports';
import { createContract, createGoal } from '../../db/repositories/goals';
import { applyAnswerRetention } from '../../worker/answer-retention-sweeper';
import { valueScoring } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, sameOrigin, submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * GDPR art. 5(1)(e): a closed round's free text goes after a municipality's chosen months, its raw
 * answers after its chosen years from the adoption of the year's follow-up report. Exactly the
 * rounds due lose exactly what is due; indicator values, releases, goal evaluations and adopted
 * reports read the same after it. The checks read the tables with their own SQL.
 */

const MARKER = 'RETENTION-MARKER-7f3a';
const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

for (const kind of STORES) {
  describe(`${kind.name}: answers and comments are deleted when their time is up`, () => {
    let store: TestStore;
    let clock = day('2023-09-01');
    let a: BuiltOrganisation;
    let b: BuiltOrganisation;
    let parents: CheckedInstrument;
    const rounds: Record<'r2023' | 'r2024' | 'other', BuiltRound> = {} as never;
    const users = {} as Record<'consultant' | 'admin', { email: string; password: string }>;
    // Sessions end after a while idle: each step logs in at the clock's time.
    const cookies = {
      consultant: () => logIn(store.url, users.consultant),
      admin: () => logIn(store.url, users.admin),
    };
    let contractId = '';

    const rows = async <T>(query: ReturnType<typeof sql>) =>
      ((await store.db.execute(query)) as unknown as { rows: T[] }).rows;
    const countIn = async (roundId: string) =>
      (
        await rows<{ n: number }>(sql`select count(*)::int as n from responses where round_id = ${roundId}`)
      )[0]!.n;
    const markersIn = async (roundId: string) =>
      (
        await rows<{ n: number }>(
          sql`select count(*)::int as n from responses where round_id = ${roundId} and answers::text like ${`%${MARKER}%`}`,
        )
      )[0]!.n;
    /** Everything computed from the answers, as the tables hold it: must not move. */
    const computedDigest = async () => {
      const tables = [
        'indicator_values',
        'released_values',
        'round_releases',
        'goal_evaluations',
        'follow_up_reports',
      ];
      const parts = [];
      for (const table of tables)
        parts.push(
          await rows(
            sql.raw(
              `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as d from ${table} t`,
            ),
          ),
        );
      return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
    };
    const answerAt = async (
      at: string,
      round: BuiltRound,
      unitId: string,
      score: number,
      comment: string,
    ) => {
      clock = day(at);
      const answers = { overall_satisfaction: valueScoring(parents, 'overall_satisfaction', score), comment };
      const res = await submit(store.url, round.codes.get(unitId)!, answers);
      expect(res.status).toBe(201);
    };
    const closedRound = async (org: BuiltOrganisation, opensOn: string, closesOn: string) => {
      const round = await aRound(store.db, store.malbar.versionIds, 'parent-satisfaction')
        .forUnits([org.classes.get(1)!, org.classes.get(2)!])
        .create();
      await store.db.execute(
        sql`update rounds set opens_on = ${opensOn}, closes_on = ${closesOn} where id = ${round.roundId}`,
      );
      return round;
    };

    beforeAll(async () => {
      store = await kind.start({}, { now: () => clock });
      a = await aMunicipality(store.db).withClasses([1, 2]).create();
      b = await aMunicipality(store.db).withClasses([1, 2]).create();
      parents = await store.malbar.instruments.get(store.malbar.versionIds['parent-satisfaction']!);
      // A contract with a goal on the parents' satisfaction, judged at every recompute.
      contractId = await createContract(store.db, {
        municipalityId: a.municipality.id,
        title: 'Kvalitetskontrakt',
        periodStart: '2023-01-01',
        periodEnd: '2026-12-31',
      });
      await createGoal(store.db, {
        municipalityId: a.municipality.id,
        contractId,
        serviceArea: 'skole',
        title: { da: 'Tilfredshed', nb: 'Tilfredshet', en: 'Satisfaction' },
        instrumentKey: 'parent-satisfaction',
        indicatorKey: 'satisfied',
        scopeUnitId: a.root.id,
        breakdownFilter: null,
        rule: { type: 'threshold', op: '>', target: 0.5 },
        deadline: '2026-12-31',
        position: 0,
      });
      rounds.r2023 = await closedRound(a, '2023-08-15', '2023-09-30');
      rounds.r2024 = await closedRound(a, '2024-08-15', '2024-09-30');
      rounds.other = await closedRound(b, '2023-08-15', '2023-09-30');
      for (const [round, org] of [
        [rounds.r2023, a],
        [rounds.other, b],
      ] as const)
        for (const unit of [org.classes.get(1)!, org.classes.get(2)!])
          for (let i = 0; i < 6; i++)
            await answerAt('2023-09-01', round, unit.id, 4 + (i % 2), `${MARKER} ${i}`);
      clock = day('2023-10-15');
      await store.settled();
      await store.release(rounds.r2023.roundId, 'final');
      await store.release(rounds.other.roundId, 'final');

      // The 2023 follow-up report, adopted on 1 March 2024.
      const report = await findOrCreateReport(store.db, {
        municipalityId: a.municipality.id,
        contractId,
        year: 2023,
      });
      await saveMedStatement(store.db, report.id, 'MED-udvalget bakker op.');
      users.consultant = await aStaffUser(store.db, a.root, 'consultant');
      users.admin = await aStaffUser(store.db, a.root, 'admin');
      clock = day('2024-03-01');
      const adopted = await postJson(
        `${store.url}/api/contracts/${contractId}/reports/2023/adopt`,
        {},
        { cookie: await cookies.consultant() },
      );
      if (adopted.status !== 201) throw new Error(JSON.stringify(adopted.body));
      for (const unit of [a.classes.get(1)!, a.classes.get(2)!])
        for (let i = 0; i < 6; i++)
          await answerAt('2024-09-01', rounds.r2024, unit.id, 4 + (i % 2), `${MARKER} ${i}`);
      await store.settled();
    });
    afterAll(() => store?.stop());

    const putPolicy = async (body: unknown, cookie?: string) =>
      fetch(`${store.url}/api/admin/retention`, {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          cookie: cookie ?? (await cookies.admin()),
          ...sameOrigin(store.url),
        },
        body: JSON.stringify(body),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as Json }));

    it('when an administrator shortens the periods, then the page says when each round’s comments and answers go, and from what', async () => {
      const before = await getJson(`${store.url}/api/admin/retention`, { cookie: await cookies.admin() });
      expect(before.body.policy).toEqual({ answersKeptYears: 3, commentsKeptMonths: 12 });
      const saved = await putPolicy({ answersKeptYears: 1, commentsKeptMonths: 13 });
      expect(saved.status).toBe(200);
      const byRound = new Map(saved.body.rounds.map((r: Json) => [r.roundId, r]));
      expect(byRound.get(rounds.r2023.roundId)).toMatchObject({
        closesOn: '2023-09-30',
        reportAdoptedOn: '2024-03-01',
        responses: 12,
        commentsDueOn: '2024-10-30',
        answersDueOn: '2025-03-01',
        answersFrom: 'report',
      });
      // No 2024 report adopted: the answers go a year after the report would have let them stay.
      expect(byRound.get(rounds.r2024.roundId)).toMatchObject({
        reportAdoptedOn: null,
        commentsDueOn: '2025-10-30',
        answersDueOn: '2026-09-30',
        answersFrom: 'closing',
      });
      expect(byRound.has(rounds.other.roundId)).toBe(false);
      const trail = await rows<{ detail: Json }>(
        sql`select detail from audit_events where action = 'retention_changed' and municipality_id = ${a.municipality.id}`,
      );
      expect(trail.map((t) => t.detail)).toEqual([
        {
          before: { answersKeptYears: 3, commentsKeptMonths: 12 },
          after: { answersKeptYears: 1, commentsKeptMonths: 13 },
        },
      ]);
    });

    it('when a period is not a whole number within its limits, or a consultant tries, then it is refused naming the field and nothing changes', async () => {
      for (const [body, field] of [
        [{ answersKeptYears: 0, commentsKeptMonths: 13 }, 'answersKeptYears'],
        [{ answersKeptYears: 1.5, commentsKeptMonths: 13 }, 'answersKeptYears'],
        [{ answersKeptYears: 1, commentsKeptMonths: 121 }, 'commentsKeptMonths'],
        [{ answersKeptYears: 1, commentsKeptMonths: '6' }, 'commentsKeptMonths'],
        [{ answersKeptYears: 1 }, 'commentsKeptMonths'],
      ] as const) {
        const refused = await putPolicy(body);
        expect({ body, status: refused.status }).toEqual({ body, status: 422 });
        expect(refused.body.error.details.map((d: Json) => d.field)).toContain(field);
      }
      expect(
        (await putPolicy({ answersKeptYears: 30, commentsKeptMonths: 1 }, await cookies.consultant())).status,
      ).toBe(403);
      const now = await getJson(`${store.url}/api/admin/retention`, { cookie: await cookies.admin() });
      expect(now.body.policy).toEqual({ answersKeptYears: 1, commentsKeptMonths: 13 });
    });

    it('when the comments of the 2023 rounds are due, then exactly their free text goes, every answer stays, and nothing computed moves', async () => {
      // Something is computed to compare: values, releases and a goal status of the 2023 round.
      for (const table of ['indicator_values', 'released_values', 'goal_evaluations'])
        expect([
          table,
          (await rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n > 0,
        ]).toEqual([table, true]);
      const computed = await computedDigest();
      const logged: string[] = [];
      const outcome = await applyAnswerRetention(store.db, day('2024-11-01'), (line) => logged.push(line));
      // Also the other municipality's 2023 round: its default 12 months ran out on 30 September 2024.
      // (The worker's own sweep stays out of the way: its clock is at 1 September 2024, nothing due.)
      expect(outcome).toEqual({
        roundsWithAnswersDeleted: 0,
        responsesDeleted: 0,
        roundsWithCommentsDeleted: 2,
        answersWithCommentsRemoved: 24,
      });
      expect(await markersIn(rounds.r2023.roundId)).toBe(0);
      expect(await countIn(rounds.r2023.roundId)).toBe(12);
      expect(await markersIn(rounds.other.roundId)).toBe(0);
      expect(await countIn(rounds.other.roundId)).toBe(12);
      expect(await markersIn(rounds.r2024.roundId)).toBe(12);
      const kept = await rows<{ answers: Json }>(
        sql`select answers from responses where round_id = ${rounds.r2023.roundId} limit 1`,
      );
      expect(Object.keys(kept[0]!.answers)).toEqual(['overall_satisfaction']);
      expect(await computedDigest()).toBe(computed);
      expect(logged.join('\n')).not.toContain(MARKER);
      expect(logged).toEqual([
        expect.stringMatching(/free text removed from 12 responses$/),
        expect.stringMatching(/free text removed from 12 responses$/),
      ]);
      // A second sweep the same day finds nothing more to do.
      expect(
        (await applyAnswerRetention(store.db, day('2024-11-01'), () => undefined)).roundsWithCommentsDeleted,
      ).toBe(0);
    });

    it('when the 2023 round’s answers are due, then exactly they go, the 2024 round loses only its comments, and the indicators and the adopted report read the same', async () => {
      const computed = await computedDigest();
      const report = await getJson(`${store.url}/api/contracts/${contractId}/reports/2023`, {
        cookie: await cookies.consultant(),
      });
      const outcome = await applyAnswerRetention(store.db, day('2025-11-01'), () => undefined);
      expect(outcome).toEqual({
        roundsWithAnswersDeleted: 1,
        responsesDeleted: 12,
        roundsWithCommentsDeleted: 1,
        answersWithCommentsRemoved: 12,
      });
      expect(await countIn(rounds.r2023.roundId)).toBe(0);
      expect(await countIn(rounds.r2024.roundId)).toBe(12);
      expect(await markersIn(rounds.r2024.roundId)).toBe(0);
      expect(await countIn(rounds.other.roundId)).toBe(12);
      expect(await computedDigest()).toBe(computed);
      const after = await getJson(`${store.url}/api/contracts/${contractId}/reports/2023`, {
        cookie: await cookies.consultant(),
      });
      expect(after.body).toEqual(report.body);
      const trail = await rows<{ subject: string; actor: string; detail: Json }>(
        sql`select subject, actor, detail from audit_events where action = 'answers_deleted'`,
      );
      expect(trail).toEqual([
        { subject: `round:${rounds.r2023.roundId}`, actor: 'system', detail: { responses: 12 } },
      ]);
      const view = await getJson(`${store.url}/api/admin/retention`, { cookie: await cookies.admin() });
      const r2023 = view.body.rounds.find((r: Json) => r.roundId === rounds.r2023.roundId);
      expect(r2023).toMatchObject({
        responses: 0,
        answersDeletedOn: '2025-11-01',
        commentsDeletedOn: '2024-11-01',
      });
    });

    it('when quality staff ask to recompute a round whose answers are gone, then 409 says why and its values stay', async () => {
      clock = day('2025-11-02');
      const asked = await postJson(
        `${store.url}/api/rounds/${rounds.r2023.roundId}/recompute`,
        {},
        { cookie: await cookies.consultant() },
      );
      expect(asked.status).toBe(409);
      expect(asked.body.error.message).toMatch(/deleted on 2025-11-01/);
    });

    it('when the worker’s clock reaches the other municipality’s own date, then its sweep deletes that round too', async () => {
      // Municipality B keeps the default: answers 3 years after its (never adopted) report would, so 4 after closing.
      clock = day('2027-10-01');
      const deadline = Date.now() + 20_000;
      const left = async () => (await countIn(rounds.other.roundId)) + (await countIn(rounds.r2024.roundId));
      while ((await left()) > 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await countIn(rounds.other.roundId)).toBe(0);
      expect(await countIn(rounds.r2024.roundId)).toBe(0); // A's 2024 round: due 2026-09-30
    });
  });
}
