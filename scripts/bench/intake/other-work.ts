import fs from 'node:fs';
import { cpuSeconds } from '../national/stats';

/** Every process's CPU seconds so far, with a short name from its command line. */
export type ProcessTable = Map<number, { label: string; seconds: number }>;

export function readProcessTable(): ProcessTable {
  const table: ProcessTable = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      table.set(pid, { label: labelOf(pid), seconds: cpuSeconds(pid) });
    } catch {
      /* the process ended meanwhile */
    }
  }
  return table;
}

/**
 * The processes outside the bench that used the most CPU between two readings (those that ran
 * through the end of the window): who else was working while a phase was measured.
 */
export function topOtherWork(
  before: ProcessTable,
  after: ProcessTable,
  benchPids: Set<number>,
  seconds: number,
): { process: string; cores: number }[] {
  return [...after]
    .filter(([pid]) => !benchPids.has(pid))
    .map(([pid, now]) => ({
      process: now.label,
      cores: (now.seconds - (before.get(pid)?.seconds ?? 0)) / seconds,
    }))
    .filter((p) => p.cores >= 0.02)
    .sort((a, b) => b.cores - a.cores)
    .slice(0, 4);
}

function labelOf(pid: number): string {
  const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  if (args.length === 0) return `[${fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim()}]`;
  // `node …/tsx/… script.ts` or `node …/.bin/jest args`: the script and its first arguments say who it is.
  const script = args.findIndex((a, i) => i > 0 && !a.startsWith('-') && !a.includes('/tsx/dist/'));
  const shown = script > 0 ? args.slice(script, script + 3) : args.slice(0, 3);
  return shown
    .map((a) => a.replace(/^.*node_modules\/(\.bin\/)?/, '').replace(/^\/work\/main\//, ''))
    .join(' ')
    .slice(0, 80);
}
