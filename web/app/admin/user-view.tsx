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
import { adminMessages } from '../../../core/messages/admin-messages';
import { appMessages } from '../../../core/messages/app-messages';
import { useMessages } from '../i18n/use-messages';

const messages = { ...adminMessages, ...appMessages };

type Outcome = { kind: 'saved' | 'deactivated' | 'reactivated' } | { kind: 'reset'; oneTimePassword: string };

/** /app/admin/users/:id: change a user's name, role and scope; deactivate; reset the password. */
export function UserView({ userId }: { userId: string }) {
  const t = useMessages(messages);
  const [users, reload] = useReloadableJson<{ users: AdminUser[] }>('/api/admin/users');
  const organisation = useJson<OrganisationRows>('/api/admin/organisation');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const user = users.state === 'ready' ? users.data.users.find((u) => u.id === userId) : undefined;
  usePageTitle(user ? t('admin.edit', { name: user.name }) : t('admin.usersTitle'));
  const done = (o: Outcome) => {
    setOutcome(o);
    reload();
  };
  return (
    <>
      <AdminNav current="users" />
      <p class="back">
        <a href={`${BASE}/admin/users`}>← {t('admin.backToUsers')}</a>
      </p>
      {outcome && <OutcomeNotice outcome={outcome} user={user} />}
      <LoadState loaded={users}>
        {() =>
          !user ? (
            <h1>{t('app.notFound')}</h1>
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
  const t = useMessages(messages);
  if (outcome.kind === 'reset')
    return (
      <OneTimePasswordBox
        heading={t('admin.resetDone', { name: user?.name ?? '' })}
        email={user?.email ?? ''}
        oneTimePassword={outcome.oneTimePassword}
      />
    );
  const text = {
    saved: t('admin.saved'),
    deactivated: t('admin.deactivatedNow'),
    reactivated: t('admin.reactivatedNow'),
  };
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
  const { locale } = useLocale();
  const t = useMessages(messages);
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
      <h1>{t('admin.edit', { name: user.name })}</h1>
      <p class="lead">
        {user.email} · {active ? t('admin.active') : t('admin.deactivated')} · {t('admin.lastSignIn')}:{' '}
        {user.lastLoginAt ? formatMoment(user.lastLoginAt, locale) : t('admin.never')}
      </p>
      <div class="admin-columns">
        <UserEditForm user={user} units={units} onSaved={() => onDone({ kind: 'saved' })} />
        <section class="admin-form" aria-labelledby="access-heading">
          <h2 id="access-heading">{t('admin.status')}</h2>
          <RefusalSummary submit={access} fields={[]} />
          <p>{t('admin.deactivateNote')}</p>
          <button type="button" id="toggle-active" onClick={toggle} disabled={access.busy}>
            {active ? t('admin.deactivate') : t('admin.reactivate')}
          </button>
          <p>{t('admin.resetNote')}</p>
          <button type="button" id="reset-password" onClick={reset} disabled={access.busy}>
            {t('admin.resetPassword')}
          </button>
        </section>
      </div>
    </>
  );
}
