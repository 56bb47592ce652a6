/**
 * The Node options each process runs with. package.json's scripts, the Dockerfile's CMD and the
 * compose file say the same; test/integration/compose-commands checks it. Both get a larger young
 * generation than V8's default 16 MB semi-space.
 */

/**
 * The worker: a full recompute allocates a unit's parsed scores and cells and drops them a moment
 * later, and with the default much of that was still alive at each scavenge and copied. 32 MB cut
 * the national full recompute's Node CPU by about a tenth for ~30 MB more peak memory
 * (docs/decisions/0023).
 */
export const WORKER_NODE_ARGS = ['--max-semi-space-size=32'];

/**
 * A server (and `npm start`, which is a server with the jobs in-process): every answer allocates
 * its parsed body, validation and batch, all garbage a few milliseconds later. In five interleaved
 * pairs of `bench:intake --phases=product` the server's CPU per answer was 370 µs on average with
 * 32 MB against 430 µs without (README, performance).
 */
export const SERVER_NODE_ARGS = ['--max-semi-space-size=32'];
