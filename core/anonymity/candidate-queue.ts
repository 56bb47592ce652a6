import type { HiddenSystem, HidingEffect } from './hidden-system';
import type { IndexedTable } from './indexed-table';
import { MinHeap } from './min-heap';

interface Scored {
  cell: number;
  /** Change in the number of small cells disclosed if this cell is hidden too. */
  change: number;
  n: number;
  id: string;
}

/** A score in the heap; only the cell's latest version counts. */
interface Entry extends Scored {
  version: number;
}

/** Fewest small groups left solvable; then the smallest (classes go before schools and goals); then id. */
const before = (a: Scored, b: Scored) =>
  a.change !== b.change ? a.change < b.change : a.n !== b.n ? a.n < b.n : a.id < b.id;

/**
 * The cells the audit may hide next, best first. A candidate is a shown cell with respondents in a
 * sum with a disclosed cell, or in a sum with a hidden cell that shares a sum with one (a class
 * total behind a school's hidden grade). Each disclosed cell keeps the candidates near it, and a
 * candidate's score changes only where hiding a cell changed the solution (HidingEffect.relations),
 * so one hide rescores a few cells instead of every candidate of the table.
 */
export class CandidateQueue {
  private readonly nearOf = new Map<number, number[]>(); // per disclosed cell
  private readonly nearCount: number[]; // per cell: near how many disclosed cells
  private readonly version: number[]; // per cell: its latest score in the heap
  private readonly latest: (number | undefined)[]; // per cell: that score, while it is in the heap
  private readonly heap = new MinHeap<Entry>(before);

  constructor(
    private readonly table: IndexedTable,
    private readonly system: HiddenSystem,
  ) {
    this.nearCount = table.ids.map(() => 0);
    this.version = table.ids.map(() => 0);
    this.latest = table.ids.map(() => undefined);
    const toScore = new Set<number>();
    for (const cell of system.disclosed()) this.add(cell, toScore);
    toScore.forEach((cell) => this.score(cell));
  }

  /**
   * The candidate that leaves the fewest small groups solvable (see `before`), if any. Where no
   * shown cell is near what is disclosed — its sums run through more hidden cells than the
   * neighbourhood reaches — the shown cells of the sums that pin a disclosed cell are the candidates.
   */
  best(): number | undefined {
    return this.bestNear() ?? this.bestPinning();
  }

  private bestNear(): number | undefined {
    for (let top = this.heap.peek(); top !== undefined; top = this.heap.peek()) {
      const { cell, version } = top;
      const current = version === this.version[cell];
      if (current && this.nearCount[cell]! > 0 && !this.table.hidden[cell]) return cell;
      if (current) this.latest[cell] = undefined; // out of the heap now
      this.heap.pop();
    }
    return undefined;
  }

  private bestPinning(): number | undefined {
    const { terms, hidden, n, ids } = this.table;
    const cells = new Set<number>();
    for (const disclosed of this.nearOf.keys())
      for (const r of this.system.relationsPinning(disclosed))
        for (const [cell] of terms[r]!) if (!hidden[cell] && n[cell]! > 0) cells.add(cell);
    const scored = [...cells].map((cell) => ({
      cell,
      change: this.system.changeIfHidden(cell),
      n: n[cell]!,
      id: ids[cell]!,
    }));
    return scored.reduce<Scored | undefined>(
      (best, s) => (best === undefined || before(s, best) ? s : best),
      undefined,
    )?.cell;
  }

  /** Catches up with HiddenSystem.hide(cell), which had this effect. */
  afterHiding(cell: number, effect: HidingEffect): void {
    const toScore = new Set<number>();
    for (const gone of effect.undisclosed) this.remove(gone);
    // A disclosed cell in a sum with the cell just hidden now reaches one sum further.
    const stale = new Set<number>();
    for (const r of this.table.relationsOf[cell]!)
      for (const [member] of this.table.terms[r]!) if (this.nearOf.has(member)) stale.add(member);
    for (const disclosed of [...stale, ...effect.disclosed]) {
      this.remove(disclosed);
      this.add(disclosed, toScore);
    }
    for (const r of effect.relations)
      for (const [member] of this.table.terms[r]!) if (this.nearCount[member]! > 0) toScore.add(member);
    for (const candidate of toScore) if (!this.table.hidden[candidate]) this.score(candidate);
  }

  private add(disclosed: number, toScore: Set<number>): void {
    const near = this.nearCells(disclosed);
    this.nearOf.set(disclosed, near);
    for (const cell of near) if (this.nearCount[cell]!++ === 0) toScore.add(cell);
  }

  private remove(disclosed: number): void {
    for (const cell of this.nearOf.get(disclosed) ?? []) this.nearCount[cell]!--;
    this.nearOf.delete(disclosed);
  }

  private nearCells(disclosed: number): number[] {
    const { relationsOf, terms, hidden, n } = this.table;
    const near = new Set<number>();
    for (const r of relationsOf[disclosed]!)
      for (const [other] of terms[r]!) {
        near.add(other);
        if (!hidden[other] || other === disclosed) continue;
        for (const second of relationsOf[other]!) for (const [further] of terms[second]!) near.add(further);
      }
    return [...near].filter((cell) => !hidden[cell] && n[cell]! > 0);
  }

  /** Puts the cell's score in the heap, unless the score there already is the same. */
  private score(cell: number): void {
    const change = this.system.changeIfHidden(cell);
    if (this.latest[cell] === change) return;
    const version = ++this.version[cell]!;
    this.latest[cell] = change;
    this.heap.push({ cell, change, n: this.table.n[cell]!, id: this.table.ids[cell]!, version });
  }
}
