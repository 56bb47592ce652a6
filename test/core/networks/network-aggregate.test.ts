import type { IndicatorDefinition } from '../../../core/indicators/indicator-definition';
import { networkAggregate, type MemberStats } from '../../../core/networks/network-aggregate';

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
const score: IndicatorDefinition = { ...wellbeing, unit: 'score', measure: { type: 'mean' } };
const definitionOf = (hash: string) =>
  hash === 'h'
    ? { indicator: wellbeing, minGroupSize: 5 }
    : hash === 'm'
      ? { indicator: score, minGroupSize: 5 }
      : null;

const share = (municipalityId: string, k: number, n: number, definitionHash = 'h'): MemberStats => ({
  municipalityId,
  stats: { n, k, sum: 0, sumSq: 0 },
  definitionHash,
});

describe('networkAggregate', () => {
  it('when 3 municipalities have 8/10, 15/20 and 21/30, then the network is 44/60 with its Wilson interval', () => {
    // k = 8 + 15 + 21 = 44, n = 10 + 20 + 30 = 60, 44/60 = 0.7333; Wilson 95 %: centre (p + z²/2n)/(1 + z²/n) = 0.7193, half 0.1094 → 0.6099 .. 0.8287.
    const network = networkAggregate(
      [share('A', 8, 10), share('B', 15, 20), share('C', 21, 30)],
      'A',
      definitionOf,
    );
    expect(network).toMatchObject({ shown: true, municipalities: 3, n: 60 });
    if (!network.shown) throw new Error('shown');
    expect(network.value).toBeCloseTo(44 / 60, 12);
    expect(network.ciLow).toBeCloseTo(0.6099, 4);
    expect(network.ciHigh).toBeCloseTo(0.8287, 4);
  });

  it('when scores are combined, then sums and sums of squares add up to the pooled mean', () => {
    // A: 4 and 2 (Σ 6, Σ² 20); B: 5 (Σ 5, Σ² 25); C: 3, 3, 5 (Σ 11, Σ² 43) → mean 22/6 = 3.667.
    const mean = (municipalityId: string, n: number, sum: number, sumSq: number): MemberStats => ({
      municipalityId,
      stats: { n, k: 0, sum, sumSq },
      definitionHash: 'm',
    });
    const network = networkAggregate(
      [mean('A', 2, 6, 20), mean('B', 1, 5, 25), mean('C', 3, 11, 43)],
      'B',
      definitionOf,
    );
    expect(network).toMatchObject({ shown: true, n: 6 });
    if (network.shown) expect(network.value).toBeCloseTo(22 / 6, 12);
  });

  it('when only 2 municipalities have data, then the network is hidden: the viewer would subtract the other', () => {
    const network = networkAggregate(
      [share('A', 8, 10), share('B', 15, 20), share('C', 0, 0)],
      'A',
      definitionOf,
    );
    expect(network).toEqual({ shown: false, municipalities: 2, reason: 'fewer-than-3-municipalities' });
  });

  it('when the others together have fewer respondents than the minimum group (2 + 2 < 5), then the viewer may not see it', () => {
    const members = [share('A', 80, 100), share('B', 1, 2), share('C', 2, 2)];
    expect(networkAggregate(members, 'A', definitionOf)).toEqual({
      shown: false,
      municipalities: 3,
      reason: 'too-few-respondents',
    });
    // B's others are A and C: 100 + 2 ≥ 5, so B sees it (it cannot isolate anyone's small group).
    expect(networkAggregate(members, 'B', definitionOf)).toMatchObject({ shown: true, n: 104 });
  });

  it('when the others have exactly the minimum group (3 + 2 = 5), then the network is shown', () => {
    const network = networkAggregate(
      [share('A', 1, 1), share('B', 2, 3), share('C', 1, 2)],
      'A',
      definitionOf,
    );
    expect(network).toMatchObject({ shown: true, n: 6 });
  });

  it('when one member measured with another indicator definition, then it is left out and the rest must still be 3', () => {
    const members = [share('A', 8, 10), share('B', 15, 20), share('C', 21, 30, 'old'), share('D', 5, 10)];
    expect(networkAggregate(members, 'A', definitionOf)).toMatchObject({
      shown: true,
      municipalities: 3,
      n: 40,
    });
    expect(networkAggregate(members.slice(0, 3), 'A', definitionOf)).toMatchObject({
      shown: false,
      reason: 'fewer-than-3-municipalities',
    });
  });

  it('when nobody has data, then there is no network value', () => {
    expect(networkAggregate([share('A', 0, 0)], 'A', definitionOf)).toEqual({
      shown: false,
      municipalities: 0,
      reason: 'no-data',
    });
  });
});
