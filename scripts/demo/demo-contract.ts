import type { BreakdownFilter, GoalRule } from '../../core/goals/goal-rule';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import type { OrgUnit } from '../../core/org/org-unit';
import type { Tx } from '../../db/database';
import { createContract, createGoal } from '../../db/repositories/goals';

const GRADES_1_6_9: BreakdownFilter = { breakdownKey: 'grade', values: ['1', '6', '9'] };

/** The Aarhus goals (seed 000), a parents' goal and, for elderly care, a care users' goal. */
const DEMO_GOALS: {
  serviceArea: string;
  title: LocalizedText;
  instrumentKey: string;
  indicatorKey: string;
  breakdownFilter: BreakdownFilter | null;
  rule: GoalRule;
}[] = [
  {
    serviceArea: 'school',
    title: {
      da: 'Over 90 % af eleverne i 1., 6. og 9. klasse udtrykker trivsel',
      nb: 'Over 90 % av elevene i 1., 6. og 9. klasse uttrykker trivsel',
      en: 'Over 90 % of pupils in grades 1, 6 and 9 express wellbeing',
    },
    instrumentKey: 'pupil-wellbeing',
    indicatorKey: 'wellbeing',
    breakdownFilter: GRADES_1_6_9,
    rule: { type: 'threshold', op: '>', target: 0.9 },
  },
  {
    serviceArea: 'school',
    title: {
      da: 'Over 95 % af eleverne i 1., 6. og 9. klasse bliver ikke mobbet',
      nb: 'Over 95 % av elevene i 1., 6. og 9. klasse blir ikke mobbet',
      en: 'Over 95 % of pupils in grades 1, 6 and 9 are not bullied',
    },
    instrumentKey: 'pupil-wellbeing',
    indicatorKey: 'not-bullied',
    breakdownFilter: GRADES_1_6_9,
    rule: { type: 'threshold', op: '>', target: 0.95 },
  },
  {
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
  },
  {
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
  },
];

export async function seedDemoContract(tx: Tx, municipalityId: string, root: OrgUnit, year: string) {
  const next = Number(year) + 1;
  const contractId = await createContract(tx, {
    municipalityId,
    title: `Kvalitetskontrakt ${year}-${next}`,
    periodStart: `${year}-01-01`,
    periodEnd: `${next}-12-31`,
  });
  for (const [position, goal] of DEMO_GOALS.entries()) {
    await createGoal(tx, {
      ...goal,
      municipalityId,
      contractId,
      scopeUnitId: root.id,
      deadline: `${next}-12-31`,
      position: position + 1,
    });
  }
}
