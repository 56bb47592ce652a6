import { NotFound } from '../../core/errors';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import type { OrgUnit } from '../../core/org/org-unit';
import { assertInScope, isInScope } from '../../core/org/scope';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { findMunicipalityRoot, findUnit } from '../../db/repositories/org-units';
import type { StaffUser } from '../../db/repositories/staff';
import {
  loadIndicatorHistory,
  type ChangeView,
  type UnitIndicators,
  type ValueView,
} from './unit-indicators';

type HistoryIndicator = UnitIndicators['rounds'][number]['indicators'][number];

/** One round's measurement of the indicator at the unit, oldest round first. */
export interface IndicatorPoint {
  roundId: string;
  title: LocalizedText;
  opensOn: string;
  value: ValueView;
  /** Against the previous round of the same instrument, with its verdict: significant or not. */
  change: ChangeView;
  breakdowns: HistoryIndicator['breakdowns'];
}

/** The same indicator at a unit the chosen one is read against, round by round. */
export interface Comparison {
  kind: 'municipality' | 'parent';
  unitId: string;
  name: string;
  points: { roundId: string; value: ValueView }[];
}

/** GET /api/units/:unitId/indicators/:instrumentKey/:indicatorKey */
export interface IndicatorDetail {
  unit: UnitIndicators['unit'];
  instrumentKey: string;
  indicator: { key: string; label: LocalizedText; unit: HistoryIndicator['unit'] };
  points: IndicatorPoint[];
  comparisons: Comparison[];
}

/**
 * One indicator of one unit over every round of its instrument, with the municipality's figure
 * (and the parent's, when the reader may see it) for comparison. Every number has passed the same
 * suppression as the unit's indicator table. A unit leader reads the municipality's total too:
 * it is a whole municipality's figure, the one its public page and report give.
 */
export async function loadIndicatorDetail(
  db: Db,
  instruments: InstrumentCache,
  staff: StaffUser,
  ask: { unitId: string; instrumentKey: string; indicatorKey: string },
): Promise<IndicatorDetail> {
  const unit = await findUnit(db, ask.unitId);
  if (!unit) throw new NotFound(`Unit ${ask.unitId} does not exist`);
  const scope = { municipalityId: staff.municipalityId, scopeUnitPath: staff.scopeUnitPath };
  assertInScope(scope, unit);
  const history = await loadIndicatorHistory(db, instruments, unit);
  const points = pointsOf(history, ask);
  const latest = points.at(-1);
  if (!latest)
    throw new NotFound(
      `Unit ${unit.name} has no measurement of ${ask.instrumentKey} indicator ${ask.indicatorKey}`,
    );
  const indicator = findIndicator(history, ask, latest.roundId)!;
  const others: { kind: Comparison['kind']; unit: OrgUnit }[] = [];
  const root = await findMunicipalityRoot(db, unit.municipalityId);
  if (unit.parentId && unit.parentId !== root?.id) {
    const parent = await findUnit(db, unit.parentId);
    if (parent && isInScope(scope, parent)) others.push({ kind: 'parent', unit: parent });
  }
  if (root && root.id !== unit.id) others.push({ kind: 'municipality', unit: root });
  const comparisons: Comparison[] = [];
  for (const other of others) {
    const theirs = pointsOf(await loadIndicatorHistory(db, instruments, other.unit), ask);
    comparisons.push({
      kind: other.kind,
      unitId: other.unit.id,
      name: other.unit.name,
      points: theirs.map((p) => ({ roundId: p.roundId, value: p.value })),
    });
  }
  return {
    unit: history.unit,
    instrumentKey: ask.instrumentKey,
    indicator: { key: indicator.key, label: indicator.label, unit: indicator.unit },
    points,
    comparisons,
  };
}

function pointsOf(
  history: UnitIndicators,
  ask: { instrumentKey: string; indicatorKey: string },
): IndicatorPoint[] {
  return history.rounds
    .filter((r) => r.instrumentKey === ask.instrumentKey)
    .flatMap((round) => {
      const indicator = round.indicators.find((i) => i.key === ask.indicatorKey);
      if (!indicator) return [];
      return [
        {
          roundId: round.id,
          title: round.title,
          opensOn: round.opensOn,
          value: indicator.total,
          change: indicator.change,
          breakdowns: indicator.breakdowns,
        },
      ];
    })
    .sort((a, b) => (a.opensOn < b.opensOn ? -1 : a.opensOn > b.opensOn ? 1 : 0));
}

function findIndicator(
  history: UnitIndicators,
  ask: { indicatorKey: string },
  roundId: string,
): HistoryIndicator | undefined {
  return history.rounds.find((r) => r.id === roundId)?.indicators.find((i) => i.key === ask.indicatorKey);
}
