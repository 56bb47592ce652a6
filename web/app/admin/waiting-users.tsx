import { useState } from 'preact/hooks';
import { sendJson } from '../api/send-json';
import { useLocale } from '../i18n/locale';
import { formatMoment } from './admin-format';
import type { OrganisationRows, StaffRole, WaitingUser } from './admin-types';
import { RefusalSummary } from './refusal-summary';
import { RoleScopeFields } from './role-scope-fields';
import { useSubmit } from './use-submit';
import { adminMessages } from '../../../core/messages/admin-messages';
import { useMessages } from '../i18n/use-messages';

/** Who signed in with the municipality's account and waits for a role: each gets a small form. */
export function WaitingUsers({
  waiting,
  units,
  onAssigned,
}: {
  waiting: WaitingUser[];
  units: OrganisationRows['rows'];
  onAssigned: (name: string) => void;
}) {
  const t = useMessages(adminMessages);
  return (
    <section aria-labelledby="waiting-heading" class="waiting">
      <h2 id="waiting-heading">{t('admin.waitingTitle')}</h2>
      <p>{t('admin.waitingLead')}</p>
      {waiting.length === 0 ? (
        <p>{t('admin.noWaiting')}</p>
      ) : (
        <ul>
          {waiting.map((w) => (
            <WaitingEntry key={w.id} waiting={w} units={units} onAssigned={onAssigned} />
          ))}
        </ul>
      )}
    </section>
  );
}

function WaitingEntry({
  waiting,
  units,
  onAssigned,
}: {
  waiting: WaitingUser;
  units: OrganisationRows['rows'];
  onAssigned: (name: string) => void;
}) {
  const { locale } = useLocale();
  const t = useMessages(adminMessages);
  const submit = useSubmit();
  const [role, setRole] = useState<StaffRole>('viewer');
  // A municipality-wide viewer is the safe first choice; a leader needs a unit below it.
  const [scopeUnitId, setScope] = useState(units[0]?.id ?? '');
  const send = (event: Event) => {
    event.preventDefault();
    void submit.run(async () => {
      await sendJson('POST', `/api/admin/sso/waiting/${waiting.id}`, { role, scopeUnitId });
      onAssigned(waiting.name);
    });
  };
  return (
    <li data-waiting={waiting.email}>
      <form class="stacked admin-form" onSubmit={send} aria-label={`${waiting.name}, ${waiting.email}`}>
        <p>
          <strong>{waiting.name}</strong> {waiting.email}
          <br />
          <span class="meta">
            {t('admin.lastSeen')}: {formatMoment(waiting.lastSeenAt, locale)}
          </span>
        </p>
        <RefusalSummary submit={submit} fields={['role', 'scopeUnitId']} />
        <RoleScopeFields
          prefix={`waiting-${waiting.id}`}
          units={units}
          role={role}
          scopeUnitId={scopeUnitId}
          onRole={setRole}
          onScope={setScope}
          issues={submit.issues}
        />
        <button type="submit" disabled={submit.busy}>
          {t('admin.giveRole')}
        </button>
      </form>
    </li>
  );
}
