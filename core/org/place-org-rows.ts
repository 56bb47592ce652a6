import type { UnitKind } from './org-unit';
import type { ImportIssue, OrgCsvRow } from './org-csv-rows';
import type { ExistingUnit, OrgImportPlan, ParentRef, UnitChanges } from './org-import-plan';
import { childKindOf, mayContain } from './unit-kinds';

/** How the file heads the columns, for messages. */
export type Headings = Record<'code' | 'kind' | 'parent_code', string>;

/** How a row's children find it: the unit it is (or becomes), its kind and its name. */
interface Place {
  ref: ParentRef;
  unitId?: string;
  kind: UnitKind;
  label: string;
}

const labelOf = (unit: { name: string; code: string | null }) =>
  unit.code ? `${unit.name} (${unit.code})` : unit.name;
const withArticle = (kind: UnitKind) =>
  kind === 'area' || kind === 'institution' ? `an ${kind}` : `a ${kind}`;
const sameName = (x: string, y: string) => x.localeCompare(y, 'da', { sensitivity: 'accent' }) === 0;
// The tree has four levels; a longer chain of parents in a file is a mistake, whatever its kinds.
const DEEPEST_CHAIN = 8;

/**
 * Places each row in the tree: a unit to create, a unit to update (matched by code, or an uncoded
 * unit of the same name and kind under the same parent, which takes the code) or one that is
 * already as the file says. Units are never moved or given another kind by an import: indicator
 * values already computed for a parent add up its subtree as it was, so a move would leave the
 * old and new parents' figures (and their anonymity checks) wrong until every round is recomputed.
 */
export function placeOrgRows(
  rows: OrgCsvRow[],
  existing: ExistingUnit[],
  context: { headings: Headings; rejectedCodes: Set<string> },
): OrgImportPlan {
  return new Placement(existing, context.headings, context.rejectedCodes).placeAll(rows);
}

class Placement {
  private readonly plan: OrgImportPlan = { issues: [], creates: [], updates: [], unchanged: 0 };
  private readonly root: ExistingUnit;
  private readonly unitById: Map<string, ExistingUnit>;
  private readonly unitByCode: Map<string, ExistingUnit>;
  private readonly uncodedByParent = new Map<string, ExistingUnit[]>();
  private readonly rowByCode = new Map<string, OrgCsvRow>();
  private readonly placed = new Map<OrgCsvRow, Place | null>();
  private readonly visiting: OrgCsvRow[] = [];
  private readonly claimed = new Set<string>();

  constructor(
    existing: ExistingUnit[],
    private readonly headings: Headings,
    private readonly rejectedCodes: Set<string>,
  ) {
    const root = existing.find((u) => u.parentId === null && u.kind === 'municipality');
    if (!root) throw new Error('the organisation has no municipality unit');
    this.root = root;
    this.unitById = new Map(existing.map((u) => [u.id, u]));
    this.unitByCode = new Map(existing.filter((u) => u.code !== null).map((u) => [u.code!, u]));
    for (const unit of existing) {
      if (unit.code !== null || unit.parentId === null) continue;
      this.uncodedByParent.set(unit.parentId, [...(this.uncodedByParent.get(unit.parentId) ?? []), unit]);
    }
  }

  placeAll(rows: OrgCsvRow[]): OrgImportPlan {
    for (const row of rows) {
      const first = this.rowByCode.get(row.code);
      if (!first) this.rowByCode.set(row.code, row);
      else this.issue(row, this.headings.code, `the code ${row.code} is also on line ${first.line}`);
    }
    for (const row of this.rowByCode.values()) {
      if (row.kind !== 'municipality') continue;
      const message = `the municipality itself is not imported; put areas directly under it with an empty ${this.headings.parent_code}`;
      this.issue(row, this.headings.kind, message);
      this.placed.set(row, null);
    }
    for (const row of this.rowByCode.values()) this.place(row);
    return this.plan;
  }

  private issue(row: OrgCsvRow, field: string, message: string): void {
    this.plan.issues.push({ line: row.line, field, message } satisfies ImportIssue);
  }

  /** Parents first (depth first through the file), remembering each row's place. */
  private place(row: OrgCsvRow): Place | null {
    if (this.placed.has(row)) return this.placed.get(row)!;
    if (this.visiting.length >= DEEPEST_CHAIN) {
      const message = 'the chain of parents is deeper than the tree (municipality, area, institution, group)';
      this.issue(row, this.headings.parent_code, message);
      this.placed.set(row, null);
      return null;
    }
    this.visiting.push(row);
    const parent = this.placeOfParent(row);
    this.visiting.pop();
    const result = parent && this.placeUnder(row, parent);
    this.placed.set(row, result);
    return result;
  }

