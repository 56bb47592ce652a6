import fc from 'fast-check';
import { Model } from 'survey-core';
import { checkInstrument, type CheckedInstrument } from '../../core/surveys/check-instrument';
import { compileValidator } from '../../core/surveys/compile-validator';
import { readCorpus } from '../../test/core/surveys/corpus/corpus-definitions';
import { browserAnswers } from '../../test/core/surveys/corpus/respondent';
import { readSurveyDefinitions } from '../../main/read-survey-definitions';
import { mulberry32 } from '../demo/mulberry32';
import { simulateRespondent } from '../demo/simulate-answers';

/**
 * Validating a response: the compiled validator against what a naive server would do, a new
 * survey-core Model per response with the answers set and every page validated. Per instrument,
 * the same deterministic answer sets (realistic valid ones plus one invalid per ten) go through both,
 * after warm-up; the issue's goal is a speed-up of at least 50×. Then the same comparison for the
 * three largest definitions of SurveyJS's own corpus (test/fixtures/surveyjs-corpus/, by number of
 * questions) that compile, on browser-shaped answer sets (test/core/surveys/corpus/respondent.ts).
 * Usage: npm run bench:validation [-- valid-sets-per-instrument]   (default 2000)
 */
type Answers = Record<string, unknown>;

const VALID_SETS = Number(process.argv[2] ?? 2000);
const INVALID_EVERY = 10;
/** Issue 21: at least 500× a per-response survey-core Model, for every instrument and corpus definition timed. */
const GOAL = 500;
const COMMENTS = ['Tak for en god hverdag.', 'Mere tid til den enkelte, tak.', 'x'.repeat(400), 'Fint.'];

/** What a respondent's browser submits: simulated answers, free text, hidden questions left out. */
function validSet(
  instrument: CheckedInstrument,
  random: () => number,
): { answers: Answers; hidden: Answers } {
  const { validator } = instrument;
  const answers = simulateRespondent(instrument, 2.5 + random() * 2.5, random);
  for (const name of validator.questionNames) {
    if (validator.choiceValues?.(name) === undefined && random() < 0.3)
      answers[name] = COMMENTS[Math.floor(random() * COMMENTS.length)];
  }
  const hidden: Answers = {};
  const verdict = validator.validate(answers);
  for (const { field, issue } of verdict.ok ? [] : verdict.issues) {
    if (issue !== 'question is hidden by logic') throw new Error(`simulated ${field}: ${issue}`);
    hidden[field] = answers[field];
    delete answers[field];
  }
  return { answers, hidden };
}

function without(answers: Answers, key: string): Answers {
  const { [key]: _, ...rest } = answers;
  return rest;
}

/** One mistake a client could make; undefined when it does not apply to this set. */
const MISTAKES: ((
  answers: Answers,
  hidden: Answers,
  instrument: CheckedInstrument,
) => Answers | undefined)[] = [
  (answers) => ({ ...answers, favourite_colour: 'blue' }),
  (answers, _, { validator }) => {
    const name = Object.keys(answers).find((key) => validator.choiceValues?.(key) !== undefined);
    return name === undefined ? undefined : { ...answers, [name]: 99 };
  },
  (answers) => {
    const [name, value] = Object.entries(answers).find(([, v]) => typeof v === 'number') ?? [];
    return name === undefined ? undefined : { ...answers, [name]: String(value) };
  },
  (answers, hidden) => {
    const [name, value] = Object.entries(hidden)[0] ?? [];
    return name === undefined ? undefined : { ...answers, [name]: value };
  },
  (answers, _, { validator }) => {
    const name = Object.keys(answers).find((key) => {
      const verdict = validator.validate(without(answers, key));
      return !verdict.ok && verdict.issues.some((i) => i.field === key && i.issue === 'answer required');
    });
    return name === undefined ? undefined : without(answers, name);
  },
];

function invalidSet(instrument: CheckedInstrument, random: () => number): Answers {
  const { answers, hidden } = validSet(instrument, random);
  const first = Math.floor(random() * MISTAKES.length);
  for (let i = 0; i < MISTAKES.length; i++) {
    const wrong = MISTAKES[(first + i) % MISTAKES.length]!(answers, hidden, instrument);
    if (wrong !== undefined && !instrument.validator.validate(wrong).ok) return wrong;
  }
  throw new Error('no mistake applies');
}

interface AnswerSet {
  answers: Answers;
  valid: boolean;
}

/** VALID_SETS valid sets with an invalid one after every tenth. */
function answerSets(instrument: CheckedInstrument, seed: number): AnswerSet[] {
  const random = mulberry32(seed);
  const sets: AnswerSet[] = [];
  for (let valid = 1; valid <= VALID_SETS; valid++) {
    sets.push({ answers: validSet(instrument, random).answers, valid: true });
    if (valid % INVALID_EVERY === 0) sets.push({ answers: invalidSet(instrument, random), valid: false });
  }
  return sets;
}

