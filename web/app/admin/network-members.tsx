import type { NetworkMember } from '../api/import-types';
import { sendJson } from '../api/send-json';
import { TableScroll } from '../components/table-scroll';
import type { NetworkAction as Action, NetworkTranslate as T } from './network-action';

/** Removes a member, withdraws an invitation, declines one or leaves: one DELETE, named for what it does. */
export function RemoveButton({
  member,
  label,
  action,
  t,
}: {
  member: NetworkMember;
  label: string;
  action: Action;
  t: T;
}) {
  const remove = () =>
    action.run(
      () => sendJson('DELETE', `/api/admin/network/members/${encodeURIComponent(member.slug)}`),
      t('networks.removed', { name: member.name }),
    );
  return (
    <button type="button" disabled={action.busy} onClick={() => void remove()}>
      {label}
    </button>
  );
}

export function Members({
  members,
  ownId,
  action,
  t,
}: {
  members: NetworkMember[];
  ownId: string;
  action: Action | null;
  t: T;
}) {
  const label = (m: NetworkMember) =>
    m.municipalityId === ownId
      ? t('networks.leave')
      : m.status === 'invited'
        ? t('networks.withdraw', { name: m.name })
        : t('networks.remove', { name: m.name });
  return (
    <TableScroll label={t('networks.membersCaption')}>
      <table class="network-members">
        <caption>{t('networks.membersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('networks.municipality')}</th>
            <th scope="col">{t('networks.slugColumn')}</th>
            <th scope="col">{t('networks.status')}</th>
            {action && <th scope="col">{t('networks.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.municipalityId} data-member={m.slug}>
              <td>{m.name}</td>
              <td>
                <code>{m.slug}</code>
              </td>
              <td>{t('networks.statusWord', { status: m.status })}</td>
              {action && (
                <td>
                  <RemoveButton member={m} label={label(m)} action={action} t={t} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
