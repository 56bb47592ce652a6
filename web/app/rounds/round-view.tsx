import { useCallback, useEffect, useState } from 'preact/hooks';
import { roundMessages } from '../../../core/messages/round-messages';
import { useReloadableJson } from '../api/use-reloadable-json';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE } from '../routing/router';
import { FullRecompute } from './full-recompute';
import { InvitationSection } from './invitation-section';
import { LinkPolicySection } from './link-policy-section';
import { PersonalLinksForm } from './personal-links-form';
import { RateFilters, RatePager } from './rate-filters';
import { ResponseRateTable } from './response-rate-table';
import { RoundReleases } from './round-releases';
import { RoundSchedule } from './round-schedule';
import { dayText, titleIn } from './round-format';
import type { RateQuery, RoundsOverview } from './round-types';
import { StateBadge } from './state-badge';
import { useLiveRates } from './use-live-rates';

const FIRST_PAGE: RateQuery = { offset: 0, under: '', q: '', flagged: false, order: 'name' };

/**
 * One round (/app/rounds/:id): its period and state (opened or closed now by quality staff), the
 * live response rates, personal links, e-mail invitations, the QR sheet to print, open links or
 * personal links only, its releases and a full recompute. Each part shows only what the user may.
 */
export function RoundView({ roundId }: { roundId: string }) {
  const t = useMessages(roundMessages);
  const { locale } = useLocale();
  const [query, setQuery] = useState<RateQuery>(FIRST_PAGE);
  const [rates, reloadRates] = useLiveRates(roundId, query);
  const changeQuery = useCallback((next: RateQuery) => setQuery(next), []);
  const [loadedOverview, reloadOverview] = useReloadableJson<RoundsOverview>('/api/rounds');
  // While the list is read again after a change, the parts keep showing (and keep their notices).
  const [overview, setOverview] = useState<RoundsOverview | null>(null);
  useEffect(() => {
    if (loadedOverview.state === 'ready') setOverview(loadedOverview.data);
  }, [loadedOverview]);
  const title = rates.state === 'ready' ? titleIn(rates.data.round.title, locale) : t('rounds.title');
  usePageTitle(title);
  const reloadAll = () => {
    reloadRates();
    reloadOverview();
  };
  return (
    <section class="round-view">
      <p>
        <a href={`${BASE}/rounds`}>{t('rounds.back')}</a>
      </p>
      <LoadState loaded={rates}>
        {(data) => {
          const round = overview?.rounds.find((r) => r.id === roundId);
          const sheet = data.mayIssueTokens && !data.round.personalLinksOnly;
          return (
            <>
              <h1>{titleIn(data.round.title, locale)}</h1>
              <p class="round-period">
                {t('rounds.period', {
                  opensOn: dayText(data.round.opensOn, locale),
                  closesOn: dayText(data.round.closesOn, locale),
                })}{' '}
                <StateBadge state={data.round.state} />
                {sheet && (
                  <>
                    {' · '}
                    <a href={`/dashboard/rounds/${encodeURIComponent(roundId)}/sheet?lang=${locale}`}>
                      {t('rounds.printQr')}
                    </a>
                  </>
                )}
              </p>
              {round && overview?.mayRecompute && (
                <RoundSchedule roundId={roundId} state={round.state} onChanged={reloadAll} />
              )}
              {data.openLinksWithheld && (
                <p class="lead" data-withheld={data.openLinksWithheld.reason}>
                  {data.openLinksWithheld.note[locale]}
                </p>
              )}
              <section class="round-section">
                <h2 id="rate-heading">{t('rounds.rate.heading')}</h2>
                <p class="meta">{t('rounds.rate.hint')}</p>
                <RateFilters data={data} query={query} onChange={changeQuery} />
                <ResponseRateTable data={data} />
                <RatePager data={data} query={query} onChange={changeQuery} />
              </section>
              {data.mayIssueTokens && data.round.state !== 'closed' && data.total.units > 0 && (
                <section class="round-section" aria-label={t('rounds.links.heading')}>
                  <PersonalLinksForm data={data} onIssued={reloadRates} />
                </section>
              )}
              <InvitationSection data={data} />
              <LinkPolicySection data={data} onChanged={reloadAll} />
              {round && overview && (
                <>
                  <RoundReleases round={round} mayRelease={overview.mayRelease} onChanged={reloadOverview} />
                  <FullRecompute
                    roundId={roundId}
                    lastRun={round.lastRun}
                    mayRecompute={overview.mayRecompute}
                    key={round.lastRun?.id ?? 'none'}
                  />
                </>
              )}
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
