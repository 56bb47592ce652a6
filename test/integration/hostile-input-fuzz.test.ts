import fc from 'fast-check';
import { aContractWithGoals } from '../builders/goals';
import { anInitiative } from '../builders/initiatives';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { personalLinkCodes } from '../builders/personal-links';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson } from '../support/http';
import { rawRequest } from '../support/raw-http';
import { STORES, type TestStore } from '../support/stores';
import type { FuzzRequest, KnownIds } from '../support/fuzz/hostile-values';
import { respondentRequests } from '../support/fuzz/respondent-requests';
import { staffRequests } from '../support/fuzz/staff-requests';
import { changedTables, storedStateDigest } from '../support/fuzz/stored-state';

/*
 * Arbitrary requests to the respondent API and to every staff API and form: text PostgreSQL
 * cannot keep, numbers no column holds, wrong types, deep nesting, unreadable bodies, junk in the
 * address, other origins. Whatever comes, no answer is a 5xx, a refusal says what was wrong, and
 * a refused change leaves every table as it was. The seed is fixed so a run can be repeated;
 * FUZZ_SEED=<n> explores other inputs (FUZZ_CASES=<n> sets the count; the tallies at the end, which
 * show the cases got past the door, expect the default).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 17);
const RESPONDENT_CASES = Number(process.env.FUZZ_CASES ?? 2000);
const STAFF_CASES = Number(process.env.FUZZ_CASES ?? 2000);

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
  const ids: KnownIds = {};

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
      areaKey: ['school', 'dagtilbud'],
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
  async function sendAndCheck(req: FuzzRequest, tally: Tally): Promise<void> {
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

  it(`when ${RESPONDENT_CASES} arbitrary requests reach the respondent API, then none is a 5xx and no refused one stores anything`, async () => {
    const request = respondentRequests(ids, store.url);
    const tally: Tally = { statuses: new Map() };
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        clockOffsetMs += 60_000;
        await sendAndCheck(req, tally);
      }),
      { numRuns: RESPONDENT_CASES, seed: SEED, endOnFailure: true },
    );
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
    const request = staffRequests(ids, {
      ownOrigin: store.url,
      cookies: [consultant, admin],
      otherCookies: [leader],
    });
    const tally: Tally = { statuses: new Map() };
    knownState = null; // the logins above wrote
    await fc.assert(
      fc.asyncProperty(request, (req) => sendAndCheck(req, tally)),
      { numRuns: STAFF_CASES, seed: SEED, endOnFailure: true },
    );
    expect(tally.statuses.get(200) ?? 0).toBeGreaterThan(100);
    expect(tally.statuses.get(422) ?? 0).toBeGreaterThan(100);
    expect(tally.statuses.get(403) ?? 0).toBeGreaterThan(20); // other origins among them
  });
});
