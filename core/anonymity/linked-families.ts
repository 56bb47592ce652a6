import type { InstrumentIndicators } from '../indicators/indicator-definition';

/**
 * Indicators computed from the same answers form one linked table (docs/decisions/0011): a
 * reader can play one against another — a class's not-bullied count is its 'never' plus 'rarely'
 * answers in the bullying distribution, a mean and its 0-100 rescale share one sum. Two indicators
 * are linked when their item sets share an item, and linking is transitive. Returns each
 * indicator's family: the key of its first member in definition order. Where families are off,
 * every indicator is its own.
 */
export function linkedFamilies(instrument: InstrumentIndicators, linked = true): Map<string, string> {
  const keys = instrument.indicators.map((i) => i.key);
  if (!linked) return new Map(keys.map((key) => [key, key]));
  const parent = keys.map((_, index) => index);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const firstUser = new Map<string, number>();
  instrument.indicators.forEach((indicator, index) => {
    for (const item of new Set(indicator.score.itemSets.flat())) {
      const other = firstUser.get(item);
      if (other === undefined) firstUser.set(item, index);
      else {
        const [a, b] = [root(index), root(other)];
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  return new Map(keys.map((key, index) => [key, keys[root(index)]!]));
}
