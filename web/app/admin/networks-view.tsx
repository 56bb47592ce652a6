import { appMessages } from '../../../core/messages/app-messages';
import { commonMessages } from '../../../core/messages/common-messages';
import { networkMessages } from '../../../core/messages/network-messages';
import type { NetworkAdminView } from '../api/import-types';
import { sendJson } from '../api/send-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { useMessages } from '../i18n/use-messages';
import { BASE } from '../routing/router';
import { AdminNav } from './admin-nav';
import { FocusedNotice } from './focused-notice';
import {
  fieldProblem,
  useNetworkAction,
  type NetworkAction as Action,
  type NetworkTranslate as T,
  type Outcome,
} from './network-action';
import { Members, RemoveButton } from './network-members';
import { NameForm } from './network-name-form';

/** The municipality's learning network, for its administrators: start, invite, accept, leave. */
export function NetworksView() {
  const t = useMessages(networkMessages);
  usePageTitle(t('networks.title'));
  const [loaded, reload] = useReloadableJson<NetworkAdminView>('/api/admin/network');
  const action = useNetworkAction(reload);
  return (
    <>
      <AdminNav current="networks" />
      <h1>{t('networks.title')}</h1>
      <p class="lead">{t('networks.lead')}</p>
      <OutcomeNotice outcome={action.outcome} t={t} />
      <LoadState loaded={loaded}>{(view) => <Network view={view} action={action} t={t} />}</LoadState>
    </>
  );
}

/** What the last action did: a notice, or a refusal whose field is named beside the field. */
function OutcomeNotice({ outcome, t }: { outcome: Outcome; t: T }) {
  const common = useMessages(commonMessages);
  const app = useMessages(appMessages);
  if (!outcome) return null;
  if ('ok' in outcome)
    return (
      <FocusedNotice role="status" class="notice" token={outcome}>
        <p>{outcome.ok}</p>
      </FocusedNotice>
    );
  const text = outcome.conflict
    ? t('networks.conflict')
    : outcome.refused.length
      ? common('common.refused', { count: outcome.refused.length })
      : app('app.loadFailed', { message: outcome.message });
  return (
    <FocusedNotice role="alert" class="error" token={outcome}>
      <p id="network-refused">{text}</p>
    </FocusedNotice>
  );
}

function Network({ view, action, t }: { view: NetworkAdminView; action: Action; t: T }) {
  const network = view.network;
  if (!network)
    return (
      <>
        <p>{t('networks.none')}</p>
        <NameForm
          id="start-network"
          heading={t('networks.startHeading')}
          label={t('networks.name')}
          button={t('networks.start')}
          busy={action.busy}
          problem={fieldProblem(action.outcome, t)}
          onSend={(name) =>
            action.run(
              () => sendJson('POST', '/api/admin/networks', { name }),
              t('networks.started', { name }),
            )
          }
        />
      </>
    );
  const own = network.members.find((m) => m.municipalityId === view.municipalityId);
  if (network.status === 'invited')
    return (
      <>
        <p>{t('networks.invitation', { name: network.name })}</p>
        <p class="actions">
          <button
            type="button"
            disabled={action.busy}
            onClick={() =>
              void action.run(() => sendJson('POST', '/api/admin/network/accept'), t('networks.accepted'))
            }
          >
            {t('networks.accept')}
          </button>{' '}
          {own && <RemoveButton member={own} label={t('networks.decline')} action={action} t={t} />}
        </p>
        <Members members={network.members} ownId={view.municipalityId} action={null} t={t} />
      </>
    );
  return (
    <>
      <h2>{network.name}</h2>
      <Members members={network.members} ownId={view.municipalityId} action={action} t={t} />
      <NameForm
        id="invite"
        heading={t('networks.inviteHeading')}
        label={t('networks.slug')}
        button={t('networks.invite')}
        busy={action.busy}
        problem={fieldProblem(action.outcome, t)}
        onSend={(slug) =>
          action.run(
            () => sendJson('POST', '/api/admin/network/invitations', { slug }),
            t('networks.invited', { slug }),
          )
        }
      />
      <p>
        <a href={`${BASE}/network`}>{t('networks.compare')}</a>
      </p>
    </>
  );
}
