import { Model } from 'survey-core';
import { compileValidator } from '../../../core/surveys/compile-validator';
import { MAX_FILE_CONTENT_LENGTH, MAX_SIGNATURE_LENGTH } from '../../../core/surveys/media-checks';
import { surveyCoreVerdict } from './survey-core-verdict';

type Answers = Record<string, unknown>;
const one = (element: Record<string, unknown>) => ({ elements: [{ name: 'q', ...element }] });
const SIGNATURE = 'data:image/png;base64,iVBORw0KGgo=';
const FILE = { name: 'note.txt', type: 'text/plain', content: 'data:text/plain;base64,aGVq' };

/** Answers a browser sends: both accept them and store the same data. */
const AGREED: { when: string; json: Record<string, unknown>; answers: Answers; refused: string[] }[] = [
  {
    when: 'a slider has a value on its scale',
    json: one({ type: 'slider' }),
    answers: { q: 40 },
    refused: [],
  },
  {
    when: 'a range slider has an ordered pair',
    json: one({ type: 'slider', sliderType: 'range', min: 10, max: 20 }),
    answers: { q: [12, 15] },
    refused: [],
  },
  {
    when: 'a required slider is left',
    json: one({ type: 'slider', isRequired: true }),
    answers: {},
    refused: ['q'],
  },
  {
    when: 'a signature is drawn',
    json: one({ type: 'signaturepad' }),
    answers: { q: SIGNATURE },
    refused: [],
  },
  {
    when: 'a required signature is left',
    json: one({ type: 'signaturepad', isRequired: true }),
    answers: {},
    refused: ['q'],
  },
  { when: 'a file is uploaded', json: one({ type: 'file' }), answers: { q: [FILE] }, refused: [] },
  {
    when: 'two files are uploaded where allowMultiple',
    json: one({ type: 'file', allowMultiple: true }),
    answers: { q: [FILE, { ...FILE, name: 'b.txt' }] },
    refused: [],
  },
  {
    when: 'a button group has one of its choices',
    json: one({ type: 'buttongroup', choices: ['a', 'b'] }),
    answers: { q: 'b' },
    refused: [],
  },
];

describe('slider, signaturepad, file and buttongroup vs survey-core', () => {
  it.each(AGREED)('when $when, then both refuse $refused', ({ json, answers, refused }) => {
    const verdict = surveyCoreVerdict(json, answers);
    expect(verdict.errorFields).toEqual(refused);
    const ours = compileValidator(json, 'test').validate(answers);
    expect(ours.ok ? [] : [...new Set(ours.issues.map((i) => i.field))]).toEqual(refused);
    if (ours.ok) expect(ours.answers).toEqual(verdict.completed);
  });

  it('when a button group has a value not among its choices, then survey-core drops it and we refuse it', () => {
    const json = one({ type: 'buttongroup', choices: ['a', 'b'] });
    expect(surveyCoreVerdict(json, { q: 'c' }).completed).toEqual({});
    expect(compileValidator(json, 'test').validate({ q: 'c' }).ok).toBe(false);
  });
});

describe('stricter than survey-core (deliberate differences)', () => {
  const refusedBy = (element: Record<string, unknown>, value: unknown) => {
    const result = compileValidator(one(element), 'test').validate({ q: value });
    return result.ok ? [] : result.issues.map((i) => i.field);
  };

  it.each([
    ['a slider value above max', { type: 'slider', max: 10 }, 11],
    ['a slider value as text', { type: 'slider' }, '5'],
    ['a range slider given one number', { type: 'slider', sliderType: 'range' }, 5],
    ['a range slider pair out of order', { type: 'slider', sliderType: 'range' }, [6, 5]],
    ['a signature that is no text', { type: 'signaturepad' }, 5],
    ['a signature over the cap', { type: 'signaturepad' }, 'x'.repeat(MAX_SIGNATURE_LENGTH + 1)],
    ['a file answer that is no list', { type: 'file' }, FILE],
    ['two files without allowMultiple', { type: 'file' }, [FILE, FILE]],
    ['a file without content', { type: 'file' }, [{ name: 'a', type: 'text/plain' }]],
    [
      'files over the size cap',
      { type: 'file', allowMultiple: true },
      [FILE, { ...FILE, content: 'x'.repeat(MAX_FILE_CONTENT_LENGTH) }],
    ],
  ])('when %s, then survey-core keeps it and we refuse it', (_when, element, value) => {
    expect(surveyCoreVerdict(one(element), { q: value }).errorFields).toEqual([]);
    expect(refusedBy(element, value)).toEqual(['q']);
  });
});

