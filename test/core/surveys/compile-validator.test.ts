import { compileValidator } from '../../../core/surveys/compile-validator';

const SOURCE = 'survey-definitions/test/survey.json';

/** A small survey covering every supported type and each kind of logic. */
const surveyJson = {
  pages: [
    {
      name: 'about',
      elements: [
        { type: 'radiogroup', name: 'grade', choices: [1, 2, 3], isRequired: true },
        {
          type: 'dropdown',
          name: 'role',
          choices: [
            { value: 'pupil', text: { da: 'Elev', nb: 'Elev', en: 'Pupil' } },
            { value: 'teacher', text: 'Lærer' },
          ],
        },
        { type: 'boolean', name: 'consent' },
        { type: 'html', name: 'intro', html: '<p>Hej</p>' },
      ],
    },
    {
      name: 'wellbeing',
      visibleIf: '{grade} >= 2',
      elements: [
        { type: 'rating', name: 'happy', isRequired: true },
        { type: 'rating', name: 'tens', rateMin: 0, rateMax: 10, rateStep: 2 },
        { type: 'rating', name: 'mood', rateValues: ['low', { value: 'high', text: 'Høj' }] },
        { type: 'checkbox', name: 'subjects', choices: ['math', 'art'] },
        {
          type: 'panel',
          name: 'bullying',
          visibleIf: "{role} = 'pupil'",
          elements: [
            { type: 'radiogroup', name: 'bullied', choices: [1, 2], requiredIf: '{happy} <= 2' },
            { type: 'comment', name: 'details', enableIf: '{bullied} = 1', maxLength: 10 },
          ],
        },
        { type: 'text', name: 'age', inputType: 'number', min: 6, max: 18 },
        { type: 'text', name: 'nickname' },
      ],
    },
  ],
};

const valid = {
  grade: 2,
  role: 'pupil',
  consent: true,
  happy: 4,
  tens: 6,
  mood: 'high',
  subjects: ['math'],
  bullied: 1,
  details: 'often',
  age: 12,
  nickname: 'Bo',
};

const validator = compileValidator(surveyJson, SOURCE);

