/**
 * A published number as the attacker records it. `value` is what was shown: a share (0-1), a mean
 * on the instrument's scale, or an index (0-100); `tolerance` is how far the true value may lie
 * from it (rounding on the public page and in CSV files; float noise in JSON).
 */
export type PublishedView =
  | {
      state: 'shown';
      n: number;
      value: number;
      tolerance: number;
      source: string;
      asOf?: number;
      /** Numbers of an earlier release, shown again because this one holds the cell's back. */
      stale?: boolean;
    }
  | { state: 'hidden'; source: string }
  | { state: 'no-data'; source: string };

/** A cell: round × unit × indicator × breakdown group ('' for the unit's total, else `grade=6`). */
export const cellKey = (roundId: string, unitId: string, indicatorKey: string, group = '') =>
  `${roundId}|${unitId}|${indicatorKey}|${group}`;

export const goalCellKey = (goalId: string, roundId: string, unitId: string) =>
  `goal|${goalId}|${roundId}|${unitId}`;

export function parseCellKey(key: string) {
  const [roundId, unitId, indicatorKey, group] = key.split('|') as [string, string, string, string];
  const [breakdownKey, breakdownValue] = group ? group.split('=') : ['', ''];
  return {
    roundId,
    unitId,
    indicatorKey,
    group,
    breakdownKey: breakdownKey!,
    breakdownValue: breakdownValue!,
  };
}

/** Reads the API's ValueView ({ shown, n, value } | { shown: false, reason }). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function fromApiView(view: any, source: string): PublishedView | undefined {
  if (!view || typeof view !== 'object') return undefined;
  if (view.shown === true && typeof view.n === 'number' && typeof view.value === 'number')
    return { state: 'shown', n: view.n, value: view.value, tolerance: 1e-9, source, ...releaseOf(view) };
  if (view.shown === false && view.reason === 'no-data') return { state: 'no-data', source };
  if (view.shown === false) return { state: 'hidden', source };
  // Goal cells: { status, n, value } or { status: 'hidden' | 'no-data' | 'out-of-scope' }.
  if (view.status === 'hidden') return { state: 'hidden', source };
  if (view.status === 'no-data') return { state: 'no-data', source };
  if (typeof view.n === 'number' && typeof view.value === 'number')
    return { state: 'shown', n: view.n, value: view.value, tolerance: 1e-9, source, ...releaseOf(view) };
  return undefined;
}

/**
 * With held releases a view may show the numbers an earlier release published: the attacker
 * then knows them as of that release, not as of now. Read from whichever of these the API gives.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function releaseOf(view: any): { asOf?: number; stale?: boolean } {
  const seq = view.releaseSeq ?? view.publishedInSeq ?? view.release?.seq ?? view.asOfRelease;
  if (typeof seq === 'number') return { asOf: seq };
  // The API says 'as of <date>' only of numbers carried from an earlier release.
  return typeof view.asOf === 'string' ? { stale: true } : {};
}

/**
 * Two views of one cell: a number shown anywhere is known, whatever another view hides (and
 * the difference is noted); two numbers narrow each other.
 */
export function mergeViews(
  a: PublishedView | undefined,
  b: PublishedView,
  note: (message: string) => void,
): PublishedView {
  if (!a) return b;
  if (a.state === 'shown' && b.state === 'shown') {
    if (a.n !== b.n) note(`n ${a.n} (${a.source}) ≠ ${b.n} (${b.source})`);
    const low = Math.max(a.value - a.tolerance, b.value - b.tolerance);
    const high = Math.min(a.value + a.tolerance, b.value + b.tolerance);
    if (low > high + 1e-9) note(`value ${a.value} (${a.source}) ≠ ${b.value} (${b.source})`);
    return a.tolerance <= b.tolerance ? a : b;
  }
  if (a.state === 'shown' || b.state === 'shown') {
    const [shown, other] = a.state === 'shown' ? [a, b] : [b, a];
    if (other.state === 'hidden') note(`shown in ${shown.source}, hidden in ${other.source}`);
    return shown;
  }
  if (a.state !== b.state) note(`${a.state} (${a.source}) vs ${b.state} (${b.source})`);
  return a.state === 'no-data' ? a : b;
}
