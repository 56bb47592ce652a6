import type { ComponentChildren } from 'preact';

/**
 * A table wider than a phone scrolls inside its own box, not the page. The box is a named region
 * in the tab order, so a keyboard user can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
