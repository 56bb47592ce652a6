import type { FollowUpReport } from '../api/api-types';

/** GET /api/contracts/:id/reports/:year (server/use-cases/follow-up-reports.ts ReportView). */
export interface ReportView {
  reportId: string | null;
  report: FollowUpReport;
  status: 'draft' | 'adopted';
  adoptedAt: string | null;
  contentHash: string | null;
}

/** PUT …/texts: the MED committee's statement and each goal's process evaluation by goal id. */
export interface ReportTexts {
  medStatement: string;
  processEvaluations: Record<string, string>;
}

export const textsOf = (report: FollowUpReport): ReportTexts => ({
  medStatement: report.medStatement,
  processEvaluations: Object.fromEntries(
    report.areas.flatMap((a) =>
      a.goals.filter((g) => !g.outsideReadScope).map((g) => [g.id, g.processEvaluation]),
    ),
  ),
});
