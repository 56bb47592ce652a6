import fs from 'node:fs';
import type { ReleaseAuditInput, ReleaseCell } from '../../../core/anonymity/release-audit';
import { cellsFromStats } from '../../../core/indicators/cells-from-stats';
import { StatsTable } from '../../../core/indicators/indicator-stats';
import { tableFromAnswers } from '../../../core/indicators/score-response';
import { checkInstrument } from '../../../core/surveys/check-instrument';
import { mulberry32, randomInt } from '../../demo/mulberry32';
import { simulatePupil } from '../../seed-demo';

export interface RoundShape {
  schools: number;
  classes: number;
  seed: number;
  /** Pupils per class; one class per school has 3 unless `noSmallClass`. */
  classSize?: [min: number, max: number];
  noSmallClass?: boolean;
}

/**
 * A pupil round built in memory for the audit's benchmark: 4 areas, schools of classes (one class
 * per grade from 0, 12–24 pupils, one class per school with only 3), pupils simulated as in the
 * demo on the real pupil-wellbeing instrument, and the demo's two goals (wellbeing in grades 1, 6,
 * 9; not bullied) at every unit.
 */
const AREAS = 4;

function pupilInstrument() {
  const read = (file: string) =>
    JSON.parse(fs.readFileSync(`survey-definitions/pupil-wellbeing/${file}`, 'utf8'));
  return checkInstrument(read('survey.json'), read('indicators.json'), 'pupil-wellbeing');
}

/** The round's units, cells (own rules applied), goal values and answer counts. */
export function syntheticPupilRound(options: RoundShape): ReleaseAuditInput {
  const instrument = pupilInstrument();
  const loaded = instrument as unknown as Parameters<typeof simulatePupil>[0];
  const random = mulberry32(options.seed);
  const units: { id: string; parentId: string | null }[] = [{ id: 'municipality', parentId: null }];
  for (let a = 1; a <= AREAS; a++) units.push({ id: `area-${a}`, parentId: 'municipality' });
  const answers = new Map<string, Record<string, unknown>[]>();
  for (let s = 0; s < options.schools; s++) {
    const school = `school-${String(s + 1).padStart(2, '0')}`;
    units.push({ id: school, parentId: `area-${(s % AREAS) + 1}` });
    const small = randomInt(random, 0, options.classes - 1);
    const mood = (random() - 0.5) * 0.8;
    for (let c = 0; c < options.classes; c++) {
      const id = `${school}/class-${c}`;
      const grade = Math.floor((c * 10) / options.classes);
      const [low, high] = options.classSize ?? [12, 24];
      const n = c === small && !options.noSmallClass ? 3 : randomInt(random, low, high);
      units.push({ id, parentId: school });
      answers.set(
        id,
        Array.from({ length: n }, () => simulatePupil(loaded, grade, mood, random)),
      );
    }
  }
  const tables = new Map<string, StatsTable>();
  for (const unit of [...units].reverse()) {
    const own = tableFromAnswers(instrument.indicators, answers.get(unit.id) ?? []);
    for (const child of units.filter((u) => u.parentId === unit.id)) own.addTable(tables.get(child.id)!);
    tables.set(unit.id, own);
  }
  const cells: ReleaseCell[] = units.flatMap((unit) =>
    cellsFromStats(
      instrument.indicators,
      tables.get(unit.id)!,
      unit.parentId === null ? 'municipality' : 'unit',
    )
      .filter((c) => !c.internal)
      .map((c) => ({ ...c, unitId: unit.id, stats: c.stats })),
  );
  return {
    units,
    indicators: instrument.indicators,
    cells,
    goalCells: goalValues(cells),
    responseCounts: new Map([...answers].map(([id, list]) => [id, list.length])),
    earlier: [],
  };
}

function goalValues(cells: ReleaseCell[]): ReleaseAuditInput['goalCells'] {
  const goals = [
    {
      goalId: 'wellbeing-1-6-9',
      indicatorKey: 'wellbeing',
      filter: { breakdownKey: 'grade', values: ['1', '6', '9'] },
    },
    { goalId: 'not-bullied', indicatorKey: 'not-bullied', filter: null },
  ];
  const byUnit = new Map<string, ReleaseCell[]>();
  for (const c of cells) byUnit.set(c.unitId, [...(byUnit.get(c.unitId) ?? []), c]);
  return goals.flatMap((goal) =>
    [...byUnit].map(([unitId, own]) => {
      const groups = own.filter(
        (c) =>
          c.indicatorKey === goal.indicatorKey &&
          (goal.filter === null
            ? c.breakdownKey === ''
            : c.breakdownKey === 'grade' && goal.filter.values.includes(c.breakdownValue)),
      );
      const stats = { n: 0, k: 0, sum: 0, sumSq: 0 };
      for (const g of groups)
        for (const key of ['n', 'k', 'sum', 'sumSq'] as const) stats[key] += g.stats[key];
      return { ...goal, unitId, stats, hidden: stats.n > 0 && stats.n < 5 };
    }),
  );
}
