import { Client } from 'pg';
import type { LoadedInstrument } from '../../../db/instrument-cache';
import { parseConfig } from '../../../main/config';
import { prepareDatabase } from '../../../main/prepare-database';
import { insertEarlierResponses, recomputeAllRounds } from './earlier-responses';
import { seedMunicipality, type ClassLink } from './seed-municipality';

export interface BenchShape {
  municipalities: number;
  responsesPerClass: number;
}

/**
 * Drops and creates the bench database, migrates it (as the server does at start), and seeds a
 * national pupil wellbeing round in miniature: `municipalities` × 300 classes, each with a link.
 */
export async function createBenchDatabase(
  databaseUrl: string,
  shape: BenchShape,
): Promise<{ links: ClassLink[]; instrument: LoadedInstrument }> {
  await withAdmin(databaseUrl, async (admin, name) => {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  });
  const config = parseConfig({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: '4' });
  const { database, instruments, versionIds } = await prepareDatabase(config);
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    const instrument = await instruments.get(versionIds['pupil-wellbeing']!);
    const links: ClassLink[] = [];
    for (let m = 0; m < shape.municipalities; m++)
      links.push(...(await seedMunicipality(database.db, m, instrument)));
    await insertEarlierResponses(sql, instrument, shape.responsesPerClass);
    await recomputeAllRounds(database, instruments, sql);
    await sql.query('vacuum analyze');
    return { links, instrument };
  } finally {
    await sql.end();
    await database.close();
  }
}

export async function dropBenchDatabase(databaseUrl: string): Promise<void> {
  await withAdmin(databaseUrl, (admin, name) =>
    admin.query(`drop database if exists "${name}" with (force)`),
  );
}

async function withAdmin(databaseUrl: string, run: (admin: Client, name: string) => Promise<unknown>) {
  const admin = new Client({ connectionString: databaseUrl.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    await run(admin, new URL(databaseUrl).pathname.slice(1));
  } finally {
    await admin.end();
  }
}
