import { orderTree } from '../../../core/org/org-tree';
import type { OrgUnit } from '../../../core/org/org-unit';
import { takeWithinBudget, treeWindow } from '../../../core/org/tree-window';

/** A municipality, two areas, two schools in the first, two classes in each school. */
function unit(id: string, parent: OrgUnit | null, kind: OrgUnit['kind']): OrgUnit {
  return {
    id,
    municipalityId: 'm',
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    kind,
    sector: null,
    name: id,
    grade: null,
  };
}
const root = unit('root', null, 'municipality');
const north = unit('north', root, 'area');
const south = unit('south', root, 'area');
const a = unit('school-a', north, 'institution');
const b = unit('school-b', north, 'institution');
const classes = [a, a, b, b].map((s, i) => unit(`${s.id}-class-${i % 2}`, s, 'group'));
const tree = orderTree(root, [root, north, south, a, b, ...classes]);
const ids = (rows: { unit: OrgUnit }[]) => rows.map((r) => r.unit.id);

describe('treeWindow: the part of the tree one screen shows', () => {
  it('when no unit is asked, then the whole tree from its top, with the top as the path', () => {
    const window = treeWindow(tree, { offset: 0, limit: 100 })!;
    expect(ids(window.rows)).toEqual(ids(tree));
    expect(ids(window.path)).toEqual(['root']);
    expect(window).toMatchObject({ total: 9, next: null });
  });

  it('when a unit is asked two levels down, then its subtree to that depth and the path from the top to it', () => {
    const window = treeWindow(tree, { unitId: 'north', levels: 1, offset: 0, limit: 100 })!;
    expect(ids(window.rows)).toEqual(['north', 'school-a', 'school-b']);
    expect(ids(window.path)).toEqual(['root', 'north']);
    const classesToo = treeWindow(tree, { unitId: 'north', levels: 2, offset: 0, limit: 100 })!;
    expect(ids(classesToo.rows)[0]).toBe('north');
    expect(ids(classesToo.rows).sort()).toEqual(
      ['north', 'school-a', 'school-b', ...classes.map((c) => c.id)].sort(),
    );
    expect(classesToo.total).toBe(7);
    expect(ids(treeWindow(tree, { unitId: 'south', offset: 0, limit: 100 })!.rows)).toEqual(['south']);
  });

  it('when the subtree is longer than a page, then pages follow one another with the offset of the next, none on the last', () => {
    const pages = [0, 3, 6].map((offset) => treeWindow(tree, { offset, limit: 3 })!);
    expect(pages.map((p) => p.next)).toEqual([3, 6, null]);
    expect(pages.flatMap((p) => ids(p.rows))).toEqual(ids(tree));
    expect(pages.every((p) => ids(p.path).join() === 'root')).toBe(true);
    expect(treeWindow(tree, { offset: 20, limit: 3 })!.rows).toEqual([]);
  });

  it('when the unit is not in the tree, then there is no window', () => {
    expect(treeWindow(tree, { unitId: 'elsewhere', offset: 0, limit: 10 })).toBeNull();
    expect(treeWindow([], { offset: 0, limit: 10 })).toBeNull();
  });
});

describe('takeWithinBudget: a page that ends before it grows past its bytes', () => {
  const length = (text: string) => text.length;
  it('when the items fit, then all; when not, then the first ones that fit, never none', () => {
    expect(takeWithinBudget(['aa', 'bb', 'cc'], length, 6)).toEqual(['aa', 'bb', 'cc']);
    expect(takeWithinBudget(['aa', 'bb', 'cc'], length, 5)).toEqual(['aa', 'bb']);
    expect(takeWithinBudget(['aaaaaaaa', 'b'], length, 5)).toEqual(['aaaaaaaa']);
    expect(takeWithinBudget([], length, 5)).toEqual([]);
  });
});
