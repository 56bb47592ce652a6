/**
 * The compiled validator against survey-core's own judgement, for every instrument in
 * survey-definitions/ (property-based, fast-check, fixed seeds).
 *
 * survey-core's verdict on an answer set is what a naive server would get from SurveyJS itself:
 * `model.data = answers`, `model.validate(true)` (every visible page; `true` records each
 * question's errors so they can be named), then `model.doComplete()`, whose clearInvisibleValues
 * ('onComplete', the default) drops answers to questions hidden by logic; `model.data` after that
 * is the completed data. Our validator drops them too, without an issue (until issue 21 it
 * rejected them, which refused answer sets survey-core completes without an error). So
 * survey-core's verdict maps onto the exact issues our validator must report, in survey order:
 *   - a 'required' error on a visible question        → { field, issue: 'answer required' }
 *   - any other survey-core error                       → a mismatch by construction (none expected)
 * Our verdict is ok exactly when that list is empty, and then our accepted answers must equal
 * survey-core's completed data (hidden answers dropped, nothing coerced). An empty answer (null, '', [])
 * is no answer to both, in conditions too (the last describe: survey-core's model runs a
 * condition on '' as on no answer, although its expression engine alone finds '' <= 3 true).
 *
 * The core property draws from the space survey-core understands: per question no key, an empty
 * value (null, '', []), one of its values with the definition's JSON type, or text within
 * maxLength; so answers to both logic branches at once (pupil grade 0-3 short form vs 4-9 long
 * form), partial ones, and required ones missing. Each drawn set is compared as drawn and again
 * as a respondent's browser would submit it (survey-core's completed data, through JSON).
 * A second property corrupts sets in ways survey-core does not check (see there).
 *
 * A survey-core model costs ~20 ms to construct and 5-13 ms to judge a set when reused, so one
 * model per instrument is reused, reset through `data = {}`: a model judges an empty answer
 * ('' or []) of a logic question as no answer only when it saw none before (the third property
 * shows reuse this way judges as a fresh model does). That cost bounds the runs: about 1,350
 * answer sets are judged by both in ~15 s.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  Helpers,
  Model,
  type ItemValue,
  type Question,
  type QuestionRatingModel,
  type QuestionSelectBase,
  type QuestionTextBase,
} from 'survey-core';
import type { FieldIssue } from '../../../core/errors';
import { compileValidator, type CompiledSurveyValidator } from '../../../core/surveys/compile-validator';

const SEED = 20251125;
/** Drawn sets per instrument (each compared twice); the one with logic gets the most. */
const coreRuns = (instrument: Instrument) => (instrument.hasLogic ? 220 : 100);
const OFF_SPACE_RUNS = 80;
const REUSE_RUNS = 8;
/** Our cap on free text when the definition sets none (compile-answer-check.ts). */
const DEFAULT_MAX_LENGTH = 2000;

type Answers = Record<string, unknown>;
interface Slot {
  name: string;
  isRequired: boolean;
  /** Answers survey-core understands: one of the values, or text within maxLength. */
  answer: fc.Arbitrary<unknown>;
  /** Answers survey-core takes without an error of its own, and we reject. */
  offSpace: fc.Arbitrary<unknown>;
}
interface Instrument {
  key: string;
  json: unknown;
  hasLogic: boolean;
  model: Model;
  validator: CompiledSurveyValidator;
  slots: Slot[];
}
interface SurveyCoreVerdict {
  errors: { field: string; type: string }[];
  completed: Answers;
}

function fixedValues(question: Question): unknown[] | undefined {
  const type = question.getType();
  if (type === 'radiogroup' || type === 'dropdown')
    return (question as QuestionSelectBase).choices.map((item: ItemValue) => item.value);
  if (type === 'rating') return (question as QuestionRatingModel).visibleRateValues.map((item) => item.value);
  return undefined;
}

/** Values survey-core keeps (loosely equal: '3' for 3, [3], { value: 3 }) or drops, never an error. */
function offChoices(values: unknown[]): fc.Arbitrary<unknown> {
  const value = fc.constantFrom(...values);
  return fc
    .oneof(
      fc.oneof(fc.integer({ min: -3, max: 12 }), fc.double({ noNaN: true }), fc.string({ minLength: 1 })),
      value.map((v) => (typeof v === 'number' ? String(v) : Number(v))),
      value.map((v) => ` ${String(v)}`),
      value.map((v) => [v]),
      value.map((v) => ({ value: v })),
      fc.constantFrom<unknown>(true, false, {}),
    )
    .filter((v) => !values.includes(v) && v !== '' && !Number.isNaN(v));
}

