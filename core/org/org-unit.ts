export type UnitKind = 'municipality' | 'area' | 'institution' | 'group';

/** A node of a municipality's organisation tree. `path` lists the ids from the root: '/a/b/c/'. */
export interface OrgUnit {
  id: string;
  municipalityId: string;
  parentId: string | null;
  path: string;
  kind: UnitKind;
  sector: string | null;
  name: string;
  grade: number | null;
}

/** Ids from the root down to the unit itself. */
export function pathIds(path: string): string[] {
  return path.split('/').filter((id) => id.length > 0);
}

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}
