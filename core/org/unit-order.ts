const collator = new Intl.Collator('da', { numeric: true });

/**
 * School by school, and 2.A before 10.A within one: how lists of a round's units read (ids in a
 * path are random, so the tree's own order means nothing to a reader). Two parents of one name
 * stay apart by id.
 */
export const byParentThenName = (
  a: { parentId?: string | null; parentName: string | null; unitName: string },
  b: { parentId?: string | null; parentName: string | null; unitName: string },
): number =>
  collator.compare(a.parentName ?? '', b.parentName ?? '') ||
  (a.parentId ?? '').localeCompare(b.parentId ?? '') ||
  collator.compare(a.unitName, b.unitName);

export const byName = (a: { name: string }, b: { name: string }): number => collator.compare(a.name, b.name);
