import type { ReportGoal } from '../api/api-types';
import { StatusBadge } from '../components/status-badge';
import { formatDateIn, gradesTextIn, localized, ruleTextIn } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { BASE } from '../routing/router';
import { GoalResult } from './goal-result';
import { Sparkline } from './sparkline';
import { TrendTable } from './trend-table';
import { UnitTallyLine } from './unit-tally';
import { appMessages } from '../../../core/messages/app-messages';
import { useMessages } from '../i18n/use-messages';

/** One goal: status, value with interval and n, the trend since the baseline, units meeting it. */
export function GoalCard({ goal, year }: { goal: ReportGoal; year: number }) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  const status = goal.result?.status ?? 'no-data';
  const titleId = `goal-${goal.id}`;
  return (
    <article class={`card ${status}`} aria-labelledby={titleId}>
      <header>
        <StatusBadge status={status} />
        <h3 id={titleId}>{localized(goal.title, locale)}</h3>
      </header>
      <GoalResult
        point={goal.result}
        unit={goal.unit}
        measuredOn={goal.measuredOn}
        awaiting={goal.awaitingRelease}
        outsideReadScope={goal.outsideReadScope}
      />
      <Sparkline points={goal.trend} unit={goal.unit} rule={goal.rule} />
      {goal.units && <UnitTallyLine tally={goal.units} />}
      <dl class="facts">
        <dt>{t('app.target')}</dt>
        <dd>{ruleTextIn(goal.rule, goal.unit, locale)}</dd>
        <dt>{t('app.scope')}</dt>
        <dd>{scopeText(goal, locale)}</dd>
        <dt>{t('app.deadline')}</dt>
        <dd>{formatDateIn(goal.deadline, locale)}</dd>
      </dl>
      <TrendTable points={goal.trend} unit={goal.unit} year={year} />
      <p class="card-links">
        <a href={`${BASE}/units?goal=${encodeURIComponent(goal.id)}`}>{t('app.showInTree')}</a>
        <a href={`${BASE}/goals/${goal.id}`}>{t('app.goalPage')}</a>
      </p>
    </article>
  );
}

/** "Demo Kommune, 1., 6. og 9. klasse" */
export function scopeText(goal: ReportGoal, locale: 'da' | 'nb' | 'en'): string {
  const filter = goal.breakdownFilter;
  if (filter?.breakdownKey !== 'grade') return goal.scopeName;
  return `${goal.scopeName}, ${gradesTextIn(filter.values, locale)}`;
}
