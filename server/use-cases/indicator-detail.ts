import { NotFound } from '../../core/errors';
import type { LocalizedText } from '../../core/indicators/indicator-definition';
import type { OrgUnit } from '../../core/org/org-unit';
import { assertInScope, isInScope } from '../../core/org/scope';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { benchmarkLookups } from '../../core/benchmarks/benchmark-lookup';
import { groupAverages } from '../../core/benchmarks/group-averages';
import type { NetworkAggregate } from '../../core/networks/network-aggregate';
import { reportYearOf } from '../../core/reports/follow-up-report';
import { listBenchmarkFigures } from '../../db/repositories/benchmarks';
import { findNetworkOf } from '../../db/repositories/networks';
import { findMunicipalityRoot, findUnit } from '../../db/repositories/org-units';
import type { StaffUser } from '../../db/repositories/staff';
import {
  loadIndicatorHistory,
  type ChangeView,
  type UnitIndicators,
  type ValueView,
} from './unit-indicators';
import { loadNetworkIndicators } from './network-indicators';

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

/**
 * A comparison's value in a round: a unit's or the network's value as measured (n and interval),
 * a comparison group's published mean (no interval: the file gives each municipality's key figure
 * only), or the network's figure withheld (too few municipalities or respondents besides one's own).
 */
export type ComparedValue =
  | ValueView
  | { shown: true; published: true; value: number; municipalities: number }
  | { shown: false; reason: 'network-hidden'; municipalities: number };

/**
 * What the chosen unit is read against, round by round: its parent and the municipality (the same
 * indicator, same suppression), the learning network (the round's year), a comparison group's
 * mean (the round's year). `unitId` is set for units of the municipality.
 */
export interface Comparison {
  kind: 'municipality' | 'parent' | 'network' | 'benchmark';
  unitId?: string;
  name: string;
  points: { roundId: string; value: ComparedValue }[];
}

/** GET /api/units/:unitId/indicators/:instrumentKey/:indicatorKey */
export interface IndicatorDetail {
  unit: UnitIndicators['unit'];
  instrumentKey: string;
  indicator: { key: string; label: LocalizedText; unit: HistoryIndicator['unit'] };
  points: IndicatorPoint[];
  comparisons: Comparison[];
  /** Rounds of the instrument with answers here whose results are not published yet. */
  awaitingRelease: { roundId: string; title: LocalizedText; closesOn: string }[];
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
  comparisons.push(...(await beyondTheMunicipality(db, instruments, staff, ask, points, indicator.unit)));
  return {
    unit: history.unit,
    instrumentKey: ask.instrumentKey,
    indicator: { key: indicator.key, label: indicator.label, unit: indicator.unit },
    points,
    comparisons,
    awaitingRelease: history.rounds
      .filter((r) => r.instrumentKey === ask.instrumentKey && r.awaitingRelease)
      .map((r) => ({ roundId: r.id, title: r.title, closesOn: r.closesOn })),
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

/**
 * The learning network's figure and each comparison group's mean, year by year, for the rounds
 * shown. Both are wholes of many municipalities (network suppression: core/networks), so any
 * reader of the unit may see them.
 */
async function beyondTheMunicipality(
  db: Db,
  instruments: InstrumentCache,
  staff: StaffUser,
  ask: { instrumentKey: string; indicatorKey: string },
  points: IndicatorPoint[],
  unit: HistoryIndicator['unit'],
): Promise<Comparison[]> {
  const comparisons: Comparison[] = [];
  const network = await findNetworkOf(db, staff.municipalityId);
  if (network?.status === 'member') {
    const series = await loadNetworkIndicators(db, instruments, staff, ask);
    const byYear = new Map(series.years.map((y) => [y.year, y.network]));
    comparisons.push({
      kind: 'network',
      name: network.name,
      points: points.flatMap((p) => {
        const value = byYear.get(reportYearOf(p));
        return value ? [{ roundId: p.roundId, value: networkValue(value) }] : [];
      }),
    });
  }
  const keys = [ask.indicatorKey, `${ask.instrumentKey}/${ask.indicatorKey}`];
  const averages = groupAverages(
    await listBenchmarkFigures(db, staff.municipalityId, { indicatorKeys: keys }),
  );
  const lookup = benchmarkLookups(averages);
  const groups = [...new Set(averages.map((a) => a.comparisonGroup))].sort();
  for (const group of groups) {
    const found = points.flatMap((p) => {
      const target = { ...ask, unit, year: reportYearOf(p) };
      const value = lookup(target)(group);
      const of = averages.find((a) => a.comparisonGroup === group && a.period === target.year);
      return value === null || !of
        ? []
        : [
            {
              roundId: p.roundId,
              value: {
                shown: true as const,
                published: true as const,
                value,
                municipalities: of.municipalities,
              },
            },
          ];
    });
    if (found.length) comparisons.push({ kind: 'benchmark', name: group, points: found });
  }
  return comparisons;
}

function networkValue(aggregate: NetworkAggregate): ComparedValue {
  if (!aggregate.shown && aggregate.reason === 'no-data') return { shown: false, reason: 'no-data' };
  if (!aggregate.shown)
    return { shown: false, reason: 'network-hidden', municipalities: aggregate.municipalities };
  const { n, value } = aggregate;
  return { shown: true, n, value, ciLow: aggregate.ciLow ?? value, ciHigh: aggregate.ciHigh ?? value };
}
