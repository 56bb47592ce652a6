import type { OrgUnit } from '../../core/org/org-unit';
import type { Tx } from '../../db/database';
import { createContract, createGoal } from '../../db/repositories/goals';

/** The contract with the Aarhus goals (seed 000), a parents' goal and, for elderly care, a care users' goal. */
export async function seedDemoContract(tx: Tx, municipalityId: string, root: OrgUnit, year: string) {
  const contractId = await createContract(tx, {
    municipalityId,
    title: `Kvalitetskontrakt ${year}-${Number(year) + 1}`,
    periodStart: `${year}-01-01`,
    periodEnd: `${Number(year) + 1}-12-31`,
  });
  const grades = { breakdownKey: 'grade', values: ['1', '6', '9'] };
  const common = { municipalityId, contractId, scopeUnitId: root.id, deadline: `${Number(year) + 1}-12-31` };
  await createGoal(tx, {
    ...common,
    position: 1,
    serviceArea: 'school',
    title: {
      da: 'Over 90 % af eleverne i 1., 6. og 9. klasse udtrykker trivsel',
      nb: 'Over 90 % av elevene i 1., 6. og 9. klasse uttrykker trivsel',
      en: 'Over 90 % of pupils in grades 1, 6 and 9 express wellbeing',
    },
    instrumentKey: 'pupil-wellbeing',
    indicatorKey: 'wellbeing',
    breakdownFilter: grades,
    rule: { type: 'threshold', op: '>', target: 0.9 },
  });
  await createGoal(tx, {
    ...common,
    position: 2,
    serviceArea: 'school',
    title: {
      da: 'Over 95 % af eleverne i 1., 6. og 9. klasse bliver ikke mobbet',
      nb: 'Over 95 % av elevene i 1., 6. og 9. klasse blir ikke mobbet',
      en: 'Over 95 % of pupils in grades 1, 6 and 9 are not bullied',
    },
    instrumentKey: 'pupil-wellbeing',
    indicatorKey: 'not-bullied',
    breakdownFilter: grades,
    rule: { type: 'threshold', op: '>', target: 0.95 },
  });
  await createGoal(tx, {
    ...common,
    position: 3,
    serviceArea: 'daycare and school',
    title: {
      da: 'Mindst 80 % af forældrene er tilfredse',
      nb: 'Minst 80 % av foreldrene er fornøyde',
      en: 'At least 80 % of parents are satisfied',
    },
    instrumentKey: 'parent-satisfaction',
    indicatorKey: 'satisfied',
    breakdownFilter: null,
    rule: { type: 'threshold', op: '>=', target: 0.8 },
  });
  await createGoal(tx, {
    ...common,
    position: 4,
    serviceArea: 'elderly care',
    title: {
      da: 'Mindst 85 % af brugerne og de pårørende er tilfredse med hjemmepleje og plejecenter',
      nb: 'Minst 85 % av brukerne og de pårørende er fornøyde med hjemmetjenesten og sykehjemmet',
      en: 'At least 85 % of care users and relatives are satisfied with home care and nursing homes',
    },
    instrumentKey: 'care-user-satisfaction',
    indicatorKey: 'satisfied',
    breakdownFilter: null,
    rule: { type: 'threshold', op: '>=', target: 0.85 },
  });
}
