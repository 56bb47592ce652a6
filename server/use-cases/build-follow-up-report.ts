import type { BenchmarkLookups, UsedBenchmark } from '../../core/benchmarks/benchmark-lookup';
import { partsOf } from '../../core/goals/goal-rule';
import type { RoundChange } from '../../core/indicators/compare-rounds';
import { judgeManyChanges, type ManyChanges } from '../../core/statistics/false-discovery';
import type { OrgUnit } from '../../core/org/org-unit';
import { measuredOnOf } from '../../core/goals/measured-on';
import { isWithin } from '../../core/org/org-unit';
import { readsEveryUnit, readsResultsOf, type ReadScope } from '../../core/org/read-scope';
import {
  reportYearOf,
  tallyUnits,
  type FollowUpReport,
  type ReportGoal,
  type ReportPoint,
  type UnitTally,
} from '../../core/reports/follow-up-report';
import type { DbOrTx } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { listServiceAreas, type Contract } from '../../db/repositories/contracts';
import { listGoalActions } from '../../db/repositories/goal-actions';
import { listContractsWithGoals, type Goal, type GoalEvaluation } from '../../db/repositories/goals';
import { listRoundsWithAnswers } from '../../db/repositories/indicator-values';
import { loadReleasedGoalEvaluations } from './released-goal-evaluations';
import { findMunicipality } from '../../db/repositories/municipalities';
import { findMunicipalityRoot, listSubtree } from '../../db/repositories/org-units';
import { listRounds, type Round } from '../../db/repositories/rounds';
import type { GoalCell } from './goal-cells';
import { loadBenchmarkLookups } from './benchmarks';
import { askedUnits, hasGoalValues, loadGoalHistory, type GoalRoundCells } from './goal-history';
import { measuredGoalFigures } from './measured-goal-history';
import { sickLeaveGoalFigures } from './sick-leave-goal-history';

/**
 * The follow-up report of a contract for a year as the data stand now: each goal's result at its
 * scope, its trend since the baseline, the tally of units for "every unit below" goals, the
 * actions, and the texts staff and the MED committee wrote. Anonymity is applied as everywhere.
 * `reader` is whose results it holds (ADR 0013): a goal whose scope the reader may not read has no
 * results in it, and a tally counts only the units she may read.
 */
export async function buildFollowUpReport(
  db: DbOrTx,
  instruments: InstrumentCache,
  contract: Contract,
  year: number,
  texts: { medStatement: string; processEvaluations: Map<string, string> },
  reader: ReadScope,
): Promise<FollowUpReport> {
  const municipality = (await findMunicipality(db, contract.municipalityId))!;
  const root = (await findMunicipalityRoot(db, contract.municipalityId))!;
  const [units, rounds, areas, contracts] = await Promise.all([
    listSubtree(db, root),
    listRounds(db, contract.municipalityId),
    listServiceAreas(db, contract.id),
    listContractsWithGoals(db, contract.municipalityId),
  ]);
  const goals = contracts.find((c) => c.id === contract.id)?.goals ?? [];
  const evaluations = await loadReleasedGoalEvaluations(db, {
    municipalityId: contract.municipalityId,
    goalIds: goals.map((g) => g.id),
  });
  const upToYear = rounds.filter((r) => reportYearOf(r) <= year);
  const answered = await listRoundsWithAnswers(
    db,
    rounds.filter((r) => reportYearOf(r) === year).map((r) => r.id),
  );
  const reportGoals = new Map<string, ReportGoal>();
  const asked = askedUnits(db);
  const benchmarks = await loadBenchmarkLookups(db, contract.municipalityId, goals);
  const sickLeave = sickLeaveGoalFigures(db, contract.municipalityId, units);
  const measured = measuredGoalFigures(db, contract.municipalityId, units);
  for (const goal of goals) {
    const readable = readsResultsOf(reader, { path: goal.scopeUnitPath });
    const judgeOnly = readable ? unitsReadBy(goal, units, reader) : new Set<string>();
    const context = {
      units,
      rounds: upToYear,
      evaluations,
      asked,
      judgeOnly,
      upToYear: year,
      sickLeave,
      measured,
    };
    const history = await loadGoalHistory(db, instruments, goal, context, benchmarks);
    const unit = history.unit ?? history.indicator?.unit ?? 'share';
    const compared = (round: Round) => usedBenchmarks(goal, unit, reportYearOf(round), benchmarks);
    const read = {
      units: units.filter((u) => readsResultsOf(reader, u)),
      partial: !readsWhole(goal, reader),
    };
    reportGoals.set(goal.id, {
      ...describeGoal(goal, units),
      unit,
      measuredOn: measuredOnOf(goal),
      ...(readable
        ? {
            ...results(goal, history.rounds, read, year, compared),
            ...awaitingRelease(goal, rounds, answered, evaluations, year),
            processEvaluation: texts.processEvaluations.get(goal.id) ?? '',
          }
        : { trend: [], result: null, units: null, processEvaluation: '', outsideReadScope: true as const }),
      actions: (await listGoalActions(db, goal.id)).map((a) => ({
        what: a.what,
        where: a.unitName,
        responsible: a.responsible,
        dueOn: a.dueOn,
        status: a.status,
        note: a.note,
      })),
    });
  }
  return {
    format: 1,
    municipality: { name: municipality.name, slug: municipality.slug },
    contract: {
      id: contract.id,
      title: contract.title,
      periodStart: contract.periodStart,
      periodEnd: contract.periodEnd,
    },
    year,
    areas: areasWithGoals(areas, goals, reportGoals),
    medStatement: texts.medStatement,
    changes: judgeResultChanges([...reportGoals.values()]),
  };
}

