import type { GoalReason } from '../goals/judge-goal';
import type { Locale } from '../indicators/indicator-definition';
import { goalTextMessages } from '../messages/goal-text-messages';
import { formatMessage } from '../messages/message-catalogue';

/** Why a goal could not be judged (core/goals/judge-goal.ts), in a sentence a reader understands. */
export const reasonTextIn = (reason: GoalReason, locale: Locale): string =>
  formatMessage(locale, goalTextMessages[`goal.reason.${reason}`]);
