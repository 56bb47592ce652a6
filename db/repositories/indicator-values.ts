import { sql } from 'drizzle-orm';
import type { StoredCell } from '../../core/indicators/cells-from-stats';
import { StatsTable } from '../../core/indicators/indicator-stats';
import type { ShownNumbers } from '../../core/releases/release-data';
import type { DbOrTx } from '../database';
import { indicatorValues } from '../schema';

export interface IndicatorValueScope {
  municipalityId: string;
  roundId: string;
  instrumentVersionId: string;
  /** Per indicator key, the definition fingerprint recorded with every value. */
  definitionHashes: Map<string, string>;
}

/**
 * Writes units' cells for a round, only those whose numbers changed (most of a unit's cells stay
 * as they were: one pupil changes her grade's cells, not the other grades'), so recomputes leave
 * few dead rows. Cells of groups that vanished are removed by deleteCells (round-cells.ts).
 */
export async function writeUnitCells(
  db: DbOrTx,
  scope: IndicatorValueScope,
  cellsByUnit: Map<string, StoredCell[]>,
  /** The units' stored cells (rows or signatures), when read already: cells equal to them are not sent. */
  previous?: Map<string, StoredUnitRecords | StoredUnitSignatures>,
): Promise<void> {
  // With the stored cells read (under the round's lock, so no one else writes them), a cell whose
  // key is not among them is new: a plain INSERT, without ON CONFLICT's arbiter check per row.
  const fresh: CellRecord[] = [];
  const changed: CellRecord[] = [];
  for (const [unitId, cells] of cellsByUnit) {
    const before = previous?.get(unitId);
    for (const cell of cells) {
      const record = cellRecord(scope, unitId, cell);
      const stored = storedRecord(before, cellKey(cell));
      if (previous !== undefined && stored === undefined) fresh.push(record);
      else if (!sameAsStored(stored, record)) changed.push(record);
    }
  }
  for (let start = 0; start < fresh.length; start += 20_000) {
    await insertCells(db, scope, fresh.slice(start, start + 20_000), sql``);
  }
  for (let start = 0; start < changed.length; start += 20_000) {
    await insertCells(db, scope, changed.slice(start, start + 20_000), ON_CHANGE);
  }
}

const CELL_COLUMNS = [
  'n',
  'k',
  'value',
  'ci_low',
  'ci_high',
  'suppressed',
  'internal',
  'stat_k',
  'stat_sum',
  'stat_sum_sq',
  'population',
  'definition_hash',
  'instrument_version_id',
];
const ON_CHANGE = sql.raw(`
  on conflict (round_id, unit_id, indicator_key, breakdown_key, breakdown_value) do update set
    ${CELL_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}, computed_at = now()
  where (${CELL_COLUMNS.map((c) => `indicator_values.${c}`).join(', ')})
    is distinct from (${CELL_COLUMNS.map((c) => `excluded.${c}`).join(', ')})`);

/** A cell as one row's columns: what is written, and what a stored row is compared with. */
export interface CellRecord {
  unit_id: string;
  indicator_key: string;
  breakdown_key: string;
  breakdown_value: string;
  definition_hash: string;
  n: number;
  k: number | null;
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  suppressed: boolean;
  internal: boolean;
  stat_k: number;
  stat_sum: number;
  stat_sum_sq: number;
  population: number | null;
}

/** A unit's stored cell by key, as read (a row or its signature); undefined when it has none. */
function storedRecord(
  before: StoredUnitRecords | StoredUnitSignatures | undefined,
  key: string,
): CellRecord | string | undefined {
  if (before === undefined) return undefined;
  return 'signatures' in before ? before.signatures.get(key) : before.records.get(key);
}

function sameAsStored(stored: CellRecord | string | undefined, record: CellRecord): boolean {
  if (stored === undefined) return false;
  if (typeof stored === 'string') return stored === cellSignature(record);
  return sameRecord(stored, record);
}

/**
 * A cell's stored columns as one string, as loadRoundCellSignatures (round-cells.ts) has
 * PostgreSQL write it: doubles as their 8 bytes in hex, so equal strings are equal numbers
 * whatever the float output settings; null as '~'.
 */
export function cellSignature(r: CellRecord): string {
  const parts = [
    r.definition_hash,
    r.n,
    r.k,
    hex(r.value),
    hex(r.ci_low),
    hex(r.ci_high),
    r.suppressed,
    r.internal,
    r.stat_k,
    hex(r.stat_sum),
    hex(r.stat_sum_sq),
    r.population,
  ];
  return parts.map((p) => (p === null ? '~' : String(p))).join('|');
}

