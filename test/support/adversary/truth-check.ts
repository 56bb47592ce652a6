import type { AttackerSystem } from './attacker-system';
import type { InstrumentFacts } from './instrument-knowledge';
import { violations, type Column } from './linear-system';
import { cellKey } from './published-view';
import type { TrueCell } from './truth';

/**
 * The attacker's premises checked against the truth: every bound and row the harvest produced
 * must hold for the true counts and sums (own respondents and skipped breakdown questions, which
 * the database does not list, are left out). A violation is a bug in the attacker, not a leak.
 */
export function premisesThatFail(
  attack: AttackerSystem,
  truthAt: Map<string, TrueCell>[],
  instrumentOfRound: (roundId: string) => InstrumentFacts | undefined,
): string[] {
  const value = (column: Column): number | undefined => {
    const match = column.name.match(/^m(\d+)#([^|]+)\|([^|]+)\|([^|]*)\|(n)\|(.+)$/);
    if (!match) return undefined;
    const [, moment, roundId, unitId, group, , signature] = match as unknown as string[];
    const truth = truthAt[Number(moment)];
    const instrument = instrumentOfRound(roundId!);
    if (!truth || !instrument) return undefined;
    const all = [...instrument.indicators.values()];
    const counting = all.find((f) => f.respondents === signature);
    if (counting) return truth.get(cellKey(roundId!, unitId!, counting.key, group))?.n ?? 0;
    const amounts = all
      .filter((f) => f.amount === signature)
      .sort((a, b) => Number(!!a.rescale) - Number(!!b.rescale));
    const facts = amounts[0];
    if (!facts) return undefined;
    const cell = truth.get(cellKey(roundId!, unitId!, facts.key, group));
    return facts.kind === 'share' ? (cell?.k ?? 0) : (cell?.sum ?? 0);
  };
  return violations(attack.system, value);
}