/** Microseconds per response (median of `passes` passes over all sets) and the last pass's verdicts. */
function measure(sets: AnswerSet[], judge: (answers: Answers) => boolean, passes: number) {
  const times: number[] = [];
  let verdicts: boolean[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const start = process.hrtime.bigint();
    verdicts = sets.map((set) => judge(set.answers));
    times.push(Number(process.hrtime.bigint() - start) / 1e3 / sets.length);
  }
  times.sort((a, b) => a - b);
  return { us: times[Math.floor(times.length / 2)]!, verdicts };
}

function accepted(sets: AnswerSet[], verdicts: boolean[], valid: boolean): string {
  const of = sets.filter((set) => set.valid === valid).length;
  return `${verdicts.filter((ok, i) => ok && sets[i]!.valid === valid).length}/${of}`;
}

function bench(key: string, surveyJson: unknown, indicatorsJson: unknown, seed: number): number {
  const instrument = checkInstrument(surveyJson, indicatorsJson, key);
  const sets = answerSets(instrument, seed);
  const compiled = (answers: Answers) => instrument.validator.validate(answers).ok;
  const naive = (answers: Answers) => {
    const model = new Model(surveyJson);
    model.data = answers;
    return model.validate(false);
  };
  measure(sets, compiled, 3); // warm-up
  measure(sets.slice(0, 100), naive, 1);
  const ours = measure(sets, compiled, 21);
  const theirs = measure(sets, naive, 1);
  const speedUp = theirs.us / ours.us;
  console.log(
    `${key.padEnd(23)} ${sets.length} responses: compiled ${ours.us.toFixed(2)} µs, ` +
      `survey-core Model ${theirs.us.toFixed(0)} µs, speed-up ${speedUp.toFixed(0)}× ` +
      `(accepted valid/invalid: compiled ${accepted(sets, ours.verdicts, true)} ${accepted(sets, ours.verdicts, false)}, ` +
      `survey-core ${accepted(sets, theirs.verdicts, true)} ${accepted(sets, theirs.verdicts, false)})`,
  );
  return speedUp;
}

const CORPUS_DEFINITIONS = 3;
const CORPUS_SETS = 500;

function questionCount(survey: unknown): number {
  return new Model(survey).getAllQuestions(false, false, true).length;
}

/** Per-response cost of a survey-core Model and of the compiled validator on one corpus definition. */
function benchCorpusDefinition(
  file: string,
  survey: unknown,
  validate: (answers: Answers) => boolean,
): number {
  const sets: AnswerSet[] = fc
    .sample(fc.gen(), { seed: 4242, numRuns: CORPUS_SETS })
    .map((g) => ({ answers: browserAnswers(survey, (arbitrary) => g(() => arbitrary)), valid: true }));
  const naive = (answers: Answers) => {
    const model = new Model(survey);
    model.data = answers;
    return model.validate(false);
  };
  measure(sets, validate, 3); // warm-up
  measure(sets.slice(0, 50), naive, 1);
  const ours = measure(sets, validate, 21);
  const theirs = measure(sets, naive, 1);
  console.log(
    `${file.padEnd(52)} ${sets.length} responses: compiled ${ours.us.toFixed(2)} µs, ` +
      `survey-core Model ${theirs.us.toFixed(0)} µs, ratio ${(theirs.us / ours.us).toFixed(0)}×`,
  );
  return theirs.us / ours.us;
}

/** Largest first; a definition that does not compile yet is skipped with its reason. */
function benchLargestCorpusDefinitions(): number[] {
  const bySize = readCorpus()
    .map((definition) => ({ ...definition, questions: questionCount(definition.survey) }))
    .sort((a, b) => b.questions - a.questions || a.file.localeCompare(b.file));
  const ratios: number[] = [];
  for (const { file, source, survey, questions } of bySize) {
    if (ratios.length === CORPUS_DEFINITIONS) break;
    try {
      const validator = compileValidator(survey, source);
      console.log(`corpus ${file}: ${questions} questions`);
      ratios.push(benchCorpusDefinition(file, survey, (answers) => validator.validate(answers).ok));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.log(`corpus ${file}: ${questions} questions, skipped: does not compile (${reason})`);
    }
  }
  return ratios;
}

const speedUps = readSurveyDefinitions().map((definition, index) =>
  bench(definition.instrumentKey, definition.survey, definition.indicators, 1000 + index),
);
const corpusSpeedUps = benchLargestCorpusDefinitions();
const minimum = Math.min(...speedUps, ...corpusSpeedUps);
console.log(
  `minimum speed-up across instruments and corpus definitions: ${minimum.toFixed(0)}× (goal ≥ ${GOAL}×)`,
);
if (minimum < GOAL) process.exitCode = 1;
