import type { BreakdownView, ComparedValue, IndicatorDetail, IndicatorPoint } from '../api/api-types';
import { useJson } from '../api/use-json';
import { ExportLinks } from '../components/export-links';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import {
  formatChangeWithIntervalIn,
  formatValueIn,
  intervalText,
  localized,
  awaitingReleaseText,
} from '../i18n/format';
import { AsOf } from '../components/as-of';
import { ChangeMark } from '../components/change-mark';
import { useLocale } from '../i18n/locale';
import { BASE } from '../routing/router';
import { IndicatorChart } from './indicator-chart';
import { appMessages } from '../../../core/messages/app-messages';
import { useMessages } from '../i18n/use-messages';

export interface IndicatorAddress {
  unitId: string;
  instrumentKey: string;
  indicatorKey: string;
}

export const indicatorPath = (a: IndicatorAddress) =>
  `/units/${encodeURIComponent(a.unitId)}/indicators/${encodeURIComponent(a.instrumentKey)}/${encodeURIComponent(a.indicatorKey)}`;

/**
 * One indicator of one unit over the rounds: the chart with intervals and the municipality beside
 * it, the numbers as a table (with the change and whether it is significant), and the latest
 * round's breakdowns. Hidden values say so in words; they never show as an empty cell or a zero.
 */
export function IndicatorView({ address }: { address: IndicatorAddress }) {
  const loaded = useJson<IndicatorDetail>(`/api${indicatorPath(address)}`);
  return <LoadState loaded={loaded}>{(detail) => <Detail detail={detail} />}</LoadState>;
}

function Detail({ detail }: { detail: IndicatorDetail }) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  const label = localized(detail.indicator.label, locale);
  usePageTitle(`${label} · ${detail.unit.name}`);
  const latestWithBreakdowns = [...detail.points]
    .reverse()
    .find((p) => p.breakdowns.some((b) => b.cells.length > 0));
  return (
    <>
      <nav class="crumbs" aria-label={t('app.path')}>
        <a href={`${BASE}/units/${detail.unit.id}`}>{t('app.backToUnit', { unit: detail.unit.name })}</a>
      </nav>
      <h1>
        {label} <small class="kind">{detail.unit.name}</small>
      </h1>
      <IndicatorChart detail={detail} />
      <RoundsTable detail={detail} />
      {detail.points.some((p) => p.value.shown && p.value.asOf) && <p class="meta">{t('app.asOfNote')}</p>}
      <ExportLinks
        path={`/api/exports${indicatorPath({ unitId: detail.unit.id, instrumentKey: detail.instrumentKey, indicatorKey: detail.indicator.key })}`}
      />
      {latestWithBreakdowns && <Breakdowns detail={detail} point={latestWithBreakdowns} />}
    </>
  );
}

function RoundsTable({ detail }: { detail: IndicatorDetail }) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  const unit = detail.indicator.unit;
  return (
    <>
      <h2 id="rounds-heading">{t('app.overRounds')}</h2>
      <div class="table-scroll" role="region" aria-labelledby="rounds-heading" tabIndex={0}>
        <table class="indicator-table detail-table">
          <thead>
            <tr>
              <th scope="col">{t('app.round')}</th>
              <th scope="col">{detail.unit.name}</th>
              <th scope="col">{t('app.change')}</th>
              {detail.comparisons.map((c, i) => (
                <th scope="col" key={`${c.kind}-${i}`}>
                  {c.name} <span class="meta">({t(`app.comparisonKind.${c.kind}`)})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {detail.awaitingRelease.map((round) => (
              <tr key={round.roundId}>
                <th scope="row">{localized(round.title, locale)}</th>
                <td class="awaiting" colSpan={2 + detail.comparisons.length}>
                  {awaitingReleaseText(round.closesOn, locale)}
                </td>
              </tr>
            ))}
            {[...detail.points].reverse().map((point) => (
              <tr key={point.roundId}>
                <th scope="row">{localized(point.title, locale)}</th>
                <ValueCell view={point.value} unit={unit} />
                <ChangeCell point={point} unit={unit} />
                {detail.comparisons.map((c, i) => (
                  <ValueCell
                    view={
                      c.points.find((p) => p.roundId === point.roundId)?.value ?? {
                        shown: false,
                        reason: 'no-data',
                      }
                    }
                    unit={unit}
                    key={`${c.kind}-${i}`}
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

function ValueCell({ view, unit }: { view: ComparedValue; unit: IndicatorDetail['indicator']['unit'] }) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  if (!view.shown) {
    const why =
      view.reason === 'no-data'
        ? t('app.noAnswers')
        : view.reason === 'network-hidden'
          ? t('app.networkHidden', { municipalities: view.municipalities })
          : t('app.hiddenBelow', { min: view.minGroupSize });
    return <td class="hidden-value">{why}</td>;
  }
  if ('published' in view)
    return (
      <td class="num">
        <span class="value">{formatValueIn(view.value, unit, locale)}</span>{' '}
        <span class="n">{t('app.meanOf', { municipalities: view.municipalities })}</span>
      </td>
    );
  return (
    <td class="num">
      <span class="value">{formatValueIn(view.value, unit, locale)}</span>{' '}
      <span class="ci">({intervalText(view, unit, locale)})</span> <span class="n">n = {view.n}</span>
      {'asOf' in view && view.asOf && (
        <>
          {' '}
          <AsOf date={view.asOf} />
        </>
      )}
    </td>
  );
}

function ChangeCell({ point, unit }: { point: IndicatorPoint; unit: IndicatorDetail['indicator']['unit'] }) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  const change = point.change;
  if (!change.available) return <td class="meta">{t(`app.changeMissing.${change.reason}`)}</td>;
  return (
    <td>
      {formatChangeWithIntervalIn(change, unit, locale)}{' '}
      <span class={`verdict ${change.verdict}`}>{t(`app.verdict.${change.verdict}`)}</span>{' '}
      <ChangeMark change={change} />
    </td>
  );
}

function Breakdowns({ detail, point }: { detail: IndicatorDetail; point: IndicatorPoint }) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  return (
    <section aria-labelledby="breakdowns-heading">
      <h2 id="breakdowns-heading">{t('app.breakdownsIn', { round: localized(point.title, locale) })}</h2>
      {point.breakdowns
        .filter((b) => b.cells.length > 0)
        .map((b) => (
          <BreakdownTable breakdown={b} unit={detail.indicator.unit} key={b.key} />
        ))}
    </section>
  );
}

function BreakdownTable({
  breakdown,
  unit,
}: {
  breakdown: BreakdownView;
  unit: IndicatorDetail['indicator']['unit'];
}) {
  const { locale } = useLocale();
  const t = useMessages(appMessages);
  return (
    <div class="table-scroll">
      <table class="indicator-table breakdown-table">
        <caption>{localized(breakdown.label, locale)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('app.group')}</th>
            <th scope="col">{t('app.value')}</th>
          </tr>
        </thead>
        <tbody>
          {breakdown.cells.map((cell) => (
            <tr key={cell.value}>
              <th scope="row">{localized(cell.labels, locale)}</th>
              <ValueCell view={cell.view} unit={unit} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
