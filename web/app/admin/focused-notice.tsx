import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The result of an action, focused when it appears, so a keyboard or screen-reader user hears
 * what happened and goes on from there. `role` alert for refusals, status for success.
 */
export function FocusedNotice({
  role,
  class: className,
  children,
  token,
}: {
  role: 'status' | 'alert';
  class: string;
  children: ComponentChildren;
  /** Changes with each new result, to focus it again. */
  token: unknown;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [token]);
  return (
    <div ref={ref} role={role} class={className} tabIndex={-1} data-keeps-focus>
      {children}
    </div>
  );
}
