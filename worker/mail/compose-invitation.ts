/**
 * The text of an e-mail invitation or reminder to answer a survey round through a personal link.
 * Pure: everything it says comes in as input (no clock, no configuration).
 */
export type MailLang = 'da' | 'nb' | 'en';

export interface InvitationMailInput {
  kind: 'invitation' | 'reminder';
  lang: MailLang;
  roundTitle: Record<MailLang, string>;
  /** The round's last day (ISO date): answers are taken up to and including it. */
  closesOn: string;
  /** The personal link. */
  link: string;
  /** Where the code can be typed instead (`…/t`). */
  codeUrl: string;
  /** The personal code as printed: "K7M2-QX9P-4HTD". */
  code: string;
  /** The school or institution the respondent knows, named in the anonymity promise; null if none. */
  institution: string | null;
  /** Who sends it: the municipality. */
  sender: string;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

interface Wording {
  subject: (kind: InvitationMailInput['kind'], title: string) => string;
  greeting: string;
  invited: (title: string) => string;
  reminded: (title: string) => string[];
  linkLead: string;
  typeCode: (codeUrl: string) => string;
  until: (date: string) => string;
  personal: string;
  anonymous: (institution: string | null) => string;
  signOff: string;
  months: string[];
  date: (day: number, month: string, year: number) => string;
}

const WORDING: Record<MailLang, Wording> = {
  da: {
    subject: (kind, title) => `${kind === 'invitation' ? 'Invitation' : 'Påmindelse'}: ${title}`,
    greeting: 'Hej',
    invited: (title) => `Du er inviteret til at svare på spørgeskemaet »${title}«.`,
    reminded: (title) => [
      `Vi mangler stadig dit svar på spørgeskemaet »${title}«.`,
      'Har du allerede svaret, kan du se bort fra denne mail.',
    ],
    linkLead: 'Svar via dit personlige link:',
    typeCode: (url) => `Du kan også gå til ${url} og skrive koden`,
    until: (date) => `Du kan svare til og med ${date}.`,
    personal: 'Linket er kun til dig og gælder ét svar, så send det ikke videre.',
    anonymous: (institution) =>
      institution
        ? `Dine svar er anonyme: hverken ${institution} eller kommunen kan se, hvem der har svaret hvad.`
        : 'Dine svar er anonyme: kommunen kan ikke se, hvem der har svaret hvad.',
    signOff: 'Venlig hilsen',
    months: 'januar februar marts april maj juni juli august september oktober november december'.split(' '),
    date: (day, month, year) => `${day}. ${month} ${year}`,
  },
  nb: {
    subject: (kind, title) => `${kind === 'invitation' ? 'Invitasjon' : 'Påminnelse'}: ${title}`,
    greeting: 'Hei',
    invited: (title) => `Du er invitert til å svare på spørreskjemaet «${title}».`,
    reminded: (title) => [
      `Vi mangler fortsatt svaret ditt på spørreskjemaet «${title}».`,
      'Har du allerede svart, kan du se bort fra denne e-posten.',
    ],
    linkLead: 'Svar via den personlige lenken din:',
    typeCode: (url) => `Du kan også gå til ${url} og skrive inn koden`,
    until: (date) => `Du kan svare til og med ${date}.`,
    personal: 'Lenken er bare til deg og gjelder ett svar, så ikke send den videre.',
    anonymous: (institution) =>
      institution
        ? `Svarene dine er anonyme: verken ${institution} eller kommunen kan se hvem som har svart hva.`
        : 'Svarene dine er anonyme: kommunen kan ikke se hvem som har svart hva.',
    signOff: 'Vennlig hilsen',
    months: 'januar februar mars april mai juni juli august september oktober november desember'.split(' '),
    date: (day, month, year) => `${day}. ${month} ${year}`,
  },
  en: {
    subject: (kind, title) => `${kind === 'invitation' ? 'Invitation' : 'Reminder'}: ${title}`,
    greeting: 'Hello',
    invited: (title) => `You are invited to answer the survey “${title}”.`,
    reminded: (title) => [
      `We have not yet received your answer to the survey “${title}”.`,
      'If you have already answered, please ignore this e-mail.',
    ],
    linkLead: 'Answer through your personal link:',
    typeCode: (url) => `You can also go to ${url} and type the code`,
    until: (date) => `You can answer up to and including ${date}.`,
    personal: 'The link is for you only and works for one answer, so please do not forward it.',
    anonymous: (institution) =>
      institution
        ? `Your answers are anonymous: neither ${institution} nor the municipality can see who answered what.`
        : 'Your answers are anonymous: the municipality cannot see who answered what.',
    signOff: 'Kind regards',
    months: 'January February March April May June July August September October November December'.split(
      ' ',
    ),
    date: (day, month, year) => `${day} ${month} ${year}`,
  },
};

/** "30. april 2027" / "30 April 2027", from the ISO date as it is (no time zone involved). */
function longDate(isoDate: string, w: Wording): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return w.date(day, w.months[month - 1]!, year);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function composeInvitation(input: InvitationMailInput): ComposedMail {
  const w = WORDING[input.lang];
  const title = input.roundTitle[input.lang];
  const opening = input.kind === 'invitation' ? [w.invited(title)] : w.reminded(title);
  const typeCode = w.typeCode(input.codeUrl);
  const closing = [w.until(longDate(input.closesOn, w)), w.personal, w.anonymous(input.institution)];
  const text = [
    w.greeting,
    '',
    ...opening,
    '',
    w.linkLead,
    input.link,
    '',
    `${typeCode} ${input.code}.`,
    '',
    ...closing.flatMap((line) => [line, '']),
    w.signOff,
    input.sender,
    '',
  ].join('\n');
  const p = (inner: string) => `<p>${inner}</p>`;
  const html = [
    `<!doctype html><html lang="${input.lang}"><head><meta charset="utf-8"><title>${escape(w.subject(input.kind, title))}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">',
    p(escape(w.greeting)),
    p(opening.map(escape).join('<br>')),
    p(`${escape(w.linkLead)}<br><a href="${escape(input.link)}"><strong>${escape(input.link)}</strong></a>`),
    p(
      `${escape(typeCode)} <code style="font-size: 1.2em; letter-spacing: 0.1em">${escape(input.code)}</code>.`,
    ),
    ...closing.map((line) => p(escape(line))),
    p(`${escape(w.signOff)}<br>${escape(input.sender)}`),
    '</body></html>',
  ].join('\n');
  return { subject: w.subject(input.kind, title), text, html };
}
