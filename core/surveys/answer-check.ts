import type { ChoiceOptions } from './choice-options';
import type { SharedEntries } from './composite/shared-entries';

/** How one question's (present) answer is checked; `values` lists its answer values when fixed. */
export interface AnswerCheck {
  values?: readonly unknown[];
  /** `values`: the whole answer set as conditions see it (expression validators, bounds, choices). */
  check(value: unknown, values: Record<string, unknown>): string | null;
  /** The `validators` survey-core runs on no answer too (expression validators), when there are some. */
  checkEmpty?(value: unknown, values: Record<string, unknown>): string | null;
  /** survey-core drops an answer '' on completion, visible or not, unless clearInvisibleValues is
   * "none" (a multi-select image map). */
  dropsEmptyText?: boolean;
  /** Other item, special items and comment area of a choice question. */
  choiceOptions?: ChoiceOptions;
  /** A list answer whose entries other questions may share through valueName (shared-entries.ts). */
  entries?: SharedEntries;
  /** The check of its other text or comment (`<key>-Comment`), when it has one. */
  comment?(value: unknown, values: Record<string, unknown>): string | null;
}

/** What compiling one question may look up: the survey object and the raw questions by name. */
export interface CompileContext {
  survey: Record<string, unknown>;
  elementNamed(name: string): Record<string, unknown> | undefined;
}
