import { networkMessages } from '../../../core/messages/network-messages';
import type { Translate } from '../../../core/messages/message-catalogue';
import type { IndicatorChoices, NetworkIndicators, NetworkYear } from '../api/import-types';
import type { ValueUnit } from '../api/api-types';
import { useJson } from '../api/use-json';
import { ExportLinks } from '../components/export-links';
import { LoadState } from '../components/load-state';
import { usePageTitle } from '../components/use-page-title';
import { formatValueIn, localized } from '../i18n/format';
import { useLocale, type Locale } from '../i18n/locale';
import { useMessages } from '../i18n/use-messages';
import { BASE, navigate } from '../routing/router';
import { TableScroll } from '../components/table-scroll';

const DEFAULT = { instrumentKey: 'pupil-wellbeing', indicatorKey: 'wellbeing' };
type T = Translate<typeof networkMessages>;
type Shown = { n: number; value: number; ciLow: number | null; ciHigh: number | null };

const networkHref = (instrumentKey: string, indicatorKey: string) =>
  `${BASE}/network?${new URLSearchParams({ instrument: instrumentKey, indicator: indicatorKey })}`;

/**
 * One indicator year by year: the own municipality beside the network's combined figure, with the
 * reason where it is hidden; the indicator is chosen from the catalogue and is part of the address.
 */
export function NetworkView(props: { instrumentKey: string | null; indicatorKey: string | null }) {
  const t = useMessages(networkMessages);
  usePageTitle(t('networkComparison.title'));
  const asked = {
    instrumentKey: props.instrumentKey ?? DEFAULT.instrumentKey,
    indicatorKey: props.indicatorKey ?? DEFAULT.indicatorKey,
  };
  const query = new URLSearchParams(asked).toString();
  const loaded = useJson<NetworkIndicators>(`/api/network/indicators?${query}`);
  if (loaded.state === 'failed' && /not a member/.test(loaded.error.message))
    return (
      <>
        <h1>{t('networkComparison.title')}</h1>
        <p role="status">{t('networkComparison.notMember')}</p>
      </>
    );
  return <LoadState loaded={loaded}>{(view) => <Comparison view={view} query={query} t={t} />}</LoadState>;
}

function Comparison({ view, query, t }: { view: NetworkIndicators; query: string; t: T }) {
  const { locale } = useLocale();
  const choices = useJson<IndicatorChoices>('/api/network/indicator-choices');
  const label =
    choices.state === 'ready'
      ? choices.data.instruments
          .find((i) => i.instrumentKey === view.instrumentKey)
          ?.indicators.find((i) => i.key === view.indicatorKey)?.label
      : undefined;
  const indicator = label ? localized(label, locale) : view.indicatorKey;
  return (
    <>
      <h1>
        {view.network.name} <small class="kind">{t('networkComparison.title')}</small>
      </h1>
      <p class="lead">{t('networkComparison.lead', { members: view.network.members })}</p>
      {choices.state === 'ready' && (
        <IndicatorChoice choices={choices.data} view={view} t={t} locale={locale} />
      )}
      <TableScroll label={t('networkComparison.caption', { indicator })}>
        <table class="network-years">
          <caption>{t('networkComparison.caption', { indicator })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('networkComparison.year')}</th>
              <th scope="col">{t('networkComparison.own')}</th>
              <th scope="col">{t('networkComparison.network')}</th>
              <th scope="col">{t('networkComparison.municipalities')}</th>
            </tr>
          </thead>
          <tbody>
            {view.years.length ? (
              view.years.map((y) => (
                <YearRow key={y.year} year={y} unit={view.unit ?? 'score'} t={t} locale={locale} />
              ))
            ) : (
              <tr>
                <td colSpan={4}>{t('networkComparison.noYears')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      <ExportLinks
        path="/api/exports/network/indicators"
        label={t('networkComparison.download')}
        query={query}
      />
    </>
  );
}

/** A select and a button: choosing navigates, so each indicator has its own address and Back returns. */
function IndicatorChoice(props: {
  choices: IndicatorChoices;
  view: NetworkIndicators;
  t: T;
  locale: Locale;
}) {
  const { choices, view, t, locale } = props;
  const show = (event: Event) => {
    event.preventDefault();
    const value = (event.currentTarget as HTMLFormElement).querySelector('select')!.value;
    const [instrumentKey, indicatorKey] = value.split('/') as [string, string];
    navigate(networkHref(instrumentKey, indicatorKey));
  };
  return (
    <form class="inline network-choice" onSubmit={show}>
      <label for="network-indicator">{t('networkComparison.indicator')}</label>
      <select id="network-indicator" defaultValue={`${view.instrumentKey}/${view.indicatorKey}`}>
        {choices.instruments.map((instrument) => (
          <optgroup key={instrument.instrumentKey} label={localized(instrument.instrumentTitle, locale)}>
            {instrument.indicators.map((i) => (
              <option key={i.key} value={`${instrument.instrumentKey}/${i.key}`}>
                {localized(i.label, locale)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button type="submit">{t('networkComparison.show')}</button>
    </form>
  );
}

function ValueCell({ shown, unit, t, locale }: { shown: Shown; unit: ValueUnit; t: T; locale: Locale }) {
  const format = (v: number) => formatValueIn(v, unit, locale);
  const text =
    shown.ciLow !== null && shown.ciHigh !== null
      ? t('networkComparison.value', {
          value: format(shown.value),
          low: format(shown.ciLow),
          high: format(shown.ciHigh),
          n: shown.n,
        })
      : t('networkComparison.valueOnly', { value: format(shown.value), n: shown.n });
  return <td class="n">{text}</td>;
}

const HIDDEN = {
  'no-data': 'networkComparison.noData',
  'fewer-than-3-municipalities': 'networkComparison.fewMunicipalities',
  'too-few-respondents': 'networkComparison.fewRespondents',
} as const;

function YearRow({ year, unit, t, locale }: { year: NetworkYear; unit: ValueUnit; t: T; locale: Locale }) {
  const own = year.own;
  const network = year.network;
  return (
    <tr>
      <td class="n">{year.year}</td>
      {own === null ? (
        <td>{t('networkComparison.notYours')}</td>
      ) : own.shown ? (
        <ValueCell shown={own} unit={unit} t={t} locale={locale} />
      ) : (
        <td>{t(own.reason === 'hidden' ? 'networkComparison.hidden' : 'networkComparison.noData')}</td>
      )}
      {network.shown ? (
        <ValueCell shown={network} unit={unit} t={t} locale={locale} />
      ) : (
        <td>{t(HIDDEN[network.reason])}</td>
      )}
      <td class="n">{network.municipalities}</td>
    </tr>
  );
}
