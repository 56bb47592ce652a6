import { createHash } from 'node:crypto';
import { z } from 'zod';
import { staffEvent } from '../../core/audit/staff-actor';
import { Conflict, NotFound, ValidationFailed } from '../../core/errors';
import { READS_EVERYTHING, readScopeOf, type ReadScope } from '../../core/org/read-scope';
import { canonicalJson, type FollowUpReport } from '../../core/reports/follow-up-report';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import type { Contract } from '../../db/repositories/contracts';
import {
  adoptReport,
  findOrCreateReport,
  findReport,
  listProcessEvaluations,
  saveMedStatement,
  saveProcessEvaluation,
  type FollowUpReportRecord,
} from '../../db/repositories/follow-up-reports';
import type { StaffUser } from '../../db/repositories/staff';
import { parseInput } from '../http/parse';
import { buildFollowUpReport } from './build-follow-up-report';
import { assertWritesContracts, contractForStaff } from './contracts';

export interface ReportDeps {
  db: Db;
  instruments: InstrumentCache;
  now: () => Date;
}

/** A report as read: an adopted one is exactly its snapshot; a draft is built from today's data. */
export interface ReportView {
  /** The stored report's id; null for a draft nobody has written in yet. */
  reportId: string | null;
  report: FollowUpReport;
  status: 'draft' | 'adopted';
  adoptedAt: string | null;
  contentHash: string | null;
}

export const contentHashOf = (report: FollowUpReport) =>
  createHash('sha256').update(canonicalJson(report)).digest('hex');

function assertYearInPeriod(contract: Contract, year: number): void {
  const first = Number(contract.periodStart.slice(0, 4));
  const last = Number(contract.periodEnd.slice(0, 4));
  if (!Number.isInteger(year) || year < first || year > last)
    throw new NotFound(`The contract runs ${first}-${last}; there is no report for ${year}`);
}

/**
 * The report of a contract and year, for any staff user of the municipality (viewers read too). A
 * draft holds the results the user may read (ADR 0013); an adopted report is the council's
 * published document and reads the same for everyone.
 */
export async function loadReportForStaff(
  deps: ReportDeps,
  staff: StaffUser,
  contractId: string,
  year: number,
): Promise<ReportView> {
  const contract = await contractForStaff(deps.db, staff, contractId);
  assertYearInPeriod(contract, year);
  return viewOf(deps, contract, year, await findReport(deps.db, contractId, year), readScopeOf(staff));
}

export async function viewOf(
  deps: ReportDeps,
  contract: Contract,
  year: number,
  record: FollowUpReportRecord | undefined,
  reader: ReadScope,
): Promise<ReportView> {
  if (record?.status === 'adopted')
    return {
      reportId: record.id,
      report: record.snapshot as FollowUpReport,
      status: 'adopted',
      adoptedAt: record.adoptedAt?.toISOString() ?? null,
      contentHash: record.contentHash,
    };
  const texts = {
    medStatement: record?.medStatement ?? '',
    processEvaluations: record ? await listProcessEvaluations(deps.db, record.id) : new Map<string, string>(),
  };
  const report = await buildFollowUpReport(deps.db, deps.instruments, contract, year, texts, reader);
  return { reportId: record?.id ?? null, report, status: 'draft', adoptedAt: null, contentHash: null };
}

export const ReportTexts = z.object({
  medStatement: z.string().max(20_000).optional(),
  processEvaluations: z.record(z.uuid(), z.string().max(20_000)).default({}),
});
export type ReportTexts = z.infer<typeof ReportTexts>;

/** Staff write the process evaluations and enter the MED committee's statement while it is a draft. */
export async function saveReportTexts(
  deps: ReportDeps,
  staff: StaffUser,
  contractId: string,
  year: number,
  input: unknown,
): Promise<void> {
  assertWritesContracts(staff);
  const contract = await contractForStaff(deps.db, staff, contractId);
  assertYearInPeriod(contract, year);
  const texts = parseInput(ReportTexts, input, 'report texts');
  const record = await findReport(deps.db, contractId, year);
  const view = await viewOf(deps, contract, year, record, READS_EVERYTHING);
  if (view.status === 'adopted') throw new Conflict(`The ${year} report is adopted and cannot change`);
  const goalIds = new Set(view.report.areas.flatMap((a) => a.goals.map((g) => g.id)));
  const unknown = Object.keys(texts.processEvaluations).filter((id) => !goalIds.has(id));
  if (unknown.length)
    throw new ValidationFailed(
      'The report texts are not valid',
      unknown.map((id) => ({ field: `processEvaluations.${id}`, issue: 'not a goal of this contract' })),
    );
  await deps.db.transaction(async (tx) => {
    const record = await findOrCreateReport(tx, {
      municipalityId: contract.municipalityId,
      contractId,
      year,
    });
    if (texts.medStatement !== undefined) await saveMedStatement(tx, record.id, texts.medStatement.trim());
    for (const [goalId, text] of Object.entries(texts.processEvaluations))
      await saveProcessEvaluation(tx, record.id, goalId, text.trim());
  });
}

/**
 * Adopts the report as the council did: the report as it reads now is stored with its SHA-256 and
 * never changes again. The staff representatives must have had their say (seed 000).
 */
export async function adoptFollowUpReport(
  deps: ReportDeps,
  staff: StaffUser,
  contractId: string,
  year: number,
): Promise<{ contentHash: string }> {
  assertWritesContracts(staff);
  const contract = await contractForStaff(deps.db, staff, contractId);
  assertYearInPeriod(contract, year);
  // Found, not created: a refused adoption leaves no draft behind (a report without one has no statement).
  const record = await findReport(deps.db, contractId, year);
  if (record?.status === 'adopted') throw new Conflict(`The ${year} report was adopted already`);
  if (!record || record.medStatement.trim() === '')
    throw new ValidationFailed('The report cannot be adopted yet', [
      { field: 'medStatement', issue: "enter the MED committee's statement before adopting" },
    ]);
  // What the council adopts holds every unit, whoever presses the button.
  const { report } = await viewOf(deps, contract, year, record, READS_EVERYTHING);
  const contentHash = contentHashOf(report);
  const at = deps.now();
  const detail = { contractId, contract: contract.title, year, contentHash };
  await deps.db.transaction(async (tx) => {
    const adopted = await adoptReport(tx, record.id, {
      snapshot: report,
      contentHash,
      adoptedBy: staff.id,
      at,
    });
    if (!adopted) throw new Conflict(`The ${year} report was adopted meanwhile`);
    const subject = `report:${contractId}/${year}`;
    await recordAuditEvent(tx, staffEvent(staff, 'report_adopted', subject, detail), at);
  });
  return { contentHash };
}
