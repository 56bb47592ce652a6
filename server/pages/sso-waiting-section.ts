import type { TreeRow } from '../../core/org/org-tree';
import type { WaitingUser } from '../../db/repositories/sso-identities';
import { formatComputedAt } from './format';
import { html, type SafeHtml } from './html';
import { roleScopeFields } from './sso-admin-page';

function waitingRow(user: WaitingUser, units: TreeRow[]): SafeHtml {
  return html`<li data-waiting="${user.id}">
    <form method="post" action="/dashboard/admin/sso/waiting/${user.id}" class="stacked">
      <p>
        <strong>${user.name}</strong> · ${user.email}
        <span class="meta">· signed in ${formatComputedAt(user.lastSeenAt.toISOString())}</span>
      </p>
      ${roleScopeFields(units, `waiting-${user.id}-`)}
      <button type="submit">Give ${user.name} this role</button>
    </form>
  </li>`;
}

/**
 * The users page's list of people who signed in through the IdP with no mapped group: they have
 * no access until an administrator gives them a role and scope here. And the way to the settings.
 */
export function ssoWaitingSection(waiting: WaitingUser[], units: TreeRow[]): SafeHtml {
  const settings = html`<p>
    <a href="/dashboard/admin/sso">Single sign-on settings and group mappings →</a>
  </p>`;
  if (waiting.length === 0) return settings;
  return html`${settings}
    <section class="sso-waiting">
      <h2>Waiting for a role (${waiting.length})</h2>
      <p>They signed in with the municipality's account, but none of their groups is mapped to a role.</p>
      <ul>
        ${waiting.map((w) => waitingRow(w, units))}
      </ul>
    </section>`;
}