/**
 * The report judges every survey goal's change this year at once: about one in twenty would be
 * marked at 95 % by chance alone, so each says whether it holds when all are judged together
 * (Benjamini–Hochberg, false discovery rate 5 %). Sick leave and measured indicators count
 * everyone: their changes are exact, not chance.
 */
function judgeResultChanges(goals: ReportGoal[]): ManyChanges {
  const changes = goals.flatMap((g) =>
    (g.measuredOn ?? 'survey') === 'survey' && g.result?.change?.pValue !== undefined
      ? [g.result.change]
      : [],
  );
  const { summary, holds } = judgeManyChanges(changes.map((c) => c.pValue!));
  changes.forEach((change, i) => (change.holdsAtFdr = holds[i]!));
  return summary;
}

/**
 * The goal's latest round this year that has answers but no released values of the goal (no
 * release yet, or none since the goal was set): where the report says when results come.
 */
function awaitingRelease(
  goal: Goal,
  rounds: Round[],
  answered: ReadonlySet<string>,
  evaluations: GoalEvaluation[],
  year: number,
): Pick<ReportGoal, 'awaitingRelease'> {
  if (measuredOnOf(goal) !== 'survey') return {};
  const released = (roundId: string) => hasGoalValues(evaluations, goal.id, roundId);
  const round = rounds
    .filter((r) => r.instrumentKey === goal.instrumentKey && reportYearOf(r) === year && answered.has(r.id))
    .sort((a, b) => b.opensOn.localeCompare(a.opensOn))[0];
  if (!round || released(round.id)) return {};
  return { awaitingRelease: { roundTitle: round.title, closesOn: round.closesOn } };
}

/** The units a report reads of a goal: its scope unit, and the units it tallies that the reader may read. */
function unitsReadBy(goal: Goal, units: OrgUnit[], reader: ReadScope): Set<string> {
  const read = new Set([goal.scopeUnitId]);
  if (goal.eachUnitKind)
    for (const u of units)
      if (u.kind === goal.eachUnitKind && isWithin(u.path, goal.scopeUnitPath) && readsResultsOf(reader, u))
        read.add(u.id);
  return read;
}

/** Whether every unit under the goal's scope is the reader's to read, so its tally is whole. */
const readsWhole = (goal: Goal, reader: ReadScope) =>
  readsEveryUnit(reader) || isWithin(goal.scopeUnitPath, reader.scopeUnitPath);

function describeGoal(goal: Goal, units: OrgUnit[]) {
  return {
    id: goal.id,
    title: goal.title,
    rule: goal.rule,
    deadline: goal.deadline,
    scopeName: units.find((u) => u.id === goal.scopeUnitId)?.name ?? '',
    breakdownFilter: goal.breakdownFilter,
    actionsDecidedLocally: goal.actionsDecidedLocally,
  };
}

