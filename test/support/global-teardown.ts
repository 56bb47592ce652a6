import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const file = process.env.MALBAR_PGLITE_IMAGE;
  if (file) fs.rmSync(file, { force: true });
}
