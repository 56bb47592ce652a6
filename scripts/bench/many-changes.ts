import { judgeManyChanges, type ManyChanges } from '../../core/statistics/false-discovery';
import type { FollowUpReport } from '../../core/reports/follow-up-report';
import type { GoalOverview } from '../../server/use-cases/goal-overview';
import type { UnitIndicators } from '../../server/use-cases/unit-indicators';
import { releaseDemoRounds } from '../demo/demo-releases';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../seed-demo';
import { withDemoDatabase } from './with-demo-database';

/**
 * Issue 16: how many changes the dashboard's views judge at once in Demo Kommune as `npm start`
 * seeds it, how many their 95 % intervals mark, how many that would be by chance alone, and how
 * many hold at a false discovery rate of 5 %. Read through the API as the quality consultant
 * (municipality scope): the goal heatmap (/api/goals), every unit's indicator list
 * (/api/units/:id/indicators, each round's table judged on its own), and this year's follow-up
 * report of each contract. Seeds a fresh PostgreSQL database and drops it.
 * Usage: npm run bench:many-changes
 */
async function main() {
  await withDemoDatabase('many_changes', 'all', async ({ database, malbar, roundIds }) => {
    await releaseDemoRounds(database.db, malbar.queue, roundIds, () => malbar.idle());
    const get = await reader(malbar.url!, DEMO_LOGINS[0].email);
    printViews(await readViews(get));
  });
}

type Get = <T>(path: string) => Promise<T>;

async function readViews(get: Get) {
  const overview = await get<GoalOverview>('/api/goals');
  if (overview.page.next !== null) throw new Error('the goal status has more than one page: read them all');
  const views: { view: string; changes: ManyChanges }[] = [
    { view: 'goal heatmap, all trend goals (/api/goals)', changes: overview.changes },
  ];
  for (const goal of overview.contracts.flatMap((c) => c.goals))
    if (goal.changes) views.push({ view: `  of which ${goal.title.en}`, changes: goal.changes });
  const lists: ManyChanges[] = [];
  const pValues: number[] = [];
  for (const row of overview.rows) {
    const unit = await get<UnitIndicators>(`/api/units/${row.unitId}/indicators`);
    for (const round of unit.rounds) if (round.changes) lists.push(round.changes);
    for (const round of unit.rounds)
      for (const { change } of round.indicators) if (change.available) pValues.push(change.pValue);
  }
  views.push({ view: `unit indicator lists: ${lists.length} round tables, summed`, changes: sum(lists) });
  views.push({
    view: '  the same changes, had they been judged as one family',
    changes: judgeManyChanges(pValues).summary,
  });
  const { contracts } = await get<{ contracts: { id: string; title: string }[] }>('/api/contracts');
  for (const contract of contracts) {
    const report = await get<FollowUpReport>(`/api/contracts/${contract.id}/overview`);
    if (report.changes)
      views.push({ view: `follow-up report ${report.year}: ${contract.title}`, changes: report.changes });
  }
  return views;
}

function printViews(views: { view: string; changes: ManyChanges }[]) {
  console.log('| view | judged | marked at 95 % | expected by chance | hold at FDR 5 % |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const { view, changes: c } of views)
    console.log(
      `| ${view} | ${c.judged} | ${c.marked} | ${c.expectedByChance.toFixed(2)} | ${c.holdAtFdr} |`,
    );
}

const sum = (all: ManyChanges[]): ManyChanges => ({
  judged: all.reduce((s, c) => s + c.judged, 0),
  marked: all.reduce((s, c) => s + c.marked, 0),
  expectedByChance: all.reduce((s, c) => s + c.expectedByChance, 0),
  holdAtFdr: all.reduce((s, c) => s + c.holdAtFdr, 0),
});

async function reader(url: string, email: string): Promise<Get> {
  const login = await fetch(`${url}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  return async <T>(path: string) => {
    const res = await fetch(`${url}${path}`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return (await res.json()) as T;
  };
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
