import { compileValidator } from '../../../core/surveys/compile-validator';
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
