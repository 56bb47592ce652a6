import { useState } from 'preact/hooks';
import type { GoalOverview, OverviewRow } from '../api/api-types';
import { fetchJson } from '../api/fetch-json';
import { goalStatusUrl } from './tree-rows';

/**
 * The heatmap's rows: the first page came with the overview; a subtree longer than a page (an area
 * of many schools' classes) is read on, page by page, when the reader asks for more.
 */
export function useMoreRows(overview: GoalOverview, unitId: string | null) {
  const [rows, setRows] = useState<OverviewRow[]>(overview.rows);
  const [next, setNext] = useState(overview.page.next);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const load = () => {
    if (next === null || loading) return;
    setLoading(true);
    setFailure(null);
    fetchJson<GoalOverview>(goalStatusUrl(unitId, next)).then(
      (page) => {
        setRows((shown) => [...shown, ...page.rows]);
        setNext(page.page.next);
        setLoading(false);
      },
      (error: Error) => {
        setFailure(error.message);
        setLoading(false);
      },
    );
  };
  return { rows, next, loading, failure, load };
}
