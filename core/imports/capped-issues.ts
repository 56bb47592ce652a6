import type { ImportIssue } from './import-issue';

/**
 * The issues of a file up to a cap, and how many there were in all: a file wrong on every one of
 * a million rows is reported by its first few hundred problems and a count, not a million.
 */
export class CappedIssues {
  private readonly kept: ImportIssue[] = [];
  private count = 0;

  constructor(readonly cap: number) {}

  add(issue: ImportIssue): void {
    this.count++;
    if (this.kept.length < this.cap) this.kept.push(issue);
  }

  /** The issues kept, by line (stable: a line's issues stay in the order of its columns). */
  list(): ImportIssue[] {
    return [...this.kept].sort((a, b) => a.line - b.line);
  }

  get total(): number {
    return this.count;
  }
}
