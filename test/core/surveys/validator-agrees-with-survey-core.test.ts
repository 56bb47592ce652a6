/**
 * The compiled validator against survey-core's own judgement, for every instrument in
 * survey-definitions/ (property-based, fast-check, fixed seeds).
 *
 * survey-core's verdict on an answer set is what a server would get from SurveyJS itself:
 * `model.data = answers`, then `model.validate(true)` (every visible page; `true` records each
 * question's errors so they can be named), then `model.doComplete()`, whose
 * clearInvisibleValues ('onComplete', the default) drops answers to questions hidden by logic;
 * `model.data` afterwards is the completed data. Our validator does not drop: it REJECTS such
 * answers. So a verdict maps onto the issues our validator must report, in survey order:
 *   - a 'required' error on a visible question        → { field, issue: 'answer required' }
 *   - a non-empty answer that doComplete dropped        → { field, issue: 'question is hidden by logic' }
 *   - any other survey-core error                       → a mismatch by construction (none expected)
 * Our verdict is ok exactly when that list is empty, and then our accepted answers must equal
 * survey-core's completed data (nothing dropped, nothing coerced).
 *
 * The core property draws only from the space survey-core understands: per question no key,
 * an empty value (null, '', []), one of its values with the JSON type of the definition, or text
 * within maxLength; answers to both logic branches at once (pupil grade 0-3 short form vs 4-9
 * long form) and, half the time, the set a respondent's browser would send (survey-core's own
 * completed data). A second property corrupts such sets in ways survey-core does not check
 * (see there). One survey-core model is reused per instrument for speed (a model costs ~7 ms to
 * construct); a third property shows that reuse judges exactly as a fresh model does.
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
const CORE_RUNS = 600; // per instrument
const OFF_SPACE_RUNS = 200;
const REUSE_RUNS = 30;
/** Our cap on free text when the definition sets none (compile-answer-check.ts). */
const DEFAULT_MAX_LENGTH = 2000;

type Answers = Record<string, unknown>;
interface Slot {
  name: string;
  isRequired: boolean;
  /** Answers survey-core understands: one of the values, or text within maxLength. */
  answer: fc.Arbitrary<unknown>;
  /** Answers survey-core takes without an error of its own and we reject. */
  offSpace: fc.Arbitrary<unknown>;
}
interface Instrument {
  key: string;
  json: unknown;
  model: Model;
  validator: CompiledSurveyValidator;
  slots: Slot[];
}
interface SurveyCoreVerdict {
  errors: { field: string; type: string }[];
  completed: Answers;
}

const DIR = path.join(__dirname, '..', '..', '..', 'survey-definitions');
const INSTRUMENTS: Instrument[] = fs
  .readdirSync(DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const file = path.join(DIR, entry.name, 'survey.json');
    const json: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    const model = new Model(json);
    const slots = model.getAllQuestions().map(slotFor);
    return { key: entry.name, json, model, validator: compileValidator(json, file), slots };
  });

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
  model.clear(false, false); // a reused model: not completed any more; `data =` replaces every value
  model.data = answers;
  model.validate(true);
  const errors = model
    .getAllQuestions()
    .filter((question) => question.isVisibleInSurvey) // hidden ones may keep stale errors
    .flatMap((question) => question.errors.map((e) => ({ field: question.name, type: e.getErrorType() })));
  model.doComplete();
  return { errors, completed: model.data as Answers };
}

/**
 * What a respondent's browser sends: survey-core's completed data, answers to hidden questions
 * dropped, through JSON as over HTTP (structuredClone would make objects of another realm in Jest).
 */
const asSubmitted = (model: Model, answers: Answers): Answers =>
  JSON.parse(JSON.stringify(judgeWithSurveyCore(model, answers).completed)) as Answers;

function expectedIssues(instrument: Instrument, answers: Answers, verdict: SurveyCoreVerdict): FieldIssue[] {
  const dropped = (name: string) =>
    Object.hasOwn(answers, name) &&
    !Helpers.isValueEmpty(answers[name]) &&
    !Object.hasOwn(verdict.completed, name);
  return instrument.slots.flatMap(({ name }) => [
    ...verdict.errors
      .filter((error) => error.field === name)
      .map((error) => ({
        field: name,
        issue: error.type === 'required' ? 'answer required' : `survey-core error ${error.type}`,
      })),
    ...(dropped(name) ? [{ field: name, issue: 'question is hidden by logic' }] : []),
  ]);
}

describe.each(INSTRUMENTS)('compiled validator vs survey-core: $key', (instrument) => {
  const { model, validator, slots } = instrument;
  const seed = SEED + INSTRUMENTS.indexOf(instrument);

  it('when answers are drawn from what survey-core understands, then both verdicts agree', () => {
    const tally = { accepted: 0, rejected: 0, answeredWhenAccepted: new Set<string>() };
    const drawn = fc.record({ answers: answerSets(slots), submitted: fc.boolean() });
    fc.assert(
      fc.property(drawn, ({ answers: raw, submitted }) => {
        const answers = submitted ? asSubmitted(model, raw) : raw;
        const verdict = judgeWithSurveyCore(model, answers);
        const ours = validator.validate(answers);
        expect(ours.ok ? [] : ours.issues).toEqual(expectedIssues(instrument, answers, verdict));
        if (!ours.ok) return void tally.rejected++;
        expect(ours.answers).toEqual(verdict.completed);
        tally.accepted++;
        for (const [name, value] of Object.entries(answers))
          if (!Helpers.isValueEmpty(value)) tally.answeredWhenAccepted.add(name);
      }),
      { seed, numRuns: CORE_RUNS },
    );
    // Both verdicts are common, and every question (so every logic branch) is in an accepted set.
    expect(tally.accepted).toBeGreaterThan(CORE_RUNS * 0.2);
    expect(tally.rejected).toBeGreaterThan(CORE_RUNS * 0.2);
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
      fc.property(answerSets(slots, true), corruption, (raw, { key, value }) => {
        const base = asSubmitted(model, raw);
        if (!validator.validate(base).ok) throw new Error(`base set rejected: ${JSON.stringify(base)}`);
        const answers = { ...base };
        Object.defineProperty(answers, key, { value, enumerable: true, writable: true, configurable: true });
        const ours = validator.validate(answers);
        expect(ours.ok ? [] : ours.issues.map((i) => i.field)).toContain(key);
        const { errors } = judgeWithSurveyCore(model, answers);
        if (errors.length === 0) return void silentlyAccepted++;
        const touched = slots.find((s) => s.name === key.trim());
        expect({ key, errors: errors.map((e) => e.type) }).toEqual({
          key,
          errors: errors.map(() => 'required'),
        });
        expect(touched?.isRequired).toBe(true);
      }),
      { seed, numRuns: OFF_SPACE_RUNS },
    );
    expect(silentlyAccepted).toBeGreaterThan(OFF_SPACE_RUNS * 0.5);
  });

  it('when the survey-core model is reused between answer sets, then it judges as a fresh one', () => {
    fc.assert(
      fc.property(answerSets(slots), (answers) => {
        const fresh = new Model(instrument.json);
        expect(judgeWithSurveyCore(model, answers)).toEqual(judgeWithSurveyCore(fresh, answers));
      }),
      { seed, numRuns: REUSE_RUNS },
    );
  });
});
