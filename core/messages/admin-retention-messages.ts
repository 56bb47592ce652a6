import { defineMessages } from './message-catalogue';

/** The retention view's words (web/app/admin/retention-view.tsx). */
export const adminRetentionMessages = defineMessages({
  'admin.section.retention': { da: 'Opbevaring af svar', nb: 'Lagring av svar', en: 'Answer retention' },
  'admin.retentionLead': {
    da: 'Svarene bruges til årets indikatorer og opfølgningsredegørelse. Når redegørelsen er vedtaget, gemmes de rå svar i det antal år, I vælger, og slettes derefter (databeskyttelsesforordningens art. 5, stk. 1, litra e); uden en vedtaget redegørelse slettes de et år senere regnet fra målingens slutdato. Fritekstkommentarer slettes tidligere. Indikatorværdier, offentliggjorte resultater, målstatus og vedtagne redegørelser bevares.',
    nb: 'Svarene brukes til årets indikatorer og oppfølgingsrapport. Når rapporten er vedtatt, lagres de rå svarene i det antall år dere velger, og slettes deretter (personvernforordningen art. 5 nr. 1 bokstav e); uten en vedtatt rapport slettes de et år senere regnet fra målingens sluttdato. Fritekstkommentarer slettes tidligere. Indikatorverdier, publiserte resultater, målstatus og vedtatte rapporter beholdes.',
    en: 'Answers serve the year’s indicators and follow-up report. Once the report is adopted, the raw answers are kept for the years you choose, then deleted (GDPR art. 5(1)(e)); without an adopted report they go a year later, counted from the round’s last day. Free-text comments go sooner. Indicator values, published results, goal status and adopted reports are kept.',
  },
  'admin.answersKeptYears': {
    da: 'Rå svar gemmes (år efter vedtaget redegørelse)',
    nb: 'Rå svar lagres (år etter vedtatt rapport)',
    en: 'Raw answers kept (years after the adopted report)',
  },
  'admin.commentsKeptMonths': {
    da: 'Kommentarer gemmes (måneder efter målingens slutdato)',
    nb: 'Kommentarer lagres (måneder etter målingens sluttdato)',
    en: 'Comments kept (months after the round’s last day)',
  },
  'admin.retentionSave': { da: 'Gem', nb: 'Lagre', en: 'Save' },
  'admin.retentionSaved': {
    da: 'Gemt. Det, der nu er forfaldent, slettes inden for en time.',
    nb: 'Lagret. Det som nå har forfalt, slettes innen en time.',
    en: 'Saved. Whatever is now due is deleted within the hour.',
  },
  'admin.retentionRounds': { da: 'Målinger', nb: 'Målinger', en: 'Rounds' },
  'admin.retentionRound': { da: 'Måling', nb: 'Måling', en: 'Round' },
  'admin.retentionCloses': { da: 'Slutter', nb: 'Slutter', en: 'Closes' },
  'admin.retentionResponses': { da: 'Svar gemt', nb: 'Svar lagret', en: 'Answers kept' },
  'admin.retentionComments': { da: 'Kommentarer slettes', nb: 'Kommentarer slettes', en: 'Comments deleted' },
  'admin.retentionAnswers': { da: 'Svar slettes', nb: 'Svar slettes', en: 'Answers deleted' },
  'admin.retentionFromReport': {
    da: 'redegørelsen vedtaget {date}',
    nb: 'rapporten vedtatt {date}',
    en: 'report adopted {date}',
  },
  'admin.retentionFromClosing': {
    da: 'ingen vedtaget redegørelse',
    nb: 'ingen vedtatt rapport',
    en: 'no adopted report',
  },
  'admin.retentionDone': { da: 'slettet {date}', nb: 'slettet {date}', en: 'deleted {date}' },
  'admin.retentionNone': {
    da: 'Kommunen har ingen målinger endnu.',
    nb: 'Kommunen har ingen målinger ennå.',
    en: 'The municipality has no rounds yet.',
  },
});
