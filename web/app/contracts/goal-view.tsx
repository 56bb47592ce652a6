import { useState } from 'preact/hooks';
import { goalMessages } from '../../../core/messages/goal-messages';
import { useJson } from '../api/use-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { FocusedNotice } from '../admin/focused-notice';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { formatDateIn, localized, ruleTextIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE } from '../routing/router';
import { ActionPlan } from './action-plan';
import type { ContractDetail, GoalWithActions } from './contract-types';
import { GoalForm } from './goal-form';

/** /app/goals/:id: what the goal asks, its action plan, and (for the contract's writers) its change. */
export function GoalView({ goalId, created }: { goalId: string; created: boolean }) {
  const [goal, reload] = useReloadableJson<GoalWithActions>(
    `/api/goals/${encodeURIComponent(goalId)}/actions`,
  );
  const contractId = goal.state === 'ready' ? goal.data.goal.contractId : null;
  const contract = useJson<ContractDetail>(contractId ? `/api/contracts/${contractId}` : null);
  // Kept here, outside the reloading data, so that the notice stays while the goal is fetched again.
  const [notice, setNotice] = useState<string | null>(null);
  const onDone = (text: string) => {
    setNotice(text);
    reload();
  };
  return (
    <LoadState loaded={goal}>
      {(data) => (
        <LoadState loaded={contract}>
          {(detail) => (
            <Goal
              data={data}
              contract={detail}
              notice={notice ?? (created ? 'created' : null)}
              onDone={onDone}
            />
          )}
        </LoadState>
      )}
    </LoadState>
  );
}

function Goal({
  data,
  contract,
  notice,
  onDone,
}: {
  data: GoalWithActions;
  contract: ContractDetail;
  /** What was just done ('created': the goal itself). */
  notice: string | null;
  onDone: (notice: string) => void;
}) {
  const g = useMessages(goalMessages);
  const { locale } = useLocale();
  const { goal } = data;
  const title = localized(goal.title, locale);
  usePageTitle(title);
  const area = contract.areas.find((a) => a.key === goal.serviceArea);
  const unit = area?.goals.find((x) => x.id === goal.id)?.unit ?? 'share';
  const indicator = contract.catalogue
    .find((c) => c.instrumentKey === goal.instrumentKey)
    ?.indicators.find((i) => i.key === goal.indicatorKey);
  return (
    <>
      <p>
        <a href={`${BASE}/contracts/${contract.contract.id}/edit`}>
          {g('goals.backToContract', { contract: contract.contract.title })}
        </a>
      </p>
      <h1>{title}</h1>
      {notice && (
        <FocusedNotice role="status" class="notice" token={notice}>
          <p>{notice === 'created' ? g('goals.created') : notice}</p>
        </FocusedNotice>
      )}
      <dl class="facts goal-facts">
        <dt>{g('goals.meta.area')}</dt>
        <dd>{area?.name ?? goal.serviceArea}</dd>
        <dt>{g('goals.meta.measuredBy')}</dt>
        <dd>{indicator ? localized(indicator.label, locale) : goal.indicatorKey}</dd>
        <dt>{g('goals.meta.rule')}</dt>
        <dd>{ruleTextIn(goal.rule, unit, locale)}</dd>
        <dt>{g('goals.meta.scope')}</dt>
        <dd>{contract.units.find((u) => u.id === goal.scopeUnitId)?.name ?? ''}</dd>
        <dt>{g('goals.meta.deadline')}</dt>
        <dd>{formatDateIn(goal.deadline, locale)}</dd>
      </dl>
      <p>
        <a href={`${BASE}/units?goal=${encodeURIComponent(goal.id)}`}>{g('goals.seeStatus')}</a>
      </p>
      <ActionPlan data={data} onDone={onDone} />
      {contract.mayEdit && (
        <details class="change-goal">
          <summary>{g('goals.change')}</summary>
          <GoalForm contract={contract} goal={goal} area={null} onSaved={() => onDone(g('goals.saved'))} />
        </details>
      )}
    </>
  );
}