describe('imagemap vs survey-core', () => {
  const areas = [
    { value: 'v1', shape: 'rect', coords: '1,1,2,2' },
    { value: 'v2', shape: 'rect', coords: '3,3,4,4' },
  ];
  it.each([
    { when: 'areas are clicked', element: {}, answers: { q: ['v1', 'v2'] }, refused: [] },
    {
      when: 'one area is clicked without multiSelect',
      element: { multiSelect: false },
      answers: { q: 'v2' },
      refused: [],
    },
    {
      when: 'fewer areas than minSelectedAreas',
      element: { minSelectedAreas: 2 },
      answers: { q: ['v1'] },
      refused: ['q'],
    },
    {
      when: 'more areas than maxSelectedAreas',
      element: { maxSelectedAreas: 1 },
      answers: { q: ['v1', 'v2'] },
      refused: ['q'],
    },
  ])('when $when, then both refuse $refused', ({ element, answers, refused }) => {
    const json = one({ type: 'imagemap', areas, ...element });
    const verdict = surveyCoreVerdict(json, answers);
    expect(verdict.errorFields).toEqual(refused);
    const ours = compileValidator(json, 'test').validate(answers);
    expect(ours.ok ? [] : [...new Set(ours.issues.map((i) => i.field))]).toEqual(refused);
    if (ours.ok) expect(ours.answers).toEqual(verdict.completed);
  });

  it('when a value is no area, then survey-core drops it and we refuse it', () => {
    const json = one({ type: 'imagemap', areas });
    expect(surveyCoreVerdict(json, { q: ['v3'] }).completed).toEqual({});
    expect(compileValidator(json, 'test').validate({ q: ['v3'] }).ok).toBe(false);
  });
});

describe('a dynamic panel with an empty template vs survey-core', () => {
  const json = one({ type: 'paneldynamic', panelCount: 2 });
  it('when its panels are sent as empty objects, then both accept and keep them', () => {
    const answers = { q: [{}, {}] };
    expect(surveyCoreVerdict(json, answers)).toEqual({ errorFields: [], completed: answers });
    expect(compileValidator(json, 'test').validate(answers)).toEqual({ ok: true, answers });
  });
});

describe('unnamed questions vs survey-core', () => {
  it.each([
    { when: 'two questions have no name', elements: [{ type: 'text' }, { type: 'text' }] },
    {
      when: 'an unnamed question sits in a panel before named ones',
      elements: [
        { type: 'text', name: 'question1' },
        { type: 'panel', elements: [{ type: 'text' }, { type: 'text', name: 'question3' }] },
        { type: 'text' },
      ],
    },
  ])('when $when, then we expect the answer keys survey-core generates', ({ elements }) => {
    const json = { pages: [{ elements }, { elements: [{ type: 'comment' }] }] };
    const generated = new Model(json).getAllQuestions().map((q) => q.name);
    expect(compileValidator(json, 'test').questionNames).toEqual(generated);
  });
});

describe('matrix columns without a name vs survey-core', () => {
  it('when columns are given as text or without name, then we expect the column names survey-core generates', () => {
    const json = one({
      type: 'matrixdropdown',
      rows: ['r'],
      cellType: 'text',
      columns: ['Col 1', { name: 'question1' }, { title: 'x' }],
    });
    const answers = { q: { r: { question1: 'a', question2: 'b', question3: 'c' } } };
    expect(surveyCoreVerdict(json, answers)).toEqual({ errorFields: [], completed: answers });
    expect(compileValidator(json, 'test').validate(answers)).toEqual({ ok: true, answers });
  });
});

describe('a single matrix without rows vs survey-core', () => {
  const json = one({ type: 'matrix', columns: ['a'] });
  it('when it is left, then both accept', () => {
    expect(surveyCoreVerdict(json, {}).errorFields).toEqual([]);
    expect(compileValidator(json, 'test').validate({})).toEqual({ ok: true, answers: {} });
  });
  it('when it is required and left, then both refuse it', () => {
    const required = one({ type: 'matrix', columns: ['a'], isRequired: true });
    expect(surveyCoreVerdict(required, {}).errorFields).toEqual(['q']);
    expect(compileValidator(required, 'test').validate({}).ok).toBe(false);
  });
});

describe('a definition whose element list is no array vs survey-core', () => {
  it('when its questions are given as an object, then both ask nothing and accept no answers', () => {
    const json = { questions: { q5: { activePanelIndex: 1 } } };
    expect(new Model(json).getAllQuestions()).toEqual([]);
    expect(compileValidator(json, 'test').questionNames).toEqual([]);
  });
});
