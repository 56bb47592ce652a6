import { and, eq, like } from 'drizzle-orm';
import IORedis from 'ioredis';
import { auditEvents, rateLimits } from '../../db/schema';
import type { SignInLimits } from '../../server/throttle/sign-in-throttle';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser } from '../builders/staff';
import type { Json } from '../support/http';
import { REDIS_URL } from '../support/services';
import { STORES, type TestStore } from '../support/stores';

/**
 * Small limits, so that a block is reached in a few requests. The limiter counts by the real
 * clock, so no test waits for a block to end: each asserts the Retry-After it is given instead.
 */
const LIMITS: SignInLimits = {
  accountAtAddress: { failures: 3, blockSeconds: 900 },
  account: { failures: 5, blockSeconds: 3600 },
  address: { failures: 7, blockSeconds: 1800 },
};

// Every test signs in from addresses of its own (TRUST_PROXY=loopback: the test is the proxy).
let nextAddress = 1;
const anAddress = () => `203.0.113.${nextAddress++}`;

const signIn = (store: TestStore, user: { email: string; password: string }, from: string) =>
  fetch(`${store.url}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify(user),
  });

const signInByForm = (store: TestStore, user: { email: string; password: string }, from: string) =>
  fetch(`${store.url}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': from },
    body: new URLSearchParams({ ...user, next: '/app' }).toString(),
    redirect: 'manual',
  });

const wrong = (user: { email: string; password: string }) => ({ ...user, password: 'not the password' });

async function failTimes(
  store: TestStore,
  user: { email: string; password: string },
  from: string,
  n: number,
) {
  for (let i = 0; i < n; i++) expect((await signIn(store, wrong(user), from)).status).toBe(401);
}