  private placeOfParent(row: OrgCsvRow): Place | null {
    if (row.parentCode === null) return placeOfUnit(this.root);
    const parentRow = this.rowByCode.get(row.parentCode);
    if (parentRow) {
      const at = this.visiting.indexOf(parentRow);
      if (at < 0) return this.place(parentRow);
      const cycle = [...this.visiting.slice(at), parentRow].map((r) => r.code).join(' → ');
      for (const r of this.visiting.slice(at))
        this.issue(r, this.headings.parent_code, `the parents form a cycle: ${cycle}`);
      return null;
    }
    const unit = this.unitByCode.get(row.parentCode);
    if (unit) return placeOfUnit(unit);
    if (!this.rejectedCodes.has(row.parentCode)) {
      const message = `no unit has the code ${row.parentCode}, in the file or in the organisation`;
      this.issue(row, this.headings.parent_code, message);
    }
    return null;
  }

  private placeUnder(row: OrgCsvRow, parent: Place): Place | null {
    const unit = this.unitByCode.get(row.code) ?? this.adoptable(row, parent);
    if (unit && unit.kind !== row.kind) {
      const message = `${row.code} is ${withArticle(unit.kind)} in the organisation; an import does not change a unit's kind`;
      this.issue(row, this.headings.kind, message);
      return null;
    }
    if (!mayContain(parent.kind, row.kind)) {
      this.issue(row, this.headings.kind, this.misplacedMessage(row, parent));
      return null;
    }
    if (!unit) return this.planCreate(row, parent);
    this.claimed.add(unit.id);
    if (unit.parentId !== parent.unitId) {
      const under = this.unitById.get(unit.parentId ?? '');
      const message = `${row.code} is under ${under ? labelOf(under) : 'another unit'}; an import does not move units (figures already computed for both parents count it where it is)`;
      this.issue(row, this.headings.parent_code, message);
      return null;
    }
    this.planUpdate(row, unit);
    return placeOfUnit({ ...unit, code: row.code });
  }

  private misplacedMessage(row: OrgCsvRow, parent: Place): string {
    const fits = childKindOf(parent.kind);
    const hint = fits
      ? `only ${withArticle(fits)} goes under ${withArticle(parent.kind)}`
      : 'nothing goes under a group';
    const where = row.parentCode === null ? `; give it a ${this.headings.parent_code}` : '';
    return `${withArticle(row.kind)} cannot be under ${parent.label}: ${hint}${where}`;
  }

  /** An uncoded unit the row names, under the same parent: a tree built before units had codes. */
  private adoptable(row: OrgCsvRow, parent: Place): ExistingUnit | undefined {
    if (!parent.unitId) return undefined;
    const matches = (this.uncodedByParent.get(parent.unitId) ?? []).filter(
      (u) => u.kind === row.kind && sameName(u.name, row.name) && !this.claimed.has(u.id),
    );
    return matches.length === 1 ? matches[0] : undefined;
  }

  private planCreate(row: OrgCsvRow, parent: Place): Place {
    const { line, code, name, kind } = row;
    const [grade, population] = [row.grade ?? null, row.population ?? null];
    const [families, employees] = [row.families ?? null, row.employees ?? null];
    const create = {
      line,
      code,
      name,
      kind,
      parent: parent.ref,
      parentLabel: parent.label,
      grade,
      population,
      families,
      employees,
    };
    this.plan.creates.push(create);
    return { ref: { code }, kind, label: `${name} (${code})` };
  }

  private planUpdate(row: OrgCsvRow, unit: ExistingUnit): void {
    const changes: UnitChanges = {};
    if (unit.name !== row.name) changes.name = row.name;
    if (unit.code !== row.code) changes.code = row.code;
    if (row.grade !== undefined && row.grade !== unit.grade) changes.grade = row.grade;
    if (row.population !== undefined && row.population !== unit.population)
      changes.population = row.population;
    if (row.families !== undefined && row.families !== unit.families) changes.families = row.families;
    if (row.employees !== undefined && row.employees !== unit.employees) changes.employees = row.employees;
    if (Object.keys(changes).length === 0) this.plan.unchanged++;
    else
      this.plan.updates.push({ line: row.line, unitId: unit.id, code: row.code, name: unit.name, changes });
  }
}

function placeOfUnit(unit: ExistingUnit): Place {
  return { ref: { unitId: unit.id }, unitId: unit.id, kind: unit.kind, label: labelOf(unit) };
}
