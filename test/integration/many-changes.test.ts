import type { OrgUnit } from '../../core/org/org-unit';
import type { FollowUpReport } from '../../core/reports/follow-up-report';
import type { GoalOverview } from '../../server/use-cases/goal-overview';
import type { UnitIndicators } from '../../server/use-cases/unit-indicators';
import { aMunicipalityWithManyChanges, type ManyChangesMunicipality } from '../builders/many-changes';
import { getJson } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * Views that judge many changes at once (issue 16): the goal heatmap, a unit's indicator list and
 * the follow-up report say how many changes they judge, how many their 95 % intervals mark, how
 * many that would be by chance alone (m × 0.05), and which hold when all are judged together
 * (Benjamini–Hochberg, false discovery rate 5 %). The p-values below were computed apart from the
 * product: Newcombe's interval inverted with scipy (brentq on z, p = 2·norm.sf(z*)), Welch's with
 * scipy.stats.t.sf.
 *
 * The fixture (test/builders/many-changes.ts): wellbeing (share of pupils above 3), last year →
 * this year, every pupil never bullied:
 *   1.A  6/6 → 6/6     p = 1
 *   6.A  2/10 → 10/10  p = 0.000127 (improved)
 *   7.A  10/10 → 2/10  p = 0.000127 (worsened)
 *   9.A  10/10 → 6/10  p = 0.0317   (worsened)
 *   school, area, municipality 28/36 → 24/36  p = 0.293
 * Not bullied: 100 % in both rounds everywhere, p = 1.
 */
const year = new Date().getUTCFullYear();