for (const kind of STORES) {
  describe(`${kind.name}: sign-in throttling`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;

    beforeAll(async () => {
      store = await kind.start({ TRUST_PROXY: 'loopback' }, { signInLimits: LIMITS });
      org = await aMunicipality(store.db).create();
    });
    afterAll(() => store?.stop());

    const throttledRows = (email: string) =>
      store.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'sign_in_throttled'), eq(auditEvents.actor, email)));

    it('when an account fails 3 times in a row from one address, then even the right password is refused with 429 and Retry-After, and the block is audited once', async () => {
      const admin = await aStaffUser(store.db, org.root, 'admin');
      const from = anAddress();
      await failTimes(store, admin, from, 3);

      const refused = await signIn(store, admin, from);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('set-cookie')).toBeNull();
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(890);
      expect(retryAfter).toBeLessThanOrEqual(900);
      expect(await refused.json()).toEqual({
        error: { code: 'too_many_attempts', message: 'Too many attempts — try again in 15 minutes' },
      });
      // Still blocked on the next try; the trail has the block once, with whose account and where from.
      expect((await signIn(store, admin, from)).status).toBe(429);
      const rows = await throttledRows(admin.email);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        municipalityId: org.root.municipalityId,
        address: from,
        detail: { limit: 'accountAtAddress', blockedSeconds: retryAfter },
      });
    });

    it('when one address has blocked an account, then the same account still signs in from another address', async () => {
      const admin = await aStaffUser(store.db, org.root, 'admin');
      const attacker = anAddress();
      await failTimes(store, admin, attacker, 3);
      expect((await signIn(store, admin, attacker)).status).toBe(429);
      expect((await signIn(store, admin, anAddress())).status).toBe(200);
    });

    it('when a sign-in succeeds, then the run of failures starts again', async () => {
      const user = await aStaffUser(store.db, org.root);
      const from = anAddress();
      await failTimes(store, user, from, 2);
      expect((await signIn(store, user, from)).status).toBe(200);
      await failTimes(store, user, from, 2);
      expect((await signIn(store, user, from)).status).toBe(200);
      expect(await throttledRows(user.email)).toHaveLength(0);
    });

    it('when an account fails 5 times from 5 addresses, then it is refused from a sixth for the hour', async () => {
      const user = await aStaffUser(store.db, org.root);
      for (let i = 0; i < 5; i++) await failTimes(store, user, anAddress(), 1);
      const refused = await signIn(store, user, anAddress());
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3590);
      expect((await throttledRows(user.email))[0]!.detail).toMatchObject({ limit: 'account' });
    });

    it('when one address fails 7 times across accounts, then every account is refused from it, and only from it', async () => {
      const from = anAddress();
      for (let i = 0; i < 7; i++) {
        const res = await signIn(store, { email: `nobody-${i}@test.example`, password: 'guess' }, from);
        expect(res.status).toBe(401);
      }
      const user = await aStaffUser(store.db, org.root);
      const refused = await signIn(store, user, from);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(1790);
      expect((await signIn(store, user, anAddress())).status).toBe(200);
      // The attempt that started the block is the one audited: this user's, from that address.
      const [row] = await throttledRows(user.email);
      expect(row).toMatchObject({ municipalityId: org.root.municipalityId, detail: { limit: 'address' } });
    });

    it('when the form is blocked, then the page says to try again in 15 minutes, with 429 and Retry-After', async () => {
      const user = await aStaffUser(store.db, org.root);
      const from = anAddress();
      for (let i = 0; i < 3; i++) expect((await signInByForm(store, wrong(user), from)).status).toBe(401);
      const page = await signInByForm(store, user, from);
      expect(page.status).toBe(429);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(890);
      const text = await page.text();
      expect(text).toContain('For mange forsøg. Prøv igen om 15 minutter.');
      expect(text).toContain('<form method="post" action="/login?lang=da">');
    });

    it('when attempts fail, then their counts are kept in the store all servers share (Redis, else the database)', async () => {
      const user = await aStaffUser(store.db, org.root);
      await failTimes(store, user, anAddress(), 1);
      if (store.config.queue.kind === 'redis') {
        const redis = new IORedis(REDIS_URL);
        try {
          const keys = await redis.keys(`${store.config.queue.prefix}:limit:sign-in-*`);
          expect(keys.length).toBeGreaterThanOrEqual(3);
        } finally {
          redis.disconnect();
        }
      } else {
        const rows = await store.db.select().from(rateLimits).where(like(rateLimits.key, 'sign-in-%'));
        expect(rows.length).toBeGreaterThanOrEqual(3);
        expect(rows.every((r) => r.expire! > Date.now())).toBe(true);
      }
    });

    it('when many wrong passwords come in parallel, then no more than the limit reach the password check', async () => {
      const user = await aStaffUser(store.db, org.root);
      const from = anAddress();
      const statuses = await Promise.all(
        Array.from({ length: 5 }, async () => (await signIn(store, wrong(user), from)).status),
      );
      // Each attempt is counted before its password is checked, so parallel ones cannot overtake the count.
      expect(statuses.filter((s) => s === 401)).toHaveLength(3);
      expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    });
  });
}

describe('postgres + redis, Redis unreachable: sign-in throttling', () => {
  let store: TestStore;

  beforeAll(async () => {
    // Nothing listens on this port: each process counts in its own memory (the insurance limiter).
    const postgres = STORES.find((s) => s.name.startsWith('postgres'))!;
    store = await postgres.start(
      { REDIS_URL: 'redis://127.0.0.1:6390', TRUST_PROXY: 'loopback' },
      { signInLimits: LIMITS },
    );
  });
  afterAll(() => store?.stop());

  it('when Redis is down, then sign-in is still throttled in the process', async () => {
    const org = await aMunicipality(store.db).create();
    const user = await aStaffUser(store.db, org.root);
    const from = anAddress();
    await failTimes(store, user, from, 3);
    const refused = await signIn(store, user, from);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as Json).error.code).toBe('too_many_attempts');
    expect((await signIn(store, user, anAddress())).status).toBe(200);
  });
});
