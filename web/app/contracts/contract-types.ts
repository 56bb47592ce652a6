/**
 * The contract JSON the app reads and writes, as the server sends it (server/use-cases/
 * contract-view.ts and goal-actions.ts); test/browser/contracts-app.test.ts checks that it fits.
 */
import type { ActionStatus } from '../../../core/goals/goal-action';
import type { BreakdownFilter, GoalRule } from '../../../core/goals/goal-rule';
import type { LocalizedText } from '../../../core/indicators/indicator-definition';
import type { MeasurePeriod } from '../../../core/sick-leave/sick-leave-goal';
import type { ValueUnit } from '../../../core/text/format-value';

export type EachUnitKind = 'area' | 'institution' | 'group';

export interface ContractGoal {
  id: string;
  contractId: string;
  serviceArea: string;
  title: LocalizedText;
  instrumentKey: string;
  indicatorKey: string;
  scopeUnitId: string;
  breakdownFilter: BreakdownFilter | null;
  rule: GoalRule;
  deadline: string;
  eachUnitKind: EachUnitKind | null;
  actionsDecidedLocally: boolean;
  measurePeriod: MeasurePeriod | null;
}

export interface IndicatorChoice {
  instrumentKey: string;
  instrumentTitle: LocalizedText;
  indicators: {
    key: string;
    label: LocalizedText;
    unit: ValueUnit;
    breakdowns: { key: string; label: LocalizedText }[];
  }[];
}

export interface ContractDetail {
  contract: { id: string; title: string; periodStart: string; periodEnd: string; publishedAt: string | null };
  areas: {
    key: string;
    name: string;
    aim: string;
    position: number;
    goals: (ContractGoal & { unit: ValueUnit })[];
  }[];
  reports: { year: number; status: 'draft' | 'adopted' | 'not-started'; adoptedAt: string | null }[];
  catalogue: IndicatorChoice[];
  units: { id: string; name: string; depth: number }[];
  mayEdit: boolean;
  publicUrl: string;
}

export interface GoalAction {
  id: string;
  goalId: string;
  unitId: string | null;
  unitName: string | null;
  what: string;
  responsible: string;
  dueOn: string | null;
  status: ActionStatus;
  note: string | null;
  updatedAt: string;
}

export interface GoalWithActions {
  goalId: string;
  goal: ContractGoal;
  actions: GoalAction[];
  units: { id: string; name: string; depth: number }[];
  mayPlanForScope: boolean;
}
