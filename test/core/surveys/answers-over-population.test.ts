import {
  isOverPopulation,
  overPopulationNote,
  overPopulationOf,
  unitsOverPopulation,
  type UnitCount,
} from '../../../core/surveys/answers-over-population';

const unit = (
  answers: number,
  expected: number | null,
  expectedFrom: UnitCount['expectedFrom'] = 'population',
) => ({
  answers,
  expected,
  expectedFrom: expected === null ? null : expectedFrom,
});

describe('more answers than people', () => {
  it.each([
    // answers > expected is the whole rule: 23 > 21 over; 21 = 21 everyone answered, not over.
    { when: '23 answers from a class of 21', counts: unit(23, 21), over: true },
    { when: 'the whole class of 21 answered', counts: unit(21, 21), over: false },
    { when: '20 of 21 answered', counts: unit(20, 21), over: false },
    { when: 'one answer where nobody is expected (population 0)', counts: unit(1, 0), over: true },
    { when: 'no size and no personal links are known', counts: unit(40, null), over: false },
    { when: '11 answers and 10 personal links made', counts: unit(11, 10, 'links'), over: true },
    { when: '10 answers and 10 personal links made', counts: unit(10, 10, 'links'), over: false },
  ])('when $when, then over is $over', ({ counts, over }) => {
    expect(isOverPopulation(counts)).toBe(over);
    expect(overPopulationOf(counts) !== null).toBe(over);
  });

  it('when several units are listed, then exactly the ones over are returned, in order', () => {
    const units = [
      { name: '0.A', ...unit(3, 3) },
      { name: '1.A', ...unit(23, 21) },
      { name: '2.A', ...unit(5, null) },
      { name: '3.A', ...unit(9, 8, 'links') },
    ];
    expect(unitsOverPopulation(units).map((u) => u.name)).toEqual(['1.A', '3.A']);
    expect(unitsOverPopulation([])).toEqual([]);
  });

  it('when a class of 21 has 23 answers, then the flag says so in Danish, Norwegian and English', () => {
    expect(overPopulationOf(unit(23, 21))).toEqual({
      answers: 23,
      people: 21,
      note: overPopulationNote(23, 21, 'population'),
    });
    const note = overPopulationNote(23, 21, 'population');
    expect(note.en).toBe(
      '23 answers from 21 people: more answers than people — someone may have answered twice, or the class size is out of date',
    );
    expect(note.da).toMatch(/^23 svar fra 21 personer: flere svar end personer/);
    expect(note.nb).toMatch(/^23 svar fra 21 personer: flere svar enn personer/);
  });

  it('when the people are the personal links made, then the words count links, not a class size', () => {
    const note = overPopulationNote(11, 10, 'links');
    expect(note.en).toMatch(/^11 answers, 10 personal links made: more answers than people/);
    expect(note.da).toMatch(/^11 svar, 10 personlige links lavet/);
    expect(note.nb).toMatch(/^11 svar, 10 personlige lenker laget/);
  });
});
