import { isMeasuredGoal } from '../measured/measured-definition';
import { isSickLeaveGoal } from '../sick-leave/sick-leave-goal';

/**
 * What a goal is measured on: a survey's rounds; sick leave; or one of the municipality's measured
 * indicators (register figures per year). The last two count everyone: no interval (unless a
 * measured share is sampled), compared with the same months a year earlier, n the persons behind.
 */
export type MeasuredOn = 'survey' | 'sick-leave' | 'measured';

export function measuredOnOf(goal: { instrumentKey: string }): MeasuredOn {
  if (isSickLeaveGoal(goal)) return 'sick-leave';
  return isMeasuredGoal(goal) ? 'measured' : 'survey';
}