function slotFor(question: Question): Slot {
  const { name, isRequired } = question;
  const values = fixedValues(question);
  if (values !== undefined)
    return { name, isRequired, answer: fc.constantFrom(...values), offSpace: offChoices(values) };
  const type = question.getType();
  const inputType: unknown = question.getPropertyValue('inputType');
  if (type !== 'comment' && !(type === 'text' && (inputType ?? 'text') === 'text'))
    throw new Error(`${name}: no generator for ${type} ${String(inputType)}; extend this test`);
  const declared = (question as QuestionTextBase).maxLength;
  const max = declared > 0 ? Math.min(declared, DEFAULT_MAX_LENGTH) : DEFAULT_MAX_LENGTH;
  return {
    name,
    isRequired,
    // Short text, whitespace only, or exactly at the limit.
    answer: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom(' ', 'x'.repeat(max))),
    // survey-core has no length check on data and keeps any JSON type in a text question.
    offSpace: fc.oneof(
      fc.integer({ min: 1, max: 20 }).map((extra) => 'x'.repeat(max + extra)),
      fc.constantFrom<unknown>(0, 42, true, false, ['text'], { text: 'x' }),
    ),
  };
}

const DIR = path.join(__dirname, '..', '..', '..', 'survey-definitions');
const INSTRUMENTS: Instrument[] = fs
  .readdirSync(DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const file = path.join(DIR, entry.name, 'survey.json');
    const text = fs.readFileSync(file, 'utf8');
    const json: unknown = JSON.parse(text);
    const model = new Model(json);
    const slots = model.getAllQuestions().map(slotFor);
    const hasLogic = /"(visibleIf|enableIf|requiredIf)"/.test(text);
    return { key: entry.name, json, hasLogic, model, validator: compileValidator(json, file), slots };
  });

const ABSENT = Symbol('absent');

/** Answer sets over the instrument's questions; `complete` answers every required one. */
function answerSets(slots: Slot[], complete = false): fc.Arbitrary<Answers> {
  const record = Object.fromEntries(
    slots.map((slot) => [
      slot.name,
      complete && slot.isRequired
        ? slot.answer
        : fc.oneof(
            { arbitrary: slot.answer, weight: 6 },
            { arbitrary: fc.constant(ABSENT), weight: 2 },
            { arbitrary: fc.constantFrom<unknown>(null, '', []), weight: 1 },
          ),
    ]),
  );
  return fc
    .record(record)
    .map((drawn) => Object.fromEntries(Object.entries(drawn).filter(([, value]) => value !== ABSENT)));
}

function judgeWithSurveyCore(model: Model, answers: Answers): SurveyCoreVerdict {
  model.clear(false, false); // not completed any more
  model.data = {}; // conditions run once on no answers, as in a fresh model
  model.data = answers;
  model.validate(true);
  const errors = model
    .getAllQuestions()
    .filter((question) => question.isVisibleInSurvey) // hidden ones may keep errors of an earlier set
    .flatMap((question) => question.errors.map((e) => ({ field: question.name, type: e.getErrorType() })));
  model.doComplete();
  return { errors, completed: model.data as Answers };
}

function expectedIssues(slots: Slot[], verdict: SurveyCoreVerdict): FieldIssue[] {
  return slots.flatMap(({ name }) =>
    verdict.errors
      .filter((error) => error.field === name)
      .map((error) => ({
        field: name,
        issue: error.type === 'required' ? 'answer required' : `survey-core error ${error.type}`,
      })),
  );
}

