import type { BoundModel, BoundSolver } from '../bound-solver';
import type { LinearExpression } from './linear-expression';
import { SystemComponents, type SystemRows } from './system-components';

const EPSILON = 1e-6;
const POOL = 64;

interface ComponentModel {
  model: BoundModel;
  local: Map<number, number>;
  rows: Map<number, number>;
  /** Points known to be in the component's feasible set: the truth and the optima found. */
  pool: Float64Array[];
}

/**
 * The largest value an attacker can give an expression: per component of the system its own
 * program (opened once, asked many objectives), the maxima added up. Most questions are whether
 * an expression can reach a value (`reaches`); a point already found — the true table, or an
 * earlier optimum — often answers that without solving anything.
 */
export class BoundEvaluator {
  readonly components: SystemComponents;
  private readonly models = new Map<number, ComponentModel>();

  constructor(
    private readonly system: SystemRows & { truths?: number[] },
    private readonly solver: BoundSolver,
  ) {
    this.components = new SystemComponents(system);
  }

  maximize(expression: LinearExpression): number {
    let total = expression.constant;
    for (const [component, terms] of this.split(expression)) {
      const entry = this.modelOf(component);
      const value = entry.model.maximize(terms.map(([v, c]) => [entry.local.get(v)!, c]));
      if (value !== Infinity) {
        if (entry.pool.length >= POOL) entry.pool.splice(1, 1);
        entry.pool.push(Float64Array.from(entry.model.solution()));
      }
      total += value;
    }
    return total;
  }

  /** Can the expression reach the value anywhere a reader cannot rule out? */
  reaches(expression: LinearExpression, value: number): boolean {
    let best = expression.constant;
    for (const [component, terms] of this.split(expression)) {
      const { pool, local } = this.modelOf(component);
      let found = -Infinity;
      for (const point of pool) {
        let sum = 0;
        for (const [v, c] of terms) sum += c * point[local.get(v)!]!;
        if (sum > found) found = sum;
      }
      best += found;
    }
    return best >= value - EPSILON || this.maximize(expression) >= value - EPSILON;
  }

  private split(expression: LinearExpression): Map<number, [number, number][]> {
    const byComponent = new Map<number, [number, number][]>();
    for (const [variable, coefficient] of expression.terms) {
      const component = this.components.find(variable);
      const list = byComponent.get(component);
      if (list) list.push([variable, coefficient]);
      else byComponent.set(component, [[variable, coefficient]]);
    }
    return byComponent;
  }

  minimize(expression: LinearExpression): number {
    const negated = new Map([...expression.terms].map(([v, c]) => [v, -c]));
    return -this.maximize({ terms: negated, constant: -expression.constant });
  }

  /** The components an expression reaches. */
  componentsOf(expression: LinearExpression): Set<number> {
    return new Set([...expression.terms.keys()].map((v) => this.components.find(v)));
  }

  /** Lets a row of the system tie its variables or not (pinning-proof.ts). */
  setRowActive(row: number, active: boolean): void {
    const { expression, lower, upper } = this.system.rows[row]!;
    const [variable] = expression.terms.keys();
    if (variable === undefined) return;
    const entry = this.modelOf(this.components.find(variable));
    const local = entry.rows.get(row)!;
    if (active) {
      entry.model.setRowBounds(local, lower - expression.constant, upper - expression.constant);
      // A row that ties again may cut off points found without it; the truth stays.
      entry.pool.splice(1);
    } else entry.model.setRowBounds(local, -Infinity, Infinity);
  }

  dispose(): void {
    for (const { model } of this.models.values()) model.dispose();
    this.models.clear();
  }

  private modelOf(component: number) {
    let entry = this.models.get(component);
    if (!entry) {
      const { problem, local, rows } = this.components.problem(component);
      const truth = new Float64Array(problem.variables.length);
      if (this.system.truths) for (const [global, at] of local) truth[at] = this.system.truths[global]!;
      entry = {
        model: this.solver.open(problem),
        local,
        rows: new Map(rows.map((r, i) => [r, i])),
        pool: this.system.truths ? [truth] : [],
      };
      this.models.set(component, entry);
    }
    return entry;
  }
}
