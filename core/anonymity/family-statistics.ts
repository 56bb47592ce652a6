import type { IndicatorDefinition, InstrumentIndicators } from '../indicators/indicator-definition';

/**
 * A family's published numbers as the counts and sums a reader can reason about (value × n gives
 * them at full precision). Indicators that publish the same numbers share one statistic (a mean
 * and its 0-100 rescale; two shares of the same answers and condition).
 */
export type FamilyStatistic = CountPartition | ScoreSum;

/**
 * Respondents of a group split by answer: a share's yes and no, or a distribution's answers. Each
 * part is one published cell's count: `indicatorKey` (its k), or n − k for a share's 'no'.
 */
export interface CountPartition {
  kind: 'partition';
  key: string;
  signature: string;
  parts: { indicatorKey: string; side: 'yes' | 'no' }[];
  /** The cells that publish it (their n is the partition's total). */
  indicatorKeys: string[];
  breakdowns: string[];
  distribution: boolean;
}

/** The sum of a mean's respondent scores, each within the scale [lo, hi]. */
export interface ScoreSum {
  kind: 'sum';
  key: string;
  signature: string;
  indicatorKeys: string[];
  breakdowns: string[];
  lo: number;
  hi: number;
}

/**
 * A share of answers that a distribution also splits: per group, the share's yes are the
 * distribution's answers meeting its condition plus those scored on another form's items
 * (not-bullied: 'never' + 'rarely' of grades 4-9, plus 'no' to being teased in grades 0-3).
 */
export interface PartitionLink {
  share: string;
  distribution: string;
  /** Per part of the distribution: does that answer count as the share's yes? */
  yesParts: boolean[];
}

export interface FamilyModel {
  statistics: FamilyStatistic[];
  links: PartitionLink[];
}

const signatureOf = (i: IndicatorDefinition) => JSON.stringify([i.score.itemSets, i.score.minAnsweredShare]);

/** The statistics and links of the indicators `keys` (one family) of an instrument. */
export function familyModel(instrument: InstrumentIndicators, keys: ReadonlySet<string>): FamilyModel {
  const members = instrument.indicators.filter((i) => keys.has(i.key));
  const statistics: FamilyStatistic[] = [];
  const byIdentity = new Map<string, FamilyStatistic>();
  for (const indicator of members) {
    if (indicator.category) continue;
    const identity = identityOf(indicator);
    const same = byIdentity.get(identity);
    if (same && sameList(same.breakdowns, indicator.breakdowns)) {
      same.indicatorKeys.push(indicator.key);
      continue;
    }
    const statistic = statisticOf(instrument, indicator);
    byIdentity.set(identity, statistic);
    statistics.push(statistic);
  }
  for (const [of, categories] of groupBy(
    members.filter((i) => i.category),
    (i) => i.category!.of,
  )) {
    statistics.push({
      kind: 'partition',
      key: of,
      signature: signatureOf(categories[0]!),
      parts: categories.map((c) => ({ indicatorKey: c.key, side: 'yes' as const })),
      indicatorKeys: categories.map((c) => c.key),
      breakdowns: categories[0]!.breakdowns,
      distribution: true,
    });
  }
  return { statistics, links: linksOf(instrument, members, statistics) };
}

function identityOf(indicator: IndicatorDefinition): string {
  const { measure } = indicator;
  const condition = measure.type === 'share' ? JSON.stringify(measure.condition) : 'mean';
  return `${signatureOf(indicator)}|${condition}`;
}

function statisticOf(instrument: InstrumentIndicators, indicator: IndicatorDefinition): FamilyStatistic {
  const base = {
    key: indicator.key,
    signature: signatureOf(indicator),
    indicatorKeys: [indicator.key],
    breakdowns: indicator.breakdowns,
  };
  if (indicator.measure.type === 'share')
    return {
      ...base,
      kind: 'partition',
      parts: [
        { indicatorKey: indicator.key, side: 'yes' },
        { indicatorKey: indicator.key, side: 'no' },
      ],
      distribution: false,
    };
  const scores = indicator.score.itemSets
    .flat()
    .flatMap((item) => Object.values(instrument.itemScores[item] ?? {}));
  return { ...base, kind: 'sum', lo: Math.min(...scores), hi: Math.max(...scores) };
}

/** A share whose item sets include the distribution's item alone, condition read per answer. */
function linksOf(
  instrument: InstrumentIndicators,
  members: IndicatorDefinition[],
  statistics: FamilyStatistic[],
): PartitionLink[] {
  const links: PartitionLink[] = [];
  for (const distribution of statistics) {
    if (distribution.kind !== 'partition' || !distribution.distribution) continue;
    const categories = members.filter((i) => i.category?.of === distribution.key);
    const item = categories[0]!.category!.item;
    for (const share of statistics) {
      const definition = members.find((i) => i.key === share.key);
      if (share.kind !== 'partition' || share.distribution || definition?.measure.type !== 'share') continue;
      if (!definition.score.itemSets.some((set) => set.length === 1 && set[0] === item)) continue;
      const { op, value } = definition.measure.condition;
      const scale = instrument.itemScores[item] ?? {};
      links.push({
        share: share.key,
        distribution: distribution.key,
        yesParts: categories.map((c) => meets(scale[c.category!.value] ?? Number.NaN, op, value)),
      });
    }
  }
  return links;
}

function meets(score: number, op: string, value: number): boolean {
  if (op === '>') return score > value;
  if (op === '>=') return score >= value;
  if (op === '<') return score < value;
  if (op === '<=') return score <= value;
  return score === value;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function groupBy<T>(list: T[], keyOf: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) {
    const key = keyOf(item);
    const existing = map.get(key);
    if (existing) existing.push(item);
    else map.set(key, [item]);
  }
  return map;
}
