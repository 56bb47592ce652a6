import { setImmediate as nextTurn } from 'node:timers/promises';
import type { JobContext } from '../../jobs/define-job';

const EVERY_ROWS = 1000;
/** Reading and checking is most of the work; the last 10 % is writing the rows. */
const READING_SHARE = 90;

/** Rows read so far and rows in the file (null while unknown: an XLSX's rows are known once read). */
export interface RowsRead {
  rowsDone: number;
  rowsTotal: number | null;
}

/**
 * Counts the rows of an import as they are read, and every 1,000 rows writes the count on the
 * import (`record`, for the page's progress bar) and on the job (for the queue board).
 */
export class ImportProgress {
  private rowsDone = 0;

  constructor(
    private readonly record: (rows: RowsRead) => Promise<void>,
    private readonly job: JobContext,
    private readonly rowsTotal: number | null,
  ) {}

  async rowRead(): Promise<void> {
    this.rowsDone++;
    if (this.rowsDone % EVERY_ROWS === 0) await this.report();
  }

  async report(): Promise<void> {
    const { rowsDone, rowsTotal } = this;
    await this.record({ rowsDone, rowsTotal });
    // Run in-process (PGlite, no Redis), the import shares the event loop with the server: let the
    // requests waiting meanwhile (this import's progress, among them) through every 1,000 rows.
    await nextTurn();
    if (rowsTotal)
      await this.job.reportProgress(
        Math.min(READING_SHARE, Math.floor((rowsDone / rowsTotal) * READING_SHARE)),
      );
  }

  get rows(): number {
    return this.rowsDone;
  }
}
