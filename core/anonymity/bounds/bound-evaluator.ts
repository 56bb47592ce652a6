import type { BoundModel, BoundSolver } from '../bound-solver';
import { ImpliedBounds } from './implied-bounds';
import type { LinearExpression } from './linear-expression';
import { SystemComponents, type SystemRows } from './system-components';

const EPSILON = 1e-6;
const POOL = 64;
/** How far below a value the implied bound must stay to say "cannot reach" without a program. */
const IMPLIED_MARGIN = 1e-4;

interface Witness {
  component: number;
  point: Float64Array;
}

/**
 * What gave a run of answers (startWitnessing). The points behind its yes answers and maxima:
 * while they are possible, so are those answers. The rows the proofs of its maxima lean on: while
 * they hold, no maximum grows, so no answer that was no becomes yes.
 */
export interface Witnesses {
  points: Witness[];
  /** False when an answer was unbounded: no point stands for it. */
  complete: boolean;
  /** Rows of the system the maxima's proofs lean on. */
  proofRows: Set<number>;
  /** False when a maximum came without a proof (branch and bound). */
  proved: boolean;
}

interface ComponentModel {
  model: BoundModel;
  local: Map<number, number>;
  rows: Map<number, number>;
  /** Per row of the component's program, the system's row. */
  systemRows: number[];
  /** Points known to be in the component's feasible set: the truth and the optima found. */
  pool: Float64Array[];
}

/**
 * The largest value an attacker can give an expression: per component of the system its own
 * program (opened once, asked many objectives), the maxima added up. Most questions are whether
 * an expression can reach a value (`reaches`); a point already found — the true table, or an
 * earlier optimum — often answers yes without solving anything, and the bounds the rows imply
 * one at a time (implied-bounds.ts) often answer no: most of a round's questions are whether a
 * count could be one higher where the group's own respondents already cap it.
 */
export class BoundEvaluator {
  readonly components: SystemComponents;
  private readonly models = new Map<number, ComponentModel>();
  private implied: ImpliedBounds | undefined;
  private witnesses: Witnesses | undefined;

  /** Points carried from an earlier system (`carry`), by the component holding them. */
  private readonly carried = new Map<number, [variable: number, value: number][][]>();

  constructor(
    private readonly system: SystemRows & { truths?: number[]; keys?: string[] },
    private readonly solver: BoundSolver,
  ) {
    this.components = new SystemComponents(system);
  }

  /**
   * The points found so far, as what they change of the truth, by slot name: still possible in a
   * system that hides more of the same releases (its new unknowns at their truth), so a later
   * pass of the audit can start from them (`carry`).
   */
  foundPoints(): Map<string, number>[] {
    const keys = this.system.keys;
    const truths = this.system.truths;
    if (!keys || !truths) return [];
    const found: Map<string, number>[] = [];
    for (const { pool, local } of this.models.values())
      for (const point of pool.slice(1)) {
        const changed = new Map<string, number>();
        for (const [global, at] of local)
          if (point[at] !== truths[global]) changed.set(keys[global]!, point[at]!);
        if (changed.size > 0) found.push(changed);
      }
    // Carried into a component this pass never asked about: still good for the next.
    for (const [component, points] of this.carried)
      if (!this.models.has(component))
        for (const changed of points) found.push(new Map(changed.map(([v, value]) => [keys[v]!, value])));
    return found;
  }

  /**
   * Starts the pools from points of a system this one only relaxes (the same releases with fewer
   * numbers shown: every point it allowed is allowed here, its hidden numbers at their truth).
   */
  carry(points: Map<string, number>[]): void {
    const keys = this.system.keys;
    if (!keys) return;
    const indexOf = new Map(keys.map((key, index) => [key, index]));
    for (const point of points) {
      const changed: [number, number][] = [];
      for (const [key, value] of point) {
        const variable = indexOf.get(key);
        if (variable === undefined) break;
        changed.push([variable, value]);
      }
      if (changed.length !== point.size) continue;
      const component = this.components.find(changed[0]![0]);
      const list = this.carried.get(component);
      if (list) list.push(changed);
      else this.carried.set(component, [changed]);
    }
  }

  maximize(expression: LinearExpression): number {
    this.sync();
    let total = expression.constant;
    for (const [component, terms] of this.split(expression)) {
      const entry = this.modelOf(component);
      const value = entry.model.maximize(terms.map(([v, c]) => [entry.local.get(v)!, c]));
      if (value !== Infinity) {
        if (entry.pool.length >= POOL) entry.pool.splice(1, 1);
        const point = Float64Array.from(entry.model.solution());
        entry.pool.push(point);
        if (this.witnesses) {
          this.witnesses.points.push({ component, point });
          const certificate = entry.model.certificate();
          if (certificate === null) this.witnesses.proved = false;
          else
            for (let at = 0; at < certificate.length; at++)
              if (certificate[at]) this.witnesses.proofRows.add(entry.systemRows[at]!);
        }
      } else if (this.witnesses) this.witnesses.complete = false;
      total += value;
    }
    return total;
  }

