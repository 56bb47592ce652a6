import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { DatabaseHandle } from './database-handle';
import { migrationsFolder } from './migrations-folder';
import type { Db } from './database';
import { lockPgliteDir } from './pglite-lock';
import * as schema from './schema';

/** The embedded database in a directory (or loaded from an image), for one process. */
export async function connectPglite(target: {
  dataDir?: string;
  loadDataDir?: Blob;
}): Promise<DatabaseHandle> {
  if (target.dataDir) fs.mkdirSync(target.dataDir, { recursive: true });
  const unlock = target.dataDir ? lockPgliteDir(target.dataDir) : () => undefined;
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: target.dataDir, loadDataDir: target.loadDataDir });
  } catch (error) {
    unlock();
    throw error;
  }
  const pgliteDb = drizzlePglite(client, { schema });
  return {
    db: pgliteDb as unknown as Db,
    kind: 'pglite',
    migrate: () => migratePglite(pgliteDb, { migrationsFolder }),
    ping: async () => {
      await client.query('select 1');
    },
    sqlClient: {
      query: async (q) => {
        const result = await client.query(q.text, q.values);
        // PGlite counts changed rows in affectedRows and returned ones in rows; pg has one rowCount.
        return { rows: result.rows, rowCount: result.rows.length || (result.affectedRows ?? 0) };
      },
    },
    close: async () => {
      await client.close();
      unlock();
    },
  };
}