/** The comparison groups' means a goal's benchmark parts are judged against in a year, where there are any. */
function usedBenchmarks(
  goal: Goal,
  unit: ReportGoal['unit'],
  year: number,
  benchmarks: BenchmarkLookups,
): UsedBenchmark[] {
  const target = { instrumentKey: goal.instrumentKey, indicatorKey: goal.indicatorKey, unit, year };
  return partsOf(goal.rule).flatMap((part) => {
    const used = part.type === 'benchmark' ? benchmarks.used(target, part.comparisonGroup) : null;
    return used ? [used] : [];
  });
}

/** `read.units` are the units the reader may read; `partial` when the tally leaves some out. */
function results(
  goal: Goal,
  history: GoalRoundCells[],
  read: { units: OrgUnit[]; partial: boolean },
  year: number,
  compared: (round: Round) => UsedBenchmark[],
) {
  const trend = history.map(({ round, cells }) => {
    const point = pointOf(round, cells.get(goal.scopeUnitId));
    const used = point.value === undefined ? [] : compared(round);
    return used.length ? { ...point, benchmarks: used } : point;
  });
  const last = history.at(-1);
  const thisYear = last && reportYearOf(last.round) === year ? last : null;
  return {
    trend,
    result: thisYear ? trend.at(-1)! : null,
    units: thisYear && goal.eachUnitKind ? tally(goal, thisYear.cells, read) : null,
  };
}

function pointOf(round: GoalRoundCells['round'], cell: GoalCell | undefined): ReportPoint {
  const base = { roundTitle: round.title, year: reportYearOf(round) };
  if (!cell || cell.status === 'out-of-scope') return { ...base, status: 'no-data', reasons: [] };
  if (cell.status === 'hidden') return { ...base, status: 'hidden', reasons: cell.reasons ?? [] };
  const shown = cell.status === 'no-data' ? cell.measured : cell;
  const change = changeOf(cell.status === 'no-data' ? cell.change : cell.change);
  return {
    ...base,
    status: cell.status,
    reasons: cell.reasons ?? [],
    ...(shown ? { n: shown.n, value: shown.value, ciLow: shown.ciLow, ciHigh: shown.ciHigh } : {}),
    ...(shown?.asOf ? { asOf: shown.asOf } : {}),
    ...(change ? { change } : {}),
  };
}

const changeOf = (change: RoundChange | null | undefined) =>
  change?.comparable
    ? {
        change: change.change,
        ciLow: change.ciLow,
        ciHigh: change.ciHigh,
        verdict: change.verdict,
        pValue: change.pValue,
      }
    : null;

function tally(
  goal: Goal,
  cells: Map<string, GoalCell>,
  read: { units: OrgUnit[]; partial: boolean },
): UnitTally {
  const kind = goal.eachUnitKind!;
  const covered = read.units.filter(
    (u) =>
      u.kind === kind &&
      u.id !== goal.scopeUnitId &&
      isWithin(u.path, goal.scopeUnitPath) &&
      cells.get(u.id)?.status !== 'out-of-scope',
  );
  const counted = tallyUnits(
    kind,
    covered.map((u) => ({ name: u.name, status: cells.get(u.id)!.status as ReportPoint['status'] })),
  );
  return read.partial ? { ...counted, readersUnitsOnly: true } : counted;
}

function areasWithGoals(
  areas: { key: string; name: string; aim: string }[],
  goals: Goal[],
  built: Map<string, ReportGoal>,
): FollowUpReport['areas'] {
  const known = new Set(areas.map((a) => a.key));
  // A goal whose area was never described still belongs in the report, under its own key.
  const extra = [...new Set(goals.map((g) => g.serviceArea).filter((k) => !known.has(k)))].map((key) => ({
    key,
    name: key,
    aim: '',
  }));
  return [...areas, ...extra].map((area) => ({
    key: area.key,
    name: area.name,
    aim: area.aim,
    goals: goals.filter((g) => g.serviceArea === area.key).map((g) => built.get(g.id)!),
  }));
}
