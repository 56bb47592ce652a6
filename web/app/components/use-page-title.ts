import { useEffect } from 'preact/hooks';

/** The tab's title names the view, so that history and tabs tell the drill-downs apart. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Målbar`;
  }, [title]);
}
