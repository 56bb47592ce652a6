/** A problem with one row of an imported file, named by the file's line and the column as headed there. */
export interface ImportIssue {
  line: number;
  field: string;
  message: string;
  /** A stable name of the problem, for screens that say it in the reader's language (with `params`). */
  code?: string;
  params?: Record<string, string | number>;
}
