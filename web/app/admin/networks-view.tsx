import { useState } from 'preact/hooks';
import { commonMessages } from '../../../core/messages/common-messages';
import { networkMessages } from '../../../core/messages/network-messages';
import type { Translate } from '../../../core/messages/message-catalogue';
import type { NetworkAdminView, NetworkMember } from '../api/import-types';
import { Refusal, sendJson, type FieldIssue } from '../api/send-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE } from '../routing/router';
import { AdminNav } from './admin-nav';
import { FocusedNotice } from './focused-notice';
import { TableScroll } from '../components/table-scroll';

type T = Translate<typeof networkMessages>;
type Outcome = { ok: string } | { refused: FieldIssue[]; conflict: boolean; message: string } | null;

/** One action's sending: the notice it ends with, or the refusal (fields named, or a conflict). */
function useAction(reload: () => void) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      await action();
      setOutcome({ ok: done });
      reload();
      return true;
    } catch (error) {
      const refusal = error instanceof Refusal ? error : null;
      setOutcome({
        refused: refusal?.details ?? [],
        conflict: refusal?.status === 409,
        message: (error as Error).message,
      });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, run };
}

/** The municipality's learning network, for its administrators: start, invite, accept, leave. */
export function NetworksView() {
  const t = useMessages(networkMessages);
  usePageTitle(t('networks.title'));
  const [loaded, reload] = useReloadableJson<NetworkAdminView>('/api/admin/network');
  const action = useAction(reload);
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

/** The field's problem in the reader's words (the server says it in English). */
function problemOf(issues: FieldIssue[], t: T): string | null {
  const issue = issues[0];
  if (!issue) return null;
  const kind = issue.issue.startsWith('no municipality')
    ? 'unknownSlug'
    : ['slug', 'name'].includes(issue.field)
      ? issue.field
      : 'other';
  return t('networks.problem', { issue: kind });
}

/** What the last action did: a notice, or a refusal whose field is named beside the field. */
function OutcomeNotice({ outcome, t }: { outcome: Outcome; t: T }) {
  const { words } = useLocale();
  const common = useMessages(commonMessages);
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
      : words.loadFailed(outcome.message);
  return (
    <FocusedNotice role="alert" class="error" token={outcome}>
      <p id="network-refused">{text}</p>
    </FocusedNotice>
  );
}

type Action = ReturnType<typeof useAction>;

const fieldProblem = (outcome: Outcome, t: T) =>
  outcome && 'refused' in outcome ? problemOf(outcome.refused, t) : null;

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

function NameForm(props: {
  id: string;
  heading: string;
  label: string;
  button: string;
  busy: boolean;
  /** The refusal's words for this field, shown beside it. */
  problem: string | null;
  onSend: (value: string) => Promise<boolean>;
}) {
  const [value, setValue] = useState('');
  const send = (event: Event) => {
    event.preventDefault();
    void props.onSend(value.trim()).then((ok) => ok && setValue(''));
  };
  return (
    <form id={props.id} class="stacked admin-form" onSubmit={send} noValidate>
      <h2>{props.heading}</h2>
      <label for={`${props.id}-value`}>{props.label}</label>
      <input
        id={`${props.id}-value`}
        maxLength={120}
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
        {...(props.problem ? { 'aria-invalid': true, 'aria-describedby': `${props.id}-value-error` } : {})}
      />
      {props.problem && (
        <span class="field-error" id={`${props.id}-value-error`}>
          {props.problem}
        </span>
      )}
      <button type="submit" disabled={props.busy}>
        {props.button}
      </button>
    </form>
  );
}

function RemoveButton({
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

function Members({
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
