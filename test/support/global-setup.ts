import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectDatabase } from '../../db/connect';
import { ensureService } from './services';

/**
 * Once per test run: make sure PostgreSQL and Redis are up, and build one migrated PGlite image
 * that every test file loads (creating a PGlite database costs seconds; loading an image does not).
 */
export default async function globalSetup(): Promise<void> {
  await ensureService('postgres', 5432);
  await ensureService('redis', 6379);
  const handle = await connectDatabase({ kind: 'pglite' });
  await handle.migrate();
  const client = (handle.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const image = Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
  await handle.close();
  const file = path.join(os.tmpdir(), `malbar-pglite-${process.pid}.tar`);
  fs.writeFileSync(file, image);
  process.env.MALBAR_PGLITE_IMAGE = file;
}
