import type { ExportTable } from '../exports/export-table';
import type { MonthIndex } from '../sick-leave/month-index';
import type { MeasuredDefinition } from './measured-definition';
import { MEASURED_TEMPLATE_COLUMNS } from './measured-import-columns';
import { MEASURED_LIBRARY } from './measured-library';
import { periodHolding } from './measured-period';

/** Plausible numbers for each kind: 47 of 50 lessons, 3 falls in 2,790 days, 96 days over 4 places. */
const EXAMPLE: Record<MeasuredDefinition['kind'], [number, number | null, number]> = {
  share: [470, 500, 12],
  rate: [3, 2790, 31],
  mean: [96, 4, 4],
  count: [7, null, 40],
};

/**
 * The file format with example rows: the municipality's first two indicators (the library's when
 * it has none yet), each in the period of its grain holding `exampleMonth`, one at a unit with a
 * code and one for the whole municipality (an empty unit code).
 */
export function measuredTemplate(
  definitions: readonly MeasuredDefinition[],
  units: readonly { code: string | null }[],
  exampleMonth: MonthIndex,
): ExportTable {
  const shown = (definitions.length ? definitions : MEASURED_LIBRARY).slice(0, 2);
  const code = units.find((u) => u.code !== null)?.code ?? 'UNIT-CODE';
  const count = (n: number) => ({ number: n, format: 'count' as const });
  const rows = shown.map((definition, i) => {
    const [numerator, denominator, persons] = EXAMPLE[definition.kind];
    return [
      definition.key,
      i === 0 ? code : '',
      periodHolding(definition.grain, exampleMonth).key,
      count(numerator),
      denominator === null ? '' : count(denominator),
      count(persons),
    ];
  });
  return { title: 'Measured indicators', headers: [...MEASURED_TEMPLATE_COLUMNS], rows };
}
