import type { JobHandler } from '../jobs/define-job';
import type { ProcessMetrics } from './process-metrics';
import type { z } from 'zod';

type ImportHandler = JobHandler<z.ZodType<{ importId: string }>>;

/**
 * An import job whose finished import's rows are counted (`malbar_import_rows_total{kind}`), read
 * from its stored row after the run: the import's own code stays as it is.
 */
export function countedImportRows(
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
