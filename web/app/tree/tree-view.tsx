import type { GoalOverview, OverviewGoal, OverviewUnit } from '../api/api-types';
import { useJson } from '../api/use-json';
import { ApiError } from '../api/fetch-json';
import { ExportLinks } from '../components/export-links';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { Heatmap } from './heatmap';
import { goalStatusUrl, unitHref } from './tree-rows';
import { useMoreRows } from './use-more-rows';
import { UnitCommentsPanel } from './unit-comments';
import { UnitIndicatorsPanel } from './unit-indicators';
import { appMessages } from '../../../core/messages/app-messages';
import { measuredGoalMessages } from '../../../core/messages/measured-goal-messages';
import { sickLeaveMessages } from '../../../core/messages/sick-leave-messages';
import { useKindName } from '../i18n/use-kind-name';
import { useMessages } from '../i18n/use-messages';

const messages = { ...appMessages, ...sickLeaveMessages, ...measuredGoalMessages };

/**
 * The organisation tree, one unit at a time: where it sits, a heatmap of its goals down two levels,
 * and its own indicators. The user's scope is the server's business: /api/goals sends only what
 * this screen shows of it (the path to the unit and its subtree two levels down, a page at a time).
 */
export function TreeView({ unitId, goalId }: { unitId: string | null; goalId: string | null }) {
  const overview = useJson<GoalOverview>(goalStatusUrl(unitId));
  const t = useMessages(messages);
  // A unit outside the reader's part of the tree (or none at all) is a page that does not exist.
  if (
    overview.state === 'failed' &&
    overview.error instanceof ApiError &&
    [403, 404].includes(overview.error.status)
  )
    return <h1>{t('app.notFound')}</h1>;
  return (
    <LoadState loaded={overview}>
      {(data) => <UnitLevel overview={data} key={data.path.at(-1)?.unitId} goalId={goalId} />}
    </LoadState>
  );
}

function UnitLevel({ overview, goalId }: { overview: GoalOverview; goalId: string | null }) {
  const t = useMessages(messages);
  const kindName = useKindName();
  const { path } = overview;
  const unit = path.at(-1);
  const more = useMoreRows(overview, unit?.unitId ?? null);
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
      <Heatmap overview={overview} rows={more.rows} goalId={goalId} />
      {more.next !== null && (
        <p>
          <button type="button" class="secondary" onClick={more.load} disabled={more.loading}>
            {t('app.moreUnits', { shown: more.rows.length, total: overview.page.total })}
          </button>
        </p>
      )}
      {more.failure !== null && (
        <p class="error" role="alert">
          {t('app.loadFailed', { message: more.failure })}
        </p>
      )}
      <ExportLinks path="/api/exports/goals" label={t('app.downloadGoals')} />
      <UnitIndicatorsPanel unitId={unit.unitId} key={unit.unitId} />
      <UnitCommentsPanel unitId={unit.unitId} key={`comments-${unit.unitId}`} />
    </>
  );
}

/** Whether a goal measured on this is among the heatmap's columns (all goals, or the one chosen). */
function measuresOn(overview: GoalOverview, goalId: string | null, on: OverviewGoal['measuredOn']): boolean {
  return overview.contracts.some((c) =>
    c.goals.some((g) => g.measuredOn === on && (goalId === null || g.id === goalId)),
  );
}

function Breadcrumbs({ path, goalId }: { path: OverviewUnit[]; goalId: string | null }) {
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
