import type { IndicatorFacts, InstrumentFacts } from './instrument-knowledge';
import { parseCellKey } from './published-view';
import type { Snapshot } from './snapshot';

/**
 * One round as the attacker sees it at one moment: the units that can have answers (the
 * response-rate view's units and those above them), the breakdown groups that occur, and the
 * instrument's indicators grouped by who they count (same respondents → same n) and what they
 * count (same amount → same number).
 */
export interface RoundModel {
  roundId: string;
  instrument: InstrumentFacts;
  units: string[];
  children: Map<string, string[]>;
  /** Units with their own respondent links, and their own live answer counts. */
  ownAnswers: Map<string, number>;
  /** Answers in each unit's subtree (Infinity when the reader cannot see the counts). */
  subtreeAnswers: Map<string, number>;
  groups: Map<string, string[]>;
  respondents: Map<string, { breakdowns: Set<string> }>;
  amounts: Map<string, IndicatorFacts>;
}

export function roundModel(snapshot: Snapshot, roundId: string, instrument: InstrumentFacts): RoundModel {
  const counts = snapshot.answers.get(roundId);
  const parentOf = new Map(snapshot.units.map((u) => [u.id, u.parentId]));
  const relevant = new Set<string>();
  for (const unitId of counts?.size ? counts.keys() : parentOf.keys())
    for (let u: string | null | undefined = unitId; u && !relevant.has(u); u = parentOf.get(u))
      relevant.add(u);
  const units = snapshot.units.map((u) => u.id).filter((id) => relevant.has(id));
  const children = new Map<string, string[]>(units.map((id) => [id, []]));
  for (const id of units) {
    const parent = parentOf.get(id);
    if (parent && children.has(parent)) children.get(parent)!.push(id);
  }
  const ownAnswers = new Map(counts ?? []);
  const subtreeAnswers = new Map<string, number>();
  const subtree = (id: string): number => {
    const own = counts?.size ? (ownAnswers.get(id) ?? 0) : Infinity;
    const total = children.get(id)!.reduce((sum, child) => sum + subtree(child), own);
    subtreeAnswers.set(id, total);
    return total;
  };
  for (const id of units) if (!children.has(parentOf.get(id) ?? '')) subtree(id);
  return {
    roundId,
    instrument,
    units,
    children,
    ownAnswers,
    subtreeAnswers,
    groups: groupsOf(snapshot, roundId),
    ...signatures(instrument),
  };
}

function groupsOf(snapshot: Snapshot, roundId: string): Map<string, string[]> {
  const groups = new Map<string, Set<string>>();
  const add = (breakdownKey: string, value: string) =>
    (groups.get(breakdownKey) ?? groups.set(breakdownKey, new Set()).get(breakdownKey)!).add(value);
  for (const key of snapshot.views.keys()) {
    if (!key.startsWith(`${roundId}|`)) continue;
    const cell = parseCellKey(key);
    if (cell.group) add(cell.breakdownKey, cell.breakdownValue);
  }
  for (const [key, values] of snapshot.listedGroups)
    if (key.startsWith(`${roundId}|`)) for (const v of values) add(key.split('|')[2]!, v);
  for (const goal of snapshot.goals.values())
    if (goal.roundId === roundId && goal.filter)
      for (const v of goal.filter.values) add(goal.filter.breakdownKey, v);
  return new Map([...groups].map(([k, v]) => [k, [...v].sort()]));
}

function signatures(instrument: InstrumentFacts) {
  const respondents = new Map<string, { breakdowns: Set<string> }>();
  const amounts = new Map<string, IndicatorFacts>();
  for (const facts of instrument.indicators.values()) {
    const known = respondents.get(facts.respondents) ?? { breakdowns: new Set<string>() };
    for (const b of facts.breakdowns) known.breakdowns.add(b);
    respondents.set(facts.respondents, known);
    if (!amounts.has(facts.amount)) amounts.set(facts.amount, facts);
  }
  return { respondents, amounts };
}

/** The cells of a respondent signature at a unit: the total and each breakdown group. */
export function groupKeys(model: RoundModel, respondents: string): string[] {
  const keys = [''];
  for (const b of model.respondents.get(respondents)?.breakdowns ?? [])
    for (const v of model.groups.get(b) ?? []) keys.push(`${b}=${v}`);
  return keys;
}
