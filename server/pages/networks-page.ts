import type { NetworkMember } from '../../db/repositories/networks';
import type { NetworkView } from '../use-cases/networks';
import { html, type SafeHtml } from './html';
import { staffLayout } from './staff-layout';

const STATUS_TEXT = { member: 'Member', invited: 'Invited' } as const;

function removeButton(member: NetworkMember, label: string): SafeHtml {
  return html`<form method="post" action="/dashboard/admin/networks/remove" class="inline">
    <input type="hidden" name="slug" value="${member.slug}" />
    <button type="submit">${label}</button>
  </form>`;
}

function membersTable(members: NetworkMember[], ownId: string, mayChange: boolean): SafeHtml {
  return html`<div class="table-wrap">
    <table class="network-members">
      <thead>
        <tr>
          <th scope="col">Municipality</th>
          <th scope="col">Slug</th>
          <th scope="col">Status</th>
          <th scope="col"></th>
        </tr>
      </thead>
      <tbody>
        ${members.map(
          (m) =>
            html`<tr>
              <td>${m.name}</td>
              <td><code>${m.slug}</code></td>
              <td>${STATUS_TEXT[m.status]}</td>
              <td>
                ${mayChange ? removeButton(m, m.municipalityId === ownId ? 'Leave' : m.status === 'invited' ? 'Withdraw' : 'Remove') : ''}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

const startForm = html`<form method="post" action="/dashboard/admin/networks" class="stacked">
  <h2>Start a network</h2>
  <label for="name">Name</label>
  <input id="name" name="name" required maxlength="120" placeholder="Læringsnettverk Vest" />
  <button type="submit">Start the network</button>
</form>`;

const inviteForm = html`<form method="post" action="/dashboard/admin/networks/invitations" class="stacked">
  <h2>Invite a municipality</h2>
  <label for="slug">The municipality's slug on this installation</label>
  <input id="slug" name="slug" required maxlength="100" placeholder="bergen" />
  <button type="submit">Invite</button>
</form>`;

function invitation(view: NonNullable<NetworkView['network']>, own: NetworkMember): SafeHtml {
  return html`<p>Your municipality is invited to the network <strong>${view.name}</strong>.</p>
    <form method="post" action="/dashboard/admin/networks/accept" class="inline">
      <button type="submit">Accept</button>
    </form>
    ${removeButton(own, 'Decline')}`;
}

/** The municipality's learning network, for its administrators: start, invite, accept, leave. */
export function renderNetworksPage(
  view: NetworkView,
  user: { name: string; role?: string; municipalityId: string },
): string {
  const network = view.network;
  const own = network?.members.find((m) => m.municipalityId === user.municipalityId);
  const body = !network
    ? html`<p>Your municipality is not in a network.</p>
        ${startForm}`
    : network.status === 'invited'
      ? html`${invitation(network, own!)} ${membersTable(network.members, user.municipalityId, false)}`
      : html`<h2>${network.name}</h2>
          ${membersTable(network.members, user.municipalityId, true)} ${inviteForm}
          <p><a href="/dashboard/network">Compare with the network →</a></p>`;
  return staffLayout({
    title: 'Network',
    user,
    body: html`<h1>Network</h1>
      <p class="lead">
        Municipalities on this installation can form a learning network. Each member sees its own units and
        the network's combined figure for an indicator, never another member's units or totals; the combined
        figure is shown when at least 3 members have data and the other members together have enough
        respondents. A municipality is in one network at a time and joins only when its administrator accepts.
        A member's surveys count from the first round it opens after joining, and keep counting after it
        leaves: that way no change of membership reveals one member's figure.
      </p>
      ${body}`,
  });
}
