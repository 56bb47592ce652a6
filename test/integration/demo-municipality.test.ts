import { listReleases } from '../../db/repositories/releases';
import { findRound } from '../../db/repositories/rounds';
import { findReport } from '../../db/repositories/follow-up-reports';
import { finishDemo, unfinishedDemo, type DemoToFinish } from '../../scripts/demo/finish-demo';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from '../../scripts/seed-demo';
import { contentHashOf } from '../../server/use-cases/follow-up-reports';
import { logIn } from '../builders/staff';
import { getJson, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const pglite = STORES.find((s) => s.name.startsWith('pglite'))!;

describe('pglite + in-process: Demo Kommune', () => {
  let store: TestStore;
  let cookie: string;
  let responses: number;
  let contractId: string;
  let interrupted: DemoToFinish | null;
  let seededRounds: string[];
  const year = new Date().getUTCFullYear();
  const municipalityOf = async (roundId: string) => (await findRound(store.db, roundId))!.municipalityId;
  const demoRuntime = () => ({
    db: store.db,
    queue: store.malbar.queue,
    instruments: store.malbar.instruments,
    idle: () => store.malbar.idle(),
  });

  beforeAll(async () => {
    store = await pglite.start();
    const demo = await seedDemo(store.db, {
      today: new Date().toISOString().slice(0, 10),
      instruments: store.malbar.instruments,
      versionIds: store.malbar.versionIds,
    });
    responses = demo.responses;
    // As a first `npm start` stopped right after the data was in (seedDemo is one transaction):
    // the next start sees the unfinished demo and finishes it (main/start.ts).
    interrupted = await unfinishedDemo(store.db, year - 1);
    await finishDemo(demoRuntime(), interrupted!, year - 1);
    contractId = demo.contract.contractId;
    seededRounds = [...new Set(demo.recompute.map((r) => r.roundId))];
    cookie = await logIn(store.url, { email: DEMO_LOGINS[0].email, password: DEMO_PASSWORD });
  });
  afterAll(() => store?.stop());

  it('when a first start stopped after seeding, then the next start finishes the demo and a later one changes nothing', async () => {
    // What the interrupted demo looked like: every round with responses, the contract and its consultant.
    expect(interrupted).toMatchObject({ contractId, consultantId: expect.any(String) });
    expect(interrupted!.roundIds).toEqual(expect.arrayContaining(seededRounds));
    // Finished: every round released, last year's report adopted, nothing left to finish.
    const releasesOf = async () =>
      Promise.all(
        interrupted!.roundIds.map(
          async (id) =>
            (await listReleases(store.db, { municipalityId: await municipalityOf(id), roundId: id })).length,
        ),
      );
    const before = await releasesOf();
    for (const [i, n] of before.entries())
      expect({ round: interrupted!.roundIds[i], n }).toMatchObject({ n: 1 });
    expect((await findReport(store.db, contractId, year - 1))?.status).toBe('adopted');
    expect(await unfinishedDemo(store.db, year - 1)).toBeNull();
    // Run again (two starts racing, or an operator retrying): no new release, the report as adopted.
    await finishDemo(demoRuntime(), interrupted!, year - 1);
    expect(await releasesOf()).toEqual(before);
  });

  it('when the demo is seeded, then the municipality shows indicators of all four instruments with n and intervals', async () => {
    const overview = (await getJson(`${store.url}/api/goals`, { cookie })).body;
    const root = overview.rows[0];
    const page = (await getJson(`${store.url}/api/units/${root.unitId}/indicators`, { cookie })).body;
    const rounds = page.rounds.map((r: Json) => r.title.en.replace(/ \d{4}$/, '')).sort();
    expect(rounds).toEqual([
      'Care user satisfaction',
      'Employee wellbeing',
      'Parent satisfaction',
      'Parent satisfaction', // last year's too
      'Pupil wellbeing',
      'Pupil wellbeing', // last year's too
    ]);
    for (const round of page.rounds) {
      for (const indicator of round.indicators) {
        expect(indicator.total).toMatchObject({
          shown: true,
          n: expect.any(Number),
          ciLow: expect.any(Number),
          ciHigh: expect.any(Number),
        });
        expect(indicator.total.ciLow).toBeLessThanOrEqual(indicator.total.value);
        expect(indicator.total.ciHigh).toBeGreaterThanOrEqual(indicator.total.value);
      }
    }
    expect(responses).toBeGreaterThan(800);
  });

  it('when last year’s pupil round exists, then this year’s municipality values show their change with an interval', async () => {
    const overview = (await getJson(`${store.url}/api/goals`, { cookie })).body;
    const page = (await getJson(`${store.url}/api/units/${overview.rows[0].unitId}/indicators`, { cookie }))
      .body;
    const [thisYear, lastYear] = page.rounds.filter((r: Json) => r.title.en.startsWith('Pupil wellbeing'));
    for (const indicator of thisYear.indicators) {
      expect(indicator.change).toMatchObject({ available: true, previousTitle: lastYear.title });
      expect(indicator.change.ciLow).toBeLessThanOrEqual(indicator.change.change);
      expect(indicator.change.ciHigh).toBeGreaterThanOrEqual(indicator.change.change);
      expect(['improved', 'no-detectable-change', 'worsened']).toContain(indicator.change.verdict);
    }
    for (const indicator of lastYear.indicators)
      expect(indicator.change).toEqual({ available: false, reason: 'no-previous-round' });
  });

  it('when the demo is seeded, then every goal has a status at the municipality', async () => {
    const overview = (await getJson(`${store.url}/api/goals`, { cookie })).body;
    const goals = overview.contracts[0].goals;
    expect(goals.length).toBeGreaterThanOrEqual(4);
    for (const goal of goals)
      expect(['met', 'not-met', 'uncertain']).toContain(overview.rows[0].cells[goal.id].status);
  });

  it('when the demo is seeded, then the Aarhus goals come with the ways to reach them, in several stages', async () => {
    const overview = (await getJson(`${store.url}/api/goals`, { cookie })).body;
    const [wellbeing, notBullied] = overview.contracts[0].goals;
    const actionsOf = async (goalId: string) =>
      (await getJson(`${store.url}/api/goals/${goalId}/actions`, { cookie })).body.actions as Json[];
    const first = await actionsOf(wellbeing.id);
    expect(first.map((a) => a.status)).toEqual(['in-progress', 'planned']);
    expect(first.every((a) => a.responsible && a.dueOn)).toBe(true);
    expect((await actionsOf(notBullied.id)).map((a) => a.status)).toEqual(['done']);
  });

  const motivationAt = async (unitId: string) => {
    const page = (await getJson(`${store.url}/api/units/${unitId}/indicators`, { cookie })).body;
    const round = page.rounds.find((r: Json) => r.title.en.startsWith('Employee wellbeing'));
    return round.indicators.find((i: Json) => i.key === 'motivation');
  };

  it('when staff look at a school, then employees are not broken down by age or role; at the municipality they are', async () => {
    const rows = (await getJson(`${store.url}/api/goals`, { cookie })).body.rows;
    const school = rows.find((r: Json) => r.name === 'Nordskolen');
    const atSchool = await motivationAt(school.unitId);
    expect(atSchool.total).toMatchObject({ shown: true });
    expect(atSchool.breakdowns.every((b: Json) => b.cells.length === 0)).toBe(true);
    const atMunicipality = await motivationAt(rows[0].unitId);
    expect(atMunicipality.breakdowns.find((b: Json) => b.key === 'age-band').cells.length).toBeGreaterThan(0);
  });

  it('when the demo is seeded, then its published contract has service areas with aims, last year’s report adopted and this year’s a draft', async () => {
    const contract = (await getJson(`${store.url}/api/contracts/${contractId}`, { cookie })).body;
    expect(contract.areas.map((a: Json) => a.name)).toEqual([
      'Skole',
      'Dagtilbud og skole',
      'Ældrepleje',
      'Personale og arbejdsmiljø',
      'Tværgående kvalitet',
    ]);
    expect(contract.areas.every((a: Json) => a.aim.length > 20)).toBe(true);
    expect(contract.contract.publishedAt).not.toBeNull();
    const statuses = Object.fromEntries(contract.reports.map((r: Json) => [r.year, r.status]));
    expect(statuses).toEqual({ [year - 1]: 'adopted', [year]: 'draft', [year + 1]: 'not-started' });

    const adopted = (
      await getJson(`${store.url}/api/contracts/${contractId}/reports/${year - 1}`, { cookie })
    ).body;
    expect(adopted.contentHash).toBe(contentHashOf(adopted.report));
    expect(adopted.report.medStatement).toMatch(/MED/);
    const wellbeing = adopted.report.areas[0].goals[0];
    expect(wellbeing.result).toMatchObject({ n: expect.any(Number), value: expect.any(Number) });
    expect(wellbeing.units).toMatchObject({ kind: 'institution' });
    const draft = (await getJson(`${store.url}/api/contracts/${contractId}/reports/${year}`, { cookie }))
      .body;
    expect(draft.status).toBe('draft');
    // The parents' goal is a trend: this year's result is judged against last year's baseline.
    const parents = draft.report.areas[1].goals[0];
    expect(parents.trend).toHaveLength(2);
    expect(parents.result.change).toMatchObject({ change: expect.any(Number), ciLow: expect.any(Number) });
    expect(['met', 'uncertain', 'not-met']).toContain(parents.result.status);
  });

  it('when the demo is seeded, then it has two years of monthly sick leave at every workplace; the nursery of four is hidden', async () => {
    const overview = (await getJson(`${store.url}/api/goals`, { cookie })).body;
    const area = overview.rows.find((r: Json) => r.name === 'Børn og Unge');
    const res = await getJson(`${store.url}/api/sick-leave?unitId=${area.unitId}&granularity=rolling12`, {
      cookie,
    });
    expect(res.status).toBe(200);
    const lastMonth = new Date(Date.UTC(year, new Date().getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
    expect(res.body.lastMonth).toBe(lastMonth);
    const byName = new Map(res.body.rows.map((r: Json) => [r.name, r.figures.at(-1)]));
    expect(byName.get('Nordskolen')).toMatchObject({ status: 'shown' });
    expect(byName.get('Vuggestuen Mælkebøtten')).toMatchObject({ status: 'hidden' });
    expect(JSON.stringify(byName.get('Vuggestuen Mælkebøtten'))).not.toMatch(/sickDays|rate/);
    // Two full years: the first rolling window of the second year compares with the first year.
    const months = await getJson(
      `${store.url}/api/sick-leave?unitId=${area.unitId}&granularity=month&from=${year - 3}-01`,
      {
        cookie,
      },
    );
    const first = months.body.periods.findIndex((p: Json) => !p.partial);
    expect(months.body.periods.length - first).toBe(24);
  });

  it('when the demo is seeded, then its sick-leave goals are judged at every workplace this year, the nursery of four hidden', async () => {
    const overview = (await getJson(`${store.url}/api/goals`, { cookie })).body;
    const [everyWorkplace, belowAverage] = overview.contracts[0].goals.filter(
      (g: Json) => g.measuredOn === 'sick-leave',
    );
    expect(everyWorkplace).toMatchObject({
      measurePeriod: 'year',
      round: { id: expect.stringMatching(/^sick-leave:/) },
    });
    const cellAt = (name: string, goalId: string) =>
      overview.rows.find((r: Json) => r.name === name).cells[goalId];
    // Home care runs at about 9.5 %: above 7 % whatever the trend. No interval: every employee counts.
    expect(cellAt('Hjemmeplejen Nord', everyWorkplace.id)).toMatchObject({ status: 'not-met', ciLow: null });
    expect(cellAt('Hjemmeplejen Nord', everyWorkplace.id).value).toBeGreaterThan(0.07);
    expect(cellAt('Vuggestuen Mælkebøtten', everyWorkplace.id)).toEqual({
      status: 'hidden',
      minGroupSize: 5,
      reasons: [],
    });
    // The municipality against the five comparable municipalities' mean sick leave.
    expect(['met', 'not-met']).toContain(overview.rows[0].cells[belowAverage.id].status);
    const draft = (await getJson(`${store.url}/api/contracts/${contractId}/reports/${year}`, { cookie }))
      .body;
    const staff = draft.report.areas.find((a: Json) => a.key === 'personale');
    expect(staff.goals.map((g: Json) => g.measuredOn)).toEqual(['sick-leave', 'sick-leave']);
    expect(staff.goals[0].units).toMatchObject({ kind: 'institution', hidden: expect.any(Number) });
  });

  it('when the demo is seeded, then the contract mixes perceived and measured quality: a school, a care and a cross-cutting measured goal, each with a status', async () => {
    const overview = (await getJson(`${store.url}/api/goals`, { cookie })).body;
    const measured = overview.contracts[0].goals.filter((g: Json) => g.measuredOn === 'measured');
    expect(measured.map((g: Json) => [g.serviceArea, g.indicatorKey, g.unit])).toEqual([
      ['skole', 'qualified-teacher-lessons', 'share'],
      ['aeldrepleje', 'nursing-home-falls', 'score'],
      ['tvaergaaende', 'deviations-followed-up', 'share'],
    ]);
    expect(overview.contracts[0].goals.some((g: Json) => g.measuredOn === 'survey')).toBe(true);
    for (const goal of measured) {
      expect(goal.round).toMatchObject({ id: expect.stringMatching(/^measured:/) });
      const cell = overview.rows[0].cells[goal.id];
      expect(['met', 'not-met']).toContain(cell.status);
      // Register figures: no interval, and a change from the same period a year earlier where one is asked.
      expect(cell).toMatchObject({ value: expect.any(Number), n: expect.any(Number), ciLow: null });
    }
    const [teachers, falls] = measured;
    expect(overview.rows.find((r: Json) => r.name === 'Nordskolen').cells[teachers.id]).toMatchObject({
      status: 'met',
      n: 30,
    });
    expect(overview.rows[0].cells[falls.id].change).toMatchObject({ comparable: true });
    const draft = (await getJson(`${store.url}/api/contracts/${contractId}/reports/${year}`, { cookie }))
      .body;
    const across = draft.report.areas.find((a: Json) => a.key === 'tvaergaaende');
    expect(across.goals.map((g: Json) => g.measuredOn)).toEqual(['measured']);
    expect(across.goals[0].trend.length).toBeGreaterThanOrEqual(1);
  });

  it('when the demo is seeded, then its wellbeing is compared with five comparable municipalities and shown beside its learning network of three', async () => {
    const overview = (await getJson(`${store.url}/api/goals`, { cookie })).body;
    const goal = overview.contracts[0].goals.find((g: Json) => g.rule.type === 'benchmark');
    const cell = overview.rows[0].cells[goal.id];
    // Judged against the group's mean, not left without a benchmark.
    expect(['met', 'not-met', 'uncertain']).toContain(cell.status);
    const network = await getJson(
      `${store.url}/api/network/indicators?instrumentKey=pupil-wellbeing&indicatorKey=wellbeing`,
      { cookie },
    );
    expect(network.status).toBe(200);
    expect(network.body.network.members).toBe(3);
    const thisYear = network.body.years.find((y: Json) => y.year === year);
    expect(thisYear.network).toMatchObject({ shown: true, municipalities: 3 });
    expect(JSON.stringify(network.body)).not.toMatch(/Nabo Skole|Fjordskolen/);
  });

  it("when the consultant opens the municipality's wellbeing in detail, then the network's figure and the comparison group's mean stand beside it", async () => {
    const overview = (await getJson(`${store.url}/api/goals`, { cookie })).body;
    const root = overview.rows[0].unitId;
    const res = await getJson(`${store.url}/api/units/${root}/indicators/pupil-wellbeing/wellbeing`, {
      cookie,
    });
    expect(res.status).toBe(200);
    const byKind = new Map(res.body.comparisons.map((c: Json) => [c.kind, c]));
    const thisYear = res.body.points.at(-1).roundId;
    const lastYear = res.body.points.at(-2).roundId;
    const at = (kind: string, roundId: string) =>
      (byKind.get(kind) as Json).points.find((p: Json) => p.roundId === roundId)?.value;
    // (84.9 + 83.4 + 85.0 + 84.2 + 85.6) / 5 = 84.62 %; last year (84.1 + 82.6 + 85.3 + 83.0 + 84.8) / 5 = 83.96 %.
    expect(at('benchmark', thisYear)).toEqual({
      shown: true,
      published: true,
      value: expect.any(Number),
      municipalities: 5,
    });
    expect(at('benchmark', thisYear).value).toBeCloseTo(0.8462, 10);
    expect(at('benchmark', lastYear).value).toBeCloseTo(0.8396, 10);
    // The network of three: Demo Kommune's own answers plus the neighbours', with n and an interval.
    const network = at('network', thisYear);
    expect(network).toMatchObject({ shown: true, n: expect.any(Number) });
    const own = res.body.points.at(-1).value;
    expect(network.n).toBeGreaterThan(own.n);
    expect(network.ciLow).toBeLessThan(network.value);
  });
});
