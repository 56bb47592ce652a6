import type { ChoiceOptions } from './choice-options';

/** How one question's (present) answer is checked; `values` lists its answer values when fixed. */
export interface AnswerCheck {
  values?: readonly unknown[];
  /** `values`: the whole answer set as conditions see it (expression validators, bounds, choices). */
  check(value: unknown, values: Record<string, unknown>): string | null;
  /** Other item, special items and comment area of a choice question. */
  choiceOptions?: ChoiceOptions;
  /** The check of its other text or comment (`<key>-Comment`), when it has one. */
  comment?(value: unknown, values: Record<string, unknown>): string | null;
}

/** What compiling one question may look up: the survey object and the raw questions by name. */
export interface CompileContext {
  survey: Record<string, unknown>;
  elementNamed(name: string): Record<string, unknown> | undefined;
}
