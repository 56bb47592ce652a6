import { InvalidDefinition } from '../../errors';

/** A non-negative whole-number property (rowCount, minPanelCount …), or `fallback` when absent. */
export function countProperty(
  element: Record<string, unknown>,
  key: string,
  fallback: number,
  where: { source: string; name: string },
): number {
  const value = element[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new InvalidDefinition(where.source, where.name, `${key} must be a whole number of 0 or more`);
  return value;
}
