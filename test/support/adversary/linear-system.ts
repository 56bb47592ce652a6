/** The attacker's linear system: columns with bounds (integer or not) and rows lower ≤ Σ c·x ≤ upper. */
export interface Column {
  name: string;
  lower: number;
  upper: number;
  integer: boolean;
}

export type Terms = [column: number, coefficient: number][];

export interface Row {
  terms: Terms;
  lower: number;
  upper: number;
  why: string;
}

export class LinearSystem {
  readonly columns: Column[] = [];
  readonly rows: Row[] = [];
  private readonly byName = new Map<string, number>();

  /** The column called `name`, made on first use with the given bounds (later calls narrow them). */
  column(name: string, lower: number, upper: number, integer: boolean): number {
    const known = this.byName.get(name);
    if (known !== undefined) {
      this.narrow(known, lower, upper);
      return known;
    }
    this.columns.push({ name, lower, upper, integer });
    this.byName.set(name, this.columns.length - 1);
    return this.columns.length - 1;
  }

  find(name: string): number | undefined {
    return this.byName.get(name);
  }

  narrow(column: number, lower: number, upper: number): void {
    const c = this.columns[column]!;
    c.lower = Math.max(c.lower, lower);
    c.upper = Math.min(c.upper, upper);
  }

  /** lower ≤ Σ terms ≤ upper; terms on one column are added up. */
  add(terms: Terms, lower: number, upper: number, why: string): void {
    const merged = new Map<number, number>();
    for (const [column, c] of terms) merged.set(column, (merged.get(column) ?? 0) + c);
    const kept = [...merged].filter(([, c]) => c !== 0);
    if (kept.length === 1) return this.bound(kept[0]![0], kept[0]![1], lower, upper);
    if (kept.length > 0) this.rows.push({ terms: kept, lower, upper, why });
  }

  /** lower ≤ c·x ≤ upper as a bound of x (whole numbers for integer columns). */
  private bound(column: number, c: number, lower: number, upper: number): void {
    let [low, high] = c > 0 ? [lower / c, upper / c] : [upper / c, lower / c];
    if (this.columns[column]!.integer) [low, high] = [Math.ceil(low - 1e-9), Math.floor(high + 1e-9)];
    this.narrow(column, low, high);
  }

  equal(terms: Terms, value: number, why: string): void {
    this.add(terms, value, value, why);
  }
}

/** Whether the true values satisfy every column bound and row: the attacker's premises are true. */
export function violations(
  system: LinearSystem,
  value: (column: Column) => number | undefined,
  tolerance = 1e-6,
) {
  const found: string[] = [];
  const values = system.columns.map(value);
  system.columns.forEach((c, i) => {
    const v = values[i];
    if (v !== undefined && (v < c.lower - tolerance || v > c.upper + tolerance))
      found.push(`${c.name} = ${v} outside [${c.lower}, ${c.upper}]`);
  });
  for (const row of system.rows) {
    if (row.terms.some(([c]) => values[c] === undefined)) continue;
    const sum = row.terms.reduce((s, [c, k]) => s + k * values[c]!, 0);
    const scale = Math.max(1, Math.abs(row.lower), Math.abs(row.upper));
    if (sum < row.lower - tolerance * scale || sum > row.upper + tolerance * scale)
      found.push(`${row.why}: ${sum} outside [${row.lower}, ${row.upper}]`);
  }
  return found;
}
