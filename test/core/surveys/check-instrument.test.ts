import { InvalidDefinition } from '../../../core/errors';
import { checkInstrument } from '../../../core/surveys/check-instrument';

const SOURCE = 'survey-definitions/pupils/v1';
const text = { da: 'x', nb: 'x', en: 'x' };

const surveyJson = {
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'dropdown', name: 'grade', choices: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
        { type: 'rating', name: 'q1', rateValues: [1, 2, 3, 4, 5, { value: 'dk', text: "Don't know" }] },
        { type: 'rating', name: 'q2' },
        { type: 'comment', name: 'remarks' },
      ],
    },
  ],
};

/** A fresh, valid indicators.json each time, so a case can break one thing in it. */
function indicatorsJson() {
  return {
    instrument: { key: 'pupils', version: 1, name: text },
    breakdowns: [{ key: 'grade', question: 'grade', label: text }],
    itemScores: { q1: { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 }, q2: { '1': 1, '5': 5 } },
    indicators: [
      {
        key: 'wellbeing',
        label: text,
        description: text,
        polarity: 'higher-is-better',
        unit: 'share',
        score: { itemSets: [['q1', 'q2']], minAnsweredShare: 0.5 },
        measure: { type: 'share', condition: { op: '>=', value: 3.5 } },
        breakdowns: ['grade'],
      },
    ],
  };
}
type Indicators = ReturnType<typeof indicatorsJson>;

function definitionError(survey: unknown, indicators: unknown): { element: string; message: string } {
  try {
    checkInstrument(survey, indicators, SOURCE);
  } catch (error) {
    if (error instanceof InvalidDefinition) return { element: error.element, message: error.message };
    throw error;
  }
  throw new Error('expected InvalidDefinition');
}

describe('checkInstrument', () => {
  it('when survey and indicators agree, then it returns the validator and the parsed indicators', () => {
    const checked = checkInstrument(surveyJson, indicatorsJson(), SOURCE);
    expect(checked.indicators.instrument.minGroupSize).toBe(5); // the default, filled in by parsing
    expect(checked.validator.questionNames).toEqual(['grade', 'q1', 'q2', 'remarks']);
    expect(checked.validator.validate({ q1: 'dk', grade: 6 })).toMatchObject({ ok: true });
  });

  it.each([
    {
      when: 'an indicator key breaks the schema',
      change: (j: Indicators) => void (j.indicators[0]!.key = 'Wellbeing'),
      element: 'indicators.0.key',
    },
    {
      when: 'minGroupSize is below 3',
      change: (j: Indicators) => void Object.assign(j.instrument, { minGroupSize: 2 }),
      element: 'instrument.minGroupSize',
    },
    {
      when: 'itemScores names a question the survey lacks',
      change: (j: Indicators) => void Object.assign(j.itemScores, { q9: { '1': 1 } }),
      element: 'itemScores.q9',
      problem: 'no question "q9" in the survey',
    },
    {
      // q2 is a default 1..5 rating: "6" is not a value
      when: 'itemScores scores a value the question does not have',
      change: (j: Indicators) => void Object.assign(j.itemScores.q2, { '6': 6 }),
      element: 'itemScores.q2',
      problem: '"6" is not one of the values 1, 2, 3, 4, 5',
    },
    {
      when: 'itemScores scores a free-text question',
      change: (j: Indicators) => void Object.assign(j.itemScores, { remarks: { good: 5 } }),
      element: 'itemScores.remarks',
      problem: 'question has no fixed answer values',
    },
    {
      when: 'an item set names an item without itemScores',
      change: (j: Indicators) => void j.indicators[0]!.score.itemSets.push(['q1', 'grade']),
      element: 'indicators.wellbeing.score.itemSets',
      problem: 'item "grade" has no itemScores entry',
    },
    {
      when: 'a breakdown question is not in the survey',
      change: (j: Indicators) => void (j.breakdowns[0]!.question = 'school-grade'),
      element: 'breakdowns.grade.question',
      problem: 'no question "school-grade" in the survey',
    },
    {
      when: 'a breakdown groups by free text',
      change: (j: Indicators) => void (j.breakdowns[0]!.question = 'remarks'),
      element: 'breakdowns.grade.question',
      problem: 'question "remarks" has no fixed answer values',
    },
    {
      when: 'an indicator lists an undeclared breakdown',
      change: (j: Indicators) => void j.indicators[0]!.breakdowns.push('gender'),
      element: 'indicators.wellbeing.breakdowns',
      problem: 'no breakdown "gender" is declared',
    },
    {
      when: 'two indicators share a key',
      change: (j: Indicators) => void j.indicators.push(structuredClone(j.indicators[0]!)),
      element: 'indicators.wellbeing',
      problem: 'duplicate indicator key',
    },
  ])('when $when, then InvalidDefinition names $element', ({ change, element, problem }) => {
    const json = indicatorsJson();
    change(json);
    const error = definitionError(surveyJson, json);
    expect(error.element).toBe(element);
    expect(error.message.startsWith(`${SOURCE}: ${element}: `)).toBe(true);
    if (problem !== undefined) expect(error.message).toBe(`${SOURCE}: ${element}: ${problem}`);
  });

  it('when the indicators are not an object, then the error names the whole file', () => {
    expect(definitionError(surveyJson, 'nope').element).toBe('(indicators)');
  });

  it('when the survey itself is invalid, then its error is reported before the indicators are read', () => {
    const broken = { pages: [{ elements: [{ type: 'signaturepad', name: 'grid' }] }] };
    expect(definitionError(broken, 'nope')).toEqual({
      element: 'grid',
      message: `${SOURCE}: grid: unsupported question type "signaturepad"`,
    });
  });
});
