import { checkRoundPeriod, fullTitle, mayCreateRounds, NewRound } from '../../../core/surveys/round-input';

const UNIT_A = '5b3c1f5e-2f7a-4c39-9a51-0c2f0c7f4d11';
const UNIT_B = '9e1b7c54-0d1f-4e0a-8a55-3b9c3f7a6e22';
const VERSION = '1f0e9d8c-7b6a-4594-8382-716f5e4d3c2b';
const valid = {
  instrumentVersionId: VERSION,
  title: { da: 'Trivselsmåling 2027' },
  opensOn: '2027-02-01',
  closesOn: '2027-02-28',
  unitIds: [UNIT_A, UNIT_B],
};

const fieldsOf = (input: unknown) => {
  const result = NewRound.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('NewRound', () => {
  it.each([
    { when: 'everything is given', input: valid, fields: [] },
    {
      when: 'it opens and closes on the same day (one lesson)',
      input: { ...valid, closesOn: '2027-02-01' },
      fields: [],
    },
    {
      when: 'it closes the day before it opens',
      input: { ...valid, closesOn: '2027-01-31' },
      fields: ['closesOn'],
    },
    { when: 'the first day is not a date', input: { ...valid, opensOn: '01-02-2027' }, fields: ['opensOn'] },
    {
      when: 'the last day is 30 February',
      input: { ...valid, closesOn: '2027-02-30' },
      fields: ['closesOn'],
    },
    {
      when: 'the Danish title is blank',
      input: { ...valid, title: { da: ' ', en: 'Wellbeing' } },
      fields: ['title.da'],
    },
    { when: 'no title is given', input: { ...valid, title: undefined }, fields: ['title'] },
    {
      when: 'no survey is chosen',
      input: { ...valid, instrumentVersionId: '' },
      fields: ['instrumentVersionId'],
    },
    { when: 'no unit is chosen', input: { ...valid, unitIds: [] }, fields: ['unitIds'] },
    { when: 'a unit is chosen twice', input: { ...valid, unitIds: [UNIT_A, UNIT_A] }, fields: ['unitIds'] },
    { when: 'a unit id is not a uuid', input: { ...valid, unitIds: [UNIT_A, 'x'] }, fields: ['unitIds.1'] },
    {
      when: 'it is answered only through personal links',
      input: { ...valid, personalLinksOnly: true },
      fields: [],
    },
    {
      when: 'personal links only is not true or false',
      input: { ...valid, personalLinksOnly: 'yes' },
      fields: ['personalLinksOnly'],
    },
  ])('when $when, then the fields named are $fields', ({ input, fields }) => {
    expect(fieldsOf(input)).toEqual(fields);
  });

  it('when personal links only is not given, then the round takes open links', () => {
    expect(NewRound.parse(valid).personalLinksOnly).toBe(false);
  });
});

describe('checkRoundPeriod', () => {
  it.each([
    { when: 'the last day is today', closesOn: '2027-02-01', fields: [] },
    { when: 'the last day was yesterday', closesOn: '2027-01-31', fields: ['closesOn'] },
  ])('when $when, then the fields named are $fields', ({ closesOn, fields }) => {
    expect(checkRoundPeriod({ closesOn }, '2027-02-01').map((i) => i.field)).toEqual(fields);
  });
});

describe('fullTitle', () => {
  it('when only the Danish title is given, then Norwegian and English show it; given ones are kept', () => {
    expect(fullTitle({ da: 'Trivsel', nb: '', en: undefined })).toEqual({
      da: 'Trivsel',
      nb: 'Trivsel',
      en: 'Trivsel',
    });
    expect(fullTitle({ da: 'Trivsel', en: 'Wellbeing' }).en).toBe('Wellbeing');
  });
});

describe('mayCreateRounds', () => {
  it.each([
    { role: 'admin', expected: true },
    { role: 'consultant', expected: true },
    { role: 'leader', expected: false },
    { role: 'viewer', expected: false },
  ])('when the user is a $role, then they may create rounds: $expected', ({ role, expected }) => {
    expect(mayCreateRounds({ role })).toBe(expected);
  });
});
