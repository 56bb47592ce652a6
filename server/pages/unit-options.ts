import type { TreeRow } from '../../core/org/org-tree';
import { html, type SafeHtml } from './html';

/** The organisation tree as <option>s, indented by depth, for choosing one unit. */
export function unitOptions(units: TreeRow[], selectedId: string): SafeHtml[] {
  return units.map(
    ({ unit, depth }) =>
      html`<option value="${unit.id}" ${unit.id === selectedId ? 'selected' : ''}>
        ${'\u00a0\u00a0'.repeat(depth)}${unit.name}
      </option>`,
  );
}
