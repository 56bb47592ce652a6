import type { CountPartition, FamilyModel, FamilyStatistic, ScoreSum } from '../family-statistics';
import { parseGroupId } from '../group-id';
import {
  addExpressions,
  constantExpression,
  sumExpressions,
  variableExpression,
  type LinearExpression,
} from './linear-expression';
import { relationTies } from './relation-ties';
import type { LayerCell, TableLayer, TableRelation } from './table-layer';

/**
 * lower ≤ expression ≤ upper; `relation` when the row is a sum readers know in a release; `fix`
 * when it holds a shown group of the new release to its number (a freed group: see the constructor).
 */
export interface SystemRow {
  expression: LinearExpression;
  lower: number;
  upper: number;
  relation?: { layer: number; relation: TableRelation };
  fix?: string;
}

/**
 * Everything a reader knows of one family's published numbers over a round's releases, as a
 * linear system in what they do not know: per release, group and statistic the counts of each
 * answer (a partition), the respondents and sum of a mean, and for a share linked to a
 * distribution the respondents scored on another form. Numbers a release showed are constants;
 * the rest are variables, tied by the sums readers know (tree, breakdowns, goals), by the answer
 * counts shown live, by each scale's ends, and from one release to the next by never decreasing.
 * Variables exist only for what is hidden, so a round with few hidden groups has a small system.
 */
export class AttackerSystem {
  readonly variables: { lower: number; upper: number; integer: boolean }[] = [];
  readonly rows: SystemRow[] = [];
  /** Per variable: the release, group and statistic it belongs to. */
  readonly origins: { layer: number; group: string; stat: string }[] = [];
  /** Per variable: its slot's name (release|group|statistic|slot), the same in every system of a round. */
  readonly keys: string[] = [];
  private readonly slots = new Map<string, number>();
  private readonly links: FamilyModel['links'];

  /**
   * `freed`: shown groups of the new release to model as variables held by `fix` rows, so that
   * what hiding them would do is a matter of letting those rows go (BoundEvaluator.setRowActive)
   * instead of building the system again.
   */
  constructor(
    private readonly model: FamilyModel,
    private readonly layers: TableLayer[],
    relations: TableRelation[][],
    private readonly freed: ReadonlySet<string> = new Set(),
  ) {
    this.links = model.links.filter((link) => this.linkHolds(link));
    layers.forEach((layer, index) => {
      for (const group of [...layer.cells.keys(), ...layer.goals.keys()]) this.groupRows(index, group);
      for (const relation of relations[index]!) this.relationRows(index, relation);
      if (index > 0) for (const group of layer.cells.keys()) this.growthRows(index - 1, index, group);
      if (index > 0) for (const group of layer.goals.keys()) this.growthRows(index - 1, index, group);
    });
  }

  /** The cells that publish a statistic at a group in a release, or undefined. */
  cellsOf(layer: number, group: string, stat: FamilyStatistic): Map<string, LayerCell> | undefined {
    // Asked for every sum, slot and check many times over: found once per system (the cells are
    // the layers' own objects, so what they show is read as it is now).
    const byGroup = (this.foundCells[layer] ??= new Map());
    let byStat = byGroup.get(group);
    if (!byStat) byGroup.set(group, (byStat = new Map()));
    if (byStat.has(stat)) return byStat.get(stat);
    const found = this.findCells(layer, group, stat);
    byStat.set(stat, found);
    return found;
  }

  private readonly foundCells: Map<string, Map<FamilyStatistic, Map<string, LayerCell> | undefined>>[] = [];

  private findCells(layer: number, group: string, stat: FamilyStatistic): Map<string, LayerCell> | undefined {
    const table = this.layers[layer]!;
    const cells = table.cells.get(group);
    const found = new Map<string, LayerCell>();
    if (cells) {
      for (const key of stat.indicatorKeys) {
        const cell = cells.get(key);
        if (cell) found.set(key, cell);
      }
    } else {
      // A goal measures one indicator and never one answer of a distribution (the catalogue).
      const goal = table.goals.get(group);
      const distribution = stat.kind === 'partition' && stat.distribution;
      if (goal && !distribution && stat.indicatorKeys.includes(goal.indicatorKey))
        found.set(goal.indicatorKey, goal.cell);
    }
    return found.size > 0 ? found : undefined;
  }

