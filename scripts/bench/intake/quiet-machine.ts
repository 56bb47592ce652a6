import { idleMachineBusyCores } from './cpu-accounting';

/** Other work above this many cores makes the figures lower and noisier. */
const QUIET_CORES = 0.25;

/**
 * On a shared development machine, waits (up to `maxSeconds`) until the machine has been
 * quiet for 3 s while the bench's own processes are idle, so a phase does not measure someone
 * else's test run. Returns the other work's cores at the start of the phase.
 */
export async function waitForQuietMachine(label: string, maxSeconds: number): Promise<number> {
  const until = Date.now() + maxSeconds * 1000;
  let busy = await idleMachineBusyCores();
  while (busy > QUIET_CORES && Date.now() < until) {
    console.log(`${label}: waiting for a quiet machine (other work uses ${busy.toFixed(2)} cores)`);
    busy = await idleMachineBusyCores();
  }
  if (busy > QUIET_CORES)
    console.warn(
      `WARNING ${label}: other work uses ${busy.toFixed(2)} cores; the figures will be lower and noisier`,
    );
  return busy;
}