// A double's 8 bytes (big-endian, as float8send) in hex through a table of byte pairs: this runs
// five times for each of a national recompute's 725,800 cells, and Buffer#toString costs more.
const doubleBits = new Float64Array(1);
const doubleBytes = new Uint8Array(doubleBits.buffer);
const HEX_PAIRS = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function hex(value: number | null): string | null {
  if (value === null) return null;
  doubleBits[0] = value;
  let text = '';
  if (LITTLE_ENDIAN) for (let i = 7; i >= 0; i--) text += HEX_PAIRS[doubleBytes[i]!]!;
  else for (let i = 0; i < 8; i++) text += HEX_PAIRS[doubleBytes[i]!]!;
  return text;
}

/** A unit's stored cells as signatures (cellSignature), keyed by cellKey. */
export interface StoredUnitSignatures {
  signatures: Map<string, string>;
}

function sameRecord(stored: CellRecord | undefined, record: CellRecord): boolean {
  if (stored === undefined) return false;
  for (const key of Object.keys(record) as (keyof CellRecord)[])
    if (stored[key] !== record[key]) return false;
  return true;
}

export function cellRecord(scope: IndicatorValueScope, unitId: string, c: StoredCell): CellRecord {
  const hidden = c.suppressed;
  return {
    unit_id: unitId,
    indicator_key: c.indicatorKey,
    breakdown_key: c.breakdownKey,
    breakdown_value: c.breakdownValue,
    definition_hash: scope.definitionHashes.get(c.indicatorKey) ?? '',
    n: c.n,
    k: hidden ? null : c.k,
    value: hidden ? null : c.value,
    ci_low: hidden ? null : c.ciLow,
    ci_high: hidden ? null : c.ciHigh,
    suppressed: hidden,
    internal: c.internal,
    stat_k: c.stats.k,
    stat_sum: c.stats.sum,
    stat_sum_sq: c.stats.sumSq,
    population: c.population,
  };
}

async function insertCells(
  db: DbOrTx,
  scope: IndicatorValueScope,
  records: CellRecord[],
  onConflict: ReturnType<typeof sql>,
) {
  // One JSON document of rows: JSON.stringify and PostgreSQL's JSON parser are native code, where
  // node-postgres escapes every element of an array parameter in JavaScript.
  await db.execute(sql`
    insert into indicator_values (
      municipality_id, round_id, instrument_version_id, unit_id, indicator_key, breakdown_key,
      breakdown_value, definition_hash, n, k, value, ci_low, ci_high, suppressed, internal,
      stat_k, stat_sum, stat_sum_sq, population)
    select ${scope.municipalityId}::uuid, ${scope.roundId}::uuid, ${scope.instrumentVersionId}::uuid, t.*
    from json_to_recordset(${JSON.stringify(records)}::json) as t(
      unit_id uuid, indicator_key text, breakdown_key text, breakdown_value text, definition_hash text,
      n int, k int, value float8, ci_low float8, ci_high float8, suppressed bool, internal bool,
      stat_k int, stat_sum float8, stat_sum_sq float8, population int)
    ${onConflict}`);
}

export interface StoredUnitRecords {
  /** Each stored cell as its row (CellRecord), keyed by cellKey: to write only what changed. */
  records: Map<string, CellRecord>;
}

export interface StoredUnitCells extends StoredUnitRecords {
  /** The unit's subtree statistics, to add into its parent. */
  table: StatsTable;
}

/** The stored cells of the listed units: what a parent adds up without re-reading responses. */
export async function loadStoredCells(
  db: DbOrTx,
  roundId: string,
  unitIds: string[],
): Promise<Map<string, StoredUnitCells>> {
  const units = new Map<string, StoredUnitCells>();
  if (unitIds.length === 0) return units;
  // Plain rows, named as the columns: this runs for every recompute after new responses.
  const result = (await db.execute(sql`
    select unit_id, indicator_key, breakdown_key, breakdown_value, definition_hash, n, k, value,
           ci_low, ci_high, suppressed, internal, stat_k, stat_sum, stat_sum_sq, population
    from indicator_values
    where round_id = ${roundId} and unit_id = any(${sql.param(unitIds)}::uuid[])`)) as unknown as {
    rows: CellRecord[];
  };
  for (const row of result.rows) {
    let unit = units.get(row.unit_id);
    if (!unit) units.set(row.unit_id, (unit = { table: new StatsTable(), records: new Map() }));
    unit.table.add(row.indicator_key, row.breakdown_key, row.breakdown_value, {
      n: row.n,
      k: row.stat_k,
      sum: row.stat_sum,
      sumSq: row.stat_sum_sq,
    });
    unit.records.set(`${row.indicator_key}\u0000${row.breakdown_key}\u0000${row.breakdown_value}`, row);
  }
  return units;
}

export function cellKey(c: { indicatorKey: string; breakdownKey: string; breakdownValue: string }): string {
  return `${c.indicatorKey}\u0000${c.breakdownKey}\u0000${c.breakdownValue}`;
}

