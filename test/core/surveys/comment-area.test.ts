import { compileValidator } from '../../../core/surveys/compile-validator';
import { surveyCoreVerdict as surveyCoreJudges } from './composite/survey-core-verdict';
import { surveyCoreVerdict } from './survey-core-verdict';

// showCommentArea beyond choice questions: survey-core stores the comment under <name>-Comment on
// every type whose showCommentArea property it shows (supportComment), and ignores it elsewhere.
describe('comment areas on questions without choices', () => {
  it.each([
    { type: 'rating', name: 'q', showCommentArea: true },
    { type: 'boolean', name: 'q', showCommentArea: true },
    { type: 'file', name: 'q', hasComment: true },
    { type: 'ranking', name: 'q', choices: [1, 2], showCommentArea: true },
    { type: 'matrix', name: 'q', rows: ['r'], columns: [1], showCommentArea: true },
    {
      type: 'paneldynamic',
      name: 'q',
      templateElements: [{ type: 'text', name: 't' }],
      showCommentArea: true,
    },
  ])(
    'when a $type question shows a comment area, then its comment alone is accepted as survey-core keeps it',
    (question) => {
      const json = { elements: [question] };
      const answers = { 'q-Comment': 'Fint.' };
      expect(compileValidator(json, 'test').validate(answers)).toEqual({
        ok: true,
        answers: surveyCoreVerdict(json, answers).completed,
      });
    },
  );

  it('when a text question sets showCommentArea, then survey-core shows none and the comment key is unknown', () => {
    const json = { elements: [{ type: 'text', name: 'q', showCommentArea: true }] };
    expect(compileValidator(json, 'test').validate({ 'q-Comment': 'x' })).toEqual({
      ok: false,
      issues: [{ field: 'q-Comment', issue: 'unknown question' }],
    });
  });

  it('when a rating comment is no text or is too long, then it is refused at its key', () => {
    const json = { maxCommentLength: 5, elements: [{ type: 'rating', name: 'q', showCommentArea: true }] };
    const validator = compileValidator(json, 'test');
    expect(validator.validate({ q: 3, 'q-Comment': 7 })).toEqual({
      ok: false,
      issues: [{ field: 'q-Comment', issue: 'expected text' }],
    });
    expect(validator.validate({ 'q-Comment': 'for lang' })).toEqual({
      ok: false,
      issues: [{ field: 'q-Comment', issue: 'longer than 5 characters' }],
    });
  });

  it('when the rating is hidden by logic, then its comment is dropped as survey-core drops it', () => {
    const json = {
      elements: [
        { type: 'boolean', name: 'b' },
        { type: 'rating', name: 'q', showCommentArea: true, visibleIf: '{b} = true' },
      ],
    };
    const answers = { b: false, q: 2, 'q-Comment': 'x' };
    expect(surveyCoreVerdict(json, answers).completed).toEqual({ b: false });
    expect(compileValidator(json, 'test').validate(answers)).toEqual({ ok: true, answers: { b: false } });
  });
});

// Completion clears a hidden question's comment, or an other text beside no "other", by setting it
// to '': a comment sent as '' or null is so left as it came (corpus 0078, 0082).
describe('empty comments', () => {
  const json = {
    elements: [
      { type: 'checkbox', name: 'o', choices: ['a', 'b'], showOtherItem: true },
      { type: 'dropdown', name: 'h', choices: ['a'], showOtherItem: true, visibleIf: '{o} contains "a"' },
    ],
  };

  it.each([
    { o: [], 'o-Comment': '' },
    { o: null, 'o-Comment': null },
    { o: ['b'], 'o-Comment': '', 'h-Comment': null },
    { 'h-Comment': '' },
  ])('when %j is sent, then the empty comments are kept as survey-core keeps them', (answers) => {
    const verdict = surveyCoreJudges(json, answers);
    expect(verdict).toEqual({ valid: true, changed: [], completed: answers });
    expect(compileValidator(json, 'test').validate(answers)).toEqual({ ok: true, answers });
  });

  it('when a comment is an empty list beside no "other", then it is dropped as survey-core drops it', () => {
    const answers = { o: ['b'], 'o-Comment': [] };
    expect(surveyCoreJudges(json, answers).completed).toEqual({ o: ['b'] });
    expect(compileValidator(json, 'test').validate(answers)).toEqual({ ok: true, answers: { o: ['b'] } });
  });
});
