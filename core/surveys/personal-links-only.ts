import type { LocalizedText } from '../indicators/indicator-definition';
import type { roundState } from './round-state';

/**
 * Personal-links-only rounds: answers come only through personal single-use links, so nobody can
 * add answers to a unit to lift it past the anonymity minimum and read its first answers by
 * subtraction (padding). The words staff read about it, and when it may be switched.
 */
export type RoundState = ReturnType<typeof roundState>;

/** Why a change of the setting is refused; null when it may be made (or changes nothing). */
export type LinkPolicyRefusal = 'closed' | 'already-open';

/**
 * On: for a scheduled or open round. Off: only before the round opens — once answers may have come
 * in through personal links alone, open links would let someone pad the units that answered.
 */
export function linkPolicyRefusal(
  state: RoundState,
  now: boolean,
  wanted: boolean,
): LinkPolicyRefusal | null {
  if (now === wanted) return null;
  if (state === 'closed') return 'closed';
  if (!wanted && state !== 'not-yet-open') return 'already-open';
  return null;
}

export const LINK_POLICY_REFUSAL_TEXT: Record<LinkPolicyRefusal, string> = {
  closed: 'The round has closed: its links can no longer be changed',
  'already-open':
    'The round has opened: open links can be allowed again only while it is scheduled, since answers given through personal links alone could otherwise be padded through an open link',
};

/** The new-round form's checkbox. */
export const PERSONAL_LINKS_ONLY_LABEL: LocalizedText = {
  da: 'Kun personlige links (intet åbent link eller QR-kode): ingen kan tilføje svar til en enhed',
  nb: 'Kun personlige lenker (ingen åpen lenke eller QR-kode): ingen kan legge til svar for en enhet',
  en: 'Only personal links (no open link or QR code): nobody can add answers to a unit',
};

/** Why a response-rate view or a link sheet shows no open links. */
export type OpenLinksWithheld = 'personal-links-only' | 'reads-only';

export const OPEN_LINKS_WITHHELD_TEXT: Record<OpenLinksWithheld, LocalizedText> = {
  'personal-links-only': {
    da: 'Denne runde besvares kun via personlige links: der er intet åbent link eller QR-kode, så ingen kan tilføje svar til en enhed.',
    nb: 'Denne runden besvares bare via personlige lenker: det finnes ingen åpen lenke eller QR-kode, så ingen kan legge til svar for en enhet.',
    en: 'This round is answered only through personal links: there is no open link or QR code, so nobody can add answers to a unit.',
  },
  'reads-only': {
    da: 'Åbne links vises kun for medarbejdere, der deler dem ud: med et link og de løbende svartal kunne man tilføje svar til en lille enhed og læse dens første svar.',
    nb: 'Åpne lenker vises bare for ansatte som deler dem ut: med en lenke og de løpende svartallene kunne man legge til svar for en liten enhet og lese de første svarene.',
    en: 'Open links are shown only to staff who hand them out: with a link and the live answer counts, someone could add answers to a small unit and read its first answers.',
  },
};
