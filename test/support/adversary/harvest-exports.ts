import { cellKey } from './published-view';
import type { Body, ReaderClient } from './reader-client';
import { record, type Snapshot } from './snapshot';

/**
 * Each unit's CSV export (English, so `,` and a decimal point): rounded numbers, but a number
 * the JSON hides and the file shows would be a number the attacker has.
 */
export async function harvestUnitExports(
  client: ReaderClient,
  snapshot: Snapshot,
  pages: Map<string, Body>,
): Promise<void> {
  for (const [unitId, page] of pages) {
    const csv = await client.text(`/api/exports/units/${unitId}/indicators.csv?lang=en`);
    if (!csv) continue;
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
    const column = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      const cell = locate(
        page,
        row[column('Round')!]!,
        row[column('Indicator')]!,
        row[column('Breakdown')]!,
        row[column('Group')]!,
      );
      if (!cell) continue;
      const n = Number(row[column('n')]);
      const shown = Number(row[column('Value')]);
      const key = cellKey(cell.roundId, unitId, cell.indicatorKey, cell.group);
      if (row[column('n')] && Number.isFinite(shown)) {
        const percent = row[column('Measured in')] === 'percent';
        const value = percent ? shown / 100 : shown;
        const tolerance = (percent ? 0.0005 : cell.unit === 'index' ? 0.05 : 0.005) + 1e-9;
        record(snapshot, key, {
          state: 'shown',
          n,
          value,
          tolerance,
          source: 'CSV export',
          ...(cell.stale ? { stale: true } : {}),
        });
      } else if (/no data/i.test(row[column('Value')] ?? ''))
        record(snapshot, key, { state: 'no-data', source: 'CSV export' });
      else if (/hidden/i.test(row[column('Value')] ?? ''))
        record(snapshot, key, { state: 'hidden', source: 'CSV export' });
    }
  }
}

function locate(page: Body, roundTitle: string, label: string, breakdownLabel: string, groupLabel: string) {
  for (const round of page.rounds ?? []) {
    if (round.title?.en !== roundTitle) continue;
    const indicator = (round.indicators ?? []).find((i: Body) => i.label?.en === label);
    if (!indicator) continue;
    const base = {
      roundId: round.id as string,
      indicatorKey: indicator.key as string,
      unit: indicator.unit as string,
    };
    // The page says which numbers are an earlier release's ('as of'); the file shows the same ones.
    if (breakdownLabel === 'Total')
      return { ...base, group: '', stale: typeof indicator.total?.asOf === 'string' };
    const breakdown = (indicator.breakdowns ?? []).find((b: Body) => b.label?.en === breakdownLabel);
    const cell = (breakdown?.cells ?? []).find((c: Body) => (c.labels?.en ?? c.label) === groupLabel);
    if (cell)
      return { ...base, group: `${breakdown.key}=${cell.value}`, stale: typeof cell.view?.asOf === 'string' };
  }
  return undefined;
}

/** RFC 4180: fields in double quotes may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field || row.length) endRow();
  return rows;
}
