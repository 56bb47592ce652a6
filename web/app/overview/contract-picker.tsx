import type { ContractSummary } from '../api/api-types';
import { BASE, navigate } from '../routing/router';
import { appMessages } from '../../../core/messages/app-messages';
import { useMessages } from '../i18n/use-messages';

const yearsOf = (c: ContractSummary) => {
  const first = Number(c.periodStart.slice(0, 4));
  const last = Number(c.periodEnd.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
};

/** Which contract and year: a change moves to that address, so Back returns to the previous one. */
export function ContractPicker(props: {
  contracts: ContractSummary[];
  contract: ContractSummary;
  year: number | null;
}) {
  const t = useMessages(appMessages);
  const go = (contractId: string, year: number | null) =>
    navigate(`${BASE}/contracts/${contractId}${year ? `?year=${year}` : ''}`);
  return (
    <form class="picker" onSubmit={(e) => e.preventDefault()}>
      {props.contracts.length > 1 && (
        <label>
          {t('app.contract')}
          <select
            value={props.contract.id}
            onChange={(e) => go((e.currentTarget as HTMLSelectElement).value, null)}
          >
            {props.contracts.map((c) => (
              <option value={c.id} key={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('app.year')}
        <select
          value={props.year ?? ''}
          onChange={(e) => go(props.contract.id, Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {yearsOf(props.contract).map((y) => (
            <option value={y} key={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
