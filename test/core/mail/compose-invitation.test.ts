import { composeInvitation, type InvitationMailInput } from '../../../worker/mail/compose-invitation';

const input = (overrides: Partial<InvitationMailInput>): InvitationMailInput => ({
  kind: 'invitation',
  lang: 'da',
  roundTitle: { da: 'Elevtrivsel 2027', nb: 'Elevtrivsel 2027 (nb)', en: 'Pupil wellbeing 2027' },
  closesOn: '2027-03-31',
  link: 'https://malbar.example.dk/t/K7M2-QX9P-4HTD?lang=da',
  codeUrl: 'https://malbar.example.dk/t',
  code: 'K7M2-QX9P-4HTD',
  institution: 'Nordskolen',
  sender: 'Demo Kommune',
  ...overrides,
});

describe('composeInvitation', () => {
  it.each([
    {
      lang: 'da' as const,
      kind: 'invitation' as const,
      subject: 'Invitation: Elevtrivsel 2027',
      lines: [
        'Du er inviteret til at svare på spørgeskemaet »Elevtrivsel 2027«.',
        'til og med 31. marts 2027',
      ],
      anonymous: 'hverken Nordskolen eller kommunen kan se, hvem der har svaret hvad',
    },
    {
      lang: 'da' as const,
      kind: 'reminder' as const,
      subject: 'Påmindelse: Elevtrivsel 2027',
      lines: ['Vi mangler stadig dit svar', 'Har du allerede svaret, kan du se bort fra denne mail.'],
      anonymous: 'hverken Nordskolen eller kommunen kan se, hvem der har svaret hvad',
    },
    {
      lang: 'nb' as const,
      kind: 'invitation' as const,
      subject: 'Invitasjon: Elevtrivsel 2027 (nb)',
      lines: [
        'Du er invitert til å svare på spørreskjemaet «Elevtrivsel 2027 (nb)».',
        'til og med 31. mars 2027',
      ],
      anonymous: 'verken Nordskolen eller kommunen kan se hvem som har svart hva',
    },
    {
      lang: 'nb' as const,
      kind: 'reminder' as const,
      subject: 'Påminnelse: Elevtrivsel 2027 (nb)',
      lines: ['Vi mangler fortsatt svaret ditt', 'Har du allerede svart, kan du se bort fra denne e-posten.'],
      anonymous: 'verken Nordskolen eller kommunen kan se hvem som har svart hva',
    },
    {
      lang: 'en' as const,
      kind: 'invitation' as const,
      subject: 'Invitation: Pupil wellbeing 2027',
      lines: [
        'You are invited to answer the survey “Pupil wellbeing 2027”.',
        'up to and including 31 March 2027',
      ],
      anonymous: 'neither Nordskolen nor the municipality can see who answered what',
    },
    {
      lang: 'en' as const,
      kind: 'reminder' as const,
      subject: 'Reminder: Pupil wellbeing 2027',
      lines: [
        'We have not yet received your answer',
        'If you have already answered, please ignore this e-mail.',
      ],
      anonymous: 'neither Nordskolen nor the municipality can see who answered what',
    },
  ])(
    'when a $kind is written in $lang, then it has the subject, the round title in that language, the link, the code, the closing date and the anonymity promise',
    ({ lang, kind, subject, lines, anonymous }) => {
      const mail = composeInvitation(input({ lang, kind }));
      expect(mail.subject).toBe(subject);
      for (const body of [mail.text, mail.html]) {
        expect(body).toContain('https://malbar.example.dk/t/K7M2-QX9P-4HTD?lang=da');
        expect(body).toContain('K7M2-QX9P-4HTD');
        expect(body).toContain('Demo Kommune');
      }
      for (const line of [...lines, anonymous]) expect(mail.text).toContain(line);
      expect(mail.html).toContain(`lang="${lang}"`);
    },
  );

  it('when it is an invitation, then it does not ask to ignore it for those who answered; a reminder does', () => {
    expect(composeInvitation(input({ kind: 'invitation' })).text).not.toContain('se bort fra');
    expect(composeInvitation(input({ kind: 'reminder' })).text).toContain('se bort fra');
  });

  it('when there is no institution to name (a municipality-wide survey), then the promise names the municipality only', () => {
    const mail = composeInvitation(input({ lang: 'en', institution: null }));
    expect(mail.text).toContain('Your answers are anonymous: the municipality cannot see who answered what.');
  });

  it('when the title has markup in it, then the HTML shows it as text', () => {
    const mail = composeInvitation(input({ roundTitle: { da: '<b>Trivsel</b> & mere', nb: 'x', en: 'y' } }));
    expect(mail.html).toContain('&lt;b&gt;Trivsel&lt;/b&gt; &amp; mere');
    expect(mail.html).not.toContain('<b>Trivsel');
    expect(mail.text).toContain('»<b>Trivsel</b> & mere«');
  });
});
