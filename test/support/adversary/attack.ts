import { buildAttackerSystem, type AttackerOptions } from './attacker-system';
import { judge, objectivesOf, summarise, type Finding } from './findings';
import { readInstrument, withoutLinks, type InstrumentFacts } from './instrument-knowledge';
import { boundObjectives, equalitiesOnly, type BoundStats } from './milp-bounds';
import { protectedGroups } from './protected-cells';
import type { Snapshot } from './snapshot';
import type { TrueCell } from './truth';
import { premisesThatFail } from './truth-check';

export interface AttackReport {
  reader: string;
  moments: number;
  protectedCells: number;
  protectedIncrements: number;
  findings: Finding[];
  counts: Record<string, number>;
  /** Premises of the attacker that the truth contradicts: must be none, or the attack is wrong. */
  premiseViolations: string[];
  /** One cell published differently in two places. */
  disagreements: string[];
  size: { columns: number; rows: number; publishedCells: number; requests: number; buildMillis: number };
  bounds: BoundStats;
}

const instruments = new Map<string, InstrumentFacts | undefined>();
export function instrumentFacts(key: string): InstrumentFacts | undefined {
  if (!instruments.has(key)) {
    try {
      instruments.set(key, readInstrument(key));
    } catch {
      instruments.set(key, undefined); // not a survey the attacker has documentation for
    }
  }
  return instruments.get(key);
}

/**
 * The whole attack on what one reader saved at one or more moments (oldest first): the system,
 * the protected groups (true n known only to choose them), the solver's bounds, the verdicts.
 */
export async function attack(
  moments: Snapshot[],
  truthAt: Map<string, TrueCell>[],
  options: AttackerOptions & {
    /** Only exact linear algebra (no bounds, no whole numbers): the weaker attacker of the audit. */
    equalitiesOnly?: boolean;
  },
): Promise<AttackReport> {
  const started = Date.now();
  const facts = (key: string) => {
    const documented = instrumentFacts(key);
    return documented && options.linkedIndicators === false ? withoutLinks(documented) : documented;
  };
  const built = buildAttackerSystem(moments, facts, options);
  const roundsInstrument = new Map<string, string>();
  for (const s of moments) for (const r of s.rounds.values()) roundsInstrument.set(r.id, r.instrumentKey);
  const premiseViolations = premisesThatFail(built, truthAt, (id) => facts(roundsInstrument.get(id) ?? ''));
  const groups = protectedGroups(built.cells, truthAt);
  const buildMillis = Date.now() - started;
  const system = options.equalitiesOnly ? equalitiesOnly(built.system) : built.system;
  const { ranges, stats } = await boundObjectives(system, groups.flatMap(objectivesOf));
  const parentOf = new Map<string, string | null>();
  for (const s of moments) for (const u of s.units) if (!parentOf.get(u.id)) parentOf.set(u.id, u.parentId);
  const soleGroup = (moment: number, roundId: string, unitId: string) => {
    const sole: string[] = [];
    for (const [key, values] of moments[moment]!.listedGroups)
      if (key.startsWith(`${roundId}|${unitId}|`) && values.length === 1)
        sole.push(`${key.split('|')[2]}=${values[0]}`);
    return sole;
  };
  const findings = groups.flatMap((g) => judge(g, ranges, { cells: built.cells, parentOf, soleGroup }));
  return {
    reader: moments.at(-1)!.reader,
    moments: moments.length,
    protectedCells: groups.filter((g) => !g.increment).length,
    protectedIncrements: groups.filter((g) => g.increment).length,
    findings,
    counts: summarise(findings),
    premiseViolations,
    disagreements: [...new Set(moments.flatMap((s) => s.disagreements))],
    size: {
      columns: built.system.columns.length,
      rows: built.system.rows.length,
      publishedCells: built.cells.length,
      requests: moments.reduce((n, s) => n + s.requests, 0),
      buildMillis,
    },
    bounds: stats,
  };
}
