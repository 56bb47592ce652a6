import type { Granularity } from '../api/sick-leave-types';
import { BASE } from '../routing/router';

/** /app/sick-leave[/<unit>][?granularity=…]: month is the default and is left out. */
export function sickLeaveHref(unitId: string | null, granularity: Granularity): string {
  const unit = unitId ? `/${encodeURIComponent(unitId)}` : '';
  return `${BASE}/sick-leave${unit}${granularity === 'month' ? '' : `?granularity=${granularity}`}`;
}

/** The API's query for the same table. */
export function sickLeaveQuery(unitId: string | null, granularity: Granularity): string {
  return `granularity=${granularity}${unitId ? `&unitId=${encodeURIComponent(unitId)}` : ''}`;
}
