import type { IndicatorFacts } from './instrument-knowledge';
import type { LinearSystem, Terms } from './linear-system';
import type { RoundModel } from './round-model';

/** What an amount column counts: a share's k (integer, 0..n) or a mean's sum (n·min..n·max). */
export interface AmountMeta {
  n: number;
  kind: 'share' | 'mean';
  min: number;
  max: number;
}

/**
 * The unknowns of one round at one moment, made on first use: per unit and group, n for each set
 * of respondents and the amount (k or sum) for each thing counted among them. Names carry the
 * moment first (`m0#…`) so the same cell at two moments can be paired.
 */
export class CellVariables {
  constructor(
    readonly system: LinearSystem,
    readonly moment: number,
    readonly model: RoundModel,
    readonly amountMeta: Map<number, AmountMeta>,
  ) {}

  private prefix(unitId: string, group: string) {
    return `m${this.moment}#${this.model.roundId}|${unitId}|${group}`;
  }

  n(unitId: string, respondents: string, group: string, role = 'n'): number {
    const cap = role === 'own' ? (this.model.ownAnswers.get(unitId) ?? 0) : this.capOf(unitId);
    return this.system.column(`${this.prefix(unitId, group)}|${role}|${respondents}`, 0, cap, true);
  }

  amount(unitId: string, facts: IndicatorFacts, group: string, role = 'n'): number {
    const name = `${this.prefix(unitId, group)}|${role}|${facts.amount}`;
    const known = this.system.find(name);
    if (known !== undefined) return known;
    const n = this.n(unitId, facts.respondents, group, role);
    const share = facts.kind === 'share';
    const cap = this.capOf(unitId);
    const column = share
      ? this.system.column(name, 0, cap, true)
      : this.system.column(
          name,
          Math.min(0, facts.scale.min * cap),
          Math.max(0, facts.scale.max * cap),
          false,
        );
    const meta: AmountMeta = share
      ? { n, kind: 'share', min: 0, max: 1 }
      : { n, kind: 'mean', min: facts.scale.min, max: facts.scale.max };
    this.amountMeta.set(column, meta);
    // share: 0 ≤ k ≤ n; mean: n·min ≤ sum ≤ n·max (every respondent's score lies on the scale).
    this.system.add(
      [
        [column, 1],
        [n, -meta.min],
      ],
      0,
      Infinity,
      `${name} ≥ n·min`,
    );
    this.system.add(
      [
        [column, 1],
        [n, -meta.max],
      ],
      -Infinity,
      0,
      `${name} ≤ n·max`,
    );
    return column;
  }

  /** Everyone in a unit's subtree answered through a link the response-rate view counts. */
  private capOf(unitId: string): number {
    const cap = this.model.subtreeAnswers.get(unitId);
    return cap === undefined || cap === Infinity ? 1e6 : cap;
  }
}

export const sum = (columns: number[], coefficient = 1): Terms => columns.map((c) => [c, coefficient]);
