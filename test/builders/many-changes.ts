import { sql } from 'drizzle-orm';
import type { OrgUnit } from '../../core/org/org-unit';
import { getJson, postJson, submit } from '../support/http';
import type { TestStore } from '../support/stores';
import { pupilAnswers } from './answers';
import { aMunicipality, type BuiltOrganisation } from './organisation';
import { aRound, type BuiltRound } from './rounds';
import { aStaffUser, logIn } from './staff';

export interface ManyChangesMunicipality {
  org: BuiltOrganisation;
  lastYear: BuiltRound;
  thisYear: BuiltRound;
  /** Session cookies: a consultant for the municipality, a leader of the school. */
  consultant: string;
  leader: string;
  contractId: string;
  goalIds: { wellbeing: string; notBullied: string; sevenA: string; threshold: string };
}

/**
 * A municipality whose pupils answered two years running, with changes strong, weak and none
 * (share of pupils with wellbeing, last year → this year; every pupil never bullied):
 *   1.A 6/6 → 6/6, 6.A 2/10 → 10/10, 7.A 10/10 → 2/10, 9.A 10/10 → 6/10; the school 28/36 → 24/36.
 * A contract has trend goals "wellbeing rises" and "fewer are bullied" at every unit, "wellbeing
 * rises in 7.A", and a threshold goal "wellbeing above 50 %". This year's round is released.
 */
export async function aMunicipalityWithManyChanges(store: TestStore): Promise<ManyChangesMunicipality> {
  const org = await aMunicipality(store.db).withClasses([1, 6, 7, 9]).create();
  const classes = [...org.classes.values()];
  const lastYear = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
    .forUnits(classes)
    .create();
  const thisYear = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
    .forUnits(classes)
    .create();
  const pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
  const answer = async (round: BuiltRound, grade: number, count: number, happy: number) => {
    const unit = org.classes.get(grade)!;
    for (let i = 0; i < count; i++) {
      const answers = pupilAnswers(pupil, { grade, wellbeing: i < happy ? 5 : 1, bullied: false });
      const res = await submit(store.url, round.codes.get(unit.id)!, answers);
      if (res.status !== 201) throw new Error(`answer refused: ${res.status}`);
    }
  };
  for (const [grade, count, before, now] of [
    [1, 6, 6, 6],
    [6, 10, 2, 10],
    [7, 10, 10, 2],
    [9, 10, 10, 6],
  ] as const) {
    await answer(lastYear, grade, count, before);
    await answer(thisYear, grade, count, now);
  }
  await store.settled();
  // Responses cannot go to a closed round, so last year's round moves back a year afterwards.
  await store.db.execute(
    sql`update rounds set opens_on = opens_on - 365, closes_on = closes_on - 365 where id = ${lastYear.roundId}`,
  );
  const consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
  const leader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
  const { contractId, goalIds } = await makeContract(store, org, consultant);
  await store.release(thisYear.roundId);
  return { org, lastYear, thisYear, consultant, leader, contractId, goalIds };
}

async function makeContract(store: TestStore, org: BuiltOrganisation, consultant: string) {
  const year = new Date().getUTCFullYear();
  const api = (path: string) => `${store.url}/api${path}`;
  const cookie = { cookie: consultant };
  const period = { periodStart: `${year - 1}-01-01`, periodEnd: `${year + 1}-12-31` };
  const { body } = await postJson(api('/contracts'), { title: 'Kontrakt', ...period }, cookie);
  await postJson(api(`/contracts/${body.id}/service-areas`), { name: 'Skole', aim: 'Trivsel.' }, cookie);
  const goal = async (title: string, indicatorKey: string, rule: object, scope: OrgUnit) => {
    const res = await postJson(
      api(`/contracts/${body.id}/goals`),
      {
        serviceArea: 'skole',
        instrumentKey: 'pupil-wellbeing',
        indicatorKey,
        scopeUnitId: scope.id,
        title: { da: title },
        rule,
        deadline: period.periodEnd,
      },
      cookie,
    );
    if (res.status !== 201) throw new Error(`goal not created: ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const rising = { type: 'trend', direction: 'rising' };
  const goalIds = {
    wellbeing: await goal('Trivslen stiger', 'wellbeing', rising, org.root),
    notBullied: await goal('Færre mobbes', 'not-bullied', rising, org.root),
    sevenA: await goal('Trivslen i 7.A stiger', 'wellbeing', rising, org.classes.get(7)!),
    threshold: await goal(
      'Trivsel over 50 %',
      'wellbeing',
      { type: 'threshold', op: '>', target: 0.5 },
      org.root,
    ),
  };
  await store.settled(30_000);
  const contracts = (await getJson(api('/contracts'), cookie)).body.contracts as { id: string }[];
  if (!contracts.some((c) => c.id === body.id)) throw new Error('contract not listed');
  return { contractId: body.id as string, goalIds };
}