describe('compileValidator: answers', () => {
  it('when every answer fits, then the answers come back unchanged', () => {
    expect(validator.validate(valid)).toEqual({ ok: true, answers: valid });
    const result = validator.validate(valid);
    expect(result.ok && result.answers).toBe(valid);
  });

  it.each([
    // grade 1 fails the page's {grade} >= 2, so the required "happy" is not required
    { when: 'a required question is on a hidden page', answers: { grade: 1, role: 'teacher' } },
    // {happy} <= 2 is false, so "bullied" is optional
    { when: 'requiredIf is false', answers: { ...valid, bullied: undefined, details: undefined } },
    // null, '' and [] are "no answer"; role null hides the panel, whose questions are unanswered
    {
      when: 'optional answers are null, empty or an empty list',
      answers: { ...valid, role: null, nickname: '', subjects: [], bullied: undefined, details: undefined },
    },
    // bullied 2 disables "details", which is left empty
    { when: 'a disabled question is unanswered', answers: { ...valid, bullied: 2, details: undefined } },
  ])('when $when, then the answers are accepted', ({ answers }) => {
    expect(validator.validate(answers)).toEqual({ ok: true, answers });
  });

  it.each([
    {
      when: 'a choice is given as text',
      answers: { ...valid, grade: '2' },
      field: 'grade',
      issue: 'not one of the choices 1, 2, 3',
    },
    {
      when: 'a choice is not listed',
      answers: { ...valid, grade: 4 },
      field: 'grade',
      issue: 'not one of the choices 1, 2, 3',
    },
    {
      when: 'a dropdown value is not listed',
      answers: { ...valid, role: 'parent', bullied: undefined, details: undefined },
      field: 'role',
      issue: 'not one of the choices pupil, teacher',
    },
    {
      when: 'a boolean is text',
      answers: { ...valid, consent: 'yes' },
      field: 'consent',
      issue: 'not one of the choices true, false',
    },
    {
      when: 'a rating is above the scale',
      answers: { ...valid, happy: 6 },
      field: 'happy',
      issue: 'above scale max 5',
    },
    {
      when: 'a rating is below the scale',
      answers: { ...valid, happy: 0 },
      field: 'happy',
      issue: 'below scale min 1',
    },
    {
      when: 'a rating is between steps',
      answers: { ...valid, happy: 2.5 },
      field: 'happy',
      issue: 'not one of the choices 1, 2, 3, 4, 5',
    },
    {
      when: 'a rating is text',
      answers: { ...valid, happy: '4' },
      field: 'happy',
      issue: 'expected a number on the scale 1, 2, 3, 4, 5',
    },
    // 0..10 step 2 → 0, 2, 4, 6, 8, 10
    {
      when: 'a stepped rating is off-step',
      answers: { ...valid, tens: 5 },
      field: 'tens',
      issue: 'not one of the choices 0, 2, 4, 6, 8, 10',
    },
    {
      when: 'a stepped rating is too high',
      answers: { ...valid, tens: 12 },
      field: 'tens',
      issue: 'above scale max 10',
    },
    {
      when: 'a rateValues rating is not listed',
      answers: { ...valid, mood: 'meh' },
      field: 'mood',
      issue: 'not one of the choices low, high',
    },
    {
      when: 'a checkbox answer is not a list',
      answers: { ...valid, subjects: 'math' },
      field: 'subjects',
      issue: 'expected a list of choices',
    },
    {
      when: 'a checkbox answer has an unknown choice',
      answers: { ...valid, subjects: ['math', 'music'] },
      field: 'subjects',
      issue: '"music" is not one of the choices math, art',
    },
    {
      when: 'a checkbox choice repeats',
      answers: { ...valid, subjects: ['art', 'art'] },
      field: 'subjects',
      issue: 'a choice is given twice',
    },
    { when: 'a number is below min', answers: { ...valid, age: 5 }, field: 'age', issue: 'below minimum 6' },
    {
      when: 'a number is above max',
      answers: { ...valid, age: 19 },
      field: 'age',
      issue: 'above maximum 18',
    },
    { when: 'a number is text', answers: { ...valid, age: '12' }, field: 'age', issue: 'expected a number' },
    // default maxLength 2000
    {
      when: 'text is too long',
      answers: { ...valid, nickname: 'x'.repeat(2001) },
      field: 'nickname',
      issue: 'longer than 2000 characters',
    },
    {
      when: 'text is a number',
      answers: { ...valid, nickname: 42 },
      field: 'nickname',
      issue: 'expected text',
    },
    // its own maxLength 10; 11 characters
    {
      when: 'a comment is too long',
      answers: { ...valid, details: 'x'.repeat(11) },
      field: 'details',
      issue: 'longer than 10 characters',
    },
    {
      when: 'a required question is missing',
      answers: { ...valid, happy: undefined },
      field: 'happy',
      issue: 'answer required',
    },
    // '' is no answer; it also hides page "wellbeing", so nothing else may be answered
    {
      when: 'a required question is empty text',
      answers: { grade: '' },
      field: 'grade',
      issue: 'answer required',
    },
    // {happy} <= 2 makes "bullied" required
    {
      when: 'requiredIf is true and the answer is missing',
      answers: { ...valid, happy: 2, bullied: undefined, details: undefined },
      field: 'bullied',
      issue: 'answer required',
    },
    {
      when: 'an answer names no question',
      answers: { ...valid, favourite: 'x' },
      field: 'favourite',
      issue: 'unknown question',
    },
    {
      when: 'an html element is answered',
      answers: { ...valid, intro: 'x' },
      field: 'intro',
      issue: 'unknown question',
    },
    {
      when: 'an answer names a prototype member',
      answers: { ...valid, constructor: 1 },
      field: 'constructor',
      issue: 'unknown question',
    },
  ])('when $when, then $field: $issue', ({ answers, field, issue }) => {
    expect(validator.validate(answers)).toEqual({ ok: false, issues: [{ field, issue }] });
  });

  it.each([
    // page "wellbeing" is hidden for grade 1: survey-core drops its answers on completion, no error
    {
      when: 'a question on a hidden page is answered',
      answers: { grade: 1, happy: 4 },
      completed: { grade: 1 },
    },
    // role teacher fails the panel's {role} = 'pupil'
    {
      when: 'a panel hidden by logic has answers',
      answers: { ...valid, role: 'teacher' },
      completed: (({ bullied: _b, details: _d, ...rest }) => ({ ...rest, role: 'teacher' }))(valid),
    },
  ])('when $when, then they are accepted and dropped, as survey-core completes', ({ answers, completed }) => {
    expect(validator.validate(answers)).toEqual({ ok: true, answers: completed });
  });

  it('when a question disabled by enableIf keeps an earlier answer, then it is accepted as it is', () => {
    // {bullied} = 1 is false for bullied 2, so "details" is disabled; survey-core keeps its value
    const answers = { ...valid, bullied: 2 };
    expect(validator.validate(answers)).toEqual({ ok: true, answers });
  });

  it('when several answers are wrong, then unknown keys come first, then questions in survey order', () => {
    expect(validator.validate({ happy: 9, grade: 7, extra: 1 })).toEqual({
      ok: false,
      issues: [
        { field: 'extra', issue: 'unknown question' },
        { field: 'grade', issue: 'not one of the choices 1, 2, 3' },
        { field: 'happy', issue: 'above scale max 5' },
      ],
    });
  });

  it.each([null, [], 'answers', 42, new Map([['grade', 1]])])(
    'when the body is %p, then the issue is on (body)',
    (body) => {
      expect(validator.validate(body)).toEqual({
        ok: false,
        issues: [{ field: '(body)', issue: 'expected an object of answers' }],
      });
    },
  );
});

describe('compileValidator: question values', () => {
  it('when compiled, then questionNames lists the answerable questions in order', () => {
    expect(validator.questionNames).toEqual([
      'grade',
      'role',
      'consent',
      'happy',
      'tens',
      'mood',
      'subjects',
      'bullied',
      'details',
      'age',
      'nickname',
    ]);
  });

  it.each([
    { name: 'grade', values: [1, 2, 3] },
    { name: 'role', values: ['pupil', 'teacher'] },
    { name: 'consent', values: [true, false] },
    { name: 'happy', values: [1, 2, 3, 4, 5] },
    { name: 'tens', values: [0, 2, 4, 6, 8, 10] },
    { name: 'mood', values: ['low', 'high'] },
    { name: 'subjects', values: undefined },
    { name: 'details', values: undefined },
    { name: 'age', values: undefined },
    { name: 'nosuch', values: undefined },
  ])('when asked for the values of $name, then they are $values', ({ name, values }) => {
    expect(validator.choiceValues(name)).toEqual(values);
  });
});