  /** Can the expression reach the value anywhere a reader cannot rule out? */
  reaches(expression: LinearExpression, value: number): boolean {
    this.sync();
    let best = expression.constant;
    const used: Witness[] = [];
    for (const [component, terms] of this.split(expression)) {
      const { pool, local } = this.modelOf(component);
      let found = -Infinity;
      let at = pool[0];
      for (const point of pool) {
        let sum = 0;
        for (const [v, c] of terms) sum += c * point[local.get(v)!]!;
        if (sum > found) [found, at] = [sum, point];
      }
      best += found;
      if (at) used.push({ component, point: at });
    }
    if (best >= value - EPSILON) {
      this.witnesses?.points.push(...used);
      return true;
    }
    // Rows let go and held again (setRowActive) are left out: the bounds hold either way.
    this.implied ??= new ImpliedBounds(
      this.system.variables,
      this.system.rows,
      (row) => row.fix !== undefined,
    );
    if (this.implied.upperBound(expression) < value - IMPLIED_MARGIN) return false;
    return this.maximize(expression) >= value - EPSILON;
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

  /**
   * Notes, until `stopWitnessing`, the points that answer yes (and the maxima): every answer given
   * meanwhile stays the same for as long as they stay possible (see `rowHoldsAt`).
   */
  startWitnessing(): void {
    this.witnesses = { points: [], complete: true, proofRows: new Set(), proved: true };
  }

  /** What was noted since `startWitnessing`. */
  stopWitnessing(): Witnesses {
    const witnesses = this.witnesses ?? { points: [], complete: false, proofRows: new Set(), proved: false };
    this.witnesses = undefined;
    return witnesses;
  }

  /** Does a row hold at every point noted (rows of other components hold at their truth)? */
  rowHoldsAt(row: number, witnesses: Witnesses): boolean {
    const [variable] = this.system.rows[row]!.expression.terms.keys();
    if (variable === undefined) return true;
    const component = this.components.find(variable);
    // No program of this component was opened: no point was noted in it.
    const entry = this.models.get(component);
    if (!entry) return true;
    return witnesses.points.every(
      ({ component: at, point }) => at !== component || rowHolds(this.system.rows[row]!, point, entry.local),
    );
  }

  /** Lets a row of the system tie its variables or not (bounds-audit.ts's mendingMove). */
  setRowActive(row: number, active: boolean): void {
    // Applied when next asked (sync): a check answered without a program (bounds-audit.ts's
    // holdable sets) often holds and lets go the same rows in between.
    if (!this.inactive.has(row) === active) this.toggled.delete(row);
    else this.toggled.set(row, active);
  }

  /** Rows let go (setRowActive), as the programs have them now. */
  private readonly inactive = new Set<number>();
  /** Rows to let go or hold again before the next question. */
  private readonly toggled = new Map<number, boolean>();

  private sync(): void {
    for (const [row, active] of this.toggled) this.applyRowActive(row, active);
    this.toggled.clear();
  }

  private applyRowActive(row: number, active: boolean): void {
    if (active) this.inactive.delete(row);
    else this.inactive.add(row);
    const { expression, lower, upper } = this.system.rows[row]!;
    const [variable] = expression.terms.keys();
    if (variable === undefined) return;
    const entry = this.modelOf(this.components.find(variable));
    const local = entry.rows.get(row)!;
    if (active) {
      entry.model.setRowBounds(local, lower - expression.constant, upper - expression.constant);
      // A row that ties again cuts off the points found without it that it does not hold.
      const tied = this.system.rows[row]!;
      entry.pool = entry.pool.filter((point, index) => index === 0 || rowHolds(tied, point, entry.local));
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
      const pool = this.system.truths ? [truth] : [];
      for (const changed of (this.system.truths && this.carried.get(component)?.slice(-(POOL - 1))) || []) {
        const point = Float64Array.from(truth);
        for (const [variable, value] of changed) point[local.get(variable)!] = value;
        pool.push(point);
      }
      entry = {
        model: this.solver.open(problem),
        local,
        rows: new Map(rows.map((r, i) => [r, i])),
        systemRows: rows,
        pool,
      };
      this.models.set(component, entry);
    }
    return entry;
  }
}

/** Does the row hold at a point of its component's program (`local`: the system's variables there)? */
function rowHolds(
  { expression, lower, upper }: SystemRows['rows'][number],
  point: Float64Array,
  local: Map<number, number>,
): boolean {
  let value = expression.constant;
  for (const [v, c] of expression.terms) value += c * point[local.get(v)!]!;
  return value >= lower - EPSILON && value <= upper + EPSILON;
}
