import { NotFound } from '../../core/errors';

/** A report's year in an address: four digits, or there is no such report (never NaN to the database). */
export function yearParam(raw: string | undefined): number {
  if (!raw || !/^\d{4}$/.test(raw)) throw new NotFound('No such report');
  return Number(raw);
}
