import { z } from 'zod';
import { Forbidden } from '../../core/errors';
import { minGroupSizeOf, type IndicatorDefinition } from '../../core/indicators/indicator-definition';
import type { DefinitionOf } from '../../core/networks/network-aggregate';
import { networkSeries, type NetworkYear } from '../../core/networks/network-series';
import { isInScope } from '../../core/org/scope';
import type { DbOrTx } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { findNetworkOf, listMemberships, listMunicipalityValues } from '../../db/repositories/networks';
import { findMunicipalityRoot } from '../../db/repositories/org-units';
import type { StaffUser } from '../../db/repositories/staff';
import { parseInput } from '../http/parse';

export const NetworkIndicatorQuery = z.object({
  instrumentKey: z.string().regex(/^[a-z][a-z0-9-]*$/),
  indicatorKey: z.string().regex(/^[a-z][a-z0-9-]*$/),
});

export interface NetworkIndicators {
  network: { name: string; members: number };
  instrumentKey: string;
  indicatorKey: string;
  /** How the values read (null when no member has measured the indicator). */
  unit: IndicatorDefinition['unit'] | null;
  years: NetworkYear[];
}

/**
 * The network's value of one indicator year by year, beside the viewer's own municipality's.
 * Other members' figures are read to be added up and never leave this function: the answer holds
 * the viewer's own value, the network aggregate (or why it is hidden) and counts. Any staff of a
 * member municipality may ask; the own municipality's total only if their scope is all of it.
 */
export async function loadNetworkIndicators(
  db: DbOrTx,
  instruments: InstrumentCache,
  staff: StaffUser,
  query: unknown,
): Promise<NetworkIndicators> {
  const { instrumentKey, indicatorKey } = parseInput(NetworkIndicatorQuery, query, 'query');
  const network = await findNetworkOf(db, staff.municipalityId);
  if (!network || network.status !== 'member')
    throw new Forbidden('Your municipality is not a member of a network');
  const members = network.members.filter((m) => m.status === 'member').map((m) => m.municipalityId);
  // Municipalities that left still count with the rounds they opened while members.
  const memberships = await listMemberships(db, network.id);
  const municipalityIds = [...new Set(memberships.map((m) => m.municipalityId))];
  const values = await listMunicipalityValues(db, { municipalityIds, instrumentKey, indicatorKey });
  const definitions = await definitionsOf(instruments, values, indicatorKey);
  const root = await findMunicipalityRoot(db, staff.municipalityId);
  const years = networkSeries(values, staff.municipalityId, {
    memberships,
    definitionOf: (hash) => definitions.get(hash) ?? null,
    showOwn: root !== undefined && isInScope(staff, root),
  });
  const unit = [...definitions.values()][0]?.indicator.unit ?? null;
  return {
    network: { name: network.name, members: members.length },
    instrumentKey,
    indicatorKey,
    unit,
    years,
  };
}

/** Each stored fingerprint's indicator definition and minimum group size, from the version it was computed with. */
async function definitionsOf(
  instruments: InstrumentCache,
  values: { instrumentVersionId: string; definitionHash: string }[],
  indicatorKey: string,
): Promise<Map<string, NonNullable<ReturnType<DefinitionOf>>>> {
  const definitions = new Map<string, NonNullable<ReturnType<DefinitionOf>>>();
  for (const { instrumentVersionId, definitionHash } of values) {
    if (definitions.has(definitionHash)) continue;
    const loaded = (await instruments.get(instrumentVersionId)).indicators;
    const indicator = loaded.indicators.find((i) => i.key === indicatorKey);
    if (indicator)
      definitions.set(definitionHash, { indicator, minGroupSize: minGroupSizeOf(loaded, indicator) });
  }
  return definitions;
}
