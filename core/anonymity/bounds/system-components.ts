import type { LinearProblem } from '../bound-solver';
import type { SystemRow } from './attacker-system';

/** The parts of a system that its programs are made of. */
export interface SystemRows {
  variables: { lower: number; upper: number; integer: boolean }[];
  rows: SystemRow[];
}

/**
 * The attacker system split where no row ties variables together: what a reader learns of one
 * hidden class through its school's sums says nothing about a class elsewhere, and each part is
 * a small program of its own.
 */
export class SystemComponents {
  private readonly parent: number[];
  private readonly rowsOf = new Map<number, number[]>();
  private readonly variablesOf = new Map<number, number[]>();

  constructor(private readonly system: SystemRows) {
    this.parent = system.variables.map((_, i) => i);
    system.rows.forEach((row) => {
      const [first, ...rest] = [...row.expression.terms.keys()];
      for (const other of rest) this.union(first!, other);
    });
    system.rows.forEach((row, index) => {
      const root = this.find([...row.expression.terms.keys()][0]!);
      push(this.rowsOf, root, index);
    });
    system.variables.forEach((_, index) => push(this.variablesOf, this.find(index), index));
  }

  /** The component of a variable (its root). */
  find(variable: number): number {
    let root = variable;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[variable] !== root) {
      const next = this.parent[variable]!;
      this.parent[variable] = root;
      variable = next;
    }
    return root;
  }

  private union(a: number, b: number): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }

  /** The variables of a component. */
  variables(component: number): number[] {
    return this.variablesOf.get(component) ?? [];
  }

  /** The component's program, with variables renumbered; `local` maps the system's numbers. */
  problem(component: number): { problem: LinearProblem; local: Map<number, number>; rows: number[] } {
    const local = new Map<number, number>();
    const variables: LinearProblem['variables'] = [];
    const number = (index: number) => {
      let at = local.get(index);
      if (at === undefined) {
        at = variables.length;
        local.set(index, at);
        variables.push(this.system.variables[index]!);
      }
      return at;
    };
    for (const index of this.variablesOf.get(component) ?? []) number(index);
    const rowIndices = this.rowsOf.get(component) ?? [];
    const rows = rowIndices.map((r) => {
      const { expression, lower, upper } = this.system.rows[r]!;
      return {
        terms: [...expression.terms].map(([index, c]): [number, number] => [number(index), c]),
        lower: lower - expression.constant,
        upper: upper - expression.constant,
      };
    });
    return { problem: { variables, rows }, local, rows: rowIndices };
  }
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
