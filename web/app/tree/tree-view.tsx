import type { GoalOverview, OverviewGoal, OverviewRow } from '../api/api-types';
import { useJson } from '../api/use-json';
import { ExportLinks } from '../components/export-links';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { Heatmap } from './heatmap';
import { pathTo, subtreeRows, unitHref } from './tree-rows';
import { UnitCommentsPanel } from './unit-comments';
import { UnitIndicatorsPanel } from './unit-indicators';
import { appMessages } from '../../../core/messages/app-messages';
import { measuredGoalMessages } from '../../../core/messages/measured-goal-messages';
import { sickLeaveMessages } from '../../../core/messages/sick-leave-messages';
import { useKindName } from '../i18n/use-kind-name';
import { useMessages } from '../i18n/use-messages';

const messages = { ...appMessages, ...sickLeaveMessages, ...measuredGoalMessages };

/** How many levels below the chosen unit the heatmap shows: an area shows institutions and classes. */
const LEVELS_SHOWN = 2;

/**
 * The organisation tree, one unit at a time: where it sits, a heatmap of its goals down two levels,
 * and its own indicators. The user's scope is the server's business: /api/goals lists only it.
 */
export function TreeView({ unitId, goalId }: { unitId: string | null; goalId: string | null }) {
  const overview = useJson<GoalOverview>('/api/goals');
  return (
    <LoadState loaded={overview}>
      {(data) => <UnitLevel overview={data} unitId={unitId ?? data.rows[0]?.unitId ?? ''} goalId={goalId} />}
    </LoadState>
  );
}

function UnitLevel({
  overview,
  unitId,
  goalId,
}: {
  overview: GoalOverview;
  unitId: string;
  goalId: string | null;
}) {
  const t = useMessages(messages);
  const kindName = useKindName();
  const path = pathTo(overview.rows, unitId);
  const unit = path.at(-1);
  usePageTitle(unit?.name ?? t('app.organisation'));
  if (!unit) return <h1>{t('app.notFound')}</h1>;
  return (
    <>
      <Breadcrumbs path={path} goalId={goalId} />
      <h1>
        {unit.name} <small class="kind">{kindName(unit.kind)}</small>
      </h1>
      <p class="lead">
        {t('app.heatmapNote')}
        {measuresOn(overview, goalId, 'sick-leave') && ` ${t('sickLeave.heatmapNote')}`}
        {measuresOn(overview, goalId, 'measured') && ` ${t('measuredGoal.heatmapNote')}`}
      </p>
      <Heatmap overview={overview} rows={subtreeRows(overview.rows, unitId, LEVELS_SHOWN)} goalId={goalId} />
      <ExportLinks path="/api/exports/goals" label={t('app.downloadGoals')} />
      <UnitIndicatorsPanel unitId={unitId} key={unitId} />
      <UnitCommentsPanel unitId={unitId} key={`comments-${unitId}`} />
    </>
  );
}

/** Whether a goal measured on this is among the heatmap's columns (all goals, or the one chosen). */
function measuresOn(overview: GoalOverview, goalId: string | null, on: OverviewGoal['measuredOn']): boolean {
  return overview.contracts.some((c) =>
    c.goals.some((g) => g.measuredOn === on && (goalId === null || g.id === goalId)),
  );
}

function Breadcrumbs({ path, goalId }: { path: OverviewRow[]; goalId: string | null }) {
  const t = useMessages(messages);
  if (path.length < 2) return null;
  return (
    <nav class="crumbs" aria-label={t('app.path')}>
      <ol>
        {path.map((row, i) => (
          <li key={row.unitId}>
            {i === path.length - 1 ? (
              <span aria-current="page">{row.name}</span>
            ) : (
              <a href={unitHref(row.unitId, goalId)}>{row.name}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
