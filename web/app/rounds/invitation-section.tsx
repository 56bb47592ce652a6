import { useState } from 'preact/hooks';
import { roundMessages } from '../../../core/messages/round-messages';
import { sendJson } from '../api/send-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { FocusedNotice } from '../admin/focused-notice';
import { useSubmit } from '../admin/use-submit';
import { useMessages } from '../i18n/use-messages';
import { invalidFieldProps, RoundFieldError, RoundRefusal } from './round-issues';
import { MAX_PER_BATCH, type InvitationCounts, type RoundDistribution } from './round-types';
import { UnitPicker } from './unit-picker';

/**
 * Invitations by e-mail: how many were invited, reminded and are waiting to be sent, and (for staff
 * who hand out links, while the round is not closed) pasting addresses for a unit, in a language.
 */
export function InvitationSection({ data }: { data: RoundDistribution }) {
  const t = useMessages(roundMessages);
  const [counts, reloadCounts] = useReloadableJson<InvitationCounts>(
    `/api/rounds/${encodeURIComponent(data.round.id)}/invitations`,
  );
  const mayInvite = data.mayIssueTokens && data.round.state !== 'closed';
  const shown = counts.state === 'ready' ? counts.data : null;
  if (!mayInvite && (!shown || shown.invited + shown.waiting === 0)) return null;
  return (
    <section class="round-section" id="invitations" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('rounds.invite.heading')}</h2>
      {shown && (
        <p class="meta" data-field="invitations">
          {t('rounds.invite.counts', {
            invited: shown.invited,
            reminders: shown.remindersSent,
            waiting: shown.waiting,
          })}
        </p>
      )}
      {mayInvite && <InvitationForm data={data} onSent={reloadCounts} />}
    </section>
  );
}

const LANGUAGES = [
  ['da', 'Dansk'],
  ['nb', 'Norsk'],
  ['en', 'English'],
] as const;

function InvitationForm({ data, onSent }: { data: RoundDistribution; onSent: () => void }) {
  const t = useMessages(roundMessages);
  const submit = useSubmit();
  const [unitId, setUnitId] = useState('');
  const [lang, setLang] = useState('da');
  const [emails, setEmails] = useState('');
  const [sent, setSent] = useState<{ count: number } | null>(null);
  const issues = submit.issues;
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      const url = `/api/rounds/${encodeURIComponent(data.round.id)}/invitations`;
      const answer = await sendJson<{ invited: number }>('POST', url, { unitId, lang, emails });
      setSent({ count: answer.invited });
      setEmails('');
      onSent();
    });
  };
  return (
    <form class="stacked round-form" onSubmit={send} noValidate>
      <p>{t('rounds.invite.hint')}</p>
      <RoundRefusal submit={submit} fields={['unitId', 'lang', 'emails']} />
      {sent && (
        <FocusedNotice role="status" class="notice" token={sent}>
          {t('rounds.invite.sent', sent)}
        </FocusedNotice>
      )}
      <label for="invite-unit">{t('rounds.invite.unit')}</label>
      <UnitPicker id="invite-unit" roundId={data.round.id} value={unitId} onChange={setUnitId} />
      <label for="invite-lang">{t('rounds.invite.lang')}</label>
      <select id="invite-lang" value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
        {LANGUAGES.map(([code, name]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
      <label for="invite-emails">{t('rounds.invite.emails', { max: MAX_PER_BATCH })}</label>
      <textarea
        id="invite-emails"
        rows={6}
        autocomplete="off"
        spellcheck={false}
        value={emails}
        onInput={(e) => setEmails(e.currentTarget.value)}
        {...invalidFieldProps('invite-emails-error', 'emails', issues)}
      />
      <RoundFieldError id="invite-emails-error" field="emails" issues={issues} />
      <button type="submit" disabled={submit.busy}>
        {t('rounds.invite.send')}
      </button>
    </form>
  );
}
