import type { IndicatorDefinition } from '../../../core/indicators/indicator-definition';
import { roundsWhileMember } from '../../../core/networks/network-membership';
import { networkSeries, type MemberRoundValue } from '../../../core/networks/network-series';

const text = { da: 'x', nb: 'x', en: 'x' };
const wellbeing: IndicatorDefinition = {
  key: 'wellbeing',
  label: text,
  description: text,
  polarity: 'higher-is-better',
  unit: 'share',
  score: { itemSets: [['q1']], minAnsweredShare: 1 },
  measure: { type: 'share', condition: { op: '>=', value: 4 } },
  breakdowns: [],
  sensitive: false,
};
const definitionOf = () => ({ indicator: wellbeing, minGroupSize: 5 });
const always = (id: string) => ({ municipalityId: id, from: '2000-01-01', until: null });
const memberships = ['A', 'B', 'C'].map(always);

const value = (
  municipalityId: string,
  opensOn: string,
  k: number,
  n: number,
  hidden = false,
): MemberRoundValue => ({
  municipalityId,
  roundId: `${municipalityId}-${opensOn}`,
  opensOn,
  stats: { n, k, sum: 0, sumSq: 0 },
  definitionHash: 'h',
  hidden,
  value: hidden ? null : k / n,
  ciLow: hidden ? null : 0.1,
  ciHigh: hidden ? null : 0.9,
});

describe('networkSeries', () => {
  it('when a municipality has two rounds in a year, then only its latest with answers counts', () => {
    // 2025: A's autumn round (9/10) replaces its spring round (1/10); B 5/10, C 6/10 → 20/30.
    const years = networkSeries(
      [
        value('A', '2025-03-01', 1, 10),
        value('A', '2025-09-01', 9, 10),
        value('A', '2025-11-01', 0, 0),
        value('B', '2025-03-01', 5, 10),
        value('C', '2025-04-01', 6, 10),
      ],
      'A',
      { memberships, definitionOf, showOwn: true },
    );
    expect(years).toHaveLength(1);
    expect(years[0]!.own).toEqual({ shown: true, n: 10, value: 0.9, ciLow: 0.1, ciHigh: 0.9 });
    expect(years[0]!.network).toMatchObject({ shown: true, municipalities: 3, n: 30 });
    if (years[0]!.network.shown) expect(years[0]!.network.value).toBeCloseTo(20 / 30, 12);
  });

  it('when years differ in who has data, then each year is judged on its own, newest first', () => {
    const years = networkSeries(
      [
        value('A', '2024-03-01', 5, 10),
        value('B', '2024-03-01', 5, 10),
        value('A', '2025-03-01', 5, 10),
        value('B', '2025-03-01', 5, 10),
        value('C', '2025-03-01', 5, 10),
      ],
      'A',
      { memberships, definitionOf, showOwn: true },
    );
    expect(years.map((y) => [y.year, y.network.shown, y.network.municipalities])).toEqual([
      [2025, true, 3],
      [2024, false, 2],
    ]);
  });

  it("when the viewer's own value is hidden or it may not see its municipality, then no own number is given", () => {
    const values = [
      value('A', '2025-03-01', 2, 3, true),
      value('B', '2025-03-01', 5, 10),
      value('C', '2025-03-01', 5, 10),
    ];
    expect(networkSeries(values, 'A', { memberships, definitionOf, showOwn: true })[0]!.own).toEqual({
      shown: false,
      reason: 'hidden',
    });
    expect(networkSeries(values, 'A', { memberships, definitionOf, showOwn: false })[0]!.own).toBeNull();
    expect(networkSeries(values, 'D', { memberships, definitionOf, showOwn: true })[0]!.own).toEqual({
      shown: false,
      reason: 'no-data',
    });
  });

  it('when a member left after its round opened, then that round still counts: the figure does not change', () => {
    const values = [
      value('A', '2025-03-01', 5, 10),
      value('B', '2025-03-01', 6, 10),
      value('C', '2025-03-01', 7, 10),
    ];
    const before = networkSeries(values, 'A', { memberships, definitionOf, showOwn: true });
    const cLeft = [
      always('A'),
      always('B'),
      { municipalityId: 'C', from: '2000-01-01', until: '2025-06-01' },
    ];
    const after = networkSeries(values, 'A', { memberships: cLeft, definitionOf, showOwn: true });
    // Both 18/30: had C's figures dropped out, A could subtract 11/20 from 18/30 and see C's 7/10.
    expect(after).toEqual(before);
    expect(after[0]!.network).toMatchObject({ shown: true, n: 30 });
    // C's next round, opened after it left, does not count.
    const later = networkSeries([...values, value('C', '2025-09-01', 1, 10)], 'A', {
      memberships: cLeft,
      definitionOf,
      showOwn: true,
    });
    expect(later[0]!.network).toMatchObject({ shown: true, n: 30 });
  });

  it('when a municipality joins, then its rounds opened before it joined do not count', () => {
    // D joined on 2025-05-01: its March round stays out, so the figure A saw before D joined holds.
    const values = ['A', 'B', 'C', 'D'].map((m) => value(m, '2025-03-01', 5, 10));
    const dJoined = [...memberships, { municipalityId: 'D', from: '2025-05-01', until: null }];
    const years = networkSeries(values, 'A', { memberships: dJoined, definitionOf, showOwn: true });
    expect(years[0]!.network).toMatchObject({ shown: true, municipalities: 3, n: 30 });
  });

  it("when the viewer's own round opened before it joined, then its own value is still shown to it", () => {
    const values = ['A', 'B', 'C'].map((m) => value(m, '2025-03-01', 5, 10));
    const aLate = [{ municipalityId: 'A', from: '2025-05-01', until: null }, always('B'), always('C')];
    const [year] = networkSeries(values, 'A', { memberships: aLate, definitionOf, showOwn: true });
    expect(year!.own).toMatchObject({ shown: true, n: 10 });
    expect(year!.network).toEqual({ shown: false, municipalities: 2, reason: 'fewer-than-3-municipalities' });
  });
});

describe('roundsWhileMember', () => {
  it.each([
    ['2025-04-30', false, 'opened before joining'],
    ['2025-05-01', false, 'opened on the day of joining (answers may predate it)'],
    ['2025-05-02', true, 'opened the day after joining'],
    ['2025-06-01', true, 'opened on the day of leaving (it may have been counted)'],
    ['2025-06-02', false, 'opened after leaving'],
  ])('when a round opened %s, then it counts: %s (%s)', (opensOn, counts) => {
    const membership = { municipalityId: 'D', from: '2025-05-01', until: '2025-06-01' };
    expect(roundsWhileMember([{ municipalityId: 'D', opensOn }], [membership])).toHaveLength(counts ? 1 : 0);
  });
});
