import { isQualityStaff } from '../../core/org/scope';
import { orderTree } from '../../core/org/org-tree';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import {
  listContracts,
  listServiceAreas,
  type Contract,
  type ServiceArea,
} from '../../db/repositories/contracts';
import { listContractReports } from '../../db/repositories/follow-up-reports';
import { listContractsWithGoals, type Goal } from '../../db/repositories/goals';
import { findMunicipalityRoot, listSubtree } from '../../db/repositories/org-units';
import type { StaffUser } from '../../db/repositories/staff';
import { contractForStaff } from './contracts';
import { loadGoalCatalogue, type InstrumentIndicatorChoice } from './indicator-catalogue';

export interface ContractView {
  contract: Contract;
  areas: (ServiceArea & { goals: (Goal & { unit: 'share' | 'score' | 'index' })[] })[];
  reports: { year: number; status: 'draft' | 'adopted' | 'not-started'; adoptedAt: string | null }[];
  catalogue: InstrumentIndicatorChoice[];
  units: { id: string; name: string; depth: number }[];
  mayEdit: boolean;
}

export async function loadContractList(
  db: Db,
  staff: StaffUser,
): Promise<{ contracts: Contract[]; mayEdit: boolean }> {
  return { contracts: await listContracts(db, staff.municipalityId), mayEdit: isQualityStaff(staff) };
}

/** A contract with its service areas, goals, yearly reports, and what a new goal can be set on. */
export async function loadContractView(
  deps: { db: Db; instruments: InstrumentCache },
  staff: StaffUser,
  contractId: string,
): Promise<ContractView> {
  const contract = await contractForStaff(deps.db, staff, contractId);
  const root = (await findMunicipalityRoot(deps.db, staff.municipalityId))!;
  const [areas, withGoals, records, catalogue, units] = await Promise.all([
    listServiceAreas(deps.db, contractId),
    listContractsWithGoals(deps.db, staff.municipalityId),
    listContractReports(deps.db, contractId),
    loadGoalCatalogue(deps.db, deps.instruments, staff.municipalityId),
    listSubtree(deps.db, root),
  ]);
  const goals = withGoals.find((c) => c.id === contractId)?.goals ?? [];
  const unitOf = (g: Goal) =>
    catalogue
      .find((c) => c.instrumentKey === g.instrumentKey)
      ?.indicators.find((i) => i.key === g.indicatorKey)?.unit ?? 'share';
  const first = Number(contract.periodStart.slice(0, 4));
  const last = Number(contract.periodEnd.slice(0, 4));
  return {
    contract,
    areas: areas.map((a) => ({
      ...a,
      goals: goals.filter((g) => g.serviceArea === a.key).map((g) => ({ ...g, unit: unitOf(g) })),
    })),
    reports: Array.from({ length: last - first + 1 }, (_, i) => {
      const record = records.find((r) => r.year === first + i);
      return {
        year: first + i,
        status: record?.status ?? 'not-started',
        adoptedAt: record?.adoptedAt?.toISOString() ?? null,
      };
    }),
    catalogue,
    units: orderTree(root, units)
      .filter(({ unit }) => unit.kind !== 'group')
      .map(({ unit, depth }) => ({ id: unit.id, name: unit.name, depth })),
    mayEdit: isQualityStaff(staff),
  };
}
