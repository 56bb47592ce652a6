import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createMunicipality } from '../../db/repositories/municipalities';
import { createUnit } from '../../db/repositories/org-units';
import { createStaffUser } from '../../db/repositories/staff';
import { parseConfig } from '../../main/config';
import { startMalbar } from '../../main/runtime';
import { hashPassword } from '../../server/auth/password';

/**
 * Does the time to refuse a sign-in tell whether an account exists? A started server (fresh
 * PostgreSQL database, dropped after) gets N wrong passwords for a known e-mail and N for unknown
 * ones, interleaved one at a time so both meet the same machine; median and p95 of each.
 * Usage: npm run bench:sign-in-timing [-- <tries each, default 200>]
 */
async function main() {
  const tries = Number(process.argv[2] ?? 200);
  const dbName = `malbar_bench_sign_in_${randomBytes(3).toString('hex')}`;
  const adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
  await admin(adminUrl, `create database ${dbName}`);
  const config = parseConfig({
    PORT: '0',
    DATABASE_URL: adminUrl.replace(/\/postgres$/, `/${dbName}`),
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
    SWEEP_INTERVAL_MS: '600000',
  });
  // The throttle would answer 429 after ten failures from here; this measures the check behind it.
  const unlimited = { failures: 1_000_000, blockSeconds: 1 };
  const malbar = await startMalbar(config, 'all', {
    signInLimits: { accountAtAddress: unlimited, account: unlimited, address: unlimited },
  });
  try {
    const db = malbar.database.db;
    const municipality = await createMunicipality(db, {
      slug: 'bench',
      name: 'Bench Kommune',
      country: 'dk',
    });
    const root = await createUnit(db, {
      municipalityId: municipality.id,
      parent: null,
      kind: 'municipality',
      name: municipality.name,
    });
    const known = 'known@bench.example';
    await createStaffUser(db, {
      municipalityId: municipality.id,
      email: known,
      name: 'Known Person',
      role: 'consultant',
      scopeUnitId: root.id,
      passwordHash: await hashPassword('quiet-otter-harbour-48'),
    });
    const refuse = async (email: string) => {
      const started = process.hrtime.bigint();
      const res = await fetch(`${malbar.url}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'wrong-password-123' }),
      });
      await res.text();
      if (res.status !== 401) throw new Error(`expected 401, got ${res.status}`);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    for (let i = 0; i < 10; i++) await refuse(i % 2 ? known : `warm-${i}@bench.example`); // warm-up
    const times = { known: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < tries; i++) {
      times.known.push(await refuse(known));
      times.unknown.push(await refuse(`nobody-${i}@bench.example`));
    }
    console.log(`${tries} refusals each, one at a time (ms):`);
    for (const [name, list] of Object.entries(times)) {
      const sorted = [...list].sort((a, b) => a - b);
      const at = (q: number) =>
        sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
      console.log(`  ${name.padEnd(8)} median ${at(0.5).padStart(6)}   p95 ${at(0.95).padStart(6)}`);
    }
  } finally {
    await malbar.stop();
    await admin(adminUrl, `drop database if exists ${dbName} with (force)`);
  }
}

async function admin(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
