import type { IndicatorStats } from '../indicators/indicator-stats';
import { networkAggregate, type DefinitionOf, type NetworkAggregate } from './network-aggregate';
import { roundsWhileMember, type Membership } from './network-membership';

/** A member municipality's stored municipality-level value in one round (root unit, no breakdown). */
export interface MemberRoundValue {
  municipalityId: string;
  roundId: string;
  opensOn: string;
  stats: IndicatorStats;
  definitionHash: string;
  /** As stored and shown to the municipality itself: blank where its own rules or audit hid it. */
  hidden: boolean;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export type OwnValue =
  | { shown: true; n: number; value: number; ciLow: number | null; ciHigh: number | null }
  | { shown: false; reason: 'hidden' | 'no-data' };

export interface NetworkYear {
  year: number;
  /** The viewer's own municipality; null when the viewer may not see its municipality total. */
  own: OwnValue | null;
  network: NetworkAggregate;
}

/**
 * Year by year, the viewer's own value and the network's. The network adds up the rounds each
 * member opened while a member (roundsWhileMember); the viewer's own value is its own, whenever
 * measured. Each municipality counts with its latest round of the year that has answers: two
 * rounds in a year may ask the same people twice, so their statistics are not added. Newest first.
 */
export function networkSeries(
  values: MemberRoundValue[],
  viewerId: string,
  opts: { memberships: Membership[]; definitionOf: DefinitionOf; showOwn: boolean },
): NetworkYear[] {
  const network = latestByYear(roundsWhileMember(values, opts.memberships));
  const own = latestByYear(values.filter((v) => v.municipalityId === viewerId));
  const years = [...new Set([...network.keys(), ...own.keys()])].sort((a, b) => b - a);
  return years.map((year) => ({
    year,
    own: opts.showOwn ? ownValue(own.get(year)?.get(viewerId)) : null,
    network: networkAggregate([...(network.get(year)?.values() ?? [])], viewerId, opts.definitionOf),
  }));
}

/** Per year and municipality, its latest round with answers. */
function latestByYear(values: MemberRoundValue[]): Map<number, Map<string, MemberRoundValue>> {
  const byYear = new Map<number, Map<string, MemberRoundValue>>();
  for (const value of values) {
    if (value.stats.n === 0) continue;
    const year = Number(value.opensOn.slice(0, 4));
    const members = byYear.get(year) ?? new Map<string, MemberRoundValue>();
    byYear.set(year, members);
    const known = members.get(value.municipalityId);
    if (!known || value.opensOn > known.opensOn) members.set(value.municipalityId, value);
  }
  return byYear;
}

function ownValue(value: MemberRoundValue | undefined): OwnValue {
  if (!value) return { shown: false, reason: 'no-data' };
  if (value.hidden || value.value === null) return { shown: false, reason: 'hidden' };
  return { shown: true, n: value.stats.n, value: value.value, ciLow: value.ciLow, ciHigh: value.ciHigh };
}
