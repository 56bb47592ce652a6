import type { NetworkHiddenReason } from '../../core/networks/network-aggregate';
import type { NetworkIndicators } from '../use-cases/network-indicators';
import { formatValue } from './format';
import { html, type SafeHtml } from './html';
import { staffLayout } from './staff-layout';

const HIDDEN_TEXT: Record<NetworkHiddenReason, string> = {
  'no-data': 'No data',
  'fewer-than-3-municipalities': 'Hidden: fewer than 3 municipalities have data',
  'too-few-respondents': 'Hidden: too few respondents in the other municipalities',
};

type Shown = { n: number; value: number; ciLow: number | null; ciHigh: number | null };

function valueCell(shown: Shown, unit: NetworkIndicators['unit']): SafeHtml {
  const format = (v: number) => formatValue(v, unit ?? 'score');
  const interval =
    shown.ciLow !== null && shown.ciHigh !== null ? ` (${format(shown.ciLow)}–${format(shown.ciHigh)})` : '';
  return html`<td class="n">${format(shown.value)}${interval}, n = ${shown.n}</td>`;
}

function yearRow(year: NetworkIndicators['years'][number], unit: NetworkIndicators['unit']): SafeHtml {
  const own = year.own;
  const ownCell =
    own === null
      ? html`<td>—</td>`
      : own.shown
        ? valueCell(own, unit)
        : html`<td>${own.reason === 'hidden' ? 'Hidden' : 'No data'}</td>`;
  const network = year.network;
  const networkCell = network.shown
    ? valueCell(network, unit)
    : html`<td>${HIDDEN_TEXT[network.reason]}</td>`;
  return html`<tr>
    <td class="n">${year.year}</td>
    ${ownCell}${networkCell}
    <td class="n">${network.municipalities}</td>
  </tr>`;
}

/** One indicator year by year: the own municipality beside the network's combined figure. */
export function renderNetworkComparisonPage(
  view: NetworkIndicators,
  user: { name: string; role?: string },
): string {
  return staffLayout({
    title: 'Network comparison',
    user,
    body: html`<h1>${view.network.name}</h1>
      <p class="lead">
        ${view.network.members} member municipalities. Other members' own figures are never shown.
      </p>
      <form method="get" action="/dashboard/network" class="inline">
        <label for="instrumentKey">Instrument</label>
        <input id="instrumentKey" name="instrumentKey" value="${view.instrumentKey}" required />
        <label for="indicatorKey">Indicator</label>
        <input id="indicatorKey" name="indicatorKey" value="${view.indicatorKey}" required />
        <button type="submit">Show</button>
      </form>
      <div class="table-wrap">
        <table class="network-years">
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Your municipality</th>
              <th scope="col">Network</th>
              <th scope="col">Municipalities with data</th>
            </tr>
          </thead>
          <tbody>
            ${
              view.years.length
                ? view.years.map((y) => yearRow(y, view.unit))
                : html`<tr>
                    <td colspan="4">No data yet.</td>
                  </tr>`
            }
          </tbody>
        </table>
      </div>`,
  });
}
