import type { ExportCell, ExportTable } from '../../core/exports/export-table';
import { formatOfUnit } from '../../core/exports/export-table';
import type { Locale } from '../../core/indicators/indicator-definition';
import { translator } from '../../core/messages/message-catalogue';
import { networkMessages } from '../../core/messages/network-messages';
import type { NetworkIndicators } from '../use-cases/network-indicators';

type Shown = { n: number; value: number; ciLow: number | null; ciHigh: number | null };
type Year = NetworkIndicators['years'][number];

/**
 * The network comparison as its screen shows it: one row per year, the own municipality's value
 * (when the reader may see it) and the network's, each with its interval and n, and the reason a
 * value is hidden in words. Other members' figures are not in the answer, so not in the file.
 */
export function networkIndicatorsTable(view: NetworkIndicators, locale: Locale): ExportTable {
  const t = translator(networkMessages, locale);
  const format = formatOfUnit(view.unit ?? 'score');
  const numbers = (shown: Shown): ExportCell[] => [
    { number: shown.value, format },
    shown.ciLow === null ? null : { number: shown.ciLow, format },
    shown.ciHigh === null ? null : { number: shown.ciHigh, format },
    { number: shown.n, format: 'count' },
  ];
  const hidden = (text: string): ExportCell[] => [null, null, null, null, text];
  const own = (year: Year): ExportCell[] => {
    if (year.own === null) return hidden(t('networkComparison.notYours'));
    if (year.own.shown) return [...numbers(year.own), null];
    return hidden(t(year.own.reason === 'hidden' ? 'networkComparison.hidden' : 'networkComparison.noData'));
  };
  const network = (year: Year): ExportCell[] => {
    if (year.network.shown) return [...numbers(year.network), null];
    return hidden(t(NETWORK_HIDDEN[year.network.reason]));
  };
  return {
    title: t('networkComparison.sheet'),
    headers: [
      t('networkComparison.year'),
      t('networkComparison.own'),
      t('networkComparison.ownLow'),
      t('networkComparison.ownHigh'),
      t('networkComparison.ownN'),
      t('networkComparison.note'),
      t('networkComparison.network'),
      t('networkComparison.networkLow'),
      t('networkComparison.networkHigh'),
      t('networkComparison.networkN'),
      t('networkComparison.note'),
      t('networkComparison.municipalities'),
    ],
    rows: view.years.map((year) => [
      String(year.year),
      ...own(year),
      ...network(year),
      { number: year.network.municipalities, format: 'count' },
    ]),
  };
}

const NETWORK_HIDDEN = {
  'no-data': 'networkComparison.noData',
  'fewer-than-3-municipalities': 'networkComparison.fewMunicipalities',
  'too-few-respondents': 'networkComparison.fewRespondents',
} as const;
