import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { QUEUE_NAME } from '../../jobs/contracts';
import { aMunicipality } from '../builders/organisation';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { readOutbox, waitForOutbox } from '../support/eml';
import { REDIS_URL } from '../support/services';
import { STORES, type TestStore } from '../support/stores';
import { sameOrigin } from '../support/http';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'malbar-sweep-'));

for (const kind of STORES) {
  describe(`${kind.name}: the periodic mail sweep`, () => {
    let store: TestStore;
    let dataDir: string;

    beforeAll(async () => {
      dataDir = tempDir();
      // Reminders due at once, and a sweep every second: the schedule itself is under test.
      store = await kind.start({ DATA_DIR: dataDir, REMINDER_INTERVAL_DAYS: '0', MAIL_SWEEP_MS: '1000' });
    });
    afterAll(async () => {
      await store?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('when the worker runs, then the scheduled sweep sends the reminders on its own, and stops at MAX_REMINDERS', async () => {
      const org = await aMunicipality(store.db).withClasses([6]).create();
      const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      const consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      const res = await fetch(`${store.url}/api/rounds/${round.roundId}/invitations`, {
        method: 'POST',
        headers: { ...sameOrigin(store.url), cookie: consultant, 'content-type': 'application/json' },
        body: JSON.stringify({ unitId: org.classes.get(6)!.id, lang: 'en', emails: 'kim@example.dk' }),
      });
      expect(res.status).toBe(202);
      const outbox = path.join(dataDir, 'outbox');
      const mails = await waitForOutbox(outbox, 3);
      expect(mails.map((m) => m.subject)).toEqual([
        'Invitation: Round pupil-wellbeing',
        'Reminder: Round pupil-wellbeing',
        'Reminder: Round pupil-wellbeing',
      ]);
      await new Promise((r) => setTimeout(r, 2500)); // two more sweeps
      expect(readOutbox(outbox)).toHaveLength(3);
    });
  });
}

describe('postgres + redis: the mail sweep when Redis is away at start', () => {
  it('when the worker starts without Redis, then the sweep is scheduled once Redis is back', async () => {
    // A port nothing listens on yet; later a proxy to the real Redis opens on it ("Redis is back").
    const port = await freePort();
    const dataDir = tempDir();
    const postgres = STORES.find((s) => s.name.startsWith('postgres'))!;
    const store = await postgres.start({ DATA_DIR: dataDir, REDIS_URL: `redis://127.0.0.1:${port}` });
    const proxy = net.createServer((client) => {
      const upstream = net.connect(Number(new URL(REDIS_URL).port || 6379), new URL(REDIS_URL).hostname);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
      client.pipe(upstream).pipe(client);
    });
    const connection = new IORedis(REDIS_URL, { maxRetriesPerRequest: 1 });
    const queue = new Queue(QUEUE_NAME, {
      connection,
      prefix: (store.config.queue as { prefix: string }).prefix,
    });
    try {
      expect(await queue.getJobScheduler('invitations.send-due')).toBeUndefined();
      await new Promise((r) => setTimeout(r, 3000)); // longer than the start waits for the queue
      await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve));
      const deadline = Date.now() + 20_000;
      let scheduler = await queue.getJobScheduler('invitations.send-due');
      while (!scheduler && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        scheduler = await queue.getJobScheduler('invitations.send-due');
      }
      expect(scheduler).toMatchObject({ name: 'invitations.send-due', every: 3_600_000 });
    } finally {
      await store.stop();
      await queue.close();
      connection.disconnect();
      await new Promise((r) => proxy.close(r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}
