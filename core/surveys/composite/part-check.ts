import type { SharedEntries } from './shared-entries';
import type { ChoiceOptions } from '../choice-options';

/**
 * The shape of compile-answer-check.ts's AnswerCheck, restated so that composite checks, which
 * compile-answer-check.ts imports, need not import it back (no import cycle); TypeScript matches
 * the two by structure.
 */
export interface PartCheck {
  values?: readonly unknown[];
  check(value: unknown, values: Record<string, unknown>): string | null;
  /** A list answer whose entries other questions may share through valueName. */
  entries?: SharedEntries;
  /** Other item, special items and comment area of a choice question. */
  choiceOptions?: ChoiceOptions;
  /** The check of its other text or comment (`<key>-Comment`), when it has one. */
  comment?(value: unknown, values: Record<string, unknown>): string | null;
}
