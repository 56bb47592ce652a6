import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../database';
import { migrationsFolder } from '../migrations-folder';

interface Journal {
  entries: { when: number; tag: string }[];
}

/** The newest migration this version ships (drizzle-kit's journal), read once. */
let newestShipped: number | undefined;
const newestShippedMigration = (): number => {
  if (newestShipped !== undefined) return newestShipped;
  const journal = JSON.parse(
    fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as Journal;
  newestShipped = Math.max(...journal.entries.map((e) => e.when));
  return newestShipped;
};

/**
 * Whether the database has every migration this version ships (Drizzle's migrator notes each in
 * drizzle.__drizzle_migrations with the journal's time). One round trip: a rejection means the
 * database is unreachable, false that it is reachable but older than this code (or was replaced).
 */
export async function migrationsApplied(db: Db): Promise<boolean> {
  try {
    const result = (await db.execute(
      sql`select coalesce(max(created_at), 0)::bigint::text as newest from drizzle.__drizzle_migrations`,
    )) as unknown as { rows: { newest: string }[] };
    return Number(result.rows[0]?.newest ?? 0) >= newestShippedMigration();
  } catch (error) {
    if (NO_SUCH_TABLE.has(sqlStateOf(error))) return false; // a database never migrated
    throw error;
  }
}

// PostgreSQL's undefined_table and invalid_schema_name.
const NO_SUCH_TABLE = new Set<unknown>(['42P01', '3F000']);

const sqlStateOf = (error: unknown): unknown => {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return e?.code ?? e?.cause?.code;
};
