import {
  rateResponsePage,
  type RatedUnit,
  type RatePageQuery,
} from '../../../core/surveys/response-rate-page';

const unit = (
  unitName: string,
  parentId: string,
  answers: number,
  rate: number | null,
  over = false,
): RatedUnit => ({
  unitId: `${parentId}-${unitName}`,
  unitName,
  parentId,
  parentName: parentId === 'n' ? 'Nordskolen' : 'Sydskolen',
  answers,
  rate,
  overPopulation: over ? { answers, people: answers - 1 } : null,
});

const units = [
  unit('1.A', 'n', 4, 0.2),
  unit('2.A', 'n', 0, null),
  unit('3.A', 'n', 9, 1.5, true),
  unit('1.B', 's', 4, 0.2),
  unit('2.B', 's', 1, 0.05),
];
const first: RatePageQuery = { offset: 0, limit: 50, flagged: false, order: 'name' };
const names = (page: { units: RatedUnit[] }) => page.units.map((u) => u.unitName);

describe('one screen of response rates', () => {
  it('keeps the given order by name, and pages it without loss or repeat', () => {
    expect(names(rateResponsePage(units, first))).toEqual(['1.A', '2.A', '3.A', '1.B', '2.B']);
    const pages = [0, 2, 4].map((offset) => names(rateResponsePage(units, { ...first, offset, limit: 2 })));
    expect(pages).toEqual([['1.A', '2.A'], ['3.A', '1.B'], ['2.B']]);
    expect(rateResponsePage(units, { ...first, offset: 10 }).page).toEqual({
      offset: 10,
      limit: 50,
      matching: 5,
    });
  });

  it('puts the lowest rate first, units without a rate last, and equal rates in the given order', () => {
    expect(names(rateResponsePage(units, { ...first, order: 'rate' }))).toEqual([
      '2.B',
      '1.A',
      '1.B',
      '3.A',
      '2.A',
    ]);
    expect(names(rateResponsePage(units, { ...first, order: 'answers' }))).toEqual([
      '2.A',
      '2.B',
      '1.A',
      '1.B',
      '3.A',
    ]);
  });

  it('narrows by parent, by a part of the unit’s or parent’s name in any case, and to the flagged ones', () => {
    expect(names(rateResponsePage(units, { ...first, parentId: 's' }))).toEqual(['1.B', '2.B']);
    expect(names(rateResponsePage(units, { ...first, search: ' SYD ' }))).toEqual(['1.B', '2.B']);
    expect(names(rateResponsePage(units, { ...first, search: '2.' }))).toEqual(['2.A', '2.B']);
    const flagged = rateResponsePage(units, { ...first, flagged: true });
    expect(names(flagged)).toEqual(['3.A']);
    expect(flagged.page.matching).toBe(1);
  });

  it('counts the flagged units and lists the parents of the whole list, whatever the filters', () => {
    const narrowed = rateResponsePage(units, { ...first, parentId: 's', search: 'zz' });
    expect(narrowed.units).toEqual([]);
    expect(narrowed.flagged).toBe(1);
    expect(narrowed.parents).toEqual([
      { unitId: 'n', name: 'Nordskolen', units: 3 },
      { unitId: 's', name: 'Sydskolen', units: 2 },
    ]);
  });
});
