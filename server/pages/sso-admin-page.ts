import { STAFF_ROLES } from '../../core/staff/staff-input';
import type { StoredGroupMapping } from '../../db/repositories/sso-settings';
import type { SsoAdminView, SsoSettingsView } from '../use-cases/sso-admin';
import { formatComputedAt } from './format';
import { html, type SafeHtml } from './html';
import { ROLE_TEXT } from './staff-roles';
import { staffLayout } from './staff-layout';
import { unitOptions } from './unit-options';
import type { TreeRow } from '../../core/org/org-tree';

function settingsForm(settings: SsoSettingsView | null, redirectUri: string): SafeHtml {
  return html`<form method="post" action="/dashboard/admin/sso" class="stacked" id="sso-settings">
    <h2>Identity provider (OpenID Connect)</h2>
    <p>
      Register Målbar with your identity provider (Microsoft Entra ID: an app registration) with this redirect
      URI:
    </p>
    <p><code data-redirect-uri>${redirectUri}</code></p>
    <label for="issuer"
      >Issuer URL (Entra ID: https://login.microsoftonline.com/&lt;tenant id&gt;/v2.0)</label
    >
    <input id="issuer" name="issuer" type="url" required maxlength="500" value="${settings?.issuer ?? ''}" />
    <label for="clientId">Client (application) id</label>
    <input
      id="clientId"
      name="clientId"
      required
      maxlength="200"
      autocomplete="off"
      value="${settings?.clientId ?? ''}"
    />
    <label for="clientSecret">
      Client secret ${settings ? '(stored, never shown; leave empty to keep it)' : ''}
    </label>
    <input
      id="clientSecret"
      name="clientSecret"
      type="password"
      maxlength="500"
      autocomplete="new-password"
      ${settings ? '' : 'required'}
    />
    <label for="groupsClaim">Claim that lists the user's groups</label>
    <input id="groupsClaim" name="groupsClaim" maxlength="100" value="${settings?.groupsClaim ?? 'groups'}" />
    <label for="extraScopes"
      >Extra scopes, besides openid email profile (ADFS: allatclaims; Entra ID: none)</label
    >
    <input id="extraScopes" name="extraScopes" maxlength="500" value="${settings?.extraScopes ?? ''}" />
    <label>
      <input
        type="checkbox"
        name="passwordsAllowed"
        ${settings?.passwordsAllowed === false ? '' : 'checked'}
      />
      Staff may also sign in with a Målbar password
    </label>
    ${settings ? html`<p class="meta">Last saved ${formatComputedAt(settings.updatedAt.toISOString())}</p>` : ''}
    <button type="submit">Save sign-in settings</button>
  </form>`;
}

function mappingRow(m: StoredGroupMapping): SafeHtml {
  return html`<tr data-group="${m.groupKey}">
    <th scope="row"><code>${m.groupKey}</code></th>
    <td>${m.role}</td>
    <td>${m.scopeUnitName}</td>
    <td>
      <form method="post" action="/dashboard/admin/sso/mappings/delete">
        <input type="hidden" name="groupKey" value="${m.groupKey}" />
        <button type="submit">Remove</button>
      </form>
    </td>
  </tr>`;
}

/** Role and scope pickers, shared by the mapping form and the waiting users' forms. */
export function roleScopeFields(units: TreeRow[], idPrefix: string): SafeHtml {
  return html`<label for="${idPrefix}role">Role</label>
    <select id="${idPrefix}role" name="role" required>
      ${STAFF_ROLES.map((r) => html`<option value="${r}" ${r === 'viewer' ? 'selected' : ''}>${ROLE_TEXT[r]}</option>`)}
    </select>
    <label for="${idPrefix}scopeUnitId">Scope</label>
    <select id="${idPrefix}scopeUnitId" name="scopeUnitId">
      ${unitOptions(units, units[0]?.unit.id ?? '')}
    </select>`;
}

function mappings(view: SsoAdminView): SafeHtml {
  return html`<h2>Groups and roles</h2>
    <p>
      Members of a group get its role and scope at every sign-in. In several mapped groups, the strongest role
      wins (then the widest scope). Someone in no mapped group waits until you give them a role under
      <a href="/dashboard/admin/users">Users</a>; someone whose role came from a group and who has left every
      mapped group can no longer sign in.
    </p>
    <div class="table-wrap">
      <table class="sso-mappings">
        <thead>
          <tr>
            <th scope="col">Group (Entra ID: object id)</th>
            <th scope="col">Role</th>
            <th scope="col">Scope</th>
            <th scope="col"></th>
          </tr>
        </thead>
        <tbody>
          ${
            view.mappings.length
              ? view.mappings.map(mappingRow)
              : html`<tr>
                  <td colspan="4">No groups mapped yet.</td>
                </tr>`
          }
        </tbody>
      </table>
    </div>
    <form method="post" action="/dashboard/admin/sso/mappings" class="stacked" id="sso-mapping">
      <h3>Map a group</h3>
      <label for="groupKey">Group id, as the groups claim sends it</label>
      <input id="groupKey" name="groupKey" required maxlength="200" autocomplete="off" />
      ${roleScopeFields(view.units, 'mapping-')}
      <button type="submit">Save mapping</button>
    </form>`;
}

/** Single sign-on settings and group mappings: administrators of the whole municipality. */
export function renderSsoAdminPage(
  view: SsoAdminView,
  redirectUri: string,
  user: { name: string; role: string },
): string {
  return staffLayout({
    title: 'Single sign-on',
    user,
    body: html`<h1>Single sign-on</h1>
      <p class="lead">
        Staff sign in with the municipality's own accounts (Microsoft Entra ID, ADFS or any OpenID Connect
        provider); their role and scope come from their groups.
      </p>
      ${settingsForm(view.settings, redirectUri)} ${mappings(view)}`,
  });
}
