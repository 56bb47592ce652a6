import type { UnitKind } from './org-unit';

/**
 * The levels of the tree, each directly below the one before: municipality → area → institution
 * → group. Goals "for each institution", roll-ups and reports read a unit's level from its kind,
 * so a school directly under the municipality or a class under an area would be counted wrong.
 */
const CHILD_KIND: Record<UnitKind, UnitKind | null> = {
  municipality: 'area',
  area: 'institution',
  institution: 'group',
  group: null,
};

/** The kind of unit that goes directly under a unit of `parentKind`; null for a group. */
export function childKindOf(parentKind: UnitKind): UnitKind | null {
  return CHILD_KIND[parentKind];
}

export function mayContain(parentKind: UnitKind, childKind: UnitKind): boolean {
  return CHILD_KIND[parentKind] === childKind;
}
