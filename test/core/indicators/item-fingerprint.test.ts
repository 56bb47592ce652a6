import { indicatorFingerprintSource } from '../../../core/indicators/fingerprint-source';
import { InstrumentIndicators } from '../../../core/indicators/indicator-definition';

const text = { da: 'x', nb: 'x', en: 'x' };
const scale3 = { '1': 1, '2': 2, '3': 3 };
const anIndicator = (key: string, item: string) => ({
  key,
  label: text,
  description: text,
  polarity: 'higher-is-better',
  unit: 'score',
  score: { itemSets: [[item]], minAnsweredShare: 1 },
  measure: { type: 'mean' },
});

const instrument = InstrumentIndicators.parse({
  instrument: { key: 'parents', version: 1, name: text },
  itemScores: {
    'env.noise': scale3,
    'grid.r1.c1': scale3,
    'rank.bus': scale3,
    'children[].happy': scale3,
    'costs[].amount': scale3,
    travel: scale3,
  },
  indicators: [
    anIndicator('noise', 'env.noise'),
    anIndicator('cell', 'grid.r1.c1'),
    anIndicator('bus', 'rank.bus'),
    anIndicator('happy', 'children[].happy'),
    anIndicator('amount', 'costs[].amount'),
    anIndicator('travel', 'travel'),
  ],
});

type Json = Record<string, unknown>;
const columns = [1, 2, 3];
function aSurvey(): Json {
  return {
    pages: [
      {
        elements: [
          {
            type: 'matrix',
            name: 'env',
            columns: [...columns],
            rows: [
              { value: 'noise', text: 'Noise' },
              { value: 'light', text: 'Light' },
            ],
          },
          {
            type: 'matrixdropdown',
            name: 'grid',
            choices: [1, 2, 3],
            columns: [{ name: 'c1' }, { name: 'c2', cellType: 'text' }],
            rows: ['r1', 'r2'],
          },
          { type: 'ranking', name: 'rank', choices: ['bus', 'bike', 'walk'] },
          {
            type: 'paneldynamic',
            name: 'children',
            templateElements: [
              { type: 'radiogroup', name: 'happy', title: 'Happy?', choices: [1, 2, 3] },
              { type: 'text', name: 'age', title: 'Age' },
            ],
          },
          {
            type: 'matrixdynamic',
            name: 'costs',
            columns: [
              { name: 'amount', cellType: 'dropdown', choices: [1, 2, 3] },
              { name: 'note', cellType: 'text' },
            ],
          },
          { type: 'radiogroup', name: 'travel', choices: [1, 2, 3], showOtherItem: true },
        ],
      },
    ],
  };
}

/** The survey's first page's element named `name`, to edit in place. */
const element = (survey: Json, name: string) =>
  ((survey.pages as Json[])[0]!.elements as Json[]).find((e) => e.name === name)!;

const fingerprint = (survey: unknown, key: string) =>
  indicatorFingerprintSource(
    survey,
    instrument,
    instrument.indicators.find((i) => i.key === key)!,
  );

describe('the fingerprint of an indicator over item paths', () => {
  it.each([
    [
      'noise',
      'its matrix row is reworded',
      (s: Json) => ((element(s, 'env').rows as Json[])[0]!.text = 'Din'),
    ],
    ['noise', 'its matrix gains a column', (s: Json) => (element(s, 'env').columns as number[]).push(4)],
    [
      'cell',
      'its cell’s column gets a type',
      (s: Json) => ((element(s, 'grid').columns as Json[])[0]!.cellType = 'rating'),
    ],
    ['cell', 'the matrix’s default choices change', (s: Json) => (element(s, 'grid').choices = [1, 2])],
    ['bus', 'its ranking gains a choice', (s: Json) => (element(s, 'rank').choices as string[]).push('car')],
    [
      'happy',
      'its template question is reworded',
      (s: Json) => ((element(s, 'children').templateElements as Json[])[0]!.title = 'Glad?'),
    ],
    [
      'happy',
      'its panel gets a condition',
      (s: Json) => (element(s, 'children').visibleIf = '{has_children} = true'),
    ],
    [
      'amount',
      'its column’s choices change',
      (s: Json) => ((element(s, 'costs').columns as Json[])[0]!.choices = [1, 2]),
    ],
    ['travel', 'its question drops the other item', (s: Json) => delete element(s, 'travel').showOtherItem],
  ])('when %s: %s, then the fingerprint changes', (key, _, edit) => {
    const edited = aSurvey();
    edit(edited);
    expect(fingerprint(edited, key)).not.toBe(fingerprint(aSurvey(), key));
  });

  it.each([
    [
      'noise',
      'another row of its matrix is reworded',
      (s: Json) => ((element(s, 'env').rows as Json[])[1]!.text = 'Lys'),
    ],
    [
      'cell',
      'another column of its matrix changes',
      (s: Json) => ((element(s, 'grid').columns as Json[])[1]!.cellType = 'comment'),
    ],
    ['cell', 'another row is added', (s: Json) => (element(s, 'grid').rows as string[]).push('r3')],
    [
      'happy',
      'another template question is reworded',
      (s: Json) => ((element(s, 'children').templateElements as Json[])[1]!.title = 'Alder'),
    ],
    [
      'amount',
      'another column changes',
      (s: Json) => ((element(s, 'costs').columns as Json[])[1]!.cellType = 'comment'),
    ],
  ])('when %s: %s, then the fingerprint stays', (key, _, edit) => {
    const edited = aSurvey();
    edit(edited);
    expect(fingerprint(edited, key)).toBe(fingerprint(aSurvey(), key));
  });

  it('when the item is a whole question, then its element is the question as written (as before item paths)', () => {
    const source = JSON.parse(fingerprint(aSurvey(), 'travel')) as { items: { element: unknown }[] };
    expect(source.items[0]!.element).toEqual(element(aSurvey(), 'travel'));
  });

  it('when the item path names nothing in the survey, then its element is null', () => {
    const survey = aSurvey();
    (element(survey, 'env').rows as Json[]).shift();
    const source = JSON.parse(fingerprint(survey, 'noise')) as { items: { element: unknown }[] };
    expect(source.items[0]!.element).toBeNull();
  });
});
