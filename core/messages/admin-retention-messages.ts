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
  'admin.retentionWarnTitle': {
    da: 'Når du gemmer disse perioder, slettes data, der er gemt nu',
    nb: 'Når du lagrer disse periodene, slettes data som er lagret nå',
    en: 'Saving these periods deletes data that is kept now',
  },
  'admin.retentionWarnAnswers': {
    da: '{count, plural, one {De rå svar fra # måling} other {De rå svar fra # målinger}} ({responses, plural, one {# besvarelse} other {# besvarelser}}) slettes:',
    nb: '{count, plural, one {De rå svarene fra # måling} other {De rå svarene fra # målinger}} ({responses, plural, one {# besvarelse} other {# besvarelser}}) slettes:',
    en: '{count, plural, one {The raw answers of # round} other {The raw answers of # rounds}} ({responses, plural, one {# response} other {# responses}}) will be deleted:',
  },
  'admin.retentionWarnComments': {
    da: '{count, plural, one {Fritekstkommentarerne fra # måling} other {Fritekstkommentarerne fra # målinger}} slettes (de valgte svar bevares):',
    nb: '{count, plural, one {Fritekstkommentarene fra # måling} other {Fritekstkommentarene fra # målinger}} slettes (de valgte svarene beholdes):',
    en: '{count, plural, one {The free-text comments of # round} other {The free-text comments of # rounds}} will be deleted (the chosen answers stay):',
  },
  'admin.retentionWarnRound': {
    da: '{title} ({responses, plural, one {# besvarelse} other {# besvarelser}})',
    nb: '{title} ({responses, plural, one {# besvarelse} other {# besvarelser}})',
    en: '{title} ({responses, plural, one {# response} other {# responses}})',
  },
  'admin.retentionWarnWhen': {
    da: 'Det sker inden for en time, efter du har gemt, og kan ikke fortrydes. Indikatorværdier, offentliggjorte resultater og vedtagne redegørelser bevares.',
    nb: 'Det skjer innen en time etter at du har lagret, og kan ikke angres. Indikatorverdier, publiserte resultater og vedtatte rapporter beholdes.',
    en: 'This happens within the hour after you save and cannot be undone. Indicator values, published results and adopted reports stay.',
  },
  'admin.retentionConfirmAnswers': {
    da: 'Jeg forstår, at svarene fra {count, plural, one {# måling} other {# målinger}} slettes inden for en time og ikke kan gendannes',
    nb: 'Jeg forstår at svarene fra {count, plural, one {# måling} other {# målinger}} slettes innen en time og ikke kan gjenopprettes',
    en: 'I understand that the answers of {count, plural, one {# round} other {# rounds}} will be deleted within the hour and cannot be restored',
  },
  'admin.retentionConfirmComments': {
    da: 'Jeg forstår, at kommentarerne fra {count, plural, one {# måling} other {# målinger}} slettes inden for en time og ikke kan gendannes',
    nb: 'Jeg forstår at kommentarene fra {count, plural, one {# måling} other {# målinger}} slettes innen en time og ikke kan gjenopprettes',
    en: 'I understand that the comments of {count, plural, one {# round} other {# rounds}} will be deleted within the hour and cannot be restored',
  },
  'admin.retentionConfirmBoth': {
    da: 'Jeg forstår, at svarene fra {answers, plural, one {# måling} other {# målinger}} og kommentarerne fra {comments, plural, one {# måling} other {# målinger}} slettes inden for en time og ikke kan gendannes',
    nb: 'Jeg forstår at svarene fra {answers, plural, one {# måling} other {# målinger}} og kommentarene fra {comments, plural, one {# måling} other {# målinger}} slettes innen en time og ikke kan gjenopprettes',
    en: 'I understand that the answers of {answers, plural, one {# round} other {# rounds}} and the comments of {comments, plural, one {# round} other {# rounds}} will be deleted within the hour and cannot be restored',
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
