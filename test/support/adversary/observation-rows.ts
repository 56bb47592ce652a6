import { sum, type CellVariables } from './cell-variables';
import { toSumScale, type IndicatorFacts } from './instrument-knowledge';
import type { Terms } from './linear-system';
import { parseCellKey, type PublishedView } from './published-view';
import type { Snapshot } from './snapshot';

/** A published cell (an indicator's cell or a goal's value at a unit) in the attacker's terms. */
export interface PublishedCell {
  moment: number;
  key: string;
  label: string;
  roundId: string;
  unitId: string;
  facts: IndicatorFacts;
  /** The breakdown groups it pools ('' = the unit's total). */
  groups: string[];
  view: PublishedView;
  n: Terms;
  amount: Terms;
}

/**
 * What each published view says: a shown cell fixes n and (within its rounding) k or the sum; a
 * hidden one has at least one respondent; "no data" has none.
 */
export function observationRows(vars: CellVariables, snapshot: Snapshot, cells: PublishedCell[]): void {
  const { model } = vars;
  const inRound = new Set(model.units);
  const names = new Map(snapshot.units.map((u) => [u.id, u.name]));
  const title = snapshot.rounds.get(model.roundId)?.title.en ?? model.roundId;
  const newest = newestRelease(snapshot, model.roundId);
  for (const [key, view] of snapshot.views) {
    let unitId: string, facts: IndicatorFacts | undefined, groups: string[], what: string;
    if (key.startsWith('goal|')) {
      const [, goalId, roundId, unit] = key.split('|') as [string, string, string, string];
      const goal = snapshot.goals.get(goalId);
      if (roundId !== model.roundId || !goal) continue;
      unitId = unit;
      facts = model.instrument.indicators.get(goal.indicatorKey);
      groups = goal.filter ? goal.filter.values.map((v) => `${goal.filter!.breakdownKey}=${v}`) : [''];
      what = `goal "${goal.title.en}"`;
    } else {
      const cell = parseCellKey(key);
      if (cell.roundId !== model.roundId) continue;
      unitId = cell.unitId;
      facts = model.instrument.indicators.get(cell.indicatorKey);
      groups = [cell.group];
      what = `${cell.indicatorKey}${cell.group ? ` ${cell.group}` : ''}`;
    }
    if (!facts || !inRound.has(unitId)) continue;
    const n = sum(groups.map((g) => vars.n(unitId, facts.respondents, g)));
    const amount = sum(groups.map((g) => vars.amount(unitId, facts, g)));
    const label = `${title} · ${names.get(unitId) ?? unitId} · ${what}`;
    if (view.state === 'shown' && (view.stale || (view.asOf !== undefined && view.asOf < newest)))
      earlier(vars, facts, n, amount, view, label);
    else observe(vars, facts, n, amount, view, label);
    cells.push({
      moment: vars.moment,
      key,
      label,
      roundId: model.roundId,
      unitId,
      facts,
      groups,
      view,
      n,
      amount,
    });
  }
}

function observe(
  vars: CellVariables,
  facts: IndicatorFacts,
  n: Terms,
  amount: Terms,
  view: PublishedView,
  label: string,
) {
  const { system } = vars;
  if (view.state === 'no-data') return system.equal(n, 0, `${label}: no data`);
  if (view.state === 'hidden') return system.add(n, 1, Infinity, `${label}: hidden, so someone answered`);
  system.equal(n, view.n, `${label}: n shown`);
  if (facts.kind === 'share') {
    // value × n at full precision is the count k; rounded values leave an interval of counts.
    const low = Math.ceil(view.n * (view.value - view.tolerance) - 1e-6);
    const high = Math.floor(view.n * (view.value + view.tolerance) + 1e-6);
    return system.add(amount, Math.max(0, low), Math.min(view.n, high), `${label}: share shown`);
  }
  const mean = toSumScale(facts, view.value);
  const tolerance = facts.rescale
    ? (view.tolerance * (facts.rescale.max - facts.rescale.min)) / 100
    : view.tolerance;
  const slack = 1e-7 * Math.max(1, view.n);
  system.add(
    amount,
    view.n * (mean - tolerance) - slack,
    view.n * (mean + tolerance) + slack,
    `${label}: mean shown`,
  );
}

/** The latest release any view of the round says its numbers come from (−∞ when none says). */
function newestRelease(snapshot: Snapshot, roundId: string): number {
  let newest = -Infinity;
  for (const [key, view] of snapshot.views)
    if (view.state === 'shown' && view.asOf !== undefined && key.includes(`${roundId}|`))
      newest = Math.max(newest, view.asOf);
  return newest;
}

/** Numbers an earlier release published: counts only grow since (a lower bound, not the value). */
function earlier(
  vars: CellVariables,
  facts: IndicatorFacts,
  n: Terms,
  amount: Terms,
  view: PublishedView & { state: 'shown' },
  label: string,
) {
  vars.system.add(n, view.n, Infinity, `${label}: n at an earlier release`);
  if (facts.kind !== 'share') return; // a mean's sum grows by scores not known
  const k = Math.round(view.n * view.value);
  vars.system.add(amount, k, Infinity, `${label}: k at an earlier release`);
  vars.system.add(
    [...n, ...amount.map(([c, x]): [number, number] => [c, -x])],
    view.n - k,
    Infinity,
    `${label}: n − k at an earlier release`,
  );
}
