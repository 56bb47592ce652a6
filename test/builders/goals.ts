import type { ComparisonOp } from '../../core/indicators/indicator-definition';
import type { BreakdownFilter } from '../../core/goals/goal-rule';
import type { OrgUnit } from '../../core/org/org-unit';
import type { Db } from '../../db/database';
import { createContract, createGoal } from '../../db/repositories/goals';

export interface GoalSpec {
  instrumentKey: string;
  indicatorKey: string;
  op: ComparisonOp;
  target: number;
  breakdownFilter?: BreakdownFilter | null;
}

/** A quality contract with threshold goals scoped to `scope` (and every unit below it). */
export async function aContractWithGoals(db: Db, scope: OrgUnit, specs: GoalSpec[]): Promise<string[]> {
  const contractId = await createContract(db, {
    municipalityId: scope.municipalityId,
    title: 'Testkontrakt',
    periodStart: '2026-01-01',
    periodEnd: '2027-12-31',
  });
  const ids: string[] = [];
  for (const [position, spec] of specs.entries()) {
    ids.push(
      await createGoal(db, {
        municipalityId: scope.municipalityId,
        contractId,
        serviceArea: 'school',
        title: { da: spec.indicatorKey, nb: spec.indicatorKey, en: spec.indicatorKey },
        instrumentKey: spec.instrumentKey,
        indicatorKey: spec.indicatorKey,
        scopeUnitId: scope.id,
        breakdownFilter: spec.breakdownFilter ?? null,
        rule: { type: 'threshold', op: spec.op, target: spec.target },
        deadline: '2027-12-31',
        position,
      }),
    );
  }
  return ids;
}
