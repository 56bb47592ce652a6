import fs from 'node:fs';
import { ServiceUnavailable } from '../core/errors';

/**
 * PGlite is PostgreSQL inside one process and takes no lock of its own: a second process opening
 * the same data directory (`npm run create-admin` while `npm start` runs) would corrupt it. So each
 * process claims the directory with a lock file holding its pid; a lock whose process is gone (a
 * crash, a kill -9) is taken over.
 */
export function lockPgliteDir(dataDir: string): () => void {
  const file = `${dataDir.replace(/\/+$/, '')}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(file, 'utf8').trim());
      if (isAlive(holder) && holder !== process.pid) throw inUse(dataDir, holder);
      fs.rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw inUse(dataDir, NaN);
}

const inUse = (dataDir: string, pid: number) =>
  new ServiceUnavailable(
    `the embedded database in ${dataDir} is in use by another Målbar process${Number.isFinite(pid) ? ` (pid ${pid})` : ''}. ` +
      'It takes one process at a time: stop that one (Ctrl-C where `npm start` runs) and try again, ' +
      'or use PostgreSQL (DATABASE_URL), which any number of processes share.',
  );

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
