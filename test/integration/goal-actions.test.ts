import { aContractWithGoals } from '../builders/goals';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, sameOrigin } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const patch = async (url: string, body: unknown, cookie: string) => {
  const res = await fetch(url, {
    method: 'PATCH',
    headers: { ...sameOrigin(url), 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? (JSON.parse(text) as { error: { details?: unknown } }) : undefined,
  };
};

for (const kind of STORES) {
  describe(`${kind.name}: the ways to reach a goal (actions)`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let goalId: string;
    let consultant: string;
    let leader: string;
    let viewer: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6]).create();
      const ids = await aContractWithGoals(store.db, org.root, [
        { instrumentKey: 'pupil-wellbeing', indicatorKey: 'wellbeing', op: '>', target: 0.9 },
      ]);
      goalId = ids[0]!;
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
      viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
    });
    afterAll(() => store?.stop());

    const actionsUrl = () => `${store.url}/api/goals/${goalId}/actions`;

    it('when the consultant plans an action for all units and the school leader one for a class, then both are listed by due date', async () => {
      const all = await postJson(
        actionsUrl(),
        { what: 'Trivselsmålinger drøftes i alle klasser', responsible: 'Skolechefen', dueOn: '2027-03-01' },
        { cookie: consultant },
      );
      expect(all.status).toBe(201);
      const mine = await postJson(
        actionsUrl(),
        {
          what: 'Klassemøde om fællesskab',
          responsible: 'Klasselærer 6.A',
          unitId: org.classes.get(6)!.id,
          dueOn: '2027-01-15',
        },
        { cookie: leader },
      );
      expect(mine.status).toBe(201);
      const list = await getJson(actionsUrl(), { cookie: viewer });
      expect(list.status).toBe(200);
      expect(
        list.body.actions.map((a: { what: string; unitName: string | null; status: string }) => [
          a.what,
          a.unitName,
          a.status,
        ]),
      ).toEqual([
        ['Klassemøde om fællesskab', '6.A', 'planned'],
        ['Trivselsmålinger drøftes i alle klasser', null, 'planned'],
      ]);
    });

    it('when an action moves on, then its status and note are kept; a leader cannot change the whole-scope action', async () => {
      const list = await getJson(actionsUrl(), { cookie: consultant });
      const [classAction, scopeAction] = list.body.actions as { id: string }[];
      expect(
        (
          await patch(
            `${store.url}/api/goal-actions/${classAction!.id}`,
            { status: 'done', note: 'Holdt 12/1' },
            leader,
          )
        ).status,
      ).toBe(204);
      expect(
        (await patch(`${store.url}/api/goal-actions/${scopeAction!.id}`, { status: 'done' }, leader)).status,
      ).toBe(403);
      const after = await getJson(actionsUrl(), { cookie: consultant });
      expect(after.body.actions[0]).toMatchObject({ status: 'done', note: 'Holdt 12/1' });
      expect(after.body.actions[1]).toMatchObject({ status: 'planned' });
    });

    it('when the input is wrong or the user may not plan, then nothing is stored and the answer names why', async () => {
      const before = (await getJson(actionsUrl(), { cookie: consultant })).body.actions.length;
      const empty = await postJson(actionsUrl(), { what: ' ', responsible: 'X' }, { cookie: consultant });
      expect(empty.status).toBe(422);
      expect(empty.body.error.details).toEqual([{ field: 'what', issue: 'say what will be done' }]);
      const badDate = await postJson(
        actionsUrl(),
        { what: 'A', responsible: 'B', dueOn: '31-12-2027' },
        { cookie: consultant },
      );
      expect(badDate.status).toBe(422);
      expect(badDate.body.error.details[0].field).toBe('dueOn');
      const badStatus = await patch(
        `${store.url}/api/goal-actions/${(await getJson(actionsUrl(), { cookie: consultant })).body.actions[0].id}`,
        { status: 'finished' },
        consultant,
      );
      expect(badStatus.status).toBe(422);
      // The daycare is outside the school leader's part; the whole scope is the consultant's.
      const outside = await postJson(
        actionsUrl(),
        { what: 'A', responsible: 'B', unitId: org.daycare.id },
        { cookie: leader },
      );
      expect(outside.status).toBe(403);
      expect((await postJson(actionsUrl(), { what: 'A', responsible: 'B' }, { cookie: leader })).status).toBe(
        403,
      );
      expect((await postJson(actionsUrl(), { what: 'A', responsible: 'B' }, { cookie: viewer })).status).toBe(
        403,
      );
      expect(
        (
          await getJson(`${store.url}/api/goals/00000000-0000-4000-8000-000000000000/actions`, {
            cookie: consultant,
          })
        ).status,
      ).toBe(404);
      expect((await getJson(actionsUrl(), { cookie: consultant })).body.actions.length).toBe(before);
    });

    it('when staff open a goal, then the answer says where each may plan: the consultant everywhere, the leader in her school, the viewer nowhere', async () => {
      const asConsultant = (await getJson(actionsUrl(), { cookie: consultant })).body;
      expect(asConsultant.goal).toMatchObject({
        id: goalId,
        rule: { type: 'threshold', op: '>', target: 0.9 },
      });
      expect(asConsultant.mayPlanForScope).toBe(true);
      expect(asConsultant.units.map((u: { name: string }) => u.name)).toEqual(
        expect.arrayContaining([org.root.name, 'Testskolen', '6.A']),
      );
      const asLeader = (await getJson(actionsUrl(), { cookie: leader })).body;
      expect(asLeader.mayPlanForScope).toBe(false);
      expect(asLeader.units.map((u: { name: string }) => u.name).sort()).toEqual([
        '1.A',
        '6.A',
        'Testskolen',
      ]);
      const asViewer = (await getJson(actionsUrl(), { cookie: viewer })).body;
      expect([asViewer.mayPlanForScope, asViewer.units]).toEqual([false, []]);
      expect(asViewer.actions.map((a: { what: string }) => a.what)).toContain('Klassemøde om fællesskab');
    });

    it('when an old goal page address is opened, then it redirects (302) to the goal in the app, and its old forms are gone', async () => {
      const old = await fetch(`${store.url}/dashboard/goals/${goalId}`, {
        headers: { cookie: consultant },
        redirect: 'manual',
      });
      expect([old.status, old.headers.get('location')]).toEqual([302, `/app/goals/${goalId}`]);
      const form = await fetch(`${store.url}/dashboard/goals/${goalId}/actions`, {
        method: 'POST',
        headers: {
          ...sameOrigin(`${store.url}/dashboard/goals/${goalId}/actions`),
          cookie: consultant,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ what: 'Forældremøde', responsible: 'Skoleleder' }).toString(),
        redirect: 'manual',
      });
      expect(form.status).toBe(404);
      const actions = (await getJson(actionsUrl(), { cookie: consultant })).body.actions;
      expect(actions.map((a: { what: string }) => a.what)).not.toContain('Forældremøde');
    });
  });
}
