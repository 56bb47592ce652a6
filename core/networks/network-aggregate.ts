import { estimateFromStats } from '../indicators/estimate-from-stats';
import type { IndicatorDefinition } from '../indicators/indicator-definition';
import { addStats, emptyStats, type IndicatorStats } from '../indicators/indicator-stats';

/** One member municipality's statistics for the indicator in one year (its whole tree). */
export interface MemberStats {
  municipalityId: string;
  stats: IndicatorStats;
  /** Values with equal fingerprints are comparable (core/indicators/fingerprint-source.ts). */
  definitionHash: string;
}

export type NetworkHiddenReason = 'no-data' | 'fewer-than-3-municipalities' | 'too-few-respondents';

export type NetworkAggregate =
  | {
      shown: true;
      municipalities: number;
      n: number;
      value: number;
      ciLow: number | null;
      ciHigh: number | null;
    }
  | { shown: false; municipalities: number; reason: NetworkHiddenReason };

/** How the indicator is computed and the smallest group it may be shown for, by definition fingerprint. */
export type DefinitionOf = (
  definitionHash: string,
) => { indicator: IndicatorDefinition; minGroupSize: number } | null;

/**
 * The network's value as one member (the viewer) may see it: the members' statistics added up
 * (they are additive), with the interval computed as for any group (estimateFromStats; no finite
 * population correction, the network's population is not known).
 *
 * The viewer knows its own figures, so network − own = the other members together. Hence:
 * - at least 3 municipalities must have data: with 2, the other one's total would be exposed;
 * - the others together must have at least the indicator's minimum group size of respondents, or
 *   the subtraction would show a group smaller than any unit may show.
 * Only members measured with the same indicator definition are combined (the most common one;
 * on a tie the viewer's, then the first fingerprint in order); the others are left out.
 */
export function networkAggregate(
  members: MemberStats[],
  viewerId: string,
  definitionOf: DefinitionOf,
): NetworkAggregate {
  const withData = members.filter((m) => m.stats.n > 0);
  const hash = commonDefinition(withData, viewerId);
  const definition = hash === null ? null : definitionOf(hash);
  if (hash === null || definition === null) return { shown: false, municipalities: 0, reason: 'no-data' };
  const comparable = withData.filter((m) => m.definitionHash === hash);
  const municipalities = comparable.length;
  if (municipalities < 3) return { shown: false, municipalities, reason: 'fewer-than-3-municipalities' };
  const others = comparable.filter((m) => m.municipalityId !== viewerId);
  const othersN = others.reduce((n, m) => n + m.stats.n, 0);
  if (othersN < definition.minGroupSize)
    return { shown: false, municipalities, reason: 'too-few-respondents' };
  const total = emptyStats();
  for (const member of comparable) addStats(total, member.stats);
  const { n, value, ciLow, ciHigh } = estimateFromStats(definition.indicator, total, null);
  return { shown: true, municipalities, n, value: value!, ciLow, ciHigh };
}

function commonDefinition(members: MemberStats[], viewerId: string): string | null {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.definitionHash, (counts.get(m.definitionHash) ?? 0) + 1);
  const viewerHash = members.find((m) => m.municipalityId === viewerId)?.definitionHash;
  const ranked = [...counts].sort(
    ([a, countA], [b, countB]) =>
      countB - countA || Number(b === viewerHash) - Number(a === viewerHash) || a.localeCompare(b),
  );
  return ranked[0]?.[0] ?? null;
}
