import { and, eq } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { setUnitPopulation, updateUnit } from '../../db/repositories/org-units';
import { createRecomputeRun } from '../../db/repositories/recompute-runs';
import { goalEvaluations, indicatorValues, roundPopulations } from '../../db/schema';
import { aContractWithGoals } from '../builders/goals';
import { recomputeRoundFullyJob } from '../../jobs/contracts';
import { pupilAnswers, valueScoring } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aSickLeaveFile } from '../builders/sick-leave-file';
import { aStaffUser, logIn } from '../builders/staff';
import { submit } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * The population behind a finite population correction belongs to the instrument's target group
 * and to the time the round ran (issue 16): pupils for pupil wellbeing, the payroll headcount for
 * employee wellbeing — never a school's pupils for its staff — and, once a round has closed, the
 * class sizes of then, whatever the organisation says later.
 */

const DAY = 86_400_000;

for (const kind of STORES) {
  describe(`${kind.name}: whose population corrects an interval`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let pupilRound: BuiltRound;
    let staffRound: BuiltRound;
    let offset = 0;
    let wholeGoal: string;
    let gradesGoal: string;
    const now = () => new Date(Date.now() + offset);

    /** The stored total of one indicator at one unit: n and the population it was corrected for. */
    const total = async (roundId: string, unitId: string, indicatorKey: string) => {
      const [row] = await store.db
        .select({ n: indicatorValues.n, population: indicatorValues.population })
        .from(indicatorValues)
        .where(
          and(
            eq(indicatorValues.roundId, roundId),
            eq(indicatorValues.unitId, unitId),
            eq(indicatorValues.indicatorKey, indicatorKey),
            eq(indicatorValues.breakdownKey, ''),
          ),
        );
      return row;
    };

    const recomputeFully = async (roundId: string) => {
      const run = await createRecomputeRun(store.db, { municipalityId: org.municipality.id, roundId });
      await store.malbar.queue.enqueue(recomputeRoundFullyJob, { roundId, runId: run.id });
      await store.release(roundId); // waits for the full recompute first
    };

    beforeAll(async () => {
      store = await kind.start({}, { now });
      org = await aMunicipality(store.db).withClasses([4, 6]).create();
      await updateUnit(store.db, org.school.id, { code: 'SKOLE' });
      await setUnitPopulation(store.db, org.classes.get(4)!.id, 10);
      await setUnitPopulation(store.db, org.classes.get(6)!.id, 12);
      const pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      const staff = await store.malbar.instruments.get(store.malbar.versionIds['employee-wellbeing']!);
      [wholeGoal, gradesGoal] = (await aContractWithGoals(store.db, org.school, [
        { instrumentKey: 'pupil-wellbeing', indicatorKey: 'wellbeing', op: '>=', target: 0.9 },
        {
          instrumentKey: 'pupil-wellbeing',
          indicatorKey: 'wellbeing',
          op: '>=',
          target: 0.9,
          breakdownFilter: { breakdownKey: 'grade', values: ['4', '6', '9'] },
        },
      ])) as [string, string];
      pupilRound = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      staffRound = await aRound(store.db, store.malbar.versionIds, 'employee-wellbeing')
        .forUnits([org.school])
        .create();
      for (const grade of [4, 6])
        for (let i = 0; i < 6; i++)
          await submit(
            store.url,
            pupilRound.codes.get(org.classes.get(grade)!.id)!,
            pupilAnswers(pupil, { grade, wellbeing: i % 2 ? 5 : 1, bullied: false }),
          );
      for (let i = 0; i < 7; i++)
        await submit(store.url, staffRound.codes.get(org.school.id)!, employeeAnswers(staff, 2 + (i % 3)));
      await store.settled();
    });
    afterAll(() => store?.stop());

    it('when pupils answer, then a class is corrected for its pupils and the school for the sum of its classes', async () => {
      expect(await total(pupilRound.roundId, org.classes.get(4)!.id, 'wellbeing')).toEqual({
        n: 6,
        population: 10,
      });
      expect(await total(pupilRound.roundId, org.school.id, 'wellbeing')).toEqual({ n: 12, population: 22 });
    });

    it("when the same pupils are read as a class, as the school's grade and under a goal for grades 4, 6 and 9, then they get one interval", async () => {
      const interval = async (unitId: string, breakdownKey: string, breakdownValue: string) => {
        const [row] = await store.db
          .select({
            ciLow: indicatorValues.ciLow,
            ciHigh: indicatorValues.ciHigh,
            population: indicatorValues.population,
          })
          .from(indicatorValues)
          .where(
            and(
              eq(indicatorValues.roundId, pupilRound.roundId),
              eq(indicatorValues.unitId, unitId),
              eq(indicatorValues.indicatorKey, 'wellbeing'),
              eq(indicatorValues.breakdownKey, breakdownKey),
              eq(indicatorValues.breakdownValue, breakdownValue),
            ),
          );
        return row!;
      };
      const goalAt = async (goalId: string, unitId: string) => {
        const [row] = await store.db
          .select({
            ciLow: goalEvaluations.ciLow,
            ciHigh: goalEvaluations.ciHigh,
            population: goalEvaluations.population,
          })
          .from(goalEvaluations)
          .where(
            and(
              eq(goalEvaluations.goalId, goalId),
              eq(goalEvaluations.roundId, pupilRound.roundId),
              eq(goalEvaluations.unitId, unitId),
            ),
          );
        return row!;
      };
      const fourA = org.classes.get(4)!.id;
      const classCell = await interval(fourA, '', '');
      expect(classCell.population).toBe(10);
      // 6 of 10 answered: narrower than the uncorrected interval, and the same everywhere.
      expect(await interval(org.school.id, 'grade', '4')).toEqual(classCell);
      expect(await goalAt(gradesGoal, fourA)).toEqual(classCell);
      expect(await goalAt(wholeGoal, fourA)).toEqual(classCell);
      // At the school, grades 4, 6 and 9 are both its classes: the school's 22 pupils.
      expect(await goalAt(gradesGoal, org.school.id)).toEqual(await goalAt(wholeGoal, org.school.id));
      expect((await goalAt(gradesGoal, org.school.id)).population).toBe(22);
    });

    it('when employees answer at a school of 22 pupils with no headcount, then nothing corrects their interval', async () => {
      expect(await total(staffRound.roundId, org.school.id, 'motivation')).toEqual({
        n: 7,
        population: null,
      });
    });

    it('when the payroll export gives the school 9 employees, then the employee values are corrected for 9', async () => {
      const consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      const month = now().toISOString().slice(0, 7);
      const file = aSickLeaveFile().row('SKOLE', month, 180, 9, null, null, 9).csv();
      const res = await fetch(`${store.url}/api/sick-leave/imports`, {
        method: 'POST',
        headers: {
          'content-type': 'text/csv',
          cookie: consultant,
          origin: store.url,
          'x-file-name': encodeURIComponent('fravær.csv'),
        },
        body: file,
      });
      expect(res.status).toBe(202);
      const id = ((await res.json()) as { id: string }).id;
      for (const deadline = Date.now() + 20_000; ;) {
        const status = (await (
          await fetch(`${store.url}/api/sick-leave/imports/${id}`, { headers: { cookie: consultant } })
        ).json()) as { status: string };
        if (status.status === 'applied') break;
        if (status.status === 'failed' || Date.now() > deadline) throw new Error(`import ${status.status}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      await recomputeFully(staffRound.roundId);
      expect(await total(staffRound.roundId, org.school.id, 'motivation')).toEqual({ n: 7, population: 9 });
    });

    it('when a closed round is recomputed after the class sizes changed, then it keeps the sizes of when it ran', async () => {
      offset = 40 * DAY; // past the round's last day
      await recomputeFully(pupilRound.roundId);
      expect(await total(pupilRound.roundId, org.classes.get(4)!.id, 'wellbeing')).toMatchObject({
        population: 10,
      });
      // What was kept: the class sizes of the closed round, in the database (the worker's tree
      // cache alone could also hide a change for 30 s, so the kept row is checked itself).
      const [kept] = await store.db
        .select({ population: roundPopulations.population })
        .from(roundPopulations)
        .where(
          and(
            eq(roundPopulations.roundId, pupilRound.roundId),
            eq(roundPopulations.unitId, org.classes.get(4)!.id),
          ),
        );
      expect(kept).toEqual({ population: 10 });
      await setUnitPopulation(store.db, org.classes.get(4)!.id, 30);
      await recomputeFully(pupilRound.roundId);
      expect(await total(pupilRound.roundId, org.classes.get(4)!.id, 'wellbeing')).toMatchObject({
        population: 10,
      });
      expect(await total(pupilRound.roundId, org.school.id, 'wellbeing')).toMatchObject({ population: 22 });
    });
  });
}

/** An employee's answers: every scored item at `score` (1-5). */
function employeeAnswers(instrument: CheckedInstrument, score: number): Record<string, unknown> {
  const answers: Record<string, unknown> = {
    age_band: valueOf(instrument, 'age_band'),
    manager: valueOf(instrument, 'manager'),
  };
  for (const [item, scores] of Object.entries(instrument.indicators.itemScores))
    if (Object.values(scores).includes(score)) answers[item] = valueScoring(instrument, item, score);
  return answers;
}

const valueOf = (instrument: CheckedInstrument, item: string) =>
  instrument.validator.choiceValues?.(item)?.[0];
