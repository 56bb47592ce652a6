import { log } from './logger';
import { runProcess } from './run-process';
import { startMalbar } from './runtime';

/** `npm run server`: HTTP only; run as many as you like behind a load balancer. */
void runProcess(async (config) => {
  const malbar = await startMalbar(config, 'server');
  log(
    `Målbar server listening on ${malbar.url} (database: ${malbar.database.kind}, jobs: ${malbar.queue.kind})`,
  );
  return malbar;
});
