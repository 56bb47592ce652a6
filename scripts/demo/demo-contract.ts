import type { BreakdownFilter, GoalRule } from '../../core/goals/goal-rule';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import type { OrgUnit } from '../../core/org/org-unit';
import type { Tx } from '../../db/database';
import { createGoalAction } from '../../db/repositories/goal-actions';
import { saveServiceArea, setContractPublished } from '../../db/repositories/contracts';
import { createContract, createGoal } from '../../db/repositories/goals';
import {
  SICK_LEAVE_INSTRUMENT_KEY,
  SICK_LEAVE_RATE_KEY,
  type MeasurePeriod,
} from '../../core/sick-leave/sick-leave-goal';
import { DEMO_MEASURED_GOALS } from './demo-measured';
import { COMPARISON_GROUP } from './demo-network';

const GRADES_1_6_9: BreakdownFilter = { breakdownKey: 'grade', values: ['1', '6', '9'] };

/**
 * The Aarhus goals (seed 000), a parents' goal, for elderly care a care users' goal, and pupils'
 * wellbeing against comparable municipalities (seed 000's "below the average of comparable
 * municipalities", turned around for a measure where higher is better).
 */
const DEMO_GOALS: {
  serviceArea: string;
  title: LocalizedText;
  instrumentKey: string;
  indicatorKey: string;
  breakdownFilter: BreakdownFilter | null;
  rule: GoalRule;
  eachUnitKind: 'institution' | null;
  measurePeriod?: MeasurePeriod;
}[] = [
  {
    serviceArea: 'skole',
    eachUnitKind: 'institution',
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
    serviceArea: 'skole',
    eachUnitKind: null,
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
    serviceArea: 'dagtilbud-og-skole',
    eachUnitKind: null,
    title: {
      da: 'Forældrenes tilfredshed med dagtilbud og skole stiger fra måling til måling',
      nb: 'Foreldrenes tilfredshet med barnehage og skole øker fra måling til måling',
      en: "Parents' satisfaction with daycare and school rises from measurement to measurement",
    },
    instrumentKey: 'parent-satisfaction',
    indicatorKey: 'satisfied',
    breakdownFilter: null,
    rule: { type: 'trend', direction: 'rising', significant: false },
  },
  {
    serviceArea: 'aeldrepleje',
    eachUnitKind: null,
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
  {
    serviceArea: 'skole',
    eachUnitKind: null,
    title: {
      da: 'Elevernes trivsel ligger over gennemsnittet for sammenlignelige kommuner',
      nb: 'Elevenes trivsel ligger over snittet for sammenlignbare kommuner',
      en: 'Pupils’ wellbeing is above the average of comparable municipalities',
    },
    instrumentKey: 'pupil-wellbeing',
    indicatorKey: 'wellbeing',
    breakdownFilter: null,
    rule: { type: 'benchmark', position: 'above', comparisonGroup: COMPARISON_GROUP },
  },
  {
    serviceArea: 'personale',
    eachUnitKind: 'institution',
    title: {
      da: 'Sygefraværet falder og er under 7 % på hver arbejdsplads',
      nb: 'Sykefraværet går ned og er under 7 % på hver arbeidsplass',
      en: 'Sick leave falls and is below 7 % at every workplace',
    },
    instrumentKey: SICK_LEAVE_INSTRUMENT_KEY,
    indicatorKey: SICK_LEAVE_RATE_KEY,
    breakdownFilter: null,
    rule: {
      type: 'all',
      rules: [
        { type: 'trend', direction: 'falling', significant: false },
        { type: 'threshold', op: '<', target: 0.07 },
      ],
    },
    measurePeriod: 'year',
  },
  {
    serviceArea: 'personale',
    eachUnitKind: null,
    title: {
      da: 'Sygefraværet ligger under gennemsnittet for sammenlignelige kommuner',
      nb: 'Sykefraværet ligger under gjennomsnittet for sammenlignbare kommuner',
      en: 'Sick leave is below the average of comparable municipalities',
    },
    instrumentKey: SICK_LEAVE_INSTRUMENT_KEY,
    indicatorKey: SICK_LEAVE_RATE_KEY,
    breakdownFilter: null,
    rule: { type: 'benchmark', position: 'below', comparisonGroup: COMPARISON_GROUP },
    measurePeriod: 'year',
  },
];

/** The ways to reach the first three goals, as a municipality writes them (seed 000). */
const DEMO_ACTIONS: Record<
  number,
  {
    what: string;
    responsible: string;
    due: string;
    status: 'planned' | 'in-progress' | 'done';
    note: string | null;
  }[]
> = {
  0: [
    {
      what: 'Trivselsmålingen drøftes i hver klasse med eleverne, og klassen vælger én ting at arbejde med',
      responsible: 'Skolelederne',
      due: '03-01',
      status: 'in-progress',
      note: 'Drøftet i 0.-3. klasse; 4.-9. klasse følger i marts',
    },
    {
      what: 'Fælles trivselsdag for 1., 6. og 9. klasse på alle skoler',
      responsible: 'Skolechefen',
      due: '05-15',
      status: 'planned',
      note: null,
    },
  ],
  1: [
    {
      what: 'Antimobbestrategien opdateres med elevrådene, og forældrene orienteres',
      responsible: 'Pædagogisk konsulent',
      due: '02-01',
      status: 'done',
      note: 'Vedtaget i skolebestyrelserne',
    },
  ],
  2: [
    {
      what: 'Forældresamtaler tilbydes to gange om året i alle dagtilbud',
      responsible: 'Dagtilbudslederne',
      due: '06-30',
      status: 'planned',
      note: null,
    },
  ],
};

/** Service areas with the overall aim the council wrote for each (seed 000: an aim in words per area). */
const DEMO_AREAS = [
  {
    key: 'skole',
    name: 'Skole',
    aim: 'Alle børn skal trives og lære mest muligt i et trygt fællesskab uden mobning.',
  },
  {
    key: 'dagtilbud-og-skole',
    name: 'Dagtilbud og skole',
    aim: 'Forældrene skal opleve et tæt og tillidsfuldt samarbejde om deres barns hverdag.',
  },
  {
    key: 'aeldrepleje',
    name: 'Ældrepleje',
    aim: 'Ældre skal have hjælp, der giver dem mulighed for at leve det liv, de ønsker, med respekt for deres vaner.',
  },
  {
    key: 'personale',
    name: 'Personale og arbejdsmiljø',
    aim: 'Medarbejderne skal have et sundt arbejdsmiljø, hvor færre bliver syge af arbejdet og flere kommer godt tilbage.',
  },
  {
    key: 'tvaergaaende',
    name: 'Tværgående kvalitet',
    aim: 'Vi lærer af det, der går galt: hændelser meldes, følges op og bruges til at gøre tingene bedre.',
  },
];

/**
 * Demo Kommune's quality contract: last year to next year, published, with service areas, the
 * Aarhus goals (seed 000), a parents' trend goal and a care users' goal, and the ways to reach them;
 * sick leave's goals, and a goal on each of the three measured indicators (demo-measured.ts).
 */
export async function seedDemoContract(
  tx: Tx,
  municipalityId: string,
  root: OrgUnit,
  year: string,
  publishedAt: Date,
): Promise<{ contractId: string; goalIds: string[] }> {
  const first = Number(year) - 1;
  const next = Number(year) + 1;
  const contractId = await createContract(tx, {
    municipalityId,
    title: `Kvalitetskontrakt ${first}-${next}`,
    periodStart: `${first}-01-01`,
    periodEnd: `${next}-12-31`,
  });
  await setContractPublished(tx, contractId, publishedAt);
  for (const [position, area] of DEMO_AREAS.entries())
    await saveServiceArea(tx, contractId, { ...area, position });
  const goalIds: string[] = [];
  // The surveys' and sick leave's goals first, then the measured ones: perceived and measured quality.
  for (const [position, goal] of [...DEMO_GOALS, ...DEMO_MEASURED_GOALS].entries()) {
    const goalId = await createGoal(tx, {
      ...goal,
      municipalityId,
      contractId,
      scopeUnitId: root.id,
      deadline: `${next}-12-31`,
      position: position + 1,
      actionsDecidedLocally: goal.instrumentKey === 'care-user-satisfaction',
    });
    goalIds.push(goalId);
    for (const action of DEMO_ACTIONS[position] ?? []) {
      await createGoalAction(tx, {
        municipalityId,
        goalId,
        unitId: null,
        what: action.what,
        responsible: action.responsible,
        dueOn: `${next}-${action.due}`,
        status: action.status,
        note: action.note,
      });
    }
  }
  return { contractId, goalIds };
}
