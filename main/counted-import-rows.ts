import type { z } from 'zod';
import type { Db } from '../db/database';
import { findMeasuredImport } from '../db/repositories/measured-imports';
import { findSickLeaveImport } from '../db/repositories/sick-leave-imports';
import type { JobHandler } from '../jobs/define-job';
import { importMeasuredHandler } from '../worker/processors/import-measured';
import { importSickLeaveHandler } from '../worker/processors/import-sick-leave';
import type { ProcessMetrics } from './process-metrics';

type ImportHandler = JobHandler<z.ZodType<{ importId: string }>>;

/**
 * An import job whose finished import's rows are counted (`malbar_import_rows_total{kind}`), read
 * from its stored row after the run: the import's own code stays as it is.
 */
function countedImportRows(
  handler: ImportHandler,
  kind: string,
  rowsOf: (importId: string) => Promise<number | null | undefined>,
  metrics: ProcessMetrics,
): ImportHandler {
  return {
    definition: handler.definition,
    async handle(data, ctx) {
      await handler.handle(data, ctx);
      const rows = await rowsOf(data.importId).catch(() => null);
      if (rows) metrics.importRows.inc({ kind }, rows);
    },
  };
}

/** The two import jobs (sick leave, measured figures), their rows counted. */
export function countedImportHandlers(
  deps: { db: Db; now: () => Date },
  metrics: ProcessMetrics,
): JobHandler[] {
  return [
    countedImportRows(
      importSickLeaveHandler(deps),
      'sick-leave',
      async (id) => (await findSickLeaveImport(deps.db, id))?.rowsTotal,
      metrics,
    ),
    countedImportRows(
      importMeasuredHandler(deps),
      'measured',
      async (id) => (await findMeasuredImport(deps.db, id))?.rowsTotal,
      metrics,
    ),
  ];
}
