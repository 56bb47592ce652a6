import loadHighs from 'highs';
import type { Column, Row, Terms } from './linear-system';

type LinearSystem = { columns: Column[]; rows: Row[] };

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highsPromise: Promise<Highs> | undefined;
const highs = () => (highsPromise ??= loadHighs());

/** A linear expression whose least and greatest feasible value the attacker wants. */
export interface Objective {
  id: string;
  terms: Terms;
  /** 'max' when only the greatest value matters (an all-alike gap). */
  sense: 'both' | 'max';
}

export interface Range {
  min: number;
  max: number;
  /** False when a solve ended without a proven optimum (then the range is not to be trusted). */
  proven: boolean;
}

export interface BoundStats {
  components: number;
  largestComponent: number;
  solves: number;
  unproven: number;
  millis: number;
}

/**
 * Least and greatest value of each objective over the attacker's system, by mixed-integer
 * programming (HiGHS). Known columns (lower = upper) are folded into the rows; the remaining
 * columns fall into connected components that are solved apart, one persistent model each, with
 * only the objective changed between solves.
 */
export async function boundObjectives(system: LinearSystem, objectives: Objective[]) {
  const started = Date.now();
  const solver = await highs();
  const { componentOf, components, rowsOfComponent } = splitComponents(system);
  const parts = new Map<number, { objective: Objective; terms: Terms }[]>();
  const offsets = new Map<string, number>();
  for (const objective of objectives) {
    let offset = 0;
    const perComponent = new Map<number, Terms>();
    for (const [column, c] of objective.terms) {
      const col = system.columns[column]!;
      if (col.lower === col.upper) offset += c * col.lower;
      else {
        const component = componentOf[column]!;
        perComponent.set(component, [...(perComponent.get(component) ?? []), [column, c]]);
      }
    }
    offsets.set(objective.id, offset);
    for (const [component, terms] of perComponent) push(parts, component, { objective, terms });
  }
  const ranges = new Map<string, Range>();
  for (const o of objectives)
    ranges.set(o.id, { min: offsets.get(o.id)!, max: offsets.get(o.id)!, proven: true });
  const stats: BoundStats = {
    components: parts.size,
    largestComponent: 0,
    solves: 0,
    unproven: 0,
    millis: 0,
  };
  for (const [component, wanted] of parts) {
    const columns = components.get(component)!;
    stats.largestComponent = Math.max(stats.largestComponent, columns.length);
    solveComponent(
      solver,
      system,
      { columns, rows: rowsOfComponent.get(component) ?? [] },
      wanted,
      ranges,
      stats,
    );
  }
  stats.millis = Date.now() - started;
  return { ranges, stats };
}

function solveComponent(
  solver: Highs,
  system: LinearSystem,
  { columns, rows }: { columns: number[]; rows: number[] },
  wanted: { objective: Objective; terms: Terms }[],
  ranges: Map<string, Range>,
  stats: BoundStats,
): void {
  const local = new Map(columns.map((c, i) => [c, i]));
  const model = solver.createModel();
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-7, time_limit: 20 });
    for (const c of columns) {
      const col = system.columns[c]!;
      model.addVar(col.lower, col.upper);
      if (col.integer) model.changeColIntegrality(local.get(c)!, solver.constants.variableType.integer);
    }
    for (const row of foldedRows(system, rows, local)) model.addRow(row.lower, row.upper, row.entries);
    for (const { objective, terms } of wanted) {
      const range = ranges.get(objective.id)!;
      const senses = objective.sense === 'max' ? (['max'] as const) : (['min', 'max'] as const);
      for (const sense of senses) {
        for (const [c, k] of terms) model.changeColCost(local.get(c)!, k);
        model.changeObjectiveSense(
          solver.constants.objectiveSense[sense === 'min' ? 'minimize' : 'maximize'],
        );
        model.run();
        stats.solves++;
        const status = model.getModelStatus();
        const codes = solver.constants.modelStatus;
        if (status === codes.infeasible)
          throw new Error(`the attacker's system is infeasible around ${system.columns[columns[0]!]!.name}`);
        // The truth is feasible, so "unbounded or infeasible" is unbounded: the objective is not pinned.
        const unbounded = status === codes.unbounded || status === codes.unboundedOrInfeasible;
        const optimal = status === codes.optimal;
        if (!optimal && !unbounded) {
          stats.unproven++;
          range.proven = false;
        }
        const value = optimal ? model.getObjectiveValue() : sense === 'min' ? -Infinity : Infinity;
        if (sense === 'min') range.min += value;
        else range.max += value;
        for (const [c] of terms) model.changeColCost(local.get(c)!, 0);
      }
      if (objective.sense === 'max') range.min = -Infinity;
    }
  } finally {
    model.dispose();
  }
}

/** The rows touching these columns, with known columns moved to the bounds. */
function* foldedRows(system: LinearSystem, rows: number[], local: Map<number, number>) {
  for (const r of rows) {
    const row = system.rows[r]!;
    let constant = 0;
    const indices: number[] = [];
    const values: number[] = [];
    for (const [c, k] of row.terms) {
      const l = local.get(c);
      if (l === undefined) constant += k * system.columns[c]!.lower;
      else {
        indices.push(l);
        values.push(k);
      }
    }
    yield { lower: row.lower - constant, upper: row.upper - constant, entries: { indices, values } };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The system as an exact linear-algebra attacker sees it (what the product's audit checks): only
 * the equalities, unknowns free and fractional. An objective is then either pinned or unbounded.
 */
export function equalitiesOnly(system: LinearSystem): LinearSystem {
  return {
    columns: system.columns.map((c) =>
      c.lower === c.upper ? c : { ...c, lower: -Infinity, upper: Infinity, integer: false },
    ),
    rows: system.rows.filter((r) => r.lower === r.upper),
  };
}

/** Union-find over the unknown columns: two are joined when a row holds both. */
function splitComponents(system: LinearSystem) {
  const parent = system.columns.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const unknown = (c: number) => system.columns[c]!.lower !== system.columns[c]!.upper;
  for (const row of system.rows) {
    const free = row.terms.map(([c]) => c).filter(unknown);
    for (let i = 1; i < free.length; i++) parent[find(free[i]!)] = find(free[0]!);
  }
  const componentOf: number[] = system.columns.map((_, i) => find(i));
  const components = new Map<number, number[]>();
  system.columns.forEach((_, i) => {
    if (unknown(i)) push(components, componentOf[i]!, i);
  });
  const rowsOfComponent = new Map<number, number[]>();
  system.rows.forEach((row, r) => {
    const free = row.terms.find(([c]) => unknown(c));
    if (free) push(rowsOfComponent, componentOf[free[0]]!, r);
  });
  return { componentOf, components, rowsOfComponent };
}
