import { defineMessages } from './message-catalogue';

/** A unit's free-text comments in the staff app (web/app/tree/unit-comments.tsx). */
export const commentMessages = defineMessages({
  'comments.heading': { da: 'Kommentarer', nb: 'Kommentarer', en: 'Comments' },
  'comments.lead': {
    da: 'Fritekstsvar i alfabetisk orden, uden tidspunkt eller andre svar: intet knytter en kommentar til en person.',
    nb: 'Fritekstsvar i alfabetisk rekkefølge, uten tidspunkt eller andre svar: ingenting knytter en kommentar til en person.',
    en: 'Free-text answers in alphabetical order, without time or other answers: nothing ties a comment to a person.',
  },
  'comments.roundHeading': {
    da: '{round}: {count, plural, =0 {ingen kommentarer} one {# kommentar} other {# kommentarer}}',
    nb: '{round}: {count, plural, =0 {ingen kommentarer} one {# kommentar} other {# kommentarer}}',
    en: '{round}: {count, plural, =0 {no comments} one {# comment} other {# comments}}',
  },
  'comments.hidden': {
    da: '{round}: kommentarer vises for grupper på mindst {min} besvarelser.',
    nb: '{round}: kommentarer vises for grupper på minst {min} besvarelser.',
    en: '{round}: comments are shown for groups of at least {min} respondents.',
  },
  'comments.none': {
    da: 'Ingen runder med kommentarspørgsmål har besvarelser her.',
    nb: 'Ingen runder med kommentarspørsmål har besvarelser her.',
    en: 'No round with a comment question has answers here.',
  },
});
