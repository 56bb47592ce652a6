/**
 * Keeps the response-rate table of a round's distribution page live: the server pushes the rates
 * (server-sent events from /api/rounds/:id/response-rates/events) whenever the worker has counted
 * new answers, and the new counts are written into the cells (no reload, so a form being filled in
 * on the same page is left alone). Where the stream is not available, it asks every 15 seconds.
 */
interface RateRow {
  unitId: string;
  answers: number;
  expected: number | null;
  expectedFrom: 'population' | 'links' | null;
  rate: number | null;
  tokensIssued: number;
  tokensSpent: number;
  /** More answers than people, with its words (the page speaks English). */
  overPopulation: { note: { en: string } } | null;
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
  if (res.ok) showRates(table, (await res.json()) as RatesBody);
}

function showRates(table: HTMLTableElement, body: RatesBody): void {
  table.dataset.updates = String(Number(table.dataset.updates ?? '0') + 1);
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
    // A sign and words, so that the mark does not rest on colour alone.
    setCell(row, 'flag', unit.overPopulation ? `⚠ ${unit.overPopulation.note.en}` : '');
    row.setAttribute('data-over', unit.overPopulation ? 'true' : 'false');
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
  const poll = () =>
    window.setInterval(() => void refreshRates(table, url).catch(() => undefined), REFRESH_MS);
  if (typeof EventSource === 'undefined') return void poll();
  const stream = new EventSource(`${url}/events`);
  stream.addEventListener('rates', (event) =>
    showRates(table, JSON.parse((event as MessageEvent<string>).data) as RatesBody),
  );
  // EventSource reconnects by itself after a network hiccup; it gives up only on a refused stream.
  stream.addEventListener('error', () => {
    if (stream.readyState === EventSource.CLOSED) poll();
  });
}

startRates();
