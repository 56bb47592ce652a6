import fc from 'fast-check';
import { aContractWithGoals } from '../builders/goals';
import { anInitiative } from '../builders/initiatives';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { personalLinkCodes } from '../builders/personal-links';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson } from '../support/http';
import { rawRequest, type RawRequest } from '../support/raw-http';
import { STORES, type TestStore } from '../support/stores';
import {
  deeplyNested,
  encodings,
  hostileJson,
  hostileQuery,
  hostileRecord,
  hostileText,
  scalar,
  segment,
  type EncodedBody,
} from '../support/fuzz/hostile-values';
import { STAFF_FIELDS, STAFF_ROUTES, type StaffRoute } from '../support/fuzz/staff-routes';
import { changedTables, storedStateDigest } from '../support/fuzz/stored-state';

/*
 * Arbitrary requests to the respondent API and to every staff API and form: text PostgreSQL
 * cannot keep, numbers no column holds, wrong types, deep nesting, unreadable bodies, junk in the
 * address. Whatever comes, no answer is a 5xx, and a refused request (4xx) leaves every table as
 * it was. The seed is fixed so a run can be repeated; FUZZ_SEED=<n> explores other inputs.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 17);
const RESPONDENT_CASES = Number(process.env.FUZZ_CASES ?? 2000);
const STAFF_CASES = Number(process.env.FUZZ_CASES ?? 2000);
const EVIL = 'https://evil.example';

// The parent survey (it has a comment): its questions, and the answers each takes.
const CHOICES = [1, 2, 3, 4, 5, 0];
const QUESTIONS = [
  'overall_satisfaction',
  'staff_contact',
  'child_wellbeing',
  'information',
  'learning_activities',
  'surroundings',
  'listened_to',
];

interface Tally {
  statuses: Map<number, number>;
}

const postgres = STORES.find((s) => s.name.startsWith('postgres'))!;

describe('postgres + redis: hostile requests never get a 5xx, and a refused one stores nothing', () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let storedState: () => Promise<string>;
  // Respondents' rate limits refill with time: the test moves the clock a minute per case.
  let clockOffsetMs = 0;
  const ids: Record<string, string[]> = {};

  beforeAll(async () => {
    store = await postgres.start({}, { now: () => new Date(Date.now() + clockOffsetMs) });
    org = await aMunicipality(store.db).withClasses([6]).create();
    const parents = await aRound(store.db, store.malbar.versionIds, 'parent-satisfaction')
      .forUnits([org.daycare, org.school])
      .create();
    const pupils = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
      .forUnits([org.classes.get(6)!])
      .create();
    const closed = await aRound(store.db, store.malbar.versionIds, 'parent-satisfaction')
      .forUnits([org.daycare])
      .closed()
      .create();
    const goalIds = await aContractWithGoals(store.db, org.root, [
      { instrumentKey: 'pupil-wellbeing', indicatorKey: 'wellbeing', op: '>', target: 0.9 },
    ]);
    const consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    const admin = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
    const tokens = await personalLinkCodes(store.url, consultant, parents.roundId, org.daycare.id, 20);
    const action = await postJson(
      `${store.url}/api/goals/${goalIds[0]}/actions`,
      { what: 'Møde', responsible: 'Skolechefen' },
      { cookie: consultant },
    );
    const initiativeId = await anInitiative(org.school).create(store.url, consultant);
    const sacrificial = await aStaffUser(store.db, org.school, 'viewer');
    const users = (await getJson(`${store.url}/api/admin/users`, { cookie: admin })).body.users as {
      id: string;
      email: string;
    }[];
    const contracts = (await getJson(`${store.url}/api/contracts`, { cookie: consultant })).body.contracts;
    const year = String(new Date().getUTCFullYear());
    Object.assign(ids, {
      linkCode: [...parents.codes.values(), ...pupils.codes.values(), ...closed.codes.values()],
      token: tokens,
      contractId: contracts.map((c: { id: string }) => c.id),
      goalId: goalIds,
      roundId: [parents.roundId, pupils.roundId, closed.roundId],
      unitId: [org.root.id, org.school.id, org.daycare.id, org.classes.get(6)!.id],
      userId: [users.find((u) => u.email === sacrificial.email)!.id],
      actionId: [action.body.id],
      initiativeId: [initiativeId],
      year: [year, String(Number(year) - 1)],
      slug: [org.municipality.slug],
      instrumentKey: ['pupil-wellbeing', 'parent-satisfaction'],
      indicatorKey: ['wellbeing', 'not_bullied', 'overall_satisfaction'],
    });
    storedState = await storedStateDigest(store.db);
  });
  afterAll(() => store?.stop());

  // The state after a refused request is the state before the next one (jobs write only what the
  // digest leaves out); after an accepted one (a page may write a draft) it is read again.
  let knownState: string | null = null;

  /**
   * Sends one request: no 5xx; a refused one says what was wrong, and a refused change (not a
   * read: reads are many and change nothing) left every table as it was.
   */
  async function sendAndCheck(req: RawRequest & { note: string }, tally: Tally): Promise<void> {
    const isChange = (req.method ?? 'GET') !== 'GET';
    const before = isChange ? (knownState ?? (await storedState())) : null;
    const res = await rawRequest(store.url, req);
    tally.statuses.set(res.status, (tally.statuses.get(res.status) ?? 0) + 1);
    const what = `${req.method ?? 'GET'} ${req.path} (${req.note}) → ${res.status}`;
    if (res.status >= 500) throw new Error(`${what}: ${res.text.slice(0, 500)}`);
    if (res.status < 400) {
      knownState = null;
      return;
    }
    if (before !== null) {
      const after = await storedState();
      knownState = after;
      const changed = changedTables(before, after);
      if (changed.length) throw new Error(`${what}, yet it changed ${changed.join(', ')}`);
    }
    if (/json/.test(res.headers['content-type'] ?? '')) {
      // An error with a message, or an import's list of rows to correct.
      const body = JSON.parse(res.text) as { error?: { message?: unknown }; errors?: unknown };
      if (typeof body.error?.message !== 'string' && !Array.isArray(body.errors))
        throw new Error(`${what}: the refusal says nothing: ${res.text.slice(0, 300)}`);
    }
  }

  const jsonText = (keys: readonly string[]): fc.Arbitrary<string> =>
    fc.oneof(
      { weight: 8, arbitrary: hostileRecord(keys, hostileJson(keys)).map((v) => JSON.stringify(v)) },
      { weight: 2, arbitrary: hostileJson(keys).map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: deeplyNested },
      { weight: 1, arbitrary: hostileText },
      { weight: 1, arbitrary: fc.constant(`{"comment":"${'x'.repeat(300_000)}"}`) },
    );

  // Mostly a valid set of answers, often with one hostile answer in it, so that cases get as far
  // as the instrument's own checks and the insert.
  const validAnswers = fc.record(
    {
      overall_satisfaction: fc.constantFrom(1, 2, 3, 4, 5),
      ...Object.fromEntries(QUESTIONS.slice(1).map((q) => [q, fc.constantFrom(...CHOICES)])),
      comment: fc.string({ unit: 'grapheme', maxLength: 40 }),
    },
    { requiredKeys: ['overall_satisfaction'] },
  );
  const answers = fc.oneof(
    { weight: 3, arbitrary: validAnswers },
    {
      weight: 4,
      arbitrary: fc
        .tuple(validAnswers, fc.oneof(fc.constantFrom(...QUESTIONS, 'comment'), hostileText), scalar)
        .map(([valid, key, value]) => ({ ...valid, [key]: value })),
    },
    { weight: 1, arbitrary: hostileJson([...QUESTIONS, 'comment']) },
  );

  const submission: fc.Arbitrary<string> = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .record(
          {
            submissionId: fc.oneof(
              { weight: 4, arbitrary: fc.uuid() },
              { weight: 1, arbitrary: hostileText },
            ),
            answers,
            locale: fc.oneof(
              { weight: 4, arbitrary: fc.constantFrom('da', 'nb', 'en') },
              { weight: 1, arbitrary: hostileText },
            ),
            pageNo: scalar,
          },
          { requiredKeys: ['answers'] },
        )
        .map((v) => JSON.stringify(v)),
    },
    { weight: 2, arbitrary: jsonText(['answers', 'submissionId', 'locale', 'pageNo', ...QUESTIONS]) },
  );

  const withBody = (method: string, path: string, text: fc.Arbitrary<string>, type = 'application/json') =>
    text.chain((body) =>
      encodings(type, body).map((enc: EncodedBody) => ({
        method,
        path,
        headers: { ...enc.headers, origin: store.url },
        body: enc.body,
        note: enc.note,
      })),
    );

  it(`when ${RESPONDENT_CASES} arbitrary requests reach the respondent API, then none is a 5xx and no refused one stores anything`, async () => {
    const code = segment(ids.linkCode!);
    const token = segment(ids.token!);
    const read = (path: fc.Arbitrary<string>) =>
      fc.tuple(path, hostileQuery(['lang', 'code', 'next'])).map(([p, q]) => ({
        method: 'GET',
        path: p + q,
        headers: {},
        note: 'read',
      }));
    const request = fc.oneof(
      { weight: 6, arbitrary: code.chain((c) => withBody('POST', `/api/s/${c}/responses`, submission)) },
      { weight: 2, arbitrary: token.chain((t) => withBody('POST', `/api/t/${t}/responses`, submission)) },
      { weight: 2, arbitrary: token.chain((t) => withBody('PUT', `/api/t/${t}/draft`, submission)) },
      {
        weight: 2,
        arbitrary: read(
          fc.oneof(
            code.map((c) => `/s/${c}`),
            code.map((c) => `/api/s/${c}`),
            token.map((t) => `/t/${t}`),
            token.map((t) => `/api/t/${t}`),
            fc.constant('/t'),
            segment(ids.slug!).map((s) => `/p/${s}`),
            fc
              .tuple(segment(ids.slug!), segment(ids.contractId!), segment(ids.year!))
              .map(([s, c, y]) => `/p/${s}/contracts/${c}/reports/${y}`),
            segment(['staff.css', 'respondent.js']).map((f) => `/assets/web/${f}`),
          ),
        ),
      },
    );
    const tally: Tally = { statuses: new Map() };
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        clockOffsetMs += 60_000;
        await sendAndCheck(req, tally);
      }),
      { numRuns: RESPONDENT_CASES, seed: SEED, endOnFailure: true },
    );
    console.log('respondent statuses', [...tally.statuses].sort());
    // The cases reached as far as storing: some answers were taken, others refused field by field.
    expect(tally.statuses.get(201) ?? 0).toBeGreaterThan(20);
    expect(tally.statuses.get(422) ?? 0).toBeGreaterThan(100);
    expect(tally.statuses.get(400) ?? 0).toBeGreaterThan(50);
  });

  it(`when ${STAFF_CASES} arbitrary requests reach the staff APIs and forms, then none is a 5xx and no refused one stores anything`, async () => {
    // The respondent phase moved the clock past the sessions of beforeAll: log in again.
    const consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    const admin = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
    const leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
    const cookie = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(consultant, admin) },
      { weight: 1, arbitrary: fc.constantFrom(leader, 'malbar_session=%ff', 'malbar_session=x', '') },
    );
    const origin = fc.oneof(
      { weight: 12, arbitrary: fc.constant(store.url) },
      { weight: 1, arbitrary: fc.constant(EVIL) },
    );
    const request = fc
      .record({
        // Changes twice as often as reads: they are what a refusal must leave undone.
        route: fc.oneof(
          { weight: 2, arbitrary: fc.constantFrom(...STAFF_ROUTES.filter((r) => r.method !== 'GET')) },
          { weight: 1, arbitrary: fc.constantFrom(...STAFF_ROUTES.filter((r) => r.method === 'GET')) },
        ),
        cookie,
        origin,
        accept: fc.constantFrom('application/json', 'text/html', '*/*'),
      })
      .chain(({ route, cookie, origin, accept }) =>
        fc
          .tuple(
            pathOf(route),
            hostileQuery(['year', 'lang', 'unit', 'unitId', 'granularity', 'source', 'vintage', 'q']),
            bodyOf(route),
          )
          .map(([path, query, body]) => ({
            method: route.method,
            path: path + query,
            headers: { cookie, origin, accept, ...(body?.headers ?? {}) },
            body: body?.body,
            note: `${route.path}, ${body?.note ?? 'no body'}`,
          })),
      );
    const tally: Tally = { statuses: new Map() };
    knownState = null; // the logins above wrote
    await fc.assert(
      fc.asyncProperty(request, (req) => sendAndCheck(req, tally)),
      { numRuns: STAFF_CASES, seed: SEED, endOnFailure: true },
    );
    console.log('staff statuses', [...tally.statuses].sort());
    expect(tally.statuses.get(200) ?? 0).toBeGreaterThan(100);
    expect(tally.statuses.get(422) ?? 0).toBeGreaterThan(100);
    expect(tally.statuses.get(403) ?? 0).toBeGreaterThan(20); // other origins among them
  });

  function pathOf(route: StaffRoute): fc.Arbitrary<string> {
    const parts = route.path.split(/(:[a-zA-Z]+)/);
    return fc
      .tuple(
        ...parts.map((part) =>
          part.startsWith(':') ? segment(ids[part.slice(1)] ?? ['x']) : fc.constant(part),
        ),
      )
      .map((filled) => filled.join(''));
  }

  function bodyOf(route: StaffRoute): fc.Arbitrary<EncodedBody | null> {
    switch (route.body) {
      case 'none':
        return fc.constant(null);
      case 'json':
        return jsonText(STAFF_FIELDS).chain((text) => encodings('application/json', text));
      case 'csv':
        return fc
          .array(
            fc.array(hostileText, { maxLength: 6 }).map((cells) => cells.join(';')),
            { maxLength: 6 },
          )
          .map((lines) => lines.join('\r\n'))
          .chain((text) => encodings('text/csv', text));
      case 'form':
        return fc
          .oneof(
            {
              weight: 6,
              arbitrary: hostileRecord(STAFF_FIELDS, hostileText).map((f) =>
                new URLSearchParams(f).toString(),
              ),
            },
            {
              weight: 1,
              arbitrary: fc.constantFrom('title=%ff%00', 'what=%ED%A0%80', '%', 'a=b&'.repeat(5000)),
            },
          )
          .chain((text) => encodings('application/x-www-form-urlencoded', text));
    }
  }
});
