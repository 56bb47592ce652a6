import { useLocale } from '../i18n/locale';
import { BASE } from '../routing/router';
import { formatMoment } from './admin-format';
import type { AdminUser } from './admin-types';

/** Every user of the municipality; a name opens the user. Scrolls sideways on a phone. */
export function UsersTable({ users }: { users: AdminUser[] }) {
  const { words, locale } = useLocale();
  const a = words.admin;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="users-caption">
      <table class="users">
        <caption id="users-caption">{a.usersCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{a.name}</th>
            <th scope="col">{a.email}</th>
            <th scope="col">{a.role}</th>
            <th scope="col">{a.scope}</th>
            <th scope="col">{a.lastSignIn}</th>
            <th scope="col">{a.status}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-user={u.email} class={u.deactivatedAt ? 'deactivated' : undefined}>
              <th scope="row">
                <a href={`${BASE}/admin/users/${u.id}`}>{u.name}</a>
              </th>
              <td>{u.email}</td>
              <td>{a.roles[u.role]}</td>
              <td>{u.scopeUnitName}</td>
              <td>{u.lastLoginAt ? formatMoment(u.lastLoginAt, locale) : a.never}</td>
              <td>{u.deactivatedAt ? a.deactivated : a.active}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
