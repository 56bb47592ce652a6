import type { BoundModel, BoundSolver } from '../bound-solver';
import type { LinearExpression } from './linear-expression';
import { SystemComponents, type SystemRows } from './system-components';

/**
 * The largest value an attacker can give an expression: per component of the system its own
 * program (opened once, asked many objectives), the maxima added up.
 */
export class BoundEvaluator {
  readonly components: SystemComponents;
  private readonly models = new Map<
    number,
    { model: BoundModel; local: Map<number, number>; rows: Map<number, number> }
  >();

  constructor(
    private readonly system: SystemRows,
    private readonly solver: BoundSolver,
  ) {
    this.components = new SystemComponents(system);
  }

  maximize(expression: LinearExpression): number {
    const byComponent = new Map<number, [number, number][]>();
    for (const [variable, coefficient] of expression.terms) {
      const component = this.components.find(variable);
      byComponent.set(component, [...(byComponent.get(component) ?? []), [variable, coefficient]]);
    }
    let total = expression.constant;
    for (const [component, terms] of byComponent) {
      const { model, local } = this.modelOf(component);
      total += model.maximize(terms.map(([v, c]) => [local.get(v)!, c]));
    }
    return total;
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
    const { model, rows } = this.modelOf(this.components.find(variable));
    const local = rows.get(row)!;
    if (active) model.setRowBounds(local, lower - expression.constant, upper - expression.constant);
    else model.setRowBounds(local, -Infinity, Infinity);
  }

  dispose(): void {
    for (const { model } of this.models.values()) model.dispose();
    this.models.clear();
  }

  private modelOf(component: number) {
    let entry = this.models.get(component);
    if (!entry) {
      const { problem, local, rows } = this.components.problem(component);
      entry = { model: this.solver.open(problem), local, rows: new Map(rows.map((r, i) => [r, i])) };
      this.models.set(component, entry);
    }
    return entry;
  }
}
