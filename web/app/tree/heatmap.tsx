import type { GoalOverview, OverviewGoal, OverviewRow } from '../api/api-types';
import { localized, ruleTextIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { unitHref } from './tree-rows';
import { HeatCell } from './heat-cell';
import { ManyChangesLine } from '../components/change-mark';
import { appMessages } from '../../../core/messages/app-messages';
import { useKindName } from '../i18n/use-kind-name';
import { useMessages } from '../i18n/use-messages';

/**
 * Units × goals, each cell coloured by its status and saying it in words. The first row is the
 * chosen unit; the others are links one or two levels down. Goals that cover none of these units
 * are left out, so a school's view is not filled with the care goals.
 */
export function Heatmap({
  overview,
  rows,
  goalId,
}: {
  overview: GoalOverview;
  rows: OverviewRow[];
  /** A goal followed down from its card: only its column is shown, with a way back to all. */
  goalId: string | null;
}) {
  const t = useMessages(appMessages);
  const kindName = useKindName();
  const top = rows[0]!;
  const goals = overview.contracts
    .flatMap((c) => c.goals)
    .filter((g) => goalId === null || g.id === goalId)
    .filter((g) => rows.some((r) => r.cells[g.id] && r.cells[g.id]!.status !== 'out-of-scope'));
  const allGoals = goalId && (
    <p>
      <a href={unitHref(top.unitId, null)}>{t('app.allGoals')}</a>
    </p>
  );
  if (goals.length === 0)
    return (
      <>
        <p class="meta">{t('app.noGoals')}</p>
        {allGoals}
      </>
    );
  // A heading, not a <caption>: a caption is as wide as the table and scrolls away on a phone.
  return (
    <>
      <h2 id="heatmap-heading" class="heatmap-heading">
        {t('app.heatmapCaption', { unit: top.name, below: rows.length > 1 ? 'yes' : 'no' })}
      </h2>
      {allGoals}
      <JudgedTogether overview={overview} goals={goals} single={goalId !== null} />
      <div class="table-scroll" role="region" aria-labelledby="heatmap-heading" tabIndex={0}>
        <table class="heatmap" aria-labelledby="heatmap-heading">
          <thead>
            <tr>
              <th scope="col">{t('app.unit')}</th>
              {goals.map((g) => (
                <GoalHeader goal={g} key={g.id} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unitId} class={row === top ? 'top-row' : undefined}>
                <th scope="row" class={`level-${row.depth - top.depth}`}>
                  {row === top ? (
                    <>
                      <span class="unit-name">{row.name}</span>{' '}
                      <span class="meta">({t('app.thisUnit')})</span>
                    </>
                  ) : (
                    <a class="unit-name" href={unitHref(row.unitId, goalId)}>
                      {row.name}
                    </a>
                  )}
                  <span class="kind">{kindName(row.kind)}</span>
                </th>
                {goals.map((g) => (
                  <HeatCell
                    cell={row.cells[g.id] ?? { status: 'out-of-scope' }}
                    unit={g.unit}
                    measuredOn={g.measuredOn}
                    key={g.id}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * What the trend goals' changes amount to when all the reader's units are judged together: for one
 * goal when the heatmap follows one, else for all. Nothing when no trend goal is shown.
 */
function JudgedTogether({
  overview,
  goals,
  single,
}: {
  overview: GoalOverview;
  goals: OverviewGoal[];
  single: boolean;
}) {
  const t = useMessages(appMessages);
  const trend = goals.filter((g) => g.changes && g.changes.judged > 0);
  if (trend.length === 0) return null;
  const total = overview.changes;
  if (!single || trend[0]!.changes!.judged === total.judged)
    return <ManyChangesLine changes={total} lead={t('app.acrossYourUnits')} />;
  return (
    <ManyChangesLine changes={trend[0]!.changes} lead={t('app.acrossYourUnits')} together={total.judged} />
  );
}

function GoalHeader({ goal }: { goal: OverviewGoal }) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  return (
    <th scope="col">
      {localized(goal.title, locale)}
      <span class="rule">
        {t('app.target')}: {ruleTextIn(goal.rule, goal.unit, locale)}
      </span>
    </th>
  );
}
