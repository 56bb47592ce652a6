import { useState } from 'preact/hooks';
import { sendJson } from '../api/send-json';
import { useJson } from '../api/use-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { useLocale } from '../i18n/locale';
import { BASE } from '../routing/router';
import { formatMoment } from './admin-format';
import { AdminNav } from './admin-nav';
import type { AdminUser, OrganisationRows } from './admin-types';
import { FocusedNotice } from './focused-notice';
import { OneTimePasswordBox } from './one-time-password-box';
import { RefusalSummary } from './refusal-summary';
import { UserEditForm } from './user-edit-form';
import { useSubmit } from './use-submit';

type Outcome = { kind: 'saved' | 'deactivated' | 'reactivated' } | { kind: 'reset'; oneTimePassword: string };

/** /app/admin/users/:id: change a user's name, role and scope; deactivate; reset the password. */
export function UserView({ userId }: { userId: string }) {
  const { words } = useLocale();
  const [users, reload] = useReloadableJson<{ users: AdminUser[] }>('/api/admin/users');
  const organisation = useJson<OrganisationRows>('/api/admin/organisation');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const user = users.state === 'ready' ? users.data.users.find((u) => u.id === userId) : undefined;
  usePageTitle(user ? words.admin.edit(user.name) : words.admin.usersTitle);
  const done = (o: Outcome) => {
    setOutcome(o);
    reload();
  };
  return (
    <>
      <AdminNav current="users" />
      <p class="back">
        <a href={`${BASE}/admin/users`}>← {words.admin.backToUsers}</a>
      </p>
      {outcome && <OutcomeNotice outcome={outcome} user={user} />}
      <LoadState loaded={users}>
        {() =>
          !user ? (
            <h1>{words.notFound}</h1>
          ) : (
            <LoadState loaded={organisation}>
              {(tree) => <UserPanel user={user} units={tree.rows} onDone={done} />}
            </LoadState>
          )
        }
      </LoadState>
    </>
  );
}

function OutcomeNotice({ outcome, user }: { outcome: Outcome; user: AdminUser | undefined }) {
  const { admin } = useLocale().words;
  if (outcome.kind === 'reset')
    return (
      <OneTimePasswordBox
        heading={admin.resetDone(user?.name ?? '')}
        email={user?.email ?? ''}
        oneTimePassword={outcome.oneTimePassword}
      />
    );
  const text = { saved: admin.saved, deactivated: admin.deactivatedNow, reactivated: admin.reactivatedNow };
  return (
    <FocusedNotice role="status" class="notice" token={outcome}>
      <p>{text[outcome.kind]}</p>
    </FocusedNotice>
  );
}

function UserPanel({
  user,
  units,
  onDone,
}: {
  user: AdminUser;
  units: OrganisationRows['rows'];
  onDone: (o: Outcome) => void;
}) {
  const { words, locale } = useLocale();
  const a = words.admin;
  const access = useSubmit();
  const active = user.deactivatedAt === null;
  const toggle = () =>
    access.run(async () => {
      await sendJson('PATCH', `/api/admin/users/${user.id}`, { active: !active });
      onDone({ kind: active ? 'deactivated' : 'reactivated' });
    });
  const reset = () =>
    access.run(async () => {
      const answer = await sendJson<{ oneTimePassword: string }>(
        'POST',
        `/api/admin/users/${user.id}/reset-password`,
      );
      onDone({ kind: 'reset', oneTimePassword: answer.oneTimePassword });
    });
  return (
    <>
      <h1>{a.edit(user.name)}</h1>
      <p class="lead">
        {user.email} · {active ? a.active : a.deactivated} · {a.lastSignIn}:{' '}
        {user.lastLoginAt ? formatMoment(user.lastLoginAt, locale) : a.never}
      </p>
      <div class="admin-columns">
        <UserEditForm user={user} units={units} onSaved={() => onDone({ kind: 'saved' })} />
        <section class="admin-form" aria-labelledby="access-heading">
          <h2 id="access-heading">{a.status}</h2>
          <RefusalSummary submit={access} fields={[]} />
          <p>{a.deactivateNote}</p>
          <button type="button" id="toggle-active" onClick={toggle} disabled={access.busy}>
            {active ? a.deactivate : a.reactivate}
          </button>
          <p>{a.resetNote}</p>
          <button type="button" id="reset-password" onClick={reset} disabled={access.busy}>
            {a.resetPassword}
          </button>
        </section>
      </div>
    </>
  );
}
