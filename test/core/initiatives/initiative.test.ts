import { InitiativeQuery, InitiativeUpdate, NewInitiative } from '../../../core/initiatives/initiative';

const UNIT = '6f1c2a8e-3b7d-4c1e-9a2b-5d8e7f6a1b2c';
const valid = {
  sector: 'school',
  title: 'Læsebånd',
  description: 'Hver morgen læser alle.',
  contactUnitId: UNIT,
};

describe('NewInitiative', () => {
  it('when only the required fields are given, then no goals and no assessment are assumed', () => {
    expect(NewInitiative.parse(valid)).toEqual({ ...valid, goalIds: [], assessment: null });
  });

  it.each([
    [{ sector: 'hospital' }, 'sector'],
    [{ title: '  ' }, 'title'],
    [{ description: '' }, 'description'],
    [{ contactUnitId: 'unit-1' }, 'contactUnitId'],
    [{ goalIds: [UNIT, UNIT] }, 'goalIds'],
    [{ assessment: [3, 4] }, 'assessment'],
  ])('when %j, then the issue names %s', (change, field) => {
    const result = NewInitiative.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path[0]).toBe(field);
  });
});

describe('InitiativeUpdate and InitiativeQuery', () => {
  it.each([
    [{ title: 'Nyt navn' }, true],
    [{ assessment: null }, true],
    [{}, false],
    [{ sector: 'school', contactUnitId: 'x' }, false],
  ])('when the update is %j, then it is accepted: %s', (update, ok) => {
    expect(InitiativeUpdate.safeParse(update).success).toBe(ok);
  });

  it('when the query is empty, then everything is searched', () => {
    expect(InitiativeQuery.parse({})).toEqual({ q: '' });
  });
});