  /** A part of a partition (by index), as known or unknown. */
  part(layer: number, group: string, stat: CountPartition, index: number): LinearExpression | undefined {
    const cells = this.cellsOf(layer, group, stat);
    if (!cells) return undefined;
    const { indicatorKey, side } = stat.parts[index]!;
    const cell = stat.distribution ? cells.get(indicatorKey) : [...cells.values()][0];
    if (!cell) return undefined;
    const truth = side === 'yes' ? cell.stats.k : cell.stats.n - cell.stats.k;
    const shown = stat.distribution ? cell.shown : [...cells.values()].some((c) => c.shown);
    return this.slot(layer, group, stat.key, `p${index}`, truth, shown, true, cell.stats.n);
  }

  /** The respondents a statistic counts at a group. */
  respondents(layer: number, group: string, stat: FamilyStatistic): LinearExpression | undefined {
    const like = stat.kind === 'partition' ? stat : this.partitionLike(stat);
    const partition = like && this.cellsOf(layer, group, like) ? like : undefined;
    if (partition) {
      const parts = partition.parts.map((_, i) => this.part(layer, group, partition, i));
      return parts.every((p) => p !== undefined) ? sumExpressions(parts) : undefined;
    }
    const cells = this.cellsOf(layer, group, stat);
    if (!cells) return undefined;
    const first = [...cells.values()][0]!;
    const shown = [...cells.values()].some((c) => c.shown);
    return this.slot(layer, group, stat.key, 'N', first.stats.n, shown, true, first.stats.n);
  }

  /** A mean's sum of scores at a group. */
  sum(layer: number, group: string, stat: ScoreSum): LinearExpression | undefined {
    const cells = this.cellsOf(layer, group, stat);
    if (!cells) return undefined;
    const first = [...cells.values()][0]!;
    const shown = [...cells.values()].some((c) => c.shown);
    return this.slot(layer, group, stat.key, 'S', first.stats.sum, shown, false, first.stats.n);
  }

  /** The truth of the cells of a statistic at a group: n, and per part / sum. */
  truthOf(
    layer: number,
    group: string,
    stat: FamilyStatistic,
  ): { n: number; parts: number[]; sum: number } | undefined {
    const cells = this.cellsOf(layer, group, stat);
    if (!cells) return undefined;
    const first = [...cells.values()][0]!;
    const parts =
      stat.kind === 'partition'
        ? stat.parts.map(({ indicatorKey, side }) => {
            const cell = stat.distribution ? cells.get(indicatorKey) : first;
            if (!cell) return 0;
            return side === 'yes' ? cell.stats.k : cell.stats.n - cell.stats.k;
          })
        : [];
    return { n: first.stats.n, parts, sum: first.stats.sum };
  }

  private partitionLike(stat: ScoreSum): CountPartition | undefined {
    return this.model.statistics.find(
      (s): s is CountPartition => s.kind === 'partition' && s.signature === stat.signature,
    );
  }

  private slot(
    layer: number,
    group: string,
    stat: string,
    name: string,
    truth: number,
    shown: boolean,
    integer: boolean,
    n = 1,
  ): LinearExpression {
    // A cell nobody is in stays 'no data' whatever is hidden around it: never set free.
    const freed = shown && n > 0 && this.isFreed(layer, group);
    if (shown && !freed) return constantExpression(truth);
    const key = `${layer}|${group}|${stat}|${name}`;
    let index = this.slots.get(key);
    if (index === undefined) {
      index = this.variables.length;
      this.variables.push({ lower: integer ? 0 : -Infinity, upper: Infinity, integer });
      this.slots.set(key, index);
      this.truths.push(truth);
      this.origins.push({ layer, group, stat });
      this.keys.push(key);
      if (freed)
        this.rows.push({
          expression: addExpressions(variableExpression(index), constantExpression(-truth)),
          lower: 0,
          upper: 0,
          fix: group,
        });
    }
    return variableExpression(index);
  }

