import { useEffect } from 'preact/hooks';
import { roundMessages } from '../../../core/messages/round-messages';
import type { Me } from '../api/api-types';
import { useJson } from '../api/use-json';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE } from '../routing/router';
import { RecomputeStatus, runIsActive } from './recompute-status';
import { dayText, titleIn } from './round-format';
import type { RoundsOverview } from './round-types';
import { StateBadge } from './state-badge';

/** The municipality's rounds: period, state, responses and the latest full recompute; a new round. */
export function RoundsView() {
  const t = useMessages(roundMessages);
  const { locale } = useLocale();
  usePageTitle(t('rounds.title'));
  const [loaded, reload] = useReloadableJson<RoundsOverview>('/api/rounds');
  const me = useJson<Me>('/api/me');
  const mayCreate = me.state === 'ready' && (me.data.role === 'admin' || me.data.role === 'consultant');
  // While a recompute runs, its progress is read again every two seconds.
  const active = loaded.state === 'ready' && loaded.data.rounds.some((r) => runIsActive(r.lastRun));
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(reload, 2000);
    return () => window.clearInterval(timer);
  }, [active, reload]);
  return (
    <section class="rounds-view">
      <h1>{t('rounds.title')}</h1>
      <p class="lead">{t('rounds.lead')}</p>
      {mayCreate && (
        <p>
          <a class="button-link" href={`${BASE}/rounds/new`}>
            {t('rounds.new')}
          </a>
        </p>
      )}
      <LoadState loaded={loaded}>
        {(data) =>
          data.rounds.length === 0 ? (
            <p>{t('rounds.none')}</p>
          ) : (
            <div class="table-scroll" tabIndex={0} role="region" aria-label={t('rounds.title')}>
              <table class="rounds-table">
                <thead>
                  <tr>
                    <th scope="col">{t('rounds.column.round')}</th>
                    <th scope="col">{t('rounds.column.period')}</th>
                    <th scope="col">{t('rounds.column.state')}</th>
                    <th scope="col" class="n">
                      {t('rounds.column.responses')}
                    </th>
                    <th scope="col">{t('rounds.column.recompute')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rounds.map((r) => (
                    <tr key={r.id} data-round={r.id}>
                      <th scope="row">
                        <a href={`${BASE}/rounds/${r.id}`}>{titleIn(r.title, locale)}</a>
                        {r.personalLinksOnly && <span class="meta"> · {t('rounds.onlyPersonalLinks')}</span>}
                      </th>
                      <td>
                        {t('rounds.period', {
                          opensOn: dayText(r.opensOn, locale),
                          closesOn: dayText(r.closesOn, locale),
                        })}
                      </td>
                      <td>
                        <StateBadge state={r.state} />
                      </td>
                      <td class="n" data-field="responses">
                        {r.responses}
                      </td>
                      <td>
                        <RecomputeStatus run={r.lastRun} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </LoadState>
    </section>
  );
}
