import type { OrgUnit } from '../../../core/org/org-unit';
import { postJson, sameOrigin } from '../http';
import type { TestStore } from '../stores';
import type { Reader } from './adversary-store';

export interface GoalPlan {
  instrumentKey: string;
  indicatorKey: string;
  target: number;
  filter: { breakdownKey: string; values: string[] } | null;
}

/** A contract with one service area and the planned goals, made and published as quality staff do. */
export async function publishGoals(
  store: TestStore,
  consultant: Reader,
  scope: OrgUnit,
  plans: GoalPlan[],
): Promise<void> {
  const year = new Date().getUTCFullYear();
  const api = (path: string, body: unknown) =>
    postJson(`${store.url}/api${path}`, body, { cookie: consultant.cookie });
  const created = await api('/contracts', {
    title: 'Kvalitetskontrakt',
    periodStart: `${year - 1}-01-01`,
    periodEnd: `${year + 1}-12-31`,
  });
  if (created.status !== 201) throw new Error(`contract: ${JSON.stringify(created.body)}`);
  const contractId = created.body.id as string;
  const area = await api(`/contracts/${contractId}/service-areas`, { name: 'Kvalitet', aim: 'Alle trives.' });
  for (const [i, plan] of plans.entries()) {
    const title = `Goal ${i + 1}: ${plan.indicatorKey} over ${plan.target}${plan.filter ? ` for ${plan.filter.values.join(', ')}` : ''}`;
    const res = await api(`/contracts/${contractId}/goals`, {
      serviceArea: area.body.key,
      title: { da: title, en: title },
      instrumentKey: plan.instrumentKey,
      indicatorKey: plan.indicatorKey,
      scopeUnitId: scope.id,
      breakdownFilter: plan.filter,
      rule: { type: 'threshold', op: '>', target: plan.target },
      deadline: `${year + 1}-12-31`,
    });
    if (res.status !== 201) throw new Error(`goal ${title}: ${JSON.stringify(res.body)}`);
  }
  const published = await fetch(`${store.url}/api/contracts/${contractId}/published`, {
    method: 'PUT',
    headers: {
      ...sameOrigin(`${store.url}/api/contracts/${contractId}/published`),
      'content-type': 'application/json',
      cookie: consultant.cookie,
    },
    body: JSON.stringify({ published: true }),
  });
  if (published.status !== 204) throw new Error(`publish: ${published.status}`);
}
