/** A problem with one row of an imported file, named by the file's line and the column as headed there. */
export interface ImportIssue {
  line: number;
  field: string;
  message: string;
}
