import {
  compileValidator,
  listDefinitionProblems,
  type CompiledSurveyValidator,
} from '../../../../core/surveys/compile-validator';
import { compareWithSurveyCore, type Disagreement } from './compare-with-survey-core';
import { corpusPart } from './corpus-definitions';
import { expectedRefusals } from './expected-refusals';
import { KNOWN_GAPS, type GapKind } from './known-gaps';

/**
 * The property tests over SurveyJS's own corpus (test/fixtures/surveyjs-corpus/), one part of it
 * per test file so that Jest runs parts in parallel. Per definition:
 *   - one that needs JavaScript (a custom question type, a function not in survey-core's
 *     FunctionFactory, choicesByUrl) or takes no answers (mode "display") is refused by
 *     compileValidator with a message naming that (expected-refusals.ts);
 *   - any other compiles, and on browser-shaped answer sets (a survey-core model driven as a
 *     respondent would, see respondent.ts) and raw ones the compiled validator agrees with
 *     survey-core's verdict (compare-with-survey-core.ts): it accepts exactly when survey-core has
 *     nothing to object to, then with survey-core's completed data, and otherwise names the same
 *     answer keys.
 * A survey-core model costs 1-20 ms to build and to judge a set, so the runs per definition are few;
 * across the corpus they add up to several thousand sets.
 */
const BROWSER_RUNS = 8;
const RAW_RUNS = 4;
const SEED = 20261207;
/** Disagreements shown per definition; the count says how many there were. */
const SHOWN = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Long text (an answer at the length limit) shortened, so a failure stays readable. */
function abridged<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_, v: unknown) =>
      typeof v === 'string' && v.length > 60 ? `${v.slice(0, 12)}… (${v.length} characters)` : v,
    ),
  ) as T;
}

function shown(disagreement: Disagreement) {
  const { kind, set, answers, ours, surveyCore } = disagreement;
  return abridged({
    kind,
    set,
    answers,
    ours,
    surveyCore: { errors: surveyCore.errors, changed: surveyCore.changed },
  });
}

function compiled(survey: unknown, source: string): CompiledSurveyValidator | string {
  try {
    return compileValidator(survey, source);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** `it`, or `it.failing` naming why when the definition is a known gap of that kind (known-gaps.ts). */
function itUnlessKnownGap(file: string, kind: GapKind) {
  const gap = KNOWN_GAPS[file];
  if (gap?.kind !== kind) return it;
  return (title: string, test: () => void) => it.failing(`${title} [known gap: ${gap.why}]`, test);
}

export function describeCorpusPart(part: number, parts: number): void {
  const definitions = corpusPart(part, parts).map((definition) => ({
    ...definition,
    title: `${definition.file} (${definition.source.replace(/^.*?:/, '')})`,
  }));
  describe.each(definitions)('SurveyJS corpus: $title', ({ index, file, source, survey }) => {
    const needs = expectedRefusals(survey);
    const validator = compiled(survey, source);
    if (needs.length > 0) {
      it(`when it needs JavaScript or takes no answers (${needs.join(', ')}), then compileValidator refuses it naming that`, () => {
        // Among every problem listed, as the upload shows them: another may come first.
        const problems = listDefinitionProblems(survey, source).map((p) => p.message);
        expect(typeof validator === 'string' ? 'refused' : 'compiled').toBe('refused');
        expect(problems.join('\n')).toMatch(new RegExp(needs.map(escapeRegExp).join('|')));
      });
      return;
    }
    itUnlessKnownGap(file, 'refused')(
      'when it needs no JavaScript and takes answers, then it compiles',
      () => {
        expect(typeof validator === 'string' ? validator : 'compiled').toBe('compiled');
      },
    );
    if (typeof validator === 'string') return;
    itUnlessKnownGap(file, 'disagrees')(
      'when a respondent answers it in a browser or sends raw answers, then both verdicts agree',
      () => {
        const runs = { browserRuns: BROWSER_RUNS, rawRuns: RAW_RUNS, seed: SEED + index };
        const { sets, disagreements } = compareWithSurveyCore(survey, validator, runs);
        expect({
          disagreeing: `${disagreements.length}/${sets}`,
          first: disagreements.slice(0, SHOWN).map(shown),
        }).toEqual({
          disagreeing: `0/${sets}`,
          first: [],
        });
      },
    );
  });
}
