import { checkReadiness, type ReadinessDeps } from '../../server/observability/readiness';

// A database and a queue that answer: readiness then depends on the process itself.
const answering: ReadinessDeps = {
  databaseKind: 'postgres',
  migrationsApplied: async () => true,
  queueKind: 'redis',
  pingQueue: async () => undefined,
};

describe('readiness while a server starts', () => {
  it('when the public port does not take requests yet, then the process is not ready, reason starting', async () => {
    const readiness = await checkReadiness(answering, { queueRequired: false, serving: false });
    expect(readiness).toMatchObject({ ready: false, body: { status: 'not_ready', reason: 'starting' } });
  });

  it('when the public port takes requests, or the process has none (a worker), then it is ready', async () => {
    for (const serving of [true, undefined])
      expect(await checkReadiness(answering, { queueRequired: false, serving })).toMatchObject({
        ready: true,
        body: { status: 'ready' },
      });
  });
});
