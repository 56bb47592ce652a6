/**
 * survey-core's verdict on one answer set, for comparing the compiled validator with it, as
 * test/core/surveys/validator-agrees-with-survey-core.test.ts documents: a fresh Model (these
 * definitions are small), `data = answers`, `validate(true)` over every page, then `doComplete()`.
 * survey-core accepts a set when it finds no error AND completes it unchanged: a value it drops
 * or rewrites on the way (a hidden row, a choice that is not there, a ranking it reorders) is
 * one a browser never sends, and our validator refuses it instead.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { Helpers, Model } from 'survey-core';
import type { CompiledSurveyValidator } from '../../../../core/surveys/compile-validator';

export type Answers = Record<string, unknown>;

/** Through JSON as over HTTP (and so plain objects of this realm). */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export interface SurveyCoreVerdict {
  valid: boolean;
  /** Keys whose non-empty answer survey-core dropped or changed on complete. */
  changed: string[];
  /** survey-core's completed data: what a respondent's browser submits. */
  completed: Answers;
}

export function surveyCoreVerdict(json: unknown, answers: Answers): SurveyCoreVerdict {
  const model = new Model(json);
  model.data = viaJson(answers);
  const valid = model.validate(true);
  model.doComplete();
  const completed = viaJson(model.data as Answers);
  const changed = Object.keys(answers).filter(
    (key) => !Helpers.isValueEmpty(answers[key]) && !isDeepStrictEqual(viaJson(answers[key]), completed[key]),
  );
  return { valid, changed, completed };
}

/** survey-core logs each value it cannot take ("An attempt to assign an incorrect value"). */
export function quietSurveyCore(): void {
  beforeAll(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());
}

/**
 * The property: for drawn sets and for what a browser would submit for them, our verdict is ok
 * exactly when survey-core's is, and then our accepted answers are the set itself. Both verdicts
 * must be common, so the property tests both sides.
 */
export function expectAgreement(
  json: unknown,
  validator: CompiledSurveyValidator,
  sets: fc.Arbitrary<Answers>,
  options: { seed: number; numRuns: number },
): void {
  const tally = { accepted: 0, rejected: 0 };
  const compare = (answers: Answers): Answers => {
    const verdict = surveyCoreVerdict(json, answers);
    const ours = validator.validate(answers);
    const surveyCoreAccepts = verdict.valid && verdict.changed.length === 0;
    expect({ answers, ok: ours.ok, issues: ours.ok ? [] : ours.issues }).toMatchObject({
      answers,
      ok: surveyCoreAccepts,
    });
    if (ours.ok) tally.accepted++;
    else tally.rejected++;
    return verdict.completed;
  };
  fc.assert(
    fc.property(sets, (answers) => void compare(compare(answers))),
    options,
  );
  expect(tally.accepted).toBeGreaterThan(options.numRuns * 0.3);
  expect(tally.rejected).toBeGreaterThan(options.numRuns * 0.3);
}

/** An optional key of a drawn set: absent (most often left out by dropping the key), or the value. */
export function optional<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(value, { nil: undefined, freq: 4 });
}

/** A drawn record without the keys drawn as undefined (absent, as in JSON). */
export function withoutAbsent(record: Record<string, unknown>): Answers {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** survey-core completes `answers` without an error and unchanged, and so do we. */
export function expectBothAccept(json: unknown, validator: CompiledSurveyValidator, answers: Answers): void {
  expect(surveyCoreVerdict(json, answers)).toMatchObject({ valid: true, changed: [], completed: answers });
  expect(validator.validate(answers)).toEqual({ ok: true, answers });
}

/** survey-core objects to `answers` (an error, or an answer dropped or changed); we name `issues`. */
export function expectBothRefuse(
  json: unknown,
  validator: CompiledSurveyValidator,
  answers: Answers,
  issues: { field: string; issue: string }[],
): void {
  const verdict = surveyCoreVerdict(json, answers);
  expect(verdict.valid && verdict.changed.length === 0).toBe(false);
  expect(validator.validate(answers)).toEqual({ ok: false, issues });
}
