import type { TreeRow } from '../../core/org/org-tree';
import { STAFF_ROLES } from '../../core/staff/staff-input';
import type { StaffListing } from '../../db/repositories/staff';
import { formatComputedAt } from './format';
import { html, type SafeHtml } from './html';
import { ROLE_TEXT } from './staff-roles';
import { staffLayout } from './staff-layout';
import { unitOptions } from './unit-options';

function userRow(user: StaffListing): SafeHtml {
  return html`<tr data-user="${user.id}" class="${user.deactivatedAt ? 'deactivated' : ''}">
    <th scope="row"><a href="/dashboard/admin/users/${user.id}">${user.name}</a></th>
    <td>${user.email}</td>
    <td>${user.role}</td>
    <td>${user.scopeUnitName}</td>
    <td>
      ${user.lastLoginAt ? formatComputedAt(user.lastLoginAt.toISOString()) : html`<span class="meta">never</span>`}
    </td>
    <td>${user.deactivatedAt ? html`<span class="status no-data">Deactivated</span>` : 'Active'}</td>
  </tr>`;
}

function newUserForm(units: TreeRow[]): SafeHtml {
  return html`<form method="post" action="/dashboard/admin/users" class="stacked">
    <h2>New user</h2>
    <label for="name">Name</label>
    <input id="name" name="name" required maxlength="200" autocomplete="off" />
    <label for="email">E-mail (they log in with it)</label>
    <input id="email" name="email" type="email" required maxlength="254" autocomplete="off" />
    <label for="role">Role</label>
    <select id="role" name="role" required>
      ${STAFF_ROLES.map((r) => html`<option value="${r}" ${r === 'viewer' ? 'selected' : ''}>${ROLE_TEXT[r]}</option>`)}
    </select>
    <label for="scopeUnitId">Scope: what they see (a leader's unit lies below the municipality)</label>
    <select id="scopeUnitId" name="scopeUnitId">
      ${unitOptions(units, units[0]?.unit.id ?? '')}
    </select>
    <label for="password">Password (at least 12 characters), or leave empty for a one-time password</label>
    <input
      id="password"
      name="password"
      type="password"
      minlength="12"
      maxlength="200"
      autocomplete="new-password"
    />
    <button type="submit">Create user</button>
  </form>`;
}

/** The municipality's staff users, and a form for a new one (administrators only). */
export function renderUsersAdminPage(
  data: { users: StaffListing[]; units: TreeRow[] },
  user: { name: string; role: string },
  /** Single sign-on's part of the page: the people waiting for a role. */
  sso?: SafeHtml,
): string {
  return staffLayout({
    title: 'Users',
    user,
    body: html`<h1>Users and roles</h1>
      <p class="lead">
        Everyone who logs in to Målbar for the municipality. A user sees their scope — a unit and everything
        below it — and nothing else.
      </p>
      ${sso ?? ''}
      <div class="table-wrap">
        <table class="users">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Scope</th>
              <th scope="col">Last login</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            ${data.users.map(userRow)}
          </tbody>
        </table>
      </div>
      ${newUserForm(data.units)}`,
  });
}
