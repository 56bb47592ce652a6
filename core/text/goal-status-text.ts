import type { GoalStatus } from '../goals/evaluate-goal';
import type { Locale } from '../indicators/indicator-definition';
import { goalTextMessages } from '../messages/goal-text-messages';
import { formatMessage } from '../messages/message-catalogue';

/** A goal's status as a word: on badges, in the report, the public page and the exports. */
export const statusTextIn = (status: GoalStatus, locale: Locale): string =>
  formatMessage(locale, goalTextMessages[`goal.status.${status}`]);
