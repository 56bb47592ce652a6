/** An uploaded file that cannot be read at all (a broken workbook): reported on the import, not retried. */
export class UnreadableFile extends Error {
  constructor(readonly problem: string) {
    super(problem);
    this.name = 'UnreadableFile';
  }
}
