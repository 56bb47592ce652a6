import type { ComposedMail } from './compose-invitation';

export interface PasswordResetMailInput {
  name: string;
  link: string;
  /** How long the link works, in minutes. */
  validMinutes: number;
  /** The municipality (or Målbar), who signs. */
  sender: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The reset mail, in English like the staff pages. Pure: everything comes in as input. */
export function composePasswordReset(input: PasswordResetMailInput): ComposedMail {
  const subject = 'Choose a new Målbar password';
  const lines = [
    `Hello ${input.name}`,
    'Someone (we hope you) asked to choose a new password for Målbar. Follow this link to do it:',
    input.link,
    `The link works once, for ${input.validMinutes} minutes. Choosing a new password signs you out everywhere.`,
    'If you did not ask for this, ignore this e-mail: your password stays as it is.',
    `Kind regards\n${input.sender}`,
  ];
  const text = `${lines.join('\n\n')}\n`;
  const paragraphs = lines.map((line) =>
    line === input.link
      ? `<p><a href="${escape(line)}"><strong>${escape(line)}</strong></a></p>`
      : `<p>${escape(line).replace(/\n/g, '<br>')}</p>`,
  );
  const html = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">',
    ...paragraphs,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
