import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { listGoalActions } from '../../db/repositories/goal-actions';
import { countResponses } from '../../db/repositories/responses';
import { insertSickLeaveRecords } from '../../db/repositories/sick-leave-records';
import { loggableError } from '../../main/loggable-error';
import { aContractWithGoals } from '../builders/goals';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { personalLinkRows } from '../builders/personal-links';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { postJson, sameOrigin, submit } from '../support/http';
import { rawRequest } from '../support/raw-http';
import { STORES, type TestStore } from '../support/stores';

/*
 * Input an attacker (or a broken client) sends: text PostgreSQL cannot keep, bodies that cannot be
 * read, addresses that cannot be decoded. Each gets a 4xx that says what is wrong, nothing is
 * stored, and the log never holds a respondent's answer.
 */

/** What the process writes to stdout (its log) and stderr while `run` runs. */
async function logDuring<T>(run: () => Promise<T>): Promise<{ result: T; log: string }> {
  let log = '';
  const restore = [process.stdout, process.stderr].map((stream) => {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      log += chunk.toString();
      return original(chunk, ...(rest as []));
    }) as typeof stream.write;
    return () => (stream.write = original);
  });
  try {
    return { result: await run(), log };
  } finally {
    for (const undo of restore) undo();
  }
}

for (const kind of STORES) {
  describe(`${kind.name}: hostile input gets a 4xx, stores nothing and logs no answers`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let code: string;
    let roundId: string;
    /** An open parent-satisfaction link: that survey has a comment field. */
    let parentCode: string;
    let goalId: string;
    let consultant: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6]).create();
      const sixA = org.classes.get(6)!;
      const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([sixA])
        .create();
      roundId = round.roundId;
      code = round.codes.get(sixA.id)!;
      const parents = await aRound(store.db, store.malbar.versionIds, 'parent-satisfaction')
        .forUnits([org.daycare])
        .create();
      parentCode = parents.codes.get(org.daycare.id)!;
      const goalIds = await aContractWithGoals(store.db, org.root, [
        { instrumentKey: 'pupil-wellbeing', indicatorKey: 'wellbeing', op: '>', target: 0.9 },
      ]);
      goalId = goalIds[0]!;
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    });
    afterAll(() => store?.stop());

    const answers = (comment: string) => ({ overall_satisfaction: 4, comment });

    it.each([
      ['a NUL character', 'Min lærer er sød\u0000 SECRET-ANSWER', /NUL/],
      ['half of a surrogate pair', 'Jeg er glad \ud83d SECRET-ANSWER', /surrogate/],
    ])(
      'when a comment has %s, then 400 names answers.comment, nothing is stored and the log has no answer',
      async (_what, comment, issue) => {
        const before = await countResponses(store.db);
        const { result, log } = await logDuring(() => submit(store.url, parentCode, answers(comment)));
        expect(result.status).toBe(400);
        expect(result.body.error).toMatchObject({
          code: 'malformed_input',
          details: [{ field: 'answers.comment', issue: expect.stringMatching(issue) }],
        });
        expect(await countResponses(store.db)).toBe(before);
        expect(log).not.toContain('SECRET-ANSWER');
      },
    );

    it('when a comment has a whole emoji (a surrogate pair), then it is taken', async () => {
      expect((await submit(store.url, parentCode, answers('Glad 😀'))).status).toBe(201);
    });

    it('when a staff text field has a NUL, as JSON or from a form, then 400 names the field and nothing is stored', async () => {
      const url = `${store.url}/api/goals/${goalId}/actions`;
      const json = await postJson(
        url,
        { what: 'Møde\u0000', responsible: 'Skolechef' },
        { cookie: consultant },
      );
      expect(json.status).toBe(400);
      expect(json.body.error.details).toEqual([{ field: 'what', issue: expect.stringMatching(/NUL/) }]);
      // A plain form (choosing one's password): the page names the field.
      const form = await rawRequest(store.url, {
        method: 'POST',
        path: '/login/password',
        headers: {
          ...sameOrigin(store.url),
          cookie: consultant,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'text/html',
        },
        body: 'currentPassword=M%C3%B8de&newPassword=Skole%00chef',
      });
      expect(form.status).toBe(400);
      expect(form.text).toContain('<strong>Ny adgangskode</strong>: contains a NUL character');
      expect(await listGoalActions(store.db, goalId)).toEqual([]);
    });

    const post = (headers: Record<string, string>, body: string | Buffer) =>
      rawRequest(store.url, { method: 'POST', path: `/api/s/${parentCode}/responses`, headers, body });
    const body = () => JSON.stringify({ answers: answers('SECRET-ANSWER') });

    it.each([
      [
        'an unsupported charset',
        { 'content-type': 'application/json; charset=latin9' },
        415,
        'unsupported_charset',
      ],
      [
        'an unknown Content-Encoding',
        { 'content-type': 'application/json', 'content-encoding': 'x-zip' },
        415,
        'unsupported_encoding',
      ],
      [
        'broken gzip',
        { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        400,
        'malformed_body',
      ],
    ])(
      'when the body has %s, then it is refused saying so, and nothing is stored',
      async (_what, headers, status, errorCode) => {
        const before = await countResponses(store.db);
        const { result, log } = await logDuring(() => post(headers, body()));
        expect(result.status).toBe(status);
        expect(JSON.parse(result.text).error).toMatchObject({
          code: errorCode,
          message: expect.stringMatching(/charset|Content-Encoding/),
        });
        expect(await countResponses(store.db)).toBe(before);
        // A refusal, not a bug: nothing at warn or error (tests log from warn up: support/quiet-logs.ts).
        expect(log).toBe('');
      },
    );

    it('when the body is gzipped properly, then it is taken', async () => {
      const res = await post(
        { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        gzipSync(JSON.stringify({ answers: answers('gzip') })),
      );
      expect(res.status).toBe(201);
    });

    it.each([
      ['/s/%ff', /%-escape/],
      ['/api/s/%ff/responses', /%-escape/],
      ['/s/%00', /NUL/],
      [`/t?code=%00`, /NUL/],
    ])('when the address is %s, then 400 says why', async (path, issue) => {
      const res = await rawRequest(store.url, { path });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text).error).toMatchObject({
        code: 'malformed_input',
        details: [{ issue: expect.stringMatching(issue) }],
      });
    });

    it.each(['abc', '99999999999', '2025.5', '-1'])(
      "when a public report's year is %s, then the page says there is no such report",
      async (year) => {
        const path = `/p/${org.municipality.slug}/contracts/00000000-0000-4000-8000-000000000000/reports/${year}`;
        const res = await rawRequest(store.url, { path });
        expect(res.status).toBe(404);
        expect(res.text).toContain('<h1>Siden findes ikke.</h1>');
      },
    );

    it.each(['/assets/web/no-such.js', '/assets/survey-core/no-such.css', '/app/assets/no-such.js'])(
      'when %s is asked for, then 404',
      async (path) => {
        expect((await rawRequest(store.url, { path })).status).toBe(404);
      },
    );

    it('when the session cookie has a broken %-escape, then it is no session (401), not an error', async () => {
      const res = await rawRequest(store.url, { path: '/api/me', headers: { cookie: 'malbar_session=%ff' } });
      expect(res.status).toBe(401);
    });

    it('when sick leave was stored without a file (the demo) or before summaries were kept, then the imports API lists it', async () => {
      const unit = org.school;
      const record = {
        unitId: unit.id,
        periodKind: 'month' as const,
        plannedDays: 200,
        sickDays: 10,
        shortTermDays: null,
        longTermDays: null,
        selfCertifiedDays: null,
        doctorCertifiedDays: null,
        employees: 12,
      };
      const records = [
        { ...record, periodStart: '2026-01-01' },
        { ...record, periodStart: '2026-02-01' },
      ];
      const municipalityId = org.municipality.id;
      await insertSickLeaveRecords(store.db, { municipalityId, fileName: 'demo.csv', records });
      const older = await insertSickLeaveRecords(store.db, {
        municipalityId,
        fileName: 'old.csv',
        records: [{ ...record, periodStart: '2025-12-01' }],
      });
      await store.db.execute(sql`update sick_leave_imports set summary = null where id = ${older}`);
      const res = await rawRequest(store.url, {
        path: '/api/sick-leave/imports',
        headers: { cookie: consultant },
      });
      expect(res.status).toBe(200);
      const { imports } = JSON.parse(res.text) as {
        imports: { fileName: string; status: string; summary: unknown }[];
      };
      // The app says "2 records for 1 unit (all new)" from the summary, "Applied." without one.
      expect(imports.find((i) => i.fileName === 'demo.csv')).toMatchObject({
        status: 'applied',
        summary: { records: 2, units: 1, replacedRecords: 0 },
      });
      expect(imports.find((i) => i.fileName === 'old.csv')).toMatchObject({
        status: 'applied',
        summary: null,
      });
    });

    it('when a statement fails, then its log line has the SQL and the reason but no parameter', async () => {
      const failed = await store.db.execute(sql`select ${'SECRET-ANSWER\u0000'}::text as comment`).then(
        () => null,
        (error: unknown) => error,
      );
      const line = loggableError(failed);
      expect(line).toContain('select $1::text as comment (parameters not logged)');
      expect(line).not.toContain('SECRET-ANSWER');
    });

    it('when personal links are asked for, then their CSV links to the server, whatever Host the request named', async () => {
      const res = await rawRequest(store.url, {
        method: 'POST',
        path: `/api/rounds/${roundId}/tokens`,
        headers: {
          ...sameOrigin(store.url),
          host: 'evil.example',
          cookie: consultant,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ unitId: org.classes.get(6)!.id, count: 2 }),
      });
      expect(res.status).toBe(201);
      const links = personalLinkRows(res.text).map((row) => row.link);
      expect(links).toHaveLength(2);
      for (const link of links) expect(link.startsWith(`${store.url}/t/`)).toBe(true);
      expect(res.text).not.toContain('evil.example');
      const sheet = await rawRequest(store.url, {
        path: `/dashboard/rounds/${roundId}/sheet`,
        headers: { host: 'evil.example', cookie: consultant },
      });
      expect(sheet.status).toBe(200);
      expect(sheet.text).toContain(`${store.url}/s/${code}`);
      expect(sheet.text).not.toContain('evil.example');
    });
  });
}
