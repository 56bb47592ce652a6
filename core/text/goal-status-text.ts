import type { GoalStatus } from '../goals/evaluate-goal';
import type { Locale } from '../indicators/indicator-definition';

/** A goal's status as a word: on badges, in the report, the public page and the exports. */
export const STATUS_TEXT: Record<Locale, Record<GoalStatus, string>> = {
  da: {
    met: 'Nået',
    'not-met': 'Ikke nået',
    uncertain: 'Usikkert',
    'no-data': 'Ingen data',
    hidden: 'Skjult',
  },
  nb: {
    met: 'Nådd',
    'not-met': 'Ikke nådd',
    uncertain: 'Usikkert',
    'no-data': 'Ingen data',
    hidden: 'Skjult',
  },
  en: { met: 'Met', 'not-met': 'Not met', uncertain: 'Uncertain', 'no-data': 'No data', hidden: 'Hidden' },
};
