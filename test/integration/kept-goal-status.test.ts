import { sql } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { createContract, createGoal } from '../../db/repositories/goals';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * The goal status and a contract's overview are kept by each server process between requests
 * (server/use-cases/kept-results.ts) for as long as what they are computed from is unchanged. Here
 * every input is changed behind the server's back, by SQL as another process or a database
 * administrator would, and the next read must show the change.
 */

const year = new Date().getUTCFullYear();

for (const kind of STORES) {
  describe(`${kind.name}: a kept goal status follows every change to what it is computed from`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let pupil: CheckedInstrument;
    let contractId: string;
    let goalId: string;
    let consultant: string;

    const goalStatus = async () => (await getJson(`${store.url}/api/goals`, { cookie: consultant })).body;
    const cellAt = (status: Json, unitId: string) =>
      status.rows.find((row: Json) => row.unitId === unitId)?.cells[goalId];
    const overviewGoal = async () => {
      const report = (
        await getJson(`${store.url}/api/contracts/${contractId}/overview`, { cookie: consultant })
      ).body;
      return report.areas.flatMap((a: Json) => a.goals).find((g: Json) => g.id === goalId);
    };
    const answer = async (count: number, wellbeing: 1 | 5) => {
      const sixth = org.classes.get(6)!;
      for (let i = 0; i < count; i++) {
        const res = await submit(
          store.url,
          round.codes.get(sixth.id)!,
          pupilAnswers(pupil, { grade: 6, wellbeing, bullied: false }),
        );
        expect(res.status).toBe(201);
      }
      await store.settled();
      await store.release(round.roundId);
    };

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6]).create();
      const municipalityId = org.municipality.id;
      contractId = await createContract(store.db, {
        municipalityId,
        title: 'Kvalitetskontrakt',
        periodStart: `${year - 1}-01-01`,
        periodEnd: `${year + 1}-12-31`,
      });
      goalId = await createGoal(store.db, {
        municipalityId,
        contractId,
        serviceArea: 'skole',
        title: { da: 'Trivsel', nb: 'Trivsel', en: 'Wellbeing' },
        instrumentKey: 'pupil-wellbeing',
        indicatorKey: 'wellbeing',
        scopeUnitId: org.root.id,
        breakdownFilter: null,
        rule: { type: 'threshold', op: '>=', target: 0.5 },
        deadline: `${year + 1}-12-31`,
        position: 0,
      });
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([org.classes.get(6)!])
        .create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      await answer(10, 5);
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    });
    afterAll(() => store?.stop());

    it('when nothing changed, then two reads give the same status', async () => {
      const first = await goalStatus();
      expect(cellAt(first, org.school.id)).toMatchObject({ status: 'met', n: 10, value: 1 });
      expect(await goalStatus()).toEqual(first);
    });

    it("when the goal's target is raised behind the server's back, then the next read judges by the new target", async () => {
      expect(cellAt(await goalStatus(), org.school.id)).toMatchObject({ status: 'met' });
      expect((await overviewGoal()).result).toMatchObject({ status: 'met', n: 10 });
      await store.db.execute(sql`
        update goals set rule = '{"type":"threshold","op":">","target":1}'::jsonb where id = ${goalId}`);
      expect(cellAt(await goalStatus(), org.school.id)).toMatchObject({ status: 'not-met', n: 10 });
      expect((await overviewGoal()).result).toMatchObject({ status: 'not-met', n: 10 });
    });

    it('when a unit is renamed by SQL, then the next read names it so', async () => {
      await goalStatus();
      await store.db.execute(sql`update org_units set name = 'Nyskolen' where id = ${org.school.id}`);
      const row = (await goalStatus()).rows.find((r: Json) => r.unitId === org.school.id);
      expect(row.name).toBe('Nyskolen');
    });

    it('when a new release brings more answers, then the next read shows the released numbers', async () => {
      expect(cellAt(await goalStatus(), org.school.id)).toMatchObject({ n: 10 });
      await answer(10, 1);
      expect(cellAt(await goalStatus(), org.school.id)).toMatchObject({ n: 20, value: 0.5 });
      expect((await overviewGoal()).result).toMatchObject({ n: 20, value: 0.5 });
    });

    it('when a goal action is added, then the overview lists it', async () => {
      expect((await overviewGoal()).actions).toEqual([]);
      await store.db.execute(sql`
        insert into goal_actions (municipality_id, goal_id, what, responsible, due_on, status)
        values (${org.municipality.id}, ${goalId}, 'Trivselsdag', 'Skolelederen', ${`${year}-12-31`}, 'planned')`);
      expect((await overviewGoal()).actions).toMatchObject([{ what: 'Trivselsdag' }]);
    });

    it('when many rows are written in one statement, the counter moves once; when a statement changes no row, not at all', async () => {
      const counter = async () =>
        (
          (await store.db.execute(
            sql`select coalesce((select version from result_input_versions where table_name = 'org_units'), 0) as v`,
          )) as unknown as { rows: { v: string | number }[] }
        ).rows[0]!.v;
      const before = Number(await counter());
      await store.db.execute(
        sql`update org_units set name = name where municipality_id = ${org.municipality.id}`,
      );
      expect(Number(await counter())).toBe(before + 1);
    });
  });
}
