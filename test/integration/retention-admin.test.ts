import { sql } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { applyAnswerRetention } from '../../worker/answer-retention-sweeper';
import { valueScoring } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, sameOrigin, submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * Shortening a retention period can make closed rounds due at once, and the next sweep deletes
 * them for good: the administrator sees which before saving, and must confirm. The preview is
 * what the worker's sweep then deletes, round for round. The clock stays on one day, so the
 * worker's own sweep (run at start, then at most hourly by that clock) stays out of the way.
 */

const MARKER = 'RETENTION-PREVIEW-MARKER';
const TODAY = '2025-01-15';
const clock = new Date(`${TODAY}T10:00:00Z`);

type Name = 'answers' | 'comments' | 'open' | 'gone' | 'kept';
/** Each round's period (set after its responses came in), its responses, and what the test expects. */
const PLAN: Record<Name, { opensOn: string; closesOn: string; responses: number }> = {
  // Default 3 years without a report: answers go 4 years after closing, comments after 12 months
  // (already on 2024-01-15). Kept 1 year: 2023-01-15 + 2 years = today.
  answers: { opensOn: '2022-12-01', closesOn: '2023-01-15', responses: 4 },
  // Comments kept 6 months: 2024-12-30, past; under 12 months: 2025-06-30. Answers: 2026-06-30 at 1 year.
  comments: { opensOn: '2024-05-01', closesOn: '2024-06-30', responses: 3 },
  open: { opensOn: '2025-01-01', closesOn: '2025-02-28', responses: 2 },
  // Answers due 2024-06-30 under the default: deleted before the tests begin.
  gone: { opensOn: '2020-05-01', closesOn: '2020-06-30', responses: 2 },
  // Comments 2025-03-30 at 6 months, answers 2026-09-30 at 1 year: nothing due.
  kept: { opensOn: '2024-09-01', closesOn: '2024-09-30', responses: 2 },
};
const SHORTER = { answersKeptYears: 1, commentsKeptMonths: 6 };
const LONGER = { answersKeptYears: 5, commentsKeptMonths: 24 };

