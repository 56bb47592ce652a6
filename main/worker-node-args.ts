/**
 * The Node options a worker process runs with (package.json's `worker` script and the compose
 * file's worker command say the same; test/integration/compose-commands checks it). A larger young
 * generation: a full recompute allocates a unit's parsed scores and cells and drops them a moment
 * later, and with V8's default 16 MB semi-space much of that was still alive at each scavenge and
 * copied. 32 MB cut the national full recompute's Node CPU by about a tenth for ~30 MB more peak
 * memory (docs/decisions/0023).
 */
export const WORKER_NODE_ARGS = ['--max-semi-space-size=32'];
