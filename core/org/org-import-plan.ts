import type { ImportIssue } from './org-csv-rows';
import type { UnitKind } from './org-unit';

/** A unit of the municipality as the import compares rows with it. */
export interface ExistingUnit {
  id: string;
  parentId: string | null;
  kind: UnitKind;
  name: string;
  code: string | null;
  grade: number | null;
  population: number | null;
  families: number | null;
  employees: number | null;
}

/** Where a new unit goes: under a unit that exists, or under one created earlier in the same import. */
export type ParentRef = { unitId: string } | { code: string };

export interface PlannedCreate {
  line: number;
  code: string;
  name: string;
  kind: UnitKind;
  parent: ParentRef;
  parentLabel: string;
  grade: number | null;
  population: number | null;
  families: number | null;
  employees: number | null;
}

export interface UnitChanges {
  name?: string;
  code?: string;
  grade?: number;
  population?: number;
  families?: number;
  employees?: number;
}

export interface PlannedUpdate {
  line: number;
  unitId: string;
  code: string;
  /** The name before the change. */
  name: string;
  changes: UnitChanges;
}

export interface PlacedRows {
  issues: ImportIssue[];
  /** Parents before children, so each is created after the unit it goes under. */
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: number;
}

/**
 * What an organisation import would do. With any issue it does nothing: a file is applied whole
 * or not at all. Units that are not in the file are kept.
 */
export interface OrgImportPlan {
  issues: ImportIssue[];
  /** Parents before children, so each is created after the unit it goes under. */
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  /** Rows that match a unit exactly as it is. */
  unchanged: number;
}
