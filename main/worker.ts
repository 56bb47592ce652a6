import { log } from './logger';
import { runProcess } from './run-process';
import { startMalbar } from './runtime';

/** `npm run worker`: BullMQ worker and recompute sweeper; run as many as the load needs. */
void runProcess(
  async (config) => {
    if (config.queue.kind !== 'redis') {
      process.stderr.write(
        'Invalid configuration:\n  REDIS_URL: required for a separate worker (npm start runs jobs in-process)\n',
      );
      process.exit(1);
    }
    const malbar = await startMalbar(config, 'worker');
    log(`Målbar worker running (database: ${malbar.database.kind}, queue prefix: ${config.queue.prefix})`);
    return malbar;
  },
  { servesHttp: false },
);
