import { CellVariables, type AmountMeta } from './cell-variables';
import type { InstrumentFacts } from './instrument-knowledge';
import { LinearSystem } from './linear-system';
import { linkedRows } from './linked-rows';
import { observationRows, type PublishedCell } from './observation-rows';
import { roundModel, type RoundModel } from './round-model';
import type { Snapshot } from './snapshot';
import { structureRows, unlistedGroupsAreEmpty } from './structure-rows';
import { timeRows } from './time-rows';

export interface AttackerSystem {
  system: LinearSystem;
  amountMeta: Map<number, AmountMeta>;
  /** Every published cell at every moment, with its unknowns. */
  cells: PublishedCell[];
  models: RoundModel[][];
}

export interface AttackerOptions {
  /**
   * Published values follow the answers at once (no held releases): between two moments a unit's
   * n grows by at most the answers its subtree gained in the live counts.
   */
  valuesFollowAnswers: boolean;
  /** Use what the documentation says about indicators sharing answers (default: yes). */
  linkedIndicators?: boolean;
}

/**
 * The attacker's system over every moment it saved (oldest first): per moment and round, the
 * organisation tree, the breakdowns, the linked indicators, what each view published and the live
 * answer counts; between moments, counts that never fall.
 */
export function buildAttackerSystem(
  moments: Snapshot[],
  instrumentOf: (key: string) => InstrumentFacts | undefined,
  options: AttackerOptions,
): AttackerSystem {
  const system = new LinearSystem();
  const amountMeta = new Map<number, AmountMeta>();
  const cells: PublishedCell[] = [];
  const models = moments.map((snapshot, moment) => {
    const list: RoundModel[] = [];
    for (const round of snapshot.rounds.values()) {
      const instrument = instrumentOf(round.instrumentKey);
      if (!instrument) continue;
      const model = roundModel(snapshot, round.id, instrument);
      const vars = new CellVariables(system, moment, model, amountMeta);
      structureRows(vars);
      unlistedGroupsAreEmpty(vars, snapshot);
      linkedRows(vars);
      observationRows(vars, snapshot, cells);
      list.push(model);
    }
    return list;
  });
  for (let m = 1; m < moments.length; m++) {
    const gained = options.valuesFollowAnswers
      ? models[m]!.map((model) => {
          const before = models[m - 1]!.find((b) => b.roundId === model.roundId);
          return {
            model,
            gained: (unitId: string) =>
              (model.subtreeAnswers.get(unitId) ?? Infinity) - (before?.subtreeAnswers.get(unitId) ?? 0),
          };
        })
      : null;
    timeRows(system, amountMeta, m - 1, m, gained);
  }
  return { system, amountMeta, cells, models };
}
