/**
 * Keeps the response-rate table of a round's distribution page live: every 15 seconds it asks
 * /api/rounds/:id/response-rates and writes the new counts into the cells (no reload, so a form
 * being filled in on the same page is left alone).
 */
interface RateRow {
  unitId: string;
  answers: number;
  expected: number | null;
  expectedFrom: 'population' | 'links' | null;
  rate: number | null;
  tokensIssued: number;
  tokensSpent: number;
}

interface RatesBody {
  units: RateRow[];
  total: { answers: number; expected: number | null; rate: number | null };
}

const REFRESH_MS = 15_000;

function percentText(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(1)} %`;
}

function setCell(row: Element, field: string, text: string): void {
  const cell = row.querySelector(`[data-field="${field}"]`);
  if (cell && cell.textContent !== text) cell.textContent = text;
}

async function refreshRates(table: HTMLTableElement, url: string): Promise<void> {
  const res = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  if (!res.ok) return;
  const body = (await res.json()) as RatesBody;
  for (const unit of body.units) {
    const row = table.querySelector(`tr[data-unit="${unit.unitId}"]`);
    if (!row) continue;
    setCell(row, 'answers', String(unit.answers));
    setCell(
      row,
      'expected',
      unit.expected === null
        ? '–'
        : unit.expectedFrom === 'links'
          ? `${unit.expected} links`
          : String(unit.expected),
    );
    setCell(row, 'rate', percentText(unit.rate));
    setCell(row, 'tokens', unit.tokensIssued > 0 ? `${unit.tokensSpent} of ${unit.tokensIssued}` : '–');
  }
  const total = table.querySelector('tr[data-unit="total"]');
  if (total) {
    setCell(total, 'answers', String(body.total.answers));
    setCell(total, 'expected', body.total.expected === null ? '–' : String(body.total.expected));
    setCell(total, 'rate', percentText(body.total.rate));
  }
}

function startRates(): void {
  const table = document.querySelector<HTMLTableElement>('table[data-live]');
  const url = table?.dataset.live;
  if (!table || !url) return;
  window.setInterval(() => void refreshRates(table, url).catch(() => undefined), REFRESH_MS);
}

startRates();
