import { defineMessages } from './message-catalogue';

/**
 * A goal on a measured indicator, where goals are shown (the overview's cards, the heatmap, the
 * follow-up report and the public page): n is the persons behind the figure, and register figures
 * have no interval.
 */
export const measuredGoalMessages = defineMessages({
  'measuredGoal.hidden': {
    da: 'Skjult: færre end {min} personer bag tallet her eller i en enhed, det ville afsløre.',
    nb: 'Skjult: færre enn {min} personer bak tallet her eller i en enhet det ville avsløre.',
    en: 'Hidden: fewer than {min} persons behind the figure here or in a unit it would reveal.',
  },
  'measuredGoal.goalHidden': {
    da: 'Skjult: for få personer bag tallet her eller i en enhed, det ville afsløre',
    nb: 'Skjult: for få personer bak tallet her eller i en enhet det ville avsløre',
    en: 'Hidden: too few persons behind the figure here or in a unit it would reveal',
  },
  'measuredGoal.noInterval': {
    da: 'intet (registertal tæller alle)',
    nb: 'ingen (registertall teller alle)',
    en: 'none (register figures count everyone)',
  },
  'measuredGoal.heatmapNote': {
    da: 'Målte indikatorer er kommunens egne nøgletal: registertal har intet interval, ændringen er fra samme periode sidste år, og n er personerne bag tallet (eller det, der er talt).',
    nb: 'Målte indikatorer er kommunens egne nøkkeltall: registertall har ikke noe intervall, endringen er fra samme periode i fjor, og n er personene bak tallet (eller det som er telt).',
    en: 'Measured indicators are the municipality’s own key figures: register figures have no interval, the change is from the same period last year, and n is the persons behind the figure (or what is counted).',
  },
  'measuredGoal.reportNote': {
    da: 'Indikatoren er et af kommunens egne nøgletal fra dens registre, lagt sammen som summer for enheden og enhederne under den. Den tæller alle, ikke en stikprøve, så der er intet usikkerhedsinterval. Udviklingen måles mod samme periode året før. Tal med for få personer bag vises ikke.',
    nb: 'Indikatoren er et av kommunens egne nøkkeltall fra dens registre, lagt sammen som summer for enheten og enhetene under den. Den teller alle, ikke et utvalg, så det er ikke noe usikkerhetsintervall. Utviklingen måles mot samme periode året før. Tall med for få personer bak vises ikke.',
    en: 'The indicator is one of the municipality’s own key figures from its registers, added up as sums for the unit and the units below it. It counts everyone, not a sample, so there is no uncertainty interval. Change is measured against the same period a year earlier. Figures with too few persons behind them are not shown.',
  },
});
