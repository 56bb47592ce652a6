import type { TreeRow } from '../../core/org/org-tree';
import { STAFF_ROLES } from '../../core/staff/staff-input';
import type { StaffListing } from '../../db/repositories/staff';
import { html } from './html';
import { ROLE_TEXT } from './staff-roles';
import { staffLayout } from './staff-layout';
import { unitOptions } from './unit-options';

/** One user's role and scope, and deactivating (or reactivating) them. Administrators only. */
export function renderUserEditPage(
  data: { target: StaffListing; units: TreeRow[]; self: boolean },
  user: { name: string; role: string },
): string {
  const { target } = data;
  const action = `/dashboard/admin/users/${target.id}`;
  return staffLayout({
    title: target.name,
    user,
    body: html`<p><a href="/dashboard/admin/users">← Users</a></p>
      <h1>${target.name}</h1>
      <p class="meta">${target.email} · ${target.deactivatedAt ? 'deactivated' : 'active'}</p>
      <form method="post" action="${action}" class="stacked">
        <h2>Role and scope</h2>
        <label for="name">Name</label>
        <input id="name" name="name" required maxlength="200" value="${target.name}" />
        <label for="role">Role</label>
        <select id="role" name="role" required>
          ${STAFF_ROLES.map((r) => html`<option value="${r}" ${r === target.role ? 'selected' : ''}>${ROLE_TEXT[r]}</option>`)}
        </select>
        <label for="scopeUnitId">Scope</label>
        <select id="scopeUnitId" name="scopeUnitId">
          ${unitOptions(data.units, target.scopeUnitId)}
        </select>
        ${data.self ? html`<p class="meta">You cannot take away your own administrator role.</p>` : ''}
        <button type="submit">Save changes</button>
      </form>
      ${
        data.self
          ? html`<p><a href="/dashboard/account/password">Change your own password</a></p>`
          : html`<form method="post" action="${action}/reset-password" class="stacked">
              <h2>Reset password</h2>
              <p>
                ${target.name} gets a new one-time password (shown to you once) and is logged out at once;
                they choose their own password when they log in with it.
              </p>
              <button type="submit">Reset password</button>
            </form>`
      }
      ${
        data.self
          ? ''
          : target.deactivatedAt
            ? html`<form method="post" action="${action}/activate" class="stacked">
                <h2>Reactivate</h2>
                <p>${target.name} can log in again with their password.</p>
                <button type="submit">Reactivate</button>
              </form>`
            : html`<form method="post" action="${action}/deactivate" class="stacked">
                <h2>Deactivate</h2>
                <p>${target.name} is logged out at once and can no longer log in. What they wrote stays.</p>
                <button type="submit">Deactivate</button>
              </form>`
      }`,
  });
}