describe.each(INSTRUMENTS)('compiled validator vs survey-core: $key', (instrument) => {
  const { model, validator, slots } = instrument;
  const seed = SEED + INSTRUMENTS.indexOf(instrument);

  it('when answers are drawn from what survey-core understands, then both verdicts agree', () => {
    const tally = { accepted: 0, rejected: 0, answeredWhenAccepted: new Set<string>() };
    /** One comparison; returns what a browser would submit for the same answers. */
    const compare = (answers: Answers): Answers => {
      const verdict = judgeWithSurveyCore(model, answers);
      const ours = validator.validate(answers);
      expect(ours.ok ? [] : ours.issues).toEqual(expectedIssues(slots, verdict));
      if (ours.ok) {
        expect(ours.answers).toEqual(verdict.completed);
        tally.accepted++;
        Object.keys(answers)
          .filter((name) => !Helpers.isValueEmpty(answers[name]))
          .forEach((name) => tally.answeredWhenAccepted.add(name));
      } else tally.rejected++;
      // Through JSON as over HTTP (structuredClone would give objects of another realm in Jest).
      return JSON.parse(JSON.stringify(verdict.completed)) as Answers;
    };
    const runs = coreRuns(instrument);
    // Many required questions (an assessment) would make a random set almost never complete:
    // half the sets answer every required one, so both verdicts stay common.
    const required = slots.filter((slot) => slot.isRequired).length;
    const sets = required > 3 ? fc.oneof(answerSets(slots), answerSets(slots, true)) : answerSets(slots);
    fc.assert(
      fc.property(sets, (answers) => void compare(compare(answers))),
      { seed, numRuns: runs },
    );
    // Both verdicts are common (rejections need a required question or logic), and every
    // question, so every logic branch, is answered in some accepted set.
    const canReject = instrument.hasLogic || slots.some((slot) => slot.isRequired);
    expect(tally.accepted).toBeGreaterThan(runs * 0.4);
    expect(tally.rejected > runs * 0.4).toBe(canReject);
    expect([...tally.answeredWhenAccepted].sort()).toEqual(slots.map((s) => s.name).sort());
  });

  it('when an answer set has what survey-core does not check, then we reject it and survey-core does not', () => {
    // survey-core accepts these silently: an unknown key is kept as a survey variable (a key with
    // spaces around a question's name is trimmed and becomes that question's answer); a value
    // not among the choices is kept if loosely equal to one ('3', [3], { value: 3 }, true for 1)
    // and otherwise dropped without an error; text of any length or JSON type is kept. Its only
    // error can be 'required', when it dropped the value of a required question.
    const names = slots.map((s) => s.name);
    const unknownKey = fc.oneof(
      fc.string().filter((key) => !names.includes(key)),
      fc.constantFrom(...names).map((name) => name.toUpperCase()),
      fc.constantFrom(...names).map((name) => ` ${name}`),
      fc.constantFrom('constructor', '__proto__', 'toString'),
    );
    const corruption = fc.oneof(
      fc.record({ key: unknownKey, value: fc.constantFrom<unknown>(1, 'x', true) }),
      fc.constantFrom(...slots).chain((slot) => slot.offSpace.map((value) => ({ key: slot.name, value }))),
    );
    let silentlyAccepted = 0;
    fc.assert(
      fc.property(answerSets(slots, true), corruption, (base, { key, value }) => {
        const answers = { ...base };
        Object.defineProperty(answers, key, { value, enumerable: true, writable: true, configurable: true });
        const ours = validator.validate(answers);
        const { errors, completed } = judgeWithSurveyCore(model, answers);
        // An answer to a question hidden by logic is dropped unchecked by both, never kept.
        if (ours.ok) {
          expect(ours.answers).not.toHaveProperty([key]);
          return void expect(completed).not.toHaveProperty([key.trim()]);
        }
        expect(ours.issues.map((i) => i.field)).toContain(key);
        if (errors.length === 0) return void silentlyAccepted++;
        expect({ key, errors: errors.map((e) => e.type) }).toEqual({
          key,
          errors: errors.map(() => 'required'),
        });
        expect(slots.find((s) => s.name === key.trim())?.isRequired).toBe(true);
      }),
      { seed, numRuns: OFF_SPACE_RUNS },
    );
    expect(silentlyAccepted).toBeGreaterThan(OFF_SPACE_RUNS * 0.5);
  });

  it('when the survey-core model is reused between answer sets, then it judges as a fresh one', () => {
    fc.assert(
      fc.property(answerSets(slots), (answers) => {
        const fresh = judgeWithSurveyCore(new Model(instrument.json), answers);
        expect(judgeWithSurveyCore(model, answers)).toEqual(fresh);
      }),
      { seed, numRuns: REUSE_RUNS },
    );
  });
});

describe('compiled validator vs survey-core: an empty answer in a condition', () => {
  // q1 '' is no answer: survey-core's model hides q2 ('' <= 3 is not run as true) and drops its
  // answer on complete; so do we (before that fix we kept it).
  const json = {
    elements: [
      { type: 'radiogroup', name: 'q1', choices: [1, 2, 3, 4] },
      { type: 'radiogroup', name: 'q2', choices: [1, 2], visibleIf: '{q1} <= 3' },
    ],
  };
  it.each([{ q1: '' }, { q1: [] }, { q1: null }, {}])(
    'when q1 is %p and a question shown only for {q1} <= 3 is answered, then both hide it',
    (q1) => {
      const answers = { ...q1, q2: 1 };
      const verdict = judgeWithSurveyCore(new Model(json), answers);
      expect(verdict.completed).not.toHaveProperty('q2');
      expect(compileValidator(json, 'test').validate(answers)).toEqual({ ok: true, answers: q1 });
    },
  );
});
