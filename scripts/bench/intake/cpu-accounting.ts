import fs from 'node:fs';
import { cpuSeconds, cpuSecondsByName, cpuSecondsSince } from '../national/stats';

/** CPU seconds used so far by each group of processes (pid → seconds), and by the whole machine. */
export interface CpuReading {
  groups: Map<string, Map<number, number>>;
  machine: MachineSeconds;
}

/** Seconds summed over all cores since boot, from /proc/stat. */
interface MachineSeconds {
  /** Running anything on this machine (user, system, interrupts). */
  busy: number;
  iowait: number;
  /** Wanted to run but the hypervisor ran another guest: the host's load, which this VM does not see as a process. */
  stolen: number;
}

/**
 * Reads /proc for the named processes (servers, worker), this process (autocannon and the
 * samplers), PostgreSQL split into the backends of the bench database and everything else
 * (postmaster, WAL writer, checkpointer, other databases' backends), and Redis.
 */
export function readCpu(processes: { name: string; pid: number }[], databaseName: string): CpuReading {
  const groups = new Map<string, Map<number, number>>();
  const add = (group: string, pid: number, seconds: number) => {
    if (!groups.has(group)) groups.set(group, new Map());
    groups.get(group)!.set(pid, seconds);
  };
  for (const { name, pid } of processes) add(name, pid, safeCpuSeconds(pid));
  add('bench (autocannon)', process.pid, cpuSeconds());
  for (const [pid, seconds] of cpuSecondsByName('postgres'))
    add(isBackendOf(pid, databaseName) ? 'postgres (bench db backends)' : 'postgres (other)', pid, seconds);
  for (const [pid, seconds] of cpuSecondsByName('redis-server')) add('redis', pid, seconds);
  return { groups, machine: machineSeconds() };
}

/**
 * Cores used per group between two readings, plus the whole machine's busy time, the part of it
 * no group accounts for, iowait, and the time the hypervisor gave to other guests (a run whose cores
 * were stolen from did less in the same seconds: noise from the host, not from the code).
 */
export function coresUsed(before: CpuReading, after: CpuReading, seconds: number): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [group, pids] of after.groups)
    result[group] = cpuSecondsSince(before.groups.get(group) ?? new Map(), pids) / seconds;
  const accounted = Object.values(result).reduce((sum, cores) => sum + cores, 0);
  result['machine: busy (all processes)'] = (after.machine.busy - before.machine.busy) / seconds;
  // Anyone else's work on the machine (and kernel time no process is charged for): noise in the figures.
  result['machine: not the above'] = result['machine: busy (all processes)'] - accounted;
  result['machine: iowait'] = (after.machine.iowait - before.machine.iowait) / seconds;
  result['machine: stolen by the hypervisor'] = (after.machine.stolen - before.machine.stolen) / seconds;
  return result;
}

function safeCpuSeconds(pid: number): number {
  try {
    return cpuSeconds(pid);
  } catch {
    return 0; // the process has ended
  }
}

/** A backend's command line reads `postgres: <user> <database> <host> <state>`. */
function isBackendOf(pid: number, databaseName: string): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${databaseName} `);
  } catch {
    return false;
  }
}

/** Busy time of all cores (everything but idle, iowait and steal), iowait and steal, from /proc/stat. */
function machineSeconds(): MachineSeconds {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [user, nice, system, , iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1, 9)
    .map(Number);
  const busy = [user, nice, system, irq, softirq].reduce((sum: number, t) => sum + (t ?? 0), 0);
  return { busy: busy / 100, iowait: (iowait ?? 0) / 100, stolen: (steal ?? 0) / 100 }; // USER_HZ
}

/**
 * Cores the machine is busy with over `ms` while the bench does nothing: other people's load, on
 * this machine or (stolen time) on the host it shares.
 */
export async function idleMachineBusyCores(ms = 3000): Promise<number> {
  const taken = () => {
    const { busy, stolen } = machineSeconds();
    return busy + stolen;
  };
  const before = taken();
  await new Promise((r) => setTimeout(r, ms));
  return (taken() - before) / (ms / 1000);
}