for (const kind of STORES) {
  describe(`${kind.name}: many changes judged at once`, () => {
    let store: TestStore;
    let fixture: ManyChangesMunicipality;
    let org: ManyChangesMunicipality['org'];
    let consultant: string;
    let goalIds: ManyChangesMunicipality['goalIds'];

    beforeAll(async () => {
      store = await kind.start();
      fixture = await aMunicipalityWithManyChanges(store);
      ({ org, consultant, goalIds } = fixture);
    });
    afterAll(() => store?.stop());

    const overviewFor = async (cookie: string) =>
      (await getJson(`${store.url}/api/goals`, { cookie })).body as GoalOverview;
    const goalOf = (overview: GoalOverview, id: string) =>
      overview.contracts.flatMap((c) => c.goals).find((g) => g.id === id)!;
    const changeAt = (overview: GoalOverview, goalId: string, unit: OrgUnit) => {
      const cell = overview.rows.find((r) => r.unitId === unit.id)!.cells[goalId]!;
      if (cell.status === 'hidden' || cell.status === 'out-of-scope' || !cell.change?.comparable)
        throw new Error(`no change at ${unit.name}`);
      return cell.change;
    };

    it('when the consultant reads the heatmap, then 15 trend changes are judged, 4 marked, 0.75 expected by chance and 3 hold', async () => {
      // m = 7 + 7 + 1 = 15. Marked: 6.A, 7.A, 9.A for wellbeing, 7.A for its own goal. BH, i·0.05/15:
      // 0.000127 ×3 ≤ 0.0033, 0.0067, 0.0100 ✓; then 0.0317 > 4·0.05/15 = 0.0133 and the
      // 0.293s and 1s exceed theirs → 3 hold.
      const overview = await overviewFor(consultant);
      expect(overview.changes).toEqual({ judged: 15, marked: 4, expectedByChance: 0.75, holdAtFdr: 3 });
      // Per goal: its own changes, and how many of them hold among all 15.
      expect(goalOf(overview, goalIds.wellbeing).changes).toEqual({
        judged: 7,
        marked: 3,
        expectedByChance: 0.35,
        holdAtFdr: 2,
      });
      expect(goalOf(overview, goalIds.notBullied).changes).toMatchObject({
        judged: 7,
        marked: 0,
        holdAtFdr: 0,
      });
      expect(goalOf(overview, goalIds.sevenA).changes).toMatchObject({ judged: 1, marked: 1, holdAtFdr: 1 });
      expect(goalOf(overview, goalIds.threshold).changes).toBeNull();
    });

    it('when the consultant reads the heatmap, then 6.A and 7.A hold, 9.A may be chance, and the statuses stay the rule’s', async () => {
      const overview = await overviewFor(consultant);
      const [sixA, sevenA, nineA] = [6, 7, 9].map((g) => org.classes.get(g)!);
      const six = changeAt(overview, goalIds.wellbeing, sixA!);
      expect(six).toMatchObject({ verdict: 'improved', holdsAtFdr: true });
      expect(six.pValue).toBeCloseTo(0.000127065, 8);
      expect(changeAt(overview, goalIds.wellbeing, sevenA!)).toMatchObject({
        verdict: 'worsened',
        holdsAtFdr: true,
      });
      const nine = changeAt(overview, goalIds.wellbeing, nineA!);
      expect(nine).toMatchObject({ verdict: 'worsened', holdsAtFdr: false });
      expect(nine.pValue).toBeCloseTo(0.0316892, 6);
      const school = changeAt(overview, goalIds.wellbeing, org.school);
      expect(school).toMatchObject({ verdict: 'no-detectable-change', holdsAtFdr: false });
      expect(school.pValue).toBeCloseTo(0.293002, 5);
      // 9.A still fails a rising goal: the rule decides the status, the mark only says it may be chance.
      const row = (unit: OrgUnit) => overview.rows.find((r) => r.unitId === unit.id)!;
      expect(row(nineA!).cells[goalIds.wellbeing]!.status).toBe('not-met');
      expect(row(sixA!).cells[goalIds.wellbeing]!.status).toBe('met');
      // A threshold goal's change is shown but not judged with the trends.
      const cell = row(sixA!).cells[goalIds.threshold]!;
      expect(cell.status !== 'hidden' && cell.status !== 'out-of-scope' && cell.change).toMatchObject({
        comparable: true,
      });
      expect(JSON.stringify(cell)).not.toContain('holdsAtFdr');
    });

    it("when the school's leader reads the heatmap, then only her 11 changes are judged together", async () => {
      // School, 1.A, 6.A, 7.A, 9.A for two goals, 7.A for one: 11. BH, i·0.05/11: 0.000127 ×3 ≤
      // 0.0045, 0.0091, 0.0136 ✓; 0.0317 > 0.0182 → 3 hold; 4 marked; 0.55 by chance.
      const overview = await overviewFor(fixture.leader);
      expect(overview.changes).toEqual({ judged: 11, marked: 4, expectedByChance: 0.55, holdAtFdr: 3 });
    });

    it("when 6.A's indicators are read, then its 12 changes are judged together and all 6 marked hold", async () => {
      // wellbeing 2/10 → 10/10, p = 0.000127; not bullied 10/10 → 10/10, p = 1; the five means go
      // from 2 pupils at 5 and 8 lower to all at 5. This year's ten alike answers are no census (the
      // class size is not known): up to q = 1 − 0.025^(1/10) = 0.308497 of the class could differ,
      // so its mean may lie q·(5 − 1) = 1.233988 below 5, read as a standard error 1.233988/1.959964.
      // Social wellbeing (the bullying item at 5 for everyone, so the unhappy score 1.8):
      // d = 0.8·3.2 = 2.56, se² = 0.396393 + 0.182044, T = 3.36598, ν = 15.8267 (Welch),
      // p = 0.00398279 (mpmath: regularized incomplete beta). The 5 categories of how often bullied
      // stay put, p = 1. BH, i·0.05/12: the six smallest are all ≤ 0.0042 → 6 hold.
      const list = await unitIndicators(org.classes.get(6)!);
      expect(list.changes).toEqual({ judged: 12, marked: 6, expectedByChance: 0.6, holdAtFdr: 6 });
      const social = list.indicators.find((i) => i.key === 'social-wellbeing')!.change;
      expect(social).toMatchObject({ available: true, verdict: 'improved', holdsAtFdr: true });
      if (social.available) expect(social.pValue).toBeCloseTo(0.00398279, 7);
    });

    it("when 9.A's indicators are read, then only its share is marked, and it does not hold", async () => {
      // wellbeing 10/10 → 6/10, p = 0.0317. The five means go from all at 5 — ten alike answers,
      // no census, so last year's mean may have been up to 1.233988 lower (see 6.A) — to 6 at 5 and
      // 4 lower: calm and order (unhappy at 1) d = −1.6, se² = 0.426667 + 0.396393, T = −1.76362,
      // ν = 17.9757, p = 0.0947858: no detectable change. BH: 0.0317 > 1·0.05/12 → none holds.
      const list = await unitIndicators(org.classes.get(9)!);
      expect(list.changes).toEqual({ judged: 12, marked: 1, expectedByChance: 0.6, holdAtFdr: 0 });
      const marked = list.indicators.filter(
        (i) => i.change.available && i.change.verdict !== 'no-detectable-change',
      );
      expect(marked.map((i) => i.key)).toEqual(['wellbeing']);
      for (const { change } of marked) expect(change).toMatchObject({ holdsAtFdr: false });
      const calm = list.indicators.find((i) => i.key === 'calm-order')!.change;
      expect(calm).toMatchObject({ available: true, verdict: 'no-detectable-change' });
      if (calm.available) expect(calm.pValue).toBeCloseTo(0.0947858, 6);
    });

    it("when the indicator detail of 9.A's wellbeing is read, then its change carries the round's mark", async () => {
      const res = await getJson(
        `${store.url}/api/units/${org.classes.get(9)!.id}/indicators/pupil-wellbeing/wellbeing`,
        { cookie: consultant },
      );
      expect(res.status).toBe(200);
      expect(res.body.points.at(-1).change).toMatchObject({
        available: true,
        verdict: 'worsened',
        holdsAtFdr: false,
      });
    });

    it("when this year's follow-up report is read, then its 4 goals' results are judged together", async () => {
      // At each goal's scope: wellbeing and the threshold goal at the municipality, p = 0.293 each;
      // not bullied, p = 1; 7.A's wellbeing, p = 0.000127 ≤ 1·0.05/4 → holds.
      const contracts = (await getJson(`${store.url}/api/contracts`, { cookie: consultant })).body.contracts;
      const report = (
        await getJson(`${store.url}/api/contracts/${contracts[0].id}/overview?year=${year}`, {
          cookie: consultant,
        })
      ).body as FollowUpReport;
      expect(report.changes).toEqual({ judged: 4, marked: 1, expectedByChance: 0.2, holdAtFdr: 1 });
      const results = report.areas.flatMap((a) => a.goals).map((g) => [g.id, g.result?.change?.holdsAtFdr]);
      expect(results).toContainEqual([goalIds.sevenA, true]);
      expect(results).toContainEqual([goalIds.wellbeing, false]);
    });

    it('when the report is read as its print version, then it says it in words and marks the change that holds', async () => {
      const page = (lang: string) =>
        fetch(`${store.url}/dashboard/contracts/${fixture.contractId}/reports/${year}/print?lang=${lang}`, {
          headers: { cookie: consultant },
        }).then((res) => res.text());
      const english = await page('en');
      expect(english).toContain(
        '4 changes judged; 1 marked at 95 %. By chance alone about 0.2 would be marked even if nothing had changed. 1 holds when all 4 are judged together (false discovery rate 5 %).',
      );
      expect(english.match(/class="fdr holds"/g)).toHaveLength(1);
      expect(english).not.toContain('fdr may-be-chance');
      expect(await page('da')).toContain(
        '4 ændringer vurderet; 1 markeret på 95 %-niveau. Alene ved tilfældighed ville omkring 0,2 blive markeret',
      );
      expect(await page('nb')).toContain('4 endringer vurdert; 1 markert på 95 %-nivå.');
    });

    async function unitIndicators(unit: OrgUnit) {
      const res = await getJson(`${store.url}/api/units/${unit.id}/indicators`, { cookie: consultant });
      expect(res.status).toBe(200);
      const round = (res.body as UnitIndicators).rounds.find((r) => r.id === fixture.thisYear.roundId)!;
      return round;
    }
  });
}
