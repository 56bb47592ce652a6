import type { IndexedTable } from './indexed-table';

const EPSILON = 1e-9;

/** What hiding one more cell changed. */
export interface HidingEffect {
  /** Small cells disclosed now that were not: the hidden cell itself, if its sums pin it. */
  disclosed: number[];
  /** Small cells that were disclosed and are not now. */
  undisclosed: number[];
  /** Relations whose part of the solution changed: only a cell in one of them scores differently now. */
  relations: number[];
}

/**
 * The linear system of a table's hidden cells — an unknown per hidden cell, a row per relation —
 * kept solved while cells are hidden one at a time, so that neither hiding a cell nor asking what
 * hiding it would do solves anything again.
 *
 * It keeps the row operations E (E·A = R, one row per relation, invertible) instead of the reduced
 * rows R, and per row of R whether it is zero (a dependency among the sums) or the one unknown it
 * pins (its row is that unknown alone). Hiding a cell adds a column a to A, and E·a tells the rest
 * (Rouché–Capelli): if it is non-zero on a zero row, the sums now pin the new unknown and nothing
 * else changes — that row becomes its pivot row; otherwise nothing pins it, and a pinned unknown
 * whose row has E·a ≠ 0 is free from now on (the row holds the new unknown too, and rows never lose
 * an entry). Which unknowns are pinned is a property of the system, not of how it was reduced, so
 * this gives what Gauss–Jordan on the whole table gives (disclosedCells).
 */
export class HiddenSystem {
  private readonly rowsOfE: Map<number, number>[]; // per row: relation → factor
  private readonly usesOf: Map<number, number>[]; // per relation: row → factor (E by column)
  private readonly zero: boolean[];
  private readonly pinned: number[]; // per row: the unknown it pins, or −1
  private readonly rowPinning = new Map<number, number>(); // per pinned unknown: its row
  private readonly coefficientsOf: [number, number][][]; // per cell: (relation, net coefficient ≠ 0)
  disclosedCount = 0;

  constructor(private readonly table: IndexedTable) {
    this.rowsOfE = table.terms.map((_, r) => new Map([[r, 1]]));
    this.usesOf = table.terms.map((_, r) => new Map([[r, 1]]));
    this.zero = table.terms.map(() => true);
    this.pinned = table.terms.map(() => -1);
    this.coefficientsOf = table.relationsOf.map((relations, cell) =>
      relations
        .map((r): [number, number] => [r, coefficientIn(table.terms[r]!, cell)])
        .filter(([, a]) => a !== 0),
    );
    table.hidden.forEach((hidden, cell) => {
      if (hidden) this.addUnknown(cell);
    });
  }

  /** The hidden small cells the shown cells and the relations determine. */
  disclosed(): number[] {
    return this.pinned.filter((cell) => cell >= 0 && this.table.small[cell]);
  }

  /** The relations that, added up with factors, pin the cell: hiding a shown cell in one may free it. */
  relationsPinning(cell: number): number[] {
    const row = this.rowPinning.get(cell);
    return row === undefined ? [] : [...this.rowsOfE[row]!.keys()];
  }

  /** How many more small cells would be disclosed with `cell` hidden too (negative: fewer). */
  changeIfHidden(cell: number): number {
    const image = this.imageOf(cell);
    for (const row of image.keys()) if (this.zero[row]) return this.table.small[cell] ? 1 : 0;
    let freed = 0;
    for (const row of image.keys())
      if (this.pinned[row]! >= 0 && this.table.small[this.pinned[row]!]) freed++;
    return freed === 0 ? 0 : -freed; // not −0
  }

  hide(cell: number): HidingEffect {
    this.table.hidden[cell] = true;
    return this.addUnknown(cell);
  }

  private addUnknown(cell: number): HidingEffect {
    const image = this.imageOf(cell);
    let pivot = -1; // the zero row with the largest entry of E·a, the first of equals
    for (const [row, value] of image)
      if (this.zero[row] && (pivot < 0 || Math.abs(value) > Math.abs(image.get(pivot)!))) pivot = row;
    const effect: HidingEffect = { disclosed: [], undisclosed: [], relations: [] };
    if (pivot < 0) {
      for (const row of image.keys()) {
        const freed = this.pinned[row]!;
        if (freed < 0) continue;
        this.pinned[row] = -1;
        this.rowPinning.delete(freed);
        if (this.table.small[freed]) effect.undisclosed.push(freed);
        effect.relations.push(...this.rowsOfE[row]!.keys());
      }
    } else {
      // New rows of E hold no relation that the pivot row or their old row did not.
      for (const row of image.keys()) effect.relations.push(...this.rowsOfE[row]!.keys());
      this.scale(pivot, 1 / image.get(pivot)!);
      for (const [row, value] of image) if (row !== pivot) this.addScaled(row, pivot, -value);
      this.zero[pivot] = false;
      this.pinned[pivot] = cell;
      this.rowPinning.set(cell, pivot);
      if (this.table.small[cell]) effect.disclosed.push(cell);
    }
    this.disclosedCount += effect.disclosed.length - effect.undisclosed.length;
    effect.relations = [...new Set(effect.relations)].sort((a, b) => a - b);
    return effect;
  }

  /** E·a, a being the cell's column of A; entries that are zero left out. */
  private imageOf(cell: number): Map<number, number> {
    const image = new Map<number, number>();
    for (const [relation, coefficient] of this.coefficientsOf[cell]!)
      for (const [row, factor] of this.usesOf[relation]!)
        image.set(row, (image.get(row) ?? 0) + coefficient * factor);
    for (const [row, value] of image) if (Math.abs(value) < EPSILON) image.delete(row);
    return image;
  }

  private scale(row: number, factor: number): void {
    for (const [relation, value] of this.rowsOfE[row]!) {
      this.rowsOfE[row]!.set(relation, factor * value);
      this.usesOf[relation]!.set(row, factor * value);
    }
  }

  /** Row `target` of E += factor × row `source`. */
  private addScaled(target: number, source: number, factor: number): void {
    for (const [relation, value] of this.rowsOfE[source]!) {
      const next = (this.rowsOfE[target]!.get(relation) ?? 0) + factor * value;
      if (Math.abs(next) < EPSILON) {
        this.rowsOfE[target]!.delete(relation);
        this.usesOf[relation]!.delete(target);
      } else {
        this.rowsOfE[target]!.set(relation, next);
        this.usesOf[relation]!.set(target, next);
      }
    }
  }
}

function coefficientIn(terms: [number, number][], cell: number): number {
  const sum = terms.reduce((total, [index, sign]) => (index === cell ? total + sign : total), 0);
  return Math.abs(sum) < EPSILON ? 0 : sum;
}
