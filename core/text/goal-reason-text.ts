import type { GoalReason } from '../goals/judge-goal';
import type { Locale } from '../indicators/indicator-definition';

/** Why a goal could not be judged (core/goals/judge-goal.ts), in a sentence a reader understands. */
export const REASON_TEXT: Record<Locale, Record<GoalReason, string>> = {
  da: {
    baseline: 'Første måling: den er udgangspunktet for udviklingen.',
    'previous-hidden': 'Den forrige måling er skjult, så udviklingen kan ikke vises.',
    'not-comparable': 'Spørgsmålene er ændret siden sidst, så målingerne kan ikke sammenlignes.',
    'no-benchmark': 'Der er endnu ingen tal for sammenligningskommunerne.',
  },
  nb: {
    baseline: 'Første måling: den er utgangspunktet for utviklingen.',
    'previous-hidden': 'Den forrige målingen er skjult, så utviklingen kan ikke vises.',
    'not-comparable': 'Spørsmålene er endret siden sist, så målingene kan ikke sammenlignes.',
    'no-benchmark': 'Det finnes ennå ingen tall for sammenligningskommunene.',
  },
  en: {
    baseline: 'First measurement: it is the baseline for the trend.',
    'previous-hidden': 'The previous measurement is hidden, so the change cannot be shown.',
    'not-comparable': 'The questions changed since last time, so the measurements cannot be compared.',
    'no-benchmark': 'There are no figures for the comparison municipalities yet.',
  },
};