  private isFreed(layer: number, group: string): boolean {
    return layer === this.layers.length - 1 && this.freed.has(group);
  }

  /** The true value of each variable: the true table is always feasible. */
  readonly truths: number[] = [];

  private add(
    expression: LinearExpression,
    lower: number,
    upper: number,
    relation?: SystemRow['relation'],
  ): void {
    if (expression.terms.size === 0) return;
    this.rows.push({ expression, lower, upper, relation });
  }

  /** Within one group: the scale's ends, the respondents readers know, links, live answer counts. */
  private groupRows(layer: number, group: string): void {
    const parsed = parseGroupId(group);
    const responses =
      parsed.kind === 'cell' && parsed.breakdownKey === ''
        ? this.layers[layer]!.subtreeResponses.get(parsed.unitId)
        : undefined;
    for (const stat of this.model.statistics) {
      const cells = this.cellsOf(layer, group, stat);
      if (!cells) continue;
      const n = this.respondents(layer, group, stat);
      if (!n) continue;
      const first = [...cells.values()][0]!;
      if ([...cells.values()].some((c) => c.shown)) {
        const known = addExpressions(n, constantExpression(-first.stats.n));
        if (this.isFreed(layer, group)) {
          if (known.terms.size > 0) this.rows.push({ expression: known, lower: 0, upper: 0, fix: group });
        } else this.add(known, 0, 0);
      }
      if (responses !== undefined) this.add(n, -Infinity, responses);
      // 'Hidden' is not 'no data': a reader knows a hidden group has someone in it.
      if (![...cells.values()].some((c) => c.shown) && first.stats.n >= 1) this.add(n, 1, Infinity);
      if (stat.kind === 'sum') {
        const sum = this.sum(layer, group, stat)!;
        this.add(addExpressions(sum, n, -stat.lo), 0, Infinity);
        this.add(addExpressions(scaled(n, stat.hi), sum, -1), 0, Infinity);
      }
    }
    for (const link of this.links) this.linkRows(layer, group, link);
  }

  /**
   * A link is a fact only where every group's share is its distribution's answers plus others
   * (the forms are answered by different respondents); where the true table says otherwise, a
   * reader has no such link either.
   */
  private linkHolds(link: FamilyModel['links'][number]): boolean {
    const share = this.model.statistics.find((s) => s.key === link.share)!;
    const distribution = this.model.statistics.find((s) => s.key === link.distribution)!;
    return this.layers.every((_, layer) =>
      [...this.layers[layer]!.cells.keys()].every((group) => {
        const a = this.truthOf(layer, group, share);
        const b = this.truthOf(layer, group, distribution);
        if (!a || !b) return true;
        const yes = b.parts.reduce((s, x, i) => s + (link.yesParts[i] ? x : 0), 0);
        const no = b.n - yes;
        return a.parts[0]! >= yes && a.parts[1]! >= no;
      }),
    );
  }

  private linkRows(layer: number, group: string, link: FamilyModel['links'][number]): void {
    const share = this.model.statistics.find((s) => s.key === link.share) as CountPartition;
    const distribution = this.model.statistics.find((s) => s.key === link.distribution) as CountPartition;
    const yes = this.part(layer, group, share, 0);
    const no = this.part(layer, group, share, 1);
    const answers = distribution.parts.map((_, i) => this.part(layer, group, distribution, i));
    if (!yes || !no || answers.some((a) => a === undefined)) return;
    const truth = this.truthOf(layer, group, share)!.n - this.truthOf(layer, group, distribution)!.n;
    const other = (side: string, t: number) => this.slot(layer, group, link.share, side, t, false, true);
    const yesAnswers = sumExpressions(answers.filter((_, i) => link.yesParts[i]) as LinearExpression[]);
    const noAnswers = sumExpressions(answers.filter((_, i) => !link.yesParts[i]) as LinearExpression[]);
    const yesTruth = this.value(yes) - this.value(yesAnswers);
    const noTruth = this.value(no) - this.value(noAnswers);
    const otherYes = other('other-yes', yesTruth);
    const otherNo = other('other-no', noTruth);
    this.add(sumExpressions([yes, scaled(yesAnswers, -1), scaled(otherYes, -1)]), 0, 0);
    this.add(sumExpressions([no, scaled(noAnswers, -1), scaled(otherNo, -1)]), 0, 0);
    this.add(addExpressions(addExpressions(otherYes, otherNo), constantExpression(-truth)), 0, 0);
  }

