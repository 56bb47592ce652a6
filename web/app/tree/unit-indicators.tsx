import type { IndicatorRow, UnitIndicators } from '../api/api-types';
import { useJson } from '../api/use-json';
import { LoadState } from '../components/load-state';
import {
  formatChangeWithIntervalIn,
  formatValueIn,
  intervalText,
  localized,
  awaitingReleaseText,
} from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { AsOf } from '../components/as-of';
import { ChangeMark, ManyChangesLine } from '../components/change-mark';
import { ExportLinks } from '../components/export-links';
import { indicatorPath } from '../indicator/indicator-view';
import { BASE } from '../routing/router';
import { appMessages } from '../../../core/messages/app-messages';
import { manyChangesMessages } from '../../../core/messages/many-changes-messages';
import { formatMessage } from '../../../core/messages/message-catalogue';
import { useMessages } from '../i18n/use-messages';

/**
 * The unit's indicators per round, newest first, each with n and its 95 % interval. A round that a
 * later one is compared with starts folded: the latest measurements are what is read first.
 */
export function UnitIndicatorsPanel({ unitId }: { unitId: string }) {
  const t = useMessages(appMessages);
  const loaded = useJson<UnitIndicators>(`/api/units/${encodeURIComponent(unitId)}/indicators`);
  return (
    <section class="indicators" aria-labelledby="indicators-heading">
      <h2 id="indicators-heading">{t('app.indicators')}</h2>
      <LoadState loaded={loaded}>{(data) => <Rounds data={data} />}</LoadState>
      <ExportLinks path={`/api/exports/units/${encodeURIComponent(unitId)}/indicators`} />
    </section>
  );
}

function Rounds({ data }: { data: UnitIndicators }) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  if (data.rounds.length === 0) return <p>{t('app.noIndicators')}</p>;
  const earlier = new Set(
    data.rounds.flatMap((r) =>
      r.indicators.flatMap((i) => (i.change.available ? [i.change.previousRoundId] : [])),
    ),
  );
  return (
    <>
      {data.rounds.map((round) =>
        round.awaitingRelease ? (
          <details class="round" open key={round.id}>
            <summary>{localized(round.title, locale)}</summary>
            <p class="awaiting">{awaitingReleaseText(round.closesOn, locale)}</p>
          </details>
        ) : (
          <details class="round" open={!earlier.has(round.id)} key={round.id}>
            <summary>{localized(round.title, locale)}</summary>
            {round.overPopulation && (
              <p class="over-population" role="note">
                <span aria-hidden="true">⚠ </span>
                {localized(round.overPopulation.note, locale)}
              </p>
            )}
            <div class="table-scroll">
              <table class="indicator-table">
                <thead>
                  <tr>
                    <th scope="col">{t('app.indicator')}</th>
                    <th scope="col">{t('app.value')}</th>
                    <th scope="col">{t('app.interval')}</th>
                    <th scope="col">n</th>
                    <th scope="col">{t('app.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  {round.indicators.map((indicator) => (
                    <IndicatorLine
                      indicator={indicator}
                      href={`${BASE}${indicatorPath({ unitId: data.unit.id, instrumentKey: round.instrumentKey, indicatorKey: indicator.key })}`}
                      key={indicator.key}
                    />
                  ))}
                </tbody>
              </table>
            </div>
            <ManyChangesLine
              changes={round.changes}
              lead={formatMessage(locale, manyChangesMessages['manyChanges.heading'])}
            />
            {round.indicators.some((i) => i.total.shown && i.total.asOf) && (
              <p class="meta">{t('app.asOfNote')}</p>
            )}
          </details>
        ),
      )}
    </>
  );
}

function IndicatorLine({ indicator, href }: { indicator: IndicatorRow; href: string }) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  const total = indicator.total;
  const change = indicator.change;
  return (
    <tr>
      <th scope="row">
        <a href={href} aria-label={t('app.detailLink', { indicator: localized(indicator.label, locale) })}>
          {localized(indicator.label, locale)}
        </a>
      </th>
      {total.shown ? (
        <>
          <td class="num" data-label={t('app.value')}>
            {formatValueIn(total.value, indicator.unit, locale)}
            {total.asOf && <AsOf date={total.asOf} />}
          </td>
          <td class="num" data-label={t('app.interval')}>
            {intervalText(total, indicator.unit, locale)}
          </td>
          <td class="num" data-label="n">
            {total.n}
          </td>
        </>
      ) : (
        <td colSpan={3} class="hidden-value">
          {total.reason === 'no-data'
            ? t('app.noAnswers')
            : t('app.hiddenBelow', { min: total.minGroupSize })}
        </td>
      )}
      <td data-label={t('app.change')}>
        {change.available ? (
          <>
            {formatChangeWithIntervalIn(change, indicator.unit, locale)}{' '}
            <span class={`verdict ${change.verdict}`}>{t(`app.verdict.${change.verdict}`)}</span>{' '}
            <ChangeMark change={change} />
          </>
        ) : (
          <span class="meta">{t(`app.changeMissing.${change.reason}`)}</span>
        )}
      </td>
    </tr>
  );
}
