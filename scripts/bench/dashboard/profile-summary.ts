import path from 'node:path';
import { tsxSourceLines } from './source-lines';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** The parts of a V8 .cpuprofile (node --cpu-prof) that a summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; hitCount?: number; children?: number[] }[];
  /** Microseconds on the monotonic clock, as process.hrtime. */
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const ROOT = path.resolve(__dirname, '../../..');
const NOT_CODE = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/** The samples taken within [startUs, endUs], as a profile of its own (Chrome DevTools opens it). */
export function sliceProfile(profile: CpuProfile, window: { startUs: number; endUs: number }): CpuProfile {
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  let t = profile.startTime;
  let last = window.startUs;
  const hits = new Map<number, number>();
  for (const [i, sample] of profile.samples.entries()) {
    t += profile.timeDeltas[i]!;
    if (t < window.startUs || t > window.endUs) continue;
    samples.push(sample);
    timeDeltas.push(t - last);
    last = t;
    hits.set(sample, (hits.get(sample) ?? 0) + 1);
  }
  return {
    nodes: profile.nodes.map((n) => ({ ...n, hitCount: hits.get(n.id) ?? 0 })),
    startTime: window.startUs,
    endTime: window.endUs,
    samples,
    timeDeltas,
  };
}

let sourceLineOf: ReturnType<typeof tsxSourceLines> | undefined;

/** Where a function is: the file (relative to the project) and line, for .ts files mapped through tsx's cache. */
function placeOf(frame: CallFrame): string {
  const file = frame.url.replace(/^file:\/\//, '');
  if (!file) return frame.functionName || '(native)';
  const short = file.startsWith(ROOT) ? path.relative(ROOT, file) : file;
  sourceLineOf ??= tsxSourceLines();
  const line = file.endsWith('.ts')
    ? sourceLineOf(file, frame.lineNumber, frame.columnNumber)
    : frame.lineNumber + 1;
  return `${frame.functionName || '(anonymous)'} ${short}${line === null ? '' : `:${line}`}`;
}

const isProjectCode = (frame: CallFrame) =>
  frame.url.includes(ROOT) && !frame.url.includes('/node_modules/') && frame.functionName !== '';

/**
 * Time per request by function: where the CPU went (self time, any code) and which of our
 * functions it went through (inclusive time, project code only). Each sample counts for the
 * interval since the previous one.
 */
export function summariseProfile(profile: CpuProfile, requests: number, top = 15): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let busy = 0;
  for (const [i, sample] of profile.samples.entries()) {
    const us = profile.timeDeltas[i]!;
    const node = byId.get(sample)!;
    total += us;
    const name = node.callFrame.functionName;
    if (NOT_CODE.has(name) && name !== '(garbage collector)') continue;
    busy += us;
    self.set(placeOf(node.callFrame), (self.get(placeOf(node.callFrame)) ?? 0) + us);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      const place = placeOf(frame);
      if (!isProjectCode(frame) || seen.has(place)) continue;
      seen.add(place);
      inclusive.set(place, (inclusive.get(place) ?? 0) + us);
    }
  }
  const perRequest = (us: number) => `${(us / 1000 / requests).toFixed(1).padStart(7)} ms`;
  const share = (us: number) => `${((us / Math.max(busy, 1)) * 100).toFixed(0).padStart(3)} %`;
  const listed = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([place, us]) => `  ${perRequest(us)} ${share(us)}  ${place}`);
  return [
    `sampled ${(total / 1000).toFixed(0)} ms over ${requests} requests; server busy ${perRequest(busy).trim()} per request (the rest is waiting, mostly on PostgreSQL)`,
    'self time per request (share of busy time):',
    ...listed(self),
    'inclusive time per request, project code:',
    ...listed(inclusive),
  ];
}
