import { useLocale } from '../i18n/locale';
import { BASE } from '../routing/router';
import { formatMoment } from './admin-format';
import type { AdminUser } from './admin-types';
import { adminMessages } from '../../../core/messages/admin-messages';
import { useMessages } from '../i18n/use-messages';

/** Every user of the municipality; a name opens the user. Scrolls sideways on a phone. */
export function UsersTable({ users }: { users: AdminUser[] }) {
  const { locale } = useLocale();
  const t = useMessages(adminMessages);
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="users-caption">
      <table class="users">
        <caption id="users-caption">{t('admin.usersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.name')}</th>
            <th scope="col">{t('admin.email')}</th>
            <th scope="col">{t('admin.role')}</th>
            <th scope="col">{t('admin.scope')}</th>
            <th scope="col">{t('admin.lastSignIn')}</th>
            <th scope="col">{t('admin.status')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-user={u.email} class={u.deactivatedAt ? 'deactivated' : undefined}>
              <th scope="row">
                <a href={`${BASE}/admin/users/${u.id}`}>{u.name}</a>
              </th>
              <td>{u.email}</td>
              <td>{t(`admin.role.${u.role}`)}</td>
              <td>{u.scopeUnitName}</td>
              <td>{u.lastLoginAt ? formatMoment(u.lastLoginAt, locale) : t('admin.never')}</td>
              <td>{u.deactivatedAt ? t('admin.deactivated') : t('admin.active')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
