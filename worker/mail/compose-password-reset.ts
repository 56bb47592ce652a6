import { mailMessages } from '../../core/messages/mail-messages';
import { translator } from '../../core/messages/message-catalogue';
import type { ComposedMail, MailLang } from './compose-invitation';

export interface PasswordResetMailInput {
  name: string;
  link: string;
  /** How long the link works, in minutes. */
  validMinutes: number;
  /** The municipality (or Målbar), who signs. */
  sender: string;
  /** The language to write in; English when not given. */
  lang?: MailLang;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The reset mail, in English unless asked otherwise: the request names no language. Pure:
 * everything comes in as input; the words are core/messages/mail-messages.ts.
 */
export function composePasswordReset(input: PasswordResetMailInput): ComposedMail {
  const lang = input.lang ?? 'en';
  const t = translator(mailMessages, lang);
  const subject = t('mail.passwordReset.subject');
  const lines = [
    t('mail.passwordReset.greeting', { name: input.name }),
    t('mail.passwordReset.asked'),
    input.link,
    t('mail.passwordReset.validity', { minutes: input.validMinutes }),
    t('mail.passwordReset.notYou'),
    `${t('mail.signOff')}\n${input.sender}`,
  ];
  const text = `${lines.join('\n\n')}\n`;
  const paragraphs = lines.map((line) =>
    line === input.link
      ? `<p><a href="${escape(line)}"><strong>${escape(line)}</strong></a></p>`
      : `<p>${escape(line).replace(/\n/g, '<br>')}</p>`,
  );
  const html = [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">',
    ...paragraphs,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
