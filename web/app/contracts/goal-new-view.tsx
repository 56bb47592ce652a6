import { contractMessages } from '../../../core/messages/contract-messages';
import { goalMessages } from '../../../core/messages/goal-messages';
import { useJson } from '../api/use-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { useMessages } from '../i18n/use-messages';
import { BASE, navigate } from '../routing/router';
import type { ContractDetail } from './contract-types';
import { GoalForm } from './goal-form';

/** /app/contracts/:id/goals/new?area=key: a new goal; once made, its own page (with the action plan). */
export function GoalNewView({ contractId, area }: { contractId: string; area: string | null }) {
  const detail = useJson<ContractDetail>(`/api/contracts/${encodeURIComponent(contractId)}`);
  return <LoadState loaded={detail}>{(data) => <NewGoal data={data} area={area} />}</LoadState>;
}

function NewGoal({ data, area }: { data: ContractDetail; area: string | null }) {
  const g = useMessages(goalMessages);
  const t = useMessages(contractMessages);
  const heading = g('goals.newIn', { contract: data.contract.title });
  usePageTitle(heading);
  return (
    <>
      <p>
        <a href={`${BASE}/contracts/${data.contract.id}/edit`}>
          {g('goals.backToContract', { contract: data.contract.title })}
        </a>
      </p>
      <h1>{heading}</h1>
      {data.mayEdit ? (
        <GoalForm
          contract={data}
          goal={null}
          area={area}
          onSaved={(goalId) => navigate(`${BASE}/goals/${goalId}?created=1`, { replace: true })}
        />
      ) : (
        <p class="hint">{t('contracts.readOnly')}</p>
      )}
    </>
  );
}