for (const kind of STORES) {
  describe(`${kind.name}: shortening retention shows what goes and asks to confirm`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let parents: CheckedInstrument;
    const ids = {} as Record<Name, string>;
    const users = {} as Record<'consultant' | 'admin', { email: string; password: string }>;
    let confirmedPreview: Json;

    const rows = async <T>(query: ReturnType<typeof sql>) =>
      ((await store.db.execute(query)) as unknown as { rows: T[] }).rows;
    /** Per round: responses kept, those with the marker, and its deletion marks. */
    const state = async () => {
      const result: Record<string, unknown> = {};
      for (const name of Object.keys(ids) as Name[]) {
        const [row] = await rows<Json>(sql`
          select (select count(*)::int from responses where round_id = r.id) as responses,
                 (select count(*)::int from responses where round_id = r.id
                    and answers::text like ${`%${MARKER}%`}) as comments,
                 answers_deleted_on as "answersDeletedOn", comments_deleted_on as "commentsDeletedOn"
          from rounds r where r.id = ${ids[name]}`);
        result[name] = row;
      }
      return result;
    };
    const trail = async () =>
      (
        await rows<{ detail: Json }>(
          sql`select detail from audit_events where action = 'retention_changed' order by id`,
        )
      ).map((r) => r.detail);
    const send = async (method: 'PUT' | 'POST', path: string, body: unknown, who: 'admin' | 'consultant') => {
      const res = await fetch(`${store.url}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          cookie: await logIn(store.url, users[who]),
          ...sameOrigin(store.url),
        },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Json };
    };
    const preview = (body: unknown, who: 'admin' | 'consultant' = 'admin') =>
      send('POST', '/api/admin/retention/preview', body, who);
    const save = (body: unknown, who: 'admin' | 'consultant' = 'admin') =>
      send('PUT', '/api/admin/retention', body, who);
    const listed = (name: Name) => ({
      roundId: ids[name],
      title: {
        da: 'Runde parent-satisfaction',
        nb: 'Runde parent-satisfaction',
        en: 'Round parent-satisfaction',
      },
      responses: PLAN[name].responses,
    });

    beforeAll(async () => {
      store = await kind.start({}, { now: () => clock });
      org = await aMunicipality(store.db).withClasses([1]).create();
      parents = await store.malbar.instruments.get(store.malbar.versionIds['parent-satisfaction']!);
      const unit = org.classes.get(1)!;
      for (const [name, plan] of Object.entries(PLAN) as [Name, (typeof PLAN)[Name]][]) {
        const round = await aRound(store.db, store.malbar.versionIds, 'parent-satisfaction')
          .forUnits([unit])
          .create();
        ids[name] = round.roundId;
        // Open today while the answers come in, then moved to its own period.
        await store.db.execute(
          sql`update rounds set opens_on = '2025-01-01', closes_on = '2025-02-28' where id = ${round.roundId}`,
        );
        for (let i = 0; i < plan.responses; i++) {
          const answers = {
            overall_satisfaction: valueScoring(parents, 'overall_satisfaction', 4),
            comment: `${MARKER} ${i}`,
          };
          expect((await submit(store.url, round.codes.get(unit.id)!, answers)).status).toBe(201);
        }
        await store.db.execute(
          sql`update rounds set opens_on = ${plan.opensOn}, closes_on = ${plan.closesOn} where id = ${round.roundId}`,
        );
      }
      await store.settled();
      // What the default policy makes due today is swept first: the tests start from a clean day.
      await applyAnswerRetention(store.db, clock, () => undefined);
      users.admin = await aStaffUser(store.db, org.root, 'admin');
      users.consultant = await aStaffUser(store.db, org.root, 'consultant');
    });
    afterAll(() => store?.stop());

    it('when an administrator previews shorter periods, then the rounds whose answers and whose comments would go are named, and nothing is saved', async () => {
      const before = await state();
      expect(before).toMatchObject({
        answers: { responses: 4, comments: 0, commentsDeletedOn: TODAY, answersDeletedOn: null },
        gone: { responses: 0, answersDeletedOn: TODAY },
        comments: { responses: 3, comments: 3 },
      });
      const shown = await preview(SHORTER);
      expect(shown).toEqual({
        status: 200,
        body: {
          answers: { rounds: [listed('answers')], responses: 4 },
          comments: { rounds: [listed('comments')] },
        },
      });
      expect(await preview(LONGER)).toEqual({
        status: 200,
        body: { answers: { rounds: [], responses: 0 }, comments: { rounds: [] } },
      });
      const now = await getJson(`${store.url}/api/admin/retention`, {
        cookie: await logIn(store.url, users.admin),
      });
      expect(now.body.policy).toEqual({ answersKeptYears: 3, commentsKeptMonths: 12 });
      expect(await state()).toEqual(before);
      expect(await trail()).toEqual([]);
    });

    it('when the preview is sent a confirmation or a period out of bounds, or a consultant asks, then it is refused naming the field', async () => {
      // An unknown key is the body's issue (parseInput), named in it: the preview saves nothing to confirm.
      for (const [body, field, issue] of [
        [{ ...SHORTER, confirm: true }, '(body)', /confirm/],
        [{ answersKeptYears: 0, commentsKeptMonths: 6 }, 'answersKeptYears', /at least 1/],
        [{ answersKeptYears: 1 }, 'commentsKeptMonths', /whole number of months/],
      ] as const) {
        const refused = await preview(body);
        expect({ body, status: refused.status }).toEqual({ body, status: 422 });
        expect(refused.body.error.details).toEqual([{ field, issue: expect.stringMatching(issue) }]);
      }
      const refused = await save({ ...SHORTER, confirm: 'yes' });
      expect(refused.status).toBe(422);
      expect(refused.body.error.details.map((d: Json) => d.field)).toEqual(['confirm']);
      expect((await preview(SHORTER, 'consultant')).status).toBe(403);
      expect((await save({ ...SHORTER, confirm: true }, 'consultant')).status).toBe(403);
      expect(await trail()).toEqual([]);
    });

    it('when an administrator saves shorter periods unconfirmed, then 409 names what would go and nothing changes', async () => {
      const before = await state();
      for (const body of [SHORTER, { ...SHORTER, confirm: false }]) {
        const refused = await save(body);
        expect(refused.status).toBe(409);
        expect(refused.body.error).toEqual({
          code: 'confirmation_required',
          message: expect.stringMatching(
            /raw answers of 1 round\(s\) \(4 responses\) and the free text of 1 round\(s\)/,
          ),
          details: [
            {
              field: 'confirm',
              issue: 'confirm that the listed answers and comments may be deleted',
              code: 'confirm_deletion',
              params: { answerRounds: 1, responses: 4, commentRounds: 1 },
            },
          ],
          pending: {
            answers: { rounds: [listed('answers')], responses: 4 },
            comments: { rounds: [listed('comments')] },
          },
        });
      }
      expect(await state()).toEqual(before);
      expect(await trail()).toEqual([]);
    });

    it('when the periods are lengthened, then they are saved without a confirmation', async () => {
      const saved = await save(LONGER);
      expect(saved.status).toBe(200);
      expect(saved.body.policy).toEqual(LONGER);
      expect(await trail()).toEqual([
        { before: { answersKeptYears: 3, commentsKeptMonths: 12 }, after: LONGER },
      ]);
    });

    it('when the shortening is confirmed, then it is saved, and the trail counts what the confirmation covered', async () => {
      confirmedPreview = (await preview(SHORTER)).body;
      const saved = await save({ ...SHORTER, confirm: true });
      expect(saved.status).toBe(200);
      expect(saved.body.policy).toEqual(SHORTER);
      expect((await trail()).at(-1)).toEqual({
        before: LONGER,
        after: SHORTER,
        confirmed: { answerRounds: 1, responses: 4, commentRounds: 1 },
      });
    });

    it('when the worker sweeps next, then it deletes exactly what the preview named, and nothing else', async () => {
      const before = (await state()) as Record<Name, Json>;
      const outcome = await applyAnswerRetention(store.db, clock, () => undefined);
      const after = (await state()) as Record<Name, Json>;
      const names = Object.keys(ids) as Name[];
      const newly = (mark: 'answersDeletedOn' | 'commentsDeletedOn') =>
        names.filter((n) => before[n][mark] === null && after[n][mark] !== null).map((n) => ids[n]);
      const roundIds = (rounds: Json[]) => rounds.map((r) => r.roundId);
      expect(newly('answersDeletedOn')).toEqual(roundIds(confirmedPreview.answers.rounds));
      expect(newly('commentsDeletedOn')).toEqual(roundIds(confirmedPreview.comments.rounds));
      expect(outcome).toEqual({
        roundsWithAnswersDeleted: 1,
        responsesDeleted: confirmedPreview.answers.responses,
        roundsWithCommentsDeleted: 1,
        answersWithCommentsRemoved: 3,
      });
      expect(after).toMatchObject({
        answers: { responses: 0, answersDeletedOn: TODAY },
        comments: { responses: 3, comments: 0, commentsDeletedOn: TODAY, answersDeletedOn: null },
        open: { responses: 2, comments: 2, commentsDeletedOn: null, answersDeletedOn: null },
        kept: { responses: 2, comments: 2, commentsDeletedOn: null, answersDeletedOn: null },
      });
      expect(after.gone).toEqual(before.gone);
      // Swept: the same periods now delete nothing more, and save without a confirmation.
      expect((await preview(SHORTER)).body).toEqual({
        answers: { rounds: [], responses: 0 },
        comments: { rounds: [] },
      });
      expect((await save(SHORTER)).status).toBe(200);
    });
  });
}
