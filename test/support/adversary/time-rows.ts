import type { AmountMeta } from './cell-variables';
import type { LinearSystem } from './linear-system';
import type { RoundModel } from './round-model';

/**
 * Between two moments answers are only added: every count (n, k, n − k) stays or grows, and what
 * was added to a mean's sum lies between min and max per added respondent. When values follow the
 * answers (no held releases), a unit's n grows by at most the answers its subtree gained, which
 * the live response-rate view shows.
 */
export function timeRows(
  system: LinearSystem,
  amountMeta: Map<number, AmountMeta>,
  before: number,
  after: number,
  answersGained: { model: RoundModel; gained: (unitId: string) => number }[] | null,
): void {
  const later = new Map<string, number>();
  const prefix = `m${after}#`;
  system.columns.forEach((c, i) => c.name.startsWith(prefix) && later.set(c.name.slice(prefix.length), i));
  const earlier = `m${before}#`;
  system.columns.forEach((column, i) => {
    if (!column.name.startsWith(earlier)) return;
    const j = later.get(column.name.slice(earlier.length));
    if (j === undefined) return;
    const meta = amountMeta.get(i);
    if (!meta)
      return system.add(
        [
          [j, 1],
          [i, -1],
        ],
        0,
        Infinity,
        `${column.name} never falls`,
      );
    const nAfter = amountMeta.get(j)!.n;
    // added amount − min·(added n) ≥ 0 and max·(added n) − added amount ≥ 0
    system.add(
      [
        [j, 1],
        [i, -1],
        [nAfter, -meta.min],
        [meta.n, meta.min],
      ],
      0,
      Infinity,
      `${column.name} gains ≥ min`,
    );
    system.add(
      [
        [j, -1],
        [i, 1],
        [nAfter, meta.max],
        [meta.n, -meta.max],
      ],
      0,
      Infinity,
      `${column.name} gains ≤ max`,
    );
  });
  for (const { model, gained } of answersGained ?? [])
    for (const unitId of model.units)
      for (const respondents of model.respondents.keys()) {
        const name = `${model.roundId}|${unitId}||n|${respondents}`;
        const [i, j] = [system.find(`${earlier}${name}`), later.get(name)];
        if (i !== undefined && j !== undefined)
          system.add(
            [
              [j, 1],
              [i, -1],
            ],
            -Infinity,
            gained(unitId),
            `${name} gained`,
          );
      }
}
