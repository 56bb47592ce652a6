import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { connectDatabase } from '../../db/connect';
import { countMunicipalities } from '../../db/repositories/municipalities';
import { parseConfig } from '../../main/config';
import { startMalbar } from '../../main/runtime';
import { postJson } from '../support/http';
import { startProcess } from '../support/processes';
import { POSTGRES_ADMIN_URL } from '../support/services';

const ROOT = path.join(__dirname, '..', '..');
const SECRET = 'test-secret-test-secret-test-secret';
const OTP = /One-time password:\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/;

/** `npm run create-admin -- …` as its own process: exit code and output. */
function createAdmin(env: Record<string, string>, args: string[]) {
  return new Promise<{ code: number; out: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'main', 'create-admin.ts'), ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

async function adminQuery(query: string) {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  await client.query(query).finally(() => client.end());
}

async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `malbar_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  return {
    url: POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`),
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}

describe('postgres: the first administrator and no silent demo', () => {
  let pg: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    pg = await freshPostgres();
  });
  afterAll(() => pg?.drop());

  it('when npm start meets an empty PostgreSQL database without DEMO=1, then it seeds nothing and says how to create an administrator', async () => {
    const env = { DATABASE_URL: pg.url, SESSION_SECRET: SECRET, PORT: '0', SWEEP_INTERVAL_MS: '500' };
    const started = await startProcess('start', env, /Målbar is running/);
    const output = started.output();
    expect(await started.stop()).toBe(0);
    expect(output).toContain('npm run create-admin -- --email');
    expect(output).not.toContain('Demo Kommune is ready');
    const database = await connectDatabase({ kind: 'postgres', url: pg.url });
    expect(await countMunicipalities(database.db)).toBe(0);
    await database.close();
  });

  it('when create-admin runs, then the municipality and an administrator exist whose one-time password must be changed; the e-mail cannot be taken twice', async () => {
    const env = { DATABASE_URL: pg.url, PUBLIC_URL: 'https://malbar.aarhus.dk' };
    const args = ['--email', 'It@Aarhus.dk', '--municipality', 'Aarhus Kommune', '--name', 'Ida IT'];
    const first = await createAdmin(env, args);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Created Aarhus Kommune (slug aarhus)');
    expect(first.out).toContain('https://malbar.aarhus.dk/login');
    const oneTimePassword = OTP.exec(first.out)![1]!;
    const again = await createAdmin(env, ['--email', 'it@aarhus.dk', '--municipality', 'Aarhus Kommune']);
    expect(again.code).toBe(1);
    expect(again.out).toContain('already in use');
    const bad = await createAdmin(env, ['--email', 'nope', '--municipality', 'Aarhus Kommune']);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('--email: not an e-mail address');

    const config = parseConfig({ DATABASE_URL: pg.url, SESSION_SECRET: SECRET, PORT: '0' });
    const malbar = await startMalbar(config, 'all');
    try {
      const signedIn = await postJson(`${malbar.url}/login`, {
        email: 'it@aarhus.dk',
        password: oneTimePassword,
      });
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.user).toMatchObject({ name: 'Ida IT', role: 'admin', mustChangePassword: true });
      expect(await countMunicipalities(malbar.database.db)).toBe(1);
    } finally {
      await malbar.stop();
    }
  });
});

describe('pglite data directory: the first administrator', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'malbar-create-admin-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('when create-admin runs on the embedded database, then the administrator can sign in; while another process holds it, it refuses clearly', async () => {
    const env = { DATA_DIR: dataDir };
    const created = await createAdmin(env, [
      '--email',
      'admin@bergen.no',
      '--municipality',
      'Bergen kommune',
      '--country',
      'no',
    ]);
    expect(created.code).toBe(0);
    expect(created.out).toContain('http://127.0.0.1:3000/login');
    const oneTimePassword = OTP.exec(created.out)![1]!;

    // This test's process claims the directory, as a running `npm start` does.
    const config = parseConfig({ DATA_DIR: dataDir, SESSION_SECRET: SECRET, PORT: '0' });
    const malbar = await startMalbar(config, 'all');
    try {
      const busy = await createAdmin(env, ['--email', 'other@bergen.no', '--municipality', 'Bergen kommune']);
      expect(busy.code).toBe(1);
      expect(busy.out).toContain(`is in use by another Målbar process (pid ${process.pid})`);
      const signedIn = await postJson(`${malbar.url}/login`, {
        email: 'admin@bergen.no',
        password: oneTimePassword,
      });
      expect(signedIn.body.user).toMatchObject({ role: 'admin', mustChangePassword: true });
    } finally {
      await malbar.stop();
    }
    expect(
      (await createAdmin(env, ['--email', 'other@bergen.no', '--municipality', 'Bergen kommune'])).code,
    ).toBe(0);
  });
});
