import type { MeasuredPeriodChoice } from '../api/measured-types';
import { BASE } from '../routing/router';

export const MEASURED_HREF = `${BASE}/measured`;
export const MEASURED_IMPORT_HREF = `${BASE}/measured/import`;

/** /app/measured/<key>[?period=year]: the indicator's own grain is the default and is left out. */
export function measuredFiguresHref(key: string, period: MeasuredPeriodChoice = 'own'): string {
  return `${MEASURED_HREF}/${encodeURIComponent(key)}${period === 'own' ? '' : '?period=year'}`;
}

export const measuredImportHref = (id: string) => `${MEASURED_IMPORT_HREF}?import=${encodeURIComponent(id)}`;
