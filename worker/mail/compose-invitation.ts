import { mailMessages } from '../../core/messages/mail-messages';
import { translator } from '../../core/messages/message-catalogue';
import { formatDateIn } from '../../core/text/format-date';

/**
 * The text of an e-mail invitation or reminder to answer a survey round through a personal link.
 * Pure: everything it says comes in as input (no clock, no configuration); the words are
 * core/messages/mail-messages.ts.
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

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function composeInvitation(input: InvitationMailInput): ComposedMail {
  const t = translator(mailMessages, input.lang);
  const title = input.roundTitle[input.lang];
  const subject = t('mail.invitation.subject', { kind: input.kind, title });
  const opening =
    input.kind === 'invitation'
      ? [t('mail.invitation.invited', { title })]
      : [t('mail.invitation.reminded', { title }), t('mail.invitation.alreadyAnswered')];
  const typeCode = t('mail.invitation.typeCode', { url: input.codeUrl });
  const closing = [
    t('mail.invitation.until', { date: formatDateIn(input.closesOn, input.lang) }),
    t('mail.invitation.personal'),
    input.institution
      ? t('mail.invitation.anonymousAt', { institution: input.institution })
      : t('mail.invitation.anonymous'),
  ];
  const text = [
    t('mail.invitation.greeting'),
    '',
    ...opening,
    '',
    t('mail.invitation.linkLead'),
    input.link,
    '',
    `${typeCode} ${input.code}.`,
    '',
    ...closing.flatMap((line) => [line, '']),
    t('mail.signOff'),
    input.sender,
    '',
  ].join('\n');
  const p = (inner: string) => `<p>${inner}</p>`;
  const html = [
    `<!doctype html><html lang="${input.lang}"><head><meta charset="utf-8"><title>${escape(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">',
    p(escape(t('mail.invitation.greeting'))),
    p(opening.map(escape).join('<br>')),
    p(
      `${escape(t('mail.invitation.linkLead'))}<br><a href="${escape(input.link)}"><strong>${escape(input.link)}</strong></a>`,
    ),
    p(
      `${escape(typeCode)} <code style="font-size: 1.2em; letter-spacing: 0.1em">${escape(input.code)}</code>.`,
    ),
    ...closing.map((line) => p(escape(line))),
    p(`${escape(t('mail.signOff'))}<br>${escape(input.sender)}`),
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
