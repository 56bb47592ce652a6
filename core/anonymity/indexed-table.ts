import type { AuditCell } from './audit-cell';
import type { SumRelation } from './sum-relation';
import { rowOfTerms, type SparseRow } from './reduced-row-echelon';

/**
 * A table and its relations by number instead of by id, for the audit's inner loops. Ids a
 * relation names that are not in the table are left out: they are nobody's unknown. `hidden` is
 * the state the audit changes; the rest stays as it was built.
 */
export interface IndexedTable {
  ids: string[];
  n: number[];
  small: boolean[];
  hidden: boolean[];
  /** Per relation: (cell, +1 for the total, −1 for a part), in the relation's order. */
  terms: [number, number][][];
  /** Per cell: the relations it appears in, ascending. */
  relationsOf: number[][];
}

export function indexTable(cells: ReadonlyMap<string, AuditCell>, relations: SumRelation[]): IndexedTable {
  const ids = [...cells.keys()];
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const all = [...cells.values()];
  const relationsOf: number[][] = all.map(() => []);
  const terms = relations.map((relation, r) => {
    const signed: [string, number][] = [
      [relation.total, 1],
      ...relation.parts.map((p): [string, number] => [p, -1]),
    ];
    const indexed = signed.flatMap(([id, sign]): [number, number][] => {
      const index = indexOf.get(id);
      return index === undefined ? [] : [[index, sign]];
    });
    for (const [index] of indexed) if (relationsOf[index]!.at(-1) !== r) relationsOf[index]!.push(r);
    return indexed;
  });
  return {
    ids,
    n: all.map((cell) => cell.n),
    small: all.map((cell) => cell.small),
    hidden: all.map((cell) => cell.suppressed),
    terms,
    relationsOf,
  };
}

/** The relation's row over the hidden cells: `total − Σ parts`, shown cells being constants. */
export function rowOf(table: IndexedTable, relation: number): SparseRow {
  return rowOfTerms(table.terms[relation]!, (index) => table.hidden[index]!);
}