/**
 * Which of the rounds have live values at the unit (answers in its subtree) but no release yet:
 * where readers are told when results will be published instead of seeing nothing.
 */
export async function listRoundsAwaitingRelease(
  db: DbOrTx,
  roundIds: string[],
  unitId?: string,
): Promise<Set<string>> {
  if (roundIds.length === 0) return new Set();
  const result = (await db.execute(sql`
    select r.id from rounds r
    where r.id = any(${sql.param(roundIds)}::uuid[]) and r.latest_release_id is null
      and exists (select 1 from indicator_values v where v.round_id = r.id
        ${unitId ? sql`and v.unit_id = ${unitId}` : sql``} and v.n > 0)`)) as unknown as {
    rows: { id: string }[];
  };
  return new Set(result.rows.map((r) => r.id));
}

/** Each round's stored (indicator, definition fingerprint) pairs: to find values computed by an older engine. */
export async function listStoredFingerprints(db: DbOrTx): Promise<
  {
    roundId: string;
    municipalityId: string;
    instrumentVersionId: string;
    indicatorKey: string;
    definitionHash: string;
  }[]
> {
  return db
    .selectDistinct({
      roundId: indicatorValues.roundId,
      municipalityId: indicatorValues.municipalityId,
      instrumentVersionId: indicatorValues.instrumentVersionId,
      indicatorKey: indicatorValues.indicatorKey,
      definitionHash: indicatorValues.definitionHash,
    })
    .from(indicatorValues);
}

/** A published (not internal) cell as the live working state has it now: what a release copies. */
export interface LiveCell {
  unitId: string;
  indicatorKey: string;
  breakdownKey: string;
  breakdownValue: string;
  /** Hidden by the unit's own rules (below the minimum, or complements within the unit). */
  suppressed: boolean;
  numbers: ShownNumbers;
  instrumentVersionId: string;
}

/**
 * The published live cells a whole-round write leaves (writeUnitCells, then deleteCells of the
 * rest): the same cells listLiveCells would read back, built from what was just written instead.
 */
export function liveCellsOf(scope: IndicatorValueScope, cellsByUnit: Map<string, StoredCell[]>): LiveCell[] {
  const live: LiveCell[] = [];
  for (const [unitId, cells] of cellsByUnit)
    for (const cell of cells) {
      if (cell.internal) continue;
      const r = cellRecord(scope, unitId, cell);
      live.push({
        unitId,
        indicatorKey: r.indicator_key,
        breakdownKey: r.breakdown_key,
        breakdownValue: r.breakdown_value,
        suppressed: r.suppressed,
        numbers: {
          n: r.n,
          value: r.value,
          ciLow: r.ci_low,
          ciHigh: r.ci_high,
          stats: { n: r.n, k: r.stat_k, sum: r.stat_sum, sumSq: r.stat_sum_sq },
          population: r.population,
          definitionHash: r.definition_hash,
        },
        instrumentVersionId: scope.instrumentVersionId,
      });
    }
  return live;
}

/** A round's published live cells, in one statement (a national round has ~7,000). */
export async function listLiveCells(db: DbOrTx, roundId: string): Promise<LiveCell[]> {
  const result = (await db.execute(sql`
    select unit_id, indicator_key, breakdown_key, breakdown_value, n, value, ci_low, ci_high, suppressed,
           stat_k, stat_sum, stat_sum_sq, population, definition_hash, instrument_version_id
    from indicator_values where round_id = ${roundId} and not internal`)) as unknown as {
    rows: (Omit<CellRecord, 'k' | 'internal'> & { instrument_version_id: string })[];
  };
  return result.rows.map((row) => ({
    unitId: row.unit_id,
    indicatorKey: row.indicator_key,
    breakdownKey: row.breakdown_key,
    breakdownValue: row.breakdown_value,
    suppressed: row.suppressed,
    numbers: {
      n: row.n,
      value: row.value,
      ciLow: row.ci_low,
      ciHigh: row.ci_high,
      stats: { n: row.n, k: row.stat_k, sum: row.stat_sum, sumSq: row.stat_sum_sq },
      population: row.population,
      definitionHash: row.definition_hash,
    },
    instrumentVersionId: row.instrument_version_id,
  }));
}

/** Which of the rounds have answers (a live value with n > 0); through the key's round prefix. */
export async function listRoundsWithAnswers(db: DbOrTx, roundIds: string[]): Promise<Set<string>> {
  if (roundIds.length === 0) return new Set();
  const result = (await db.execute(sql`
    select r.id from unnest(${sql.param(roundIds)}::uuid[]) as r(id)
    where exists (select 1 from indicator_values v where v.round_id = r.id and v.n > 0)`)) as unknown as {
    rows: { id: string }[];
  };
  return new Set(result.rows.map((r) => r.id));
}
