import { defineMessages } from './message-catalogue';

/**
 * Survey rounds in the staff app: the list, a new round, and one round's distribution (response
 * rates, personal links, e-mail invitations, open links or personal links only, releases, full
 * recompute). Dates come preformatted ({opensOn}); instants as dates ({when, date, medium}).
 */
export const roundMessages = defineMessages({
  'rounds.title': { da: 'Målinger', nb: 'Målinger', en: 'Rounds' },
  'rounds.lead': {
    da: 'En måling beder de valgte enheder om at besvare et spørgeskema i en periode.',
    nb: 'En måling ber de valgte enhetene svare på et spørreskjema i en periode.',
    en: 'A round asks the chosen units to answer a survey in a period.',
  },
  'rounds.new': { da: 'Ny måling', nb: 'Ny måling', en: 'New round' },
  'rounds.none': {
    da: 'Der er ingen målinger endnu.',
    nb: 'Det finnes ingen målinger ennå.',
    en: 'There are no rounds yet.',
  },
  'rounds.column.round': { da: 'Måling', nb: 'Måling', en: 'Round' },
  'rounds.column.period': { da: 'Periode', nb: 'Periode', en: 'Period' },
  'rounds.column.state': { da: 'Status', nb: 'Status', en: 'State' },
  'rounds.column.responses': { da: 'Besvarelser', nb: 'Besvarelser', en: 'Responses' },
  'rounds.column.recompute': { da: 'Fuld genberegning', nb: 'Full omberegning', en: 'Full recompute' },
  'rounds.period': {
    da: '{opensOn} til {closesOn}',
    nb: '{opensOn} til {closesOn}',
    en: '{opensOn} to {closesOn}',
  },
  'rounds.state': {
    da: '{state, select, open {Åben} closed {Lukket} other {Planlagt}}',
    nb: '{state, select, open {Åpen} closed {Lukket} other {Planlagt}}',
    en: '{state, select, open {Open} closed {Closed} other {Scheduled}}',
  },
  'rounds.onlyPersonalLinks': {
    da: 'Kun personlige links',
    nb: 'Kun personlige lenker',
    en: 'Only personal links',
  },
  'rounds.back': { da: '← Alle målinger', nb: '← Alle målinger', en: '← All rounds' },
  'rounds.printQr': { da: 'Udskriv QR-koder', nb: 'Skriv ut QR-koder', en: 'Print QR codes' },
  'rounds.openNow': { da: 'Åbn nu', nb: 'Åpne nå', en: 'Open now' },
  'rounds.closeNow': { da: 'Luk nu', nb: 'Lukk nå', en: 'Close now' },
  'rounds.opened': {
    da: 'Målingen er åben: respondenterne kan svare fra i dag.',
    nb: 'Målingen er åpen: respondentene kan svare fra i dag.',
    en: 'The round is open: respondents can answer from today.',
  },
  'rounds.closed': {
    da: 'Målingen er lukket: der tages ikke imod flere svar.',
    nb: 'Målingen er lukket: det tas ikke imot flere svar.',
    en: 'The round is closed: no more answers are taken.',
  },
  'rounds.refusedAction': {
    da: 'Det lykkedes ikke: {reason}',
    nb: 'Det lyktes ikke: {reason}',
    en: 'That did not work: {reason}',
  },

  'rounds.rate.heading': { da: 'Svarprocent', nb: 'Svarprosent', en: 'Response rate' },
  'rounds.rate.hint': {
    da: 'Kun antal: ingen kan se, hvem der har svaret. Forventet er enhedens kendte størrelse (svarprocent = svar ÷ størrelse); uden den de personlige links, der er lavet (svarprocent = brugte links ÷ lavede links). En enhed med flere svar end personer markeres med ⚠. Tallene opdateres, mens svarene kommer ind.',
    nb: 'Bare antall: ingen kan se hvem som har svart. Forventet er enhetens kjente størrelse (svarprosent = svar ÷ størrelse); uten den de personlige lenkene som er laget (svarprosent = brukte lenker ÷ lagde lenker). En enhet med flere svar enn personer merkes med ⚠. Tallene oppdateres mens svarene kommer inn.',
    en: 'Counts only: nobody can see who has answered. Expected is the unit’s known size (rate = answers ÷ size); without it, the personal links made (rate = links used ÷ links made). A unit with more answers than people is marked ⚠. Updated as answers come in.',
  },
  'rounds.rate.unit': { da: 'Enhed', nb: 'Enhet', en: 'Unit' },
  'rounds.rate.answers': { da: 'Svar', nb: 'Svar', en: 'Answers' },
  'rounds.rate.expected': { da: 'Forventet', nb: 'Forventet', en: 'Expected' },
  'rounds.rate.rate': { da: 'Svarprocent', nb: 'Svarprosent', en: 'Rate' },
  'rounds.rate.tokens': {
    da: 'Personlige links brugt',
    nb: 'Personlige lenker brukt',
    en: 'Personal links used',
  },
  'rounds.rate.check': { da: 'Tjek', nb: 'Sjekk', en: 'Check' },
  'rounds.rate.openLink': { da: 'Åbent link', nb: 'Åpen lenke', en: 'Open link' },
  'rounds.rate.total': {
    da: 'Alle {count} enheder',
    nb: 'Alle {count} enheter',
    en: 'All {count} units',
  },
  'rounds.rate.filters': { da: 'Find enheder', nb: 'Finn enheter', en: 'Find units' },
  'rounds.rate.under': { da: 'Under', nb: 'Under', en: 'Under' },
  'rounds.rate.allParents': {
    da: 'Alle ({count})',
    nb: 'Alle ({count})',
    en: 'All ({count})',
  },
  'rounds.rate.search': { da: 'Søg enhed', nb: 'Søk enhet', en: 'Find a unit' },
  'rounds.rate.order': { da: 'Rækkefølge', nb: 'Rekkefølge', en: 'Order' },
  'rounds.rate.orderName': { da: 'Efter navn', nb: 'Etter navn', en: 'By name' },
  'rounds.rate.orderRate': {
    da: 'Laveste svarprocent først',
    nb: 'Laveste svarprosent først',
    en: 'Lowest rate first',
  },
  'rounds.rate.orderAnswers': {
    da: 'Færreste svar først',
    nb: 'Færrest svar først',
    en: 'Fewest answers first',
  },
  'rounds.rate.onlyFlagged': {
    da: 'Kun enheder med flere svar end personer ({count})',
    nb: 'Bare enheter med flere svar enn personer ({count})',
    en: 'Only units with more answers than people ({count})',
  },
  'rounds.rate.showing': {
    da: '{from}–{to} af {matching}',
    nb: '{from}–{to} av {matching}',
    en: '{from}–{to} of {matching}',
  },
  'rounds.rate.previous': { da: 'Forrige', nb: 'Forrige', en: 'Previous' },
  'rounds.rate.next': { da: 'Næste', nb: 'Neste', en: 'Next' },
  'rounds.rate.noMatch': {
    da: 'Ingen enheder passer til det valgte.',
    nb: 'Ingen enheter passer til det valgte.',
    en: 'No unit matches what is chosen.',
  },
  'rounds.rate.expectedLinks': {
    da: '{count, plural, one {# link} other {# links}}',
    nb: '{count, plural, one {# lenke} other {# lenker}}',
    en: '{count, plural, one {# link} other {# links}}',
  },
  'rounds.rate.tokensUsed': {
    da: '{spent} af {issued}',
    nb: '{spent} av {issued}',
    en: '{spent} of {issued}',
  },
  'rounds.rate.none': {
    da: 'Målingen spørger ingen enheder i din del af organisationen.',
    nb: 'Målingen spør ingen enheter i din del av organisasjonen.',
    en: 'The round asks no units in your part of the organisation.',
  },

  'rounds.links.heading': { da: 'Personlige links', nb: 'Personlige lenker', en: 'Personal links' },
  'rounds.links.hint': {
    da: 'Én engangskode pr. person, til brevfletning eller sms. Hver kode virker én gang; listen vises kun nu (Målbar gemmer ingen kopi af koderne), og svar givet med en kode er lige så anonyme som svar via det åbne link.',
    nb: 'Én engangskode per person, til fletting eller sms. Hver kode virker én gang; listen vises bare nå (Målbar lagrer ingen kopi av kodene), og svar gitt med en kode er like anonyme som svar via den åpne lenken.',
    en: 'One single-use code per person, for mail merge or SMS. Each code works once; the list is shown only now (Målbar keeps no copy of the codes), and answers given with a code are as anonymous as answers through the open link.',
  },
  'rounds.links.unit': { da: 'Enhed', nb: 'Enhet', en: 'Unit' },
  'rounds.links.count': {
    da: 'Antal (højst {max, number})',
    nb: 'Antall (høyst {max, number})',
    en: 'How many (at most {max, number})',
  },
  'rounds.links.download': {
    da: 'Hent personlige links (CSV)',
    nb: 'Last ned personlige lenker (CSV)',
    en: 'Download personal links (CSV)',
  },
  'rounds.links.done': {
    da: '{count, plural, one {# personligt link} other {# personlige links}} hentet til {unit}.',
    nb: '{count, plural, one {# personlig lenke} other {# personlige lenker}} lastet ned for {unit}.',
    en: '{count, plural, one {# personal link} other {# personal links}} downloaded for {unit}.',
  },

  'rounds.invite.heading': { da: 'Invitér via e-mail', nb: 'Inviter via e-post', en: 'Invite by e-mail' },
  'rounds.invite.counts': {
    da: '{invited, number} inviteret, {reminders, plural, one {# påmindelse} other {# påmindelser}} sendt{waiting, plural, =0 {} other {, # venter på at blive sendt}}.',
    nb: '{invited, number} invitert, {reminders, plural, one {# påminnelse} other {# påminnelser}} sendt{waiting, plural, =0 {} other {, # venter på å bli sendt}}.',
    en: '{invited, number} invited, {reminders, plural, one {# reminder} other {# reminders}} sent{waiting, plural, =0 {} other {, # waiting to be sent}}.',
  },
  'rounds.invite.hint': {
    da: 'Hver adresse får sit eget personlige link pr. e-mail på det valgte sprog og påmindelser, så længe linket ikke er brugt. Mails sendes, når målingen er åben. Adresserne gemmes kun for at sende påmindelserne og slettes, når målingen lukker; svarene forbliver anonyme.',
    nb: 'Hver adresse får sin egen personlige lenke på e-post på det valgte språket og påminnelser så lenge lenken ikke er brukt. E-postene sendes når målingen er åpen. Adressene lagres bare for å sende påminnelsene og slettes når målingen lukkes; svarene forblir anonyme.',
    en: 'Each address gets its own personal link by e-mail, in the language chosen, and reminders while the link is unused. Mails go out when the round is open. The addresses are kept only to send the reminders and are deleted when the round closes; answers stay anonymous.',
  },
  'rounds.invite.unit': { da: 'Enhed', nb: 'Enhet', en: 'Unit' },
  'rounds.invite.lang': { da: 'Sprog i mailen', nb: 'Språk i e-posten', en: 'Language of the mail' },
  'rounds.invite.emails': {
    da: 'E-mailadresser, én pr. linje (højst {max, number})',
    nb: 'E-postadresser, én per linje (høyst {max, number})',
    en: 'E-mail addresses, one a line (at most {max, number})',
  },
  'rounds.invite.send': { da: 'Send invitationer', nb: 'Send invitasjoner', en: 'Send invitations' },
  'rounds.invite.sent': {
    da: '{count, plural, one {# invitation} other {# invitationer}} sat i kø til afsendelse.',
    nb: '{count, plural, one {# invitasjon} other {# invitasjoner}} satt i kø for sending.',
    en: '{count, plural, one {# invitation} other {# invitations}} queued to be sent.',
  },
  'rounds.invite.badLine': {
    da: 'Linje {line}: »{text}« er ikke en e-mailadresse',
    nb: 'Linje {line}: «{text}» er ikke en e-postadresse',
    en: 'Line {line}: "{text}" is not an e-mail address',
  },

  'rounds.policy.heading': {
    da: 'Åbne links eller kun personlige links',
    nb: 'Åpne lenker eller bare personlige lenker',
    en: 'Open links or personal links only',
  },
  'rounds.policy.personalOnly': {
    da: 'Kun personlige links: målingen har intet åbent link eller QR-kode.',
    nb: 'Bare personlige lenker: målingen har ingen åpen lenke eller QR-kode.',
    en: 'Only personal links: this round has no open link or QR code.',
  },
  'rounds.policy.open': {
    da: 'Åbne links og personlige links. Med kun personlige links kan ingen tilføje svar til en enhed for at løfte den over anonymitetsgrænsen og aflæse dens første svar ved subtraktion.',
    nb: 'Åpne lenker og personlige lenker. Med bare personlige lenker kan ingen legge til svar for en enhet for å løfte den over anonymitetsgrensen og lese dens første svar ved subtraksjon.',
    en: 'Open links and personal links. With only personal links, nobody can add answers to a unit to lift it past the anonymity minimum and read its first answers by subtraction.',
  },
  'rounds.policy.turnOnHint': {
    da: 'De åbne links og QR-koder holder straks op med at tage imod svar; personlige links og e-mailinvitationer virker fortsat. Åbne links kan kun tillades igen, mens målingen er planlagt.',
    nb: 'De åpne lenkene og QR-kodene slutter straks å ta imot svar; personlige lenker og e-postinvitasjoner virker fortsatt. Åpne lenker kan bare tillates igjen mens målingen er planlagt.',
    en: 'The open links and QR codes stop taking answers at once; personal links and e-mail invitations keep working. Open links can be allowed again only while the round is scheduled.',
  },
  'rounds.policy.turnOn': {
    da: 'Brug kun personlige links',
    nb: 'Bruk bare personlige lenker',
    en: 'Use only personal links',
  },
  'rounds.policy.turnOff': {
    da: 'Tillad åbne links igen',
    nb: 'Tillat åpne lenker igjen',
    en: 'Allow open links again',
  },
  'rounds.policy.locked': {
    da: 'Åbne links kan ikke tillades igen: målingen er åbnet, og svar givet alene via personlige links kunne ellers fyldes op via et åbent link.',
    nb: 'Åpne lenker kan ikke tillates igjen: målingen er åpnet, og svar gitt bare via personlige lenker kunne ellers fylles opp via en åpen lenke.',
    en: 'Open links cannot be allowed again: the round has opened, and answers given through personal links alone could otherwise be padded through an open link.',
  },
  'rounds.policy.changed': {
    da: 'Ændringen er gemt.',
    nb: 'Endringen er lagret.',
    en: 'The change is saved.',
  },

  'rounds.releases.heading': {
    da: 'Offentliggjorte resultater',
    nb: 'Publiserte resultater',
    en: 'Published results',
  },
  'rounds.releases.item': {
    da: '{kind, select, final {Endelig} other {Foreløbig}} offentliggørelse {seq}, {when, date, medium} {when, time, short}',
    nb: '{kind, select, final {Endelig} other {Foreløpig}} publisering {seq}, {when, date, medium} {when, time, short}',
    en: '{kind, select, final {Final} other {Interim}} release {seq}, {when, date, medium} {when, time, short}',
  },
  'rounds.releases.hidden': {
    da: '{cells, plural, one {# celle} other {# celler}} holdt tilbage for at beskytte små grupper ({answers, plural, one {# svar} other {# svar}})',
    nb: '{cells, plural, one {# celle} other {# celler}} holdt tilbake for å beskytte små grupper ({answers, plural, one {# svar} other {# svar}})',
    en: '{cells, plural, one {# cell} other {# cells}} held back to protect small groups ({answers, plural, one {# answer} other {# answers}})',
  },
  'rounds.releases.none': {
    da: 'Ingen endnu. Resultaterne offentliggøres, når målingen lukker {closesOn}, eller når kvalitetsmedarbejdere offentliggør foreløbige resultater.',
    nb: 'Ingen ennå. Resultatene publiseres når målingen lukkes {closesOn}, eller når kvalitetsmedarbeidere publiserer foreløpige resultater.',
    en: 'None yet. Results are published when the round closes on {closesOn} or when quality staff publish interim results.',
  },
  'rounds.releases.publish': {
    da: 'Offentliggør foreløbige resultater nu',
    nb: 'Publiser foreløpige resultater nå',
    en: 'Publish interim results now',
  },
  'rounds.releases.publishHint': {
    da: 'Værdier, hvor færre end 5 nye svar er kommet siden sidste offentliggørelse, beholder deres tidligere tal; antallet af svar er altid aktuelt.',
    nb: 'Verdier der færre enn 5 nye svar har kommet siden forrige publisering, beholder sine tidligere tall; antall svar er alltid oppdatert.',
    en: 'Values where fewer than 5 new answers arrived since the last release keep their earlier numbers; answer counts are always live.',
  },
  'rounds.releases.publishing': {
    da: 'Resultaterne offentliggøres …',
    nb: 'Resultatene publiseres …',
    en: 'Publishing the results …',
  },

  'rounds.recompute.heading': { da: 'Fuld genberegning', nb: 'Full omberegning', en: 'Full recompute' },
  'rounds.recompute.hint': {
    da: 'Beregner alle målingens værdier igen ud fra de gemte svar, fx efter en opdatering af beregningerne.',
    nb: 'Beregner alle målingens verdier på nytt ut fra de lagrede svarene, f.eks. etter en oppdatering av beregningene.',
    en: 'Computes all the round’s values again from the stored responses, e.g. after an upgrade of the engine.',
  },
  'rounds.recompute.start': { da: 'Genberegn', nb: 'Beregn på nytt', en: 'Recompute' },
  'rounds.recompute.queued': { da: 'I kø …', nb: 'I kø …', en: 'Queued …' },
  'rounds.recompute.running': {
    da: 'Læser svar: {processed, number} af {total, number}',
    nb: 'Leser svar: {processed, number} av {total, number}',
    en: 'Reading responses: {processed, number} of {total, number}',
  },
  'rounds.recompute.failed': { da: 'Mislykkedes: {error}', nb: 'Mislyktes: {error}', en: 'Failed: {error}' },
  'rounds.recompute.done': {
    da: 'Sidst genberegnet {when, date, medium} {when, time, short} ({count, plural, one {# svar} other {# svar}})',
    nb: 'Sist beregnet på nytt {when, date, medium} {when, time, short} ({count, plural, one {# svar} other {# svar}})',
    en: 'Last recomputed {when, date, medium} {when, time, short} ({count, plural, one {# response} other {# responses}})',
  },
  'rounds.recompute.never': { da: 'Aldrig', nb: 'Aldri', en: 'Never' },

  'rounds.form.lead': {
    da: 'Hver enhed får et åbent link, medmindre målingen kun bruger personlige links; personlige links og e-mailinvitationer laves bagefter på målingens side.',
    nb: 'Hver enhet får en åpen lenke, med mindre målingen bare bruker personlige lenker; personlige lenker og e-postinvitasjoner lages etterpå på målingens side.',
    en: 'Each unit gets an open link, unless the round takes only personal links; personal links and e-mail invitations are made on the round’s page afterwards.',
  },
  'rounds.form.survey': { da: 'Spørgeskema', nb: 'Spørreskjema', en: 'Survey' },
  'rounds.form.chooseSurvey': {
    da: 'Vælg et spørgeskema',
    nb: 'Velg et spørreskjema',
    en: 'Choose a survey',
  },
  'rounds.form.titleDa': { da: 'Titel på dansk', nb: 'Tittel på dansk', en: 'Title in Danish' },
  'rounds.form.titleNb': {
    da: 'Titel på norsk (bokmål); tom: den danske',
    nb: 'Tittel på norsk (bokmål); tom: den danske',
    en: 'Title in Norwegian (bokmål); empty: the Danish',
  },
  'rounds.form.titleEn': {
    da: 'Titel på engelsk; tom: den danske',
    nb: 'Tittel på engelsk; tom: den danske',
    en: 'Title in English; empty: the Danish',
  },
  'rounds.form.opensOn': {
    da: 'Første dag, der kan svares',
    nb: 'Første dag det kan svares',
    en: 'First day respondents can answer',
  },
  'rounds.form.closesOn': { da: 'Sidste dag', nb: 'Siste dag', en: 'Last day' },
  'rounds.form.units': {
    da: 'Enheder, der spørges (hver får et åbent link og en QR-kode, medmindre kun personlige links bruges)',
    nb: 'Enheter som spørres (hver får en åpen lenke og en QR-kode, med mindre bare personlige lenker brukes)',
    en: 'Units asked (each gets an open link and QR code, unless only personal links are used)',
  },
  'rounds.form.noDefaults': {
    da: 'Ingen enheder er valgt på forhånd for dette spørgeskema: sæt flueben ved dem.',
    nb: 'Ingen enheter er valgt på forhånd for dette spørreskjemaet: kryss av for dem.',
    en: 'No units are chosen in advance for this survey: tick them.',
  },
  'rounds.form.personalLinksOnlyHint': {
    da: 'Respondenterne svarer så kun med et personligt engangslink (CSV eller e-mailinvitation, lavet på målingens side). Brug det, hvor en enhed er lille, eller dens svar er følsomme.',
    nb: 'Respondentene svarer da bare med en personlig engangslenke (CSV eller e-postinvitasjon, laget på målingens side). Bruk det der en enhet er liten eller svarene er sensitive.',
    en: 'Respondents then answer only with a personal single-use link (CSV or e-mail invitation, made on the round’s page). Use it where a unit is small or its answers are sensitive.',
  },
  'rounds.form.create': { da: 'Opret måling', nb: 'Opprett måling', en: 'Create round' },
  'rounds.form.notAllowed': {
    da: 'Kun konsulenter og administratorer opretter målinger.',
    nb: 'Bare konsulenter og administratorer oppretter målinger.',
    en: 'Only consultants and administrators create rounds.',
  },

  'rounds.field.problem': {
    da: 'Tjek feltet »{field}«.',
    nb: 'Sjekk feltet «{field}».',
    en: 'Check the field "{field}".',
  },
  'rounds.field.name': {
    da: '{field, select, instrumentVersionId {Spørgeskema} title {Titel} opensOn {Første dag} closesOn {Sidste dag} unitIds {Enheder} unitId {Enhed} count {Antal} emails {E-mailadresser} lang {Sprog} roundId {Måling} personalLinksOnly {Kun personlige links} other {{field}}}',
    nb: '{field, select, instrumentVersionId {Spørreskjema} title {Tittel} opensOn {Første dag} closesOn {Siste dag} unitIds {Enheter} unitId {Enhet} count {Antall} emails {E-postadresser} lang {Språk} roundId {Måling} personalLinksOnly {Bare personlige lenker} other {{field}}}',
    en: '{field, select, instrumentVersionId {Survey} title {Title} opensOn {First day} closesOn {Last day} unitIds {Units} unitId {Unit} count {How many} emails {E-mail addresses} lang {Language} roundId {Round} personalLinksOnly {Only personal links} other {{field}}}',
  },
  'rounds.field.pastDate': {
    da: 'Datoen er allerede passeret.',
    nb: 'Datoen er allerede passert.',
    en: 'The date is already past.',
  },
  'rounds.field.closesBeforeOpens': {
    da: 'Sidste dag ligger før første dag.',
    nb: 'Siste dag er før første dag.',
    en: 'The last day is before the first day.',
  },
  'rounds.field.chooseUnits': {
    da: 'Vælg mindst én enhed.',
    nb: 'Velg minst én enhet.',
    en: 'Choose at least one unit.',
  },
  'rounds.field.titleDa': {
    da: 'Skriv titlen på dansk.',
    nb: 'Skriv tittelen på dansk.',
    en: 'Write the title in Danish.',
  },
  'rounds.field.roundClosed': {
    da: 'Målingen er lukket.',
    nb: 'Målingen er lukket.',
    en: 'The round is closed.',
  },
  'rounds.refused': {
    da: 'Ikke gemt: ret {count, plural, one {feltet} other {de # felter}} nedenfor.',
    nb: 'Ikke lagret: rett {count, plural, one {feltet} other {de # feltene}} nedenfor.',
    en: 'Not saved: correct {count, plural, one {the field} other {the # fields}} below.',
  },
});
