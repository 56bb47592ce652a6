import { NotFound } from '../../core/errors';
import { READS_EVERYTHING } from '../../core/org/read-scope';
import type { FollowUpReport } from '../../core/reports/follow-up-report';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { listPublishedContracts, type Contract } from '../../db/repositories/contracts';
import { findReport, listContractReports } from '../../db/repositories/follow-up-reports';
import { buildFollowUpReport } from './build-follow-up-report';
import { viewOf, type ReportView } from './follow-up-reports';

export interface PublicContract {
  /** The goals as the data stand today: results only, no draft texts. */
  live: FollowUpReport;
  adopted: { year: number; adoptedAt: string }[];
}

export interface PublicPage {
  municipality: { name: string; slug: string; country: 'dk' | 'no' };
  contracts: PublicContract[];
}

/**
 * What citizens see: each published contract's goals with their latest measurement (anonymity
 * applied as everywhere), and the adopted follow-up reports. Drafts' texts are never public.
 */
export async function loadPublicPage(
  deps: { db: Db; instruments: InstrumentCache; now: () => Date },
  slug: string,
): Promise<PublicPage> {
  const found = await listPublishedContracts(deps.db, slug);
  if (!found) throw new NotFound(`There is no municipality ${slug}`);
  const contracts: PublicContract[] = [];
  for (const contract of found.contracts) {
    const year = currentYearOf(contract, deps.now());
    const texts = { medStatement: '', processEvaluations: new Map<string, string>() };
    const live = await buildFollowUpReport(
      deps.db,
      deps.instruments,
      contract,
      year,
      texts,
      READS_EVERYTHING,
    );
    const adopted = (await listContractReports(deps.db, contract.id))
      .filter((r) => r.status === 'adopted')
      .map((r) => ({ year: r.year, adoptedAt: r.adoptedAt!.toISOString() }));
    contracts.push({ live, adopted });
  }
  return { municipality: found.municipality as PublicPage['municipality'], contracts };
}

/** An adopted report of a published contract, exactly as adopted. Drafts are not public. */
export async function loadPublicReport(
  deps: { db: Db; instruments: InstrumentCache; now: () => Date },
  slug: string,
  contractId: string,
  year: number,
): Promise<{ view: ReportView; country: 'dk' | 'no' }> {
  const found = await listPublishedContracts(deps.db, slug);
  const contract = found?.contracts.find((c) => c.id === contractId);
  const record = contract ? await findReport(deps.db, contract.id, year) : undefined;
  if (!found || !contract || record?.status !== 'adopted')
    throw new NotFound(`There is no adopted report ${year} for this contract`);
  return {
    view: await viewOf(deps, contract, year, record, READS_EVERYTHING),
    country: found.municipality.country as 'dk' | 'no',
  };
}

/** This year if the contract runs now, else the nearest year of its period. */
function currentYearOf(contract: Contract, now: Date): number {
  const year = now.getUTCFullYear();
  const first = Number(contract.periodStart.slice(0, 4));
  const last = Number(contract.periodEnd.slice(0, 4));
  return Math.min(Math.max(year, first), last);
}
