import { useState } from 'preact/hooks';
import { useJson } from '../api/use-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { AdminNav } from './admin-nav';
import type { AdminUser, OrganisationRows, SsoAdmin } from './admin-types';
import { FocusedNotice } from './focused-notice';
import { NewUserForm, type CreatedUser } from './new-user-form';
import { OneTimePasswordBox } from './one-time-password-box';
import { UsersTable } from './users-table';
import { WaitingUsers } from './waiting-users';
import { adminMessages } from '../../../core/messages/admin-messages';
import { useMessages } from '../i18n/use-messages';

/** /app/admin/users: the users, those waiting for a role, and a new user. */
export function UsersView() {
  const t = useMessages(adminMessages);
  usePageTitle(t('admin.usersTitle'));
  const [users, reloadUsers] = useReloadableJson<{ users: AdminUser[] }>('/api/admin/users');
  const [sso, reloadSso] = useReloadableJson<SsoAdmin>('/api/admin/sso');
  const organisation = useJson<OrganisationRows>('/api/admin/organisation');
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const [assigned, setAssigned] = useState<string | null>(null);
  const onCreated = (user: CreatedUser) => {
    setAssigned(null);
    setCreated(user);
    reloadUsers();
  };
  const onAssigned = (name: string) => {
    setCreated(null);
    setAssigned(name);
    reloadUsers();
    reloadSso();
  };
  return (
    <>
      <AdminNav current="users" />
      <h1>{t('admin.usersTitle')}</h1>
      <p class="lead">{t('admin.usersLead')}</p>
      {created && (
        <OneTimePasswordBox
          heading={t('admin.created', { name: created.name })}
          email={created.email}
          oneTimePassword={created.oneTimePassword}
        />
      )}
      {assigned && (
        <FocusedNotice role="status" class="notice" token={assigned}>
          <p>{t('admin.assigned', { name: assigned })}</p>
        </FocusedNotice>
      )}
      <LoadState loaded={users}>{(data) => <UsersTable users={data.users} />}</LoadState>
      <LoadState loaded={organisation}>
        {(tree) => (
          <div class="admin-columns">
            <LoadState loaded={sso}>
              {(data) => <WaitingUsers waiting={data.waiting} units={tree.rows} onAssigned={onAssigned} />}
            </LoadState>
            <NewUserForm units={tree.rows} onCreated={onCreated} />
          </div>
        )}
      </LoadState>
    </>
  );
}
