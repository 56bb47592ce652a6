import { compileValidator } from '../../../core/surveys/compile-validator';
import { surveyCoreVerdict } from './survey-core-verdict';

type Answers = Record<string, unknown>;
interface Case {
  when: string;
  json: Record<string, unknown>;
  answers: Answers;
  /** The fields both must refuse; [] when both accept. */
  refused: string[];
}

const one = (element: Record<string, unknown>, survey: Record<string, unknown> = {}) => ({
  ...survey,
  elements: [element],
});
const text = (extra: Record<string, unknown>) => one({ type: 'text', name: 't', ...extra });
const radio = (extra: Record<string, unknown>, survey: Record<string, unknown> = {}) =>
  one({ type: 'radiogroup', name: 'r', choices: [1, 2], ...extra }, survey);
const checkbox = (extra: Record<string, unknown>) =>
  one({ type: 'checkbox', name: 'c', choices: [1, 2, 3], ...extra });
const logic = (question: Record<string, unknown>, survey: Record<string, unknown> = {}) => ({
  ...survey,
  elements: [
    { type: 'text', name: 'b' },
    { type: 'text', name: 't', ...question },
  ],
});

const CASES: Case[] = [
  // validators
  {
    when: 'a numeric validator finds a number too small',
    json: text({ inputType: 'number', validators: [{ type: 'numeric', minValue: 3 }] }),
    answers: { t: 2 },
    refused: ['t'],
  },
  {
    when: 'a numeric validator finds text',
    json: text({ validators: [{ type: 'numeric' }] }),
    answers: { t: 'abc' },
    refused: ['t'],
  },
  {
    when: 'a numeric validator finds numeric text in range',
    json: text({ validators: [{ type: 'numeric', maxValue: 9 }] }),
    answers: { t: '5' },
    refused: [],
  },
  {
    when: 'a text validator finds text too short',
    json: text({ validators: [{ type: 'text', minLength: 3 }] }),
    answers: { t: 'ab' },
    refused: ['t'],
  },
  {
    when: 'a text validator finds text too long',
    json: text({ validators: [{ type: 'text', maxLength: 3 }] }),
    answers: { t: 'abcd' },
    refused: ['t'],
  },
  {
    when: 'a text validator forbids trailing digits',
    json: text({ validators: [{ type: 'text', allowDigits: false }] }),
    answers: { t: 'ab1' },
    refused: ['t'],
  },
  {
    when: 'a text validator sees whitespace only',
    json: text({ validators: [{ type: 'text', minLength: 3 }] }),
    answers: { t: ' ' },
    refused: [],
  },
  {
    when: 'a regex validator does not match',
    json: text({ validators: [{ type: 'regex', regex: '^a' }] }),
    answers: { t: 'ba' },
    refused: ['t'],
  },
  {
    when: 'a regex validator matches',
    json: text({ validators: [{ type: 'regex', regex: '^a' }] }),
    answers: { t: 'ab' },
    refused: [],
  },
  {
    when: 'an email validator finds no address',
    json: text({ validators: [{ type: 'email' }] }),
    answers: { t: 'a@b' },
    refused: ['t'],
  },
  {
    when: 'an expression validator is false',
    json: logic({ validators: [{ type: 'expression', expression: '{t} != {b}' }] }),
    answers: { b: 'x', t: 'x' },
    refused: ['t'],
  },
  {
    when: 'an expression validator is true',
    json: logic({ validators: [{ type: 'expression', expression: '{t} != {b}' }] }),
    answers: { b: 'x', t: 'y' },
    refused: [],
  },
  {
    when: 'a warning validator fails',
    json: text({ validators: [{ type: 'text', minLength: 3, notificationType: 'warning' }] }),
    answers: { t: 'ab' },
    refused: [],
  },
  {
    when: 'an answercount validator finds too few',
    json: checkbox({ validators: [{ type: 'answercount', minCount: 2 }] }),
    answers: { c: [1] },
    refused: ['c'],
  },
  // input types
  {
    when: 'an email input holds no address',
    json: text({ inputType: 'email' }),
    answers: { t: 'nope' },
    refused: ['t'],
  },
  {
    when: 'an email input holds an address',
    json: text({ inputType: 'email' }),
    answers: { t: 'a@b.dk' },
    refused: [],
  },
  {
    when: 'a date is after max',
    json: text({ inputType: 'date', max: '2020-01-01' }),
    answers: { t: '2021-01-01' },
    refused: ['t'],
  },
  {
    when: 'a date is before min',
    json: text({ inputType: 'date', min: '2020-01-01' }),
    answers: { t: '2019-12-31' },
    refused: ['t'],
  },
  {
    when: 'a date is within bounds',
    json: text({ inputType: 'date', min: '2020-01-01', max: '2020-12-31' }),
    answers: { t: '2020-06-01' },
    refused: [],
  },
  {
    when: 'a month is after max',
    json: text({ inputType: 'month', max: '2020-05' }),
    answers: { t: '2020-06' },
    refused: ['t'],
  },
  {
    when: 'a number is off its step',
    json: text({ inputType: 'number', step: 2 }),
    answers: { t: 3 },
    refused: ['t'],
  },
  {
    when: 'a number is on its step',
    json: text({ inputType: 'number', step: 0.5 }),
    answers: { t: 1.5 },
    refused: [],
  },
  {
    when: 'a number exceeds a maxValueExpression',
    json: {
      elements: [
        { type: 'text', name: 'b', inputType: 'number' },
        { type: 'text', name: 't', inputType: 'number', maxValueExpression: '{b}' },
      ],
    },
    answers: { b: 3, t: 4 },
    refused: ['t'],
  },
  // required
  {
    when: 'a required text is whitespace only',
    json: text({ isRequired: true }),
    answers: { t: '  ' },
    refused: ['t'],
  },
  // allowSpaceAsAnswer is not a property survey-core reads from JSON
  {
    when: 'allowSpaceAsAnswer is set in JSON',
    json: text({ isRequired: true, allowSpaceAsAnswer: true }),
    answers: { t: '  ' },
    refused: ['t'],
  },
  {
    when: 'a required panel has no answer',
    json: one({ type: 'panel', name: 'p', isRequired: true, elements: [{ type: 'text', name: 't' }] }),
    answers: {},
    refused: ['p'],
  },
  {
    when: 'a required panel has whitespace only',
    json: one({ type: 'panel', name: 'p', isRequired: true, elements: [{ type: 'text', name: 't' }] }),
    answers: { t: ' ' },
    refused: ['p'],
  },
  {
    when: 'a required panel has one answer',
    json: one({
      type: 'panel',
      name: 'p',
      isRequired: true,
      elements: [
        { type: 'text', name: 't' },
        { type: 'text', name: 'u' },
      ],
    }),
    answers: { u: 'x' },
    refused: [],
  },
  {
    when: 'a required question is on an invisible page',
    json: {
      pages: [
        { visible: false, elements: [{ type: 'text', name: 't', isRequired: true }] },
        { elements: [{ type: 'text', name: 'b' }] },
      ],
    },
    answers: { b: 'x' },
    refused: [],
  },
  {
    when: 'a required question is read-only',
    json: text({ isRequired: true, readOnly: true }),
    answers: {},
    refused: [],
  },
  // checkbox
  {
    when: 'fewer than minSelectedChoices are ticked',
    json: checkbox({ minSelectedChoices: 2 }),
    answers: { c: [1] },
    refused: ['c'],
  },
  {
    when: 'minSelectedChoices are ticked',
    json: checkbox({ minSelectedChoices: 2 }),
    answers: { c: [1, 3] },
    refused: [],
  },
  {
    when: 'none is ticked with a choice',
    json: checkbox({ showNoneItem: true }),
    answers: { c: [1, 'none'] },
    refused: [],
  },
  {
    when: 'select-all ticks every choice',
    json: checkbox({ showSelectAllItem: true }),
    answers: { c: [1, 2, 3] },
    refused: [],
  },
  // other, none, comment
  {
    when: 'other is chosen without its text',
    json: radio({ showOtherItem: true }),
    answers: { r: 'other' },
    refused: ['r'],
  },
  {
    when: 'other is chosen with its text',
    json: radio({ showOtherItem: true }),
    answers: { r: 'other', 'r-Comment': 'mine' },
    refused: [],
  },
  {
    when: 'other is chosen with whitespace as text',
    json: radio({ hasOther: true }),
    answers: { r: 'other', 'r-Comment': ' ' },
    refused: [],
  },
  {
    when: 'an other text comes with a listed choice',
    json: radio({ showOtherItem: true }),
    answers: { r: 1, 'r-Comment': 'mine' },
    refused: [],
  },
  {
    when: 'a checkbox has other with its text',
    json: checkbox({ showOtherItem: true }),
    answers: { c: [1, 'other'], 'c-Comment': 'x' },
    refused: [],
  },
  {
    when: 'a checkbox has other without its text',
    json: checkbox({ showOtherItem: true }),
    answers: { c: [1, 'other'] },
    refused: ['c'],
  },
  {
    when: 'other text is stored as the answer',
    json: radio({ showOtherItem: true }, { storeOthersAsComment: false }),
    answers: { r: 'my own' },
    refused: [],
  },
  { when: 'none is chosen', json: radio({ showNoneItem: true }), answers: { r: 'none' }, refused: [] },
  {
    when: 'refused and dontknow items are chosen',
    json: radio({ showRefuseItem: true, showDontKnowItem: true }),
    answers: { r: 'dontknow' },
    refused: [],
  },
  {
    when: 'a comment area is filled beside a choice',
    json: radio({ showCommentArea: true }),
    answers: { r: 2, 'r-Comment': 'x' },
    refused: [],
  },
  {
    when: 'a required question has only its comment',
    json: radio({ showCommentArea: true, isRequired: true }),
    answers: { 'r-Comment': 'x' },
    refused: ['r'],
  },
  {
    when: 'a hidden question has a comment',
    json: radio({ hasComment: true, visible: false }),
    answers: { r: 1, 'r-Comment': 'x' },
    refused: [],
  },
  // choice visibility and sources
  {
    when: 'a disabled choice keeps an answer',
    json: radio({ choicesEnableIf: '{item} = 1' }),
    answers: { r: 2 },
    refused: [],
  },
  {
    when: 'a choice question has no choices and no answer',
    json: one({ type: 'dropdown', name: 'd' }),
    answers: {},
    refused: [],
  },
  {
    when: 'a required choice question has no choices',
    json: one({ type: 'dropdown', name: 'd', isRequired: true }),
    answers: {},
    refused: ['d'],
  },
  {
    when: 'choices come from a question and one chosen there is answered',
    json: {
      elements: [
        { type: 'checkbox', name: 'a', choices: [1, 2, 3] },
        { type: 'radiogroup', name: 'b', choicesFromQuestion: 'a', choicesFromQuestionMode: 'selected' },
      ],
    },
    answers: { a: [1, 2], b: 2 },
    refused: [],
  },
  {
    when: 'tagbox and imagepicker are answered',
    json: {
      elements: [
        { type: 'tagbox', name: 'a', choices: [1, 2] },
        { type: 'imagepicker', name: 'b', choices: [{ value: 'x', imageLink: 'x.png' }] },
      ],
    },
    answers: { a: [2], b: 'x' },
    refused: [],
  },
  // visibility, enabling, hidden answers
  {
    when: 'a statically invisible question is answered',
    json: text({ visible: false }),
    answers: { t: 'x' },
    refused: [],
  },
  {
    when: 'a question on an invisible page is answered',
    json: { pages: [{ visible: false, elements: [{ type: 'text', name: 't' }] }] },
    answers: { t: 'x' },
    refused: [],
  },
  {
    when: 'a disabled question keeps an earlier answer',
    json: logic({ enableIf: "{b} = 'on'" }),
    answers: { t: 'x' },
    refused: [],
  },
  {
    when: 'a hidden answer is kept by clearInvisibleValues none',
    json: logic({ visibleIf: "{b} = 'on'" }, { clearInvisibleValues: 'none' }),
    answers: { t: 'x' },
    refused: [],
  },
  {
    when: 'a hidden answer is cleared onHidden',
    json: logic({ visibleIf: "{b} = 'on'" }, { clearInvisibleValues: 'onHidden' }),
    answers: { t: 'x' },
    refused: [],
  },
  {
    when: 'a hidden answer is cleared onHiddenContainer',
    json: logic({ visibleIf: "{b} = 'on'" }, { clearInvisibleValues: 'onHiddenContainer' }),
    answers: { t: 'x' },
    refused: [],
  },
  // valueName, computed values, formats
  {
    when: 'an answer is stored under valueName',
    json: one({ type: 'text', name: 't', valueName: 'v' }),
    answers: { v: 'x' },
    refused: [],
  },
  {
    when: 'two questions share a valueName and one is hidden',
    json: {
      elements: [
        { type: 'text', name: 'a', valueName: 'v', visible: false },
        { type: 'text', name: 'b', valueName: 'v' },
      ],
    },
    answers: { v: 'x' },
    refused: [],
  },
  {
    when: 'an expression question gets a submitted value',
    json: {
      elements: [
        { type: 'text', name: 'b', inputType: 'number' },
        { type: 'expression', name: 'e', expression: '{b} * 2' },
      ],
    },
    answers: { b: 2, e: 99 },
    refused: [],
  },
  // values set in the browser are checked as the target question's answers
  {
    when: 'a setvalue trigger has filled its target',
    json: {
      triggers: [{ type: 'setvalue', expression: "{b} = 'x'", setToName: 't', setValue: 'set' }],
      elements: [
        { type: 'text', name: 'b' },
        { type: 'text', name: 't' },
      ],
    },
    answers: { b: 'x', t: 'set' },
    refused: [],
  },
  {
    when: 'a setValueExpression has filled its question',
    json: {
      elements: [
        { type: 'text', name: 'b', inputType: 'number' },
        { type: 'text', name: 't', inputType: 'number', setValueExpression: '{b} + 1' },
      ],
    },
    answers: { b: 1, t: 2 },
    refused: [],
  },
  {
    when: 'an expression question is submitted with its own value',
    json: {
      elements: [
        { type: 'text', name: 'b', inputType: 'number' },
        { type: 'expression', name: 'e', expression: '{b} * 2' },
      ],
    },
    answers: { b: 2, e: 4 },
    refused: [],
  },
  {
    when: 'an expression question is not submitted',
    json: {
      elements: [
        { type: 'text', name: 'b', inputType: 'number' },
        { type: 'expression', name: 'e', expression: '{b} * 2' },
      ],
    },
    answers: { b: 2 },
    refused: [],
  },
  {
    when: 'a calculated value is included in the result',
    json: {
      calculatedValues: [{ name: 'c', expression: '{b} + 1', includeIntoResult: true }],
      elements: [{ type: 'text', name: 'b', inputType: 'number' }],
    },
    answers: { b: 2, c: 99 },
    refused: [],
  },
  {
    when: 'a calculated value hides a question',
    json: {
      calculatedValues: [{ name: 'c', expression: '{b} + 1' }],
      elements: [
        { type: 'text', name: 'b', inputType: 'number' },
        { type: 'text', name: 'd', visibleIf: '{c} > 5' },
      ],
    },
    answers: { b: 2, d: 'x' },
    refused: [],
  },
  {
    when: 'the old top-level questions format has a required question',
    json: { questions: [{ type: 'text', name: 't', isRequired: true }] },
    answers: {},
    refused: ['t'],
  },
  {
    when: 'an element has no type',
    json: { elements: [{ name: 'x' }, { type: 'text', name: 't', isRequired: true }] },
    answers: { t: 'y' },
    refused: [],
  },
];

describe('compiled validator vs survey-core on small definitions', () => {
  it.each(CASES)('when $when, then both refuse $refused', ({ json, answers, refused }) => {
    const verdict = surveyCoreVerdict(json, answers);
    expect(verdict.errorFields).toEqual(refused);
    const ours = compileValidator(json, 'test').validate(answers);
    expect(ours.ok ? [] : [...new Set(ours.issues.map((i) => i.field))]).toEqual(refused);
    if (ours.ok) expect(ours.answers).toEqual(verdict.completed);
  });
});