  /** The expression's value at the true table. */
  value(expression: LinearExpression): number {
    let total = expression.constant;
    for (const [index, coefficient] of expression.terms) total += coefficient * this.truths[index]!;
    return total;
  }

  /** A sum readers know, for every statistic it ties: Σ total − Σ parts equals its true value. */
  private relationRows(layer: number, relation: TableRelation): void {
    for (const stat of this.model.statistics) {
      if (!relationTies(relation, stat)) continue;
      if (!this.cellsOf(layer, relation.total, stat)) continue;
      const parts = relation.parts.filter((p) => this.cellsOf(layer, p, stat));
      for (const slotOf of this.slotReaders(stat)) {
        const total = slotOf(layer, relation.total);
        const partExpressions = parts.map((p) => slotOf(layer, p));
        if (!total || partExpressions.some((e) => e === undefined)) continue;
        const difference = addExpressions(total, sumExpressions(partExpressions as LinearExpression[]), -1);
        this.add(addExpressions(difference, constantExpression(-this.value(difference))), 0, 0, {
          layer,
          relation,
        });
      }
    }
  }

  /** Each quantity of a statistic that adds up over groups. */
  private slotReaders(
    stat: FamilyStatistic,
  ): ((layer: number, group: string) => LinearExpression | undefined)[] {
    if (stat.kind === 'partition') return stat.parts.map((_, i) => (l, g) => this.part(l, g, stat, i));
    return [(l, g) => this.sum(l, g, stat), (l, g) => this.respondents(l, g, stat)];
  }

  /** From one release to the next a group only gains respondents, each within the scale. */
  private growthRows(before: number, after: number, group: string): void {
    const parsed = parseGroupId(group);
    const answered =
      parsed.kind === 'cell' && parsed.breakdownKey === ''
        ? (this.layers[after]!.subtreeResponses.get(parsed.unitId) ?? 0) -
          (this.layers[before]!.subtreeResponses.get(parsed.unitId) ?? 0)
        : undefined;
    for (const stat of this.model.statistics) {
      if (!this.cellsOf(before, group, stat) || !this.cellsOf(after, group, stat)) continue;
      // A unit gains at most as many respondents as answers arrived there (counts are live).
      const gained = addExpressions(
        this.respondents(after, group, stat)!,
        this.respondents(before, group, stat)!,
        -1,
      );
      if (answered !== undefined) this.add(gained, -Infinity, answered);
      if (stat.kind === 'partition') {
        stat.parts.forEach((_, i) => {
          const grown = addExpressions(
            this.part(after, group, stat, i)!,
            this.part(before, group, stat, i)!,
            -1,
          );
          this.add(grown, 0, Infinity);
        });
      } else {
        const n = addExpressions(
          this.respondents(after, group, stat)!,
          this.respondents(before, group, stat)!,
          -1,
        );
        const s = addExpressions(this.sum(after, group, stat)!, this.sum(before, group, stat)!, -1);
        this.add(addExpressions(s, n, -stat.lo), 0, Infinity);
        this.add(addExpressions(scaled(n, stat.hi), s, -1), 0, Infinity);
        this.add(n, 0, Infinity);
      }
    }
    for (const link of this.links)
      for (const side of ['other-yes', 'other-no']) {
        const a = this.slots.get(`${after}|${group}|${link.share}|${side}`);
        const b = this.slots.get(`${before}|${group}|${link.share}|${side}`);
        if (a !== undefined && b !== undefined)
          this.add(addExpressions(variableExpression(a), variableExpression(b), -1), 0, Infinity);
      }
  }
}

function scaled(expression: LinearExpression, factor: number): LinearExpression {
  return addExpressions(constantExpression(0), expression, factor);
}
