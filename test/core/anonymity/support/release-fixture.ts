import { cellsFromStats } from '../../../../core/indicators/cells-from-stats';
import { InstrumentIndicators } from '../../../../core/indicators/indicator-definition';
import { StatsTable } from '../../../../core/indicators/indicator-stats';
import { tableFromAnswers } from '../../../../core/indicators/score-response';
import type { BreakdownFilter } from '../../../../core/goals/goal-rule';
import type {
  ReleaseAuditInput,
  ReleaseCell,
  ReleaseGoalCell,
} from '../../../../core/anonymity/release-audit';

const text = (s: string) => ({ da: s, nb: s, en: s });
const scale = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };

/**
 * A small pupil instrument with the links the audit must see: 'not-bullied' (grades 4-9: bullied
 * answered 4 or 5, 'rarely' or 'never'; grades 0-3 are asked whether they are teased instead), the
 * distribution of the bullying item, and 'happiness', a mean of one 1-5 item. Grade is the breakdown.
 */
export const instrument = InstrumentIndicators.parse({
  instrument: { key: 'pupils', version: 1, name: text('Pupils'), minGroupSize: 5 },
  breakdowns: [{ key: 'grade', question: 'grade', label: text('Grade') }],
  itemScores: { teased: scale, bullied: scale, happy: scale },
  indicators: [
    {
      key: 'not-bullied',
      label: text('Not bullied'),
      description: text('-'),
      polarity: 'higher-is-better',
      unit: 'share',
      score: { itemSets: [['teased'], ['bullied']], minAnsweredShare: 1 },
      measure: { type: 'share', condition: { op: '>=', value: 4 } },
      breakdowns: ['grade'],
    },
    {
      key: 'bullied-frequency',
      label: text('How often bullied'),
      description: text('-'),
      polarity: 'neutral',
      unit: 'distribution',
      score: { itemSets: [['bullied']], minAnsweredShare: 1 },
      measure: { type: 'distribution' },
      breakdowns: [],
    },
    {
      key: 'happiness',
      label: text('Happiness'),
      description: text('-'),
      polarity: 'higher-is-better',
      unit: 'score',
      score: { itemSets: [['happy']], minAnsweredShare: 1 },
      measure: { type: 'mean' },
      breakdowns: ['grade'],
    },
  ],
});

/** A pupil's answers: grade, how often bullied or teased (5 never … 1 daily), how happy (1-5). */
export const pupil = (grade: number, bullied: number, happy = 4) => ({
  grade: String(grade),
  [grade < 4 ? 'teased' : 'bullied']: String(bullied),
  happy: String(happy),
});

export interface Unit {
  id: string;
  parentId: string | null;
  answers?: Record<string, string>[];
}

/** Every unit's published cells (own rules applied) from the units' own answers, rolled up. */
export function releaseCells(units: Unit[]): { cells: ReleaseCell[]; counts: Map<string, number> } {
  const tables = new Map<string, StatsTable>();
  const ordered = [...units].reverse();
  for (const unit of ordered) {
    const own = tableFromAnswers(instrument, unit.answers ?? []);
    for (const child of units.filter((u) => u.parentId === unit.id)) own.addTable(tables.get(child.id)!);
    tables.set(unit.id, own);
  }
  const cells = units.flatMap((unit) =>
    cellsFromStats(instrument, tables.get(unit.id)!, unit.parentId === null ? 'municipality' : 'unit').map(
      (c): ReleaseCell => ({
        unitId: unit.id,
        indicatorKey: c.indicatorKey,
        breakdownKey: c.breakdownKey,
        breakdownValue: c.breakdownValue,
        stats: c.stats,
        suppressed: c.suppressed,
      }),
    ),
  );
  return { cells, counts: new Map(units.map((u) => [u.id, u.answers?.length ?? 0])) };
}

/** A goal's values at the given units (the group its filter names). */
export function goalCells(
  goalId: string,
  indicatorKey: string,
  filter: BreakdownFilter | null,
  cells: ReleaseCell[],
  unitIds: string[],
): ReleaseGoalCell[] {
  return unitIds.map((unitId) => {
    const groups = cells.filter(
      (c) =>
        c.unitId === unitId &&
        c.indicatorKey === indicatorKey &&
        (filter === null
          ? c.breakdownKey === ''
          : c.breakdownKey === filter.breakdownKey && filter.values.includes(c.breakdownValue)),
    );
    const stats = { n: 0, k: 0, sum: 0, sumSq: 0 };
    for (const g of groups) {
      stats.n += g.stats.n;
      stats.k += g.stats.k;
      stats.sum += g.stats.sum;
      stats.sumSq += g.stats.sumSq;
    }
    return { goalId, unitId, indicatorKey, filter, stats, hidden: stats.n > 0 && stats.n < 5 };
  });
}

export function input(units: Unit[], extra: Partial<ReleaseAuditInput> = {}): ReleaseAuditInput {
  const { cells, counts } = releaseCells(units);
  return {
    units: units.map(({ id, parentId }) => ({ id, parentId })),
    indicators: instrument,
    cells,
    goalCells: [],
    responseCounts: counts,
    earlier: [],
    ...extra,
  };
}

export const times = <T>(count: number, make: (i: number) => T): T[] =>
  Array.from({ length: count }, (_, i) => make(i));
