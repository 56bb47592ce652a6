import type { Db } from '../../db/database';
import { storeResponse, storeResponses } from '../../db/repositories/responses';
import { ResponseBatcher } from './response-batcher';

// A few statements at once keep PostgreSQL's cores busy; the rest of the pool serves reads.
const BATCH_CONCURRENCY = 4;
const MAX_BATCH = 250;

/** The group commit open-link responses go through: one per server process, drained on shutdown. */
export function intakeBatcher(db: Db): ResponseBatcher {
  return new ResponseBatcher({
    storeMany: (list) => storeResponses(db, list),
    storeOne: async (response) => {
      const stored = await storeResponse(db, response);
      if ('tokenUsed' in stored) throw new Error('an open-link response cannot spend a token');
      return stored;
    },
    concurrency: BATCH_CONCURRENCY,
    maxBatch: MAX_BATCH,
  });
}
