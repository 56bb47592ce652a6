import { ASSESSMENT_DIMENSIONS } from '../../core/initiatives/assessment';
import { SECTORS } from '../../core/initiatives/initiative';
import type { DimensionEstimate, SectorProfile } from '../../core/initiatives/sector-profile';
import type { Initiative } from '../../db/repositories/initiatives';
import { CATALOGUE_LIMIT, type Catalogue } from '../use-cases/initiative-catalogue';
import { html, type SafeHtml } from './html';
import { DIMENSION_LABEL, renderScores, SECTOR_LABEL } from './initiative-scores';
import { staffLayout } from './staff-layout';

export const INITIATIVE_HEAD = html`<link rel="stylesheet" href="/assets/web/initiatives.css" />`;

const EXCERPT = 320;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()} …` : text);

function searchForm(data: Catalogue): SafeHtml {
  const { query } = data;
  const option = (value: string, label: string, selected: boolean) =>
    html`<option value="${value}" ${selected ? 'selected' : ''}>${label}</option>`;
  return html`<form method="get" action="/dashboard/initiatives" class="catalogue-search" role="search">
    <div>
      <label for="search-q">Words</label>
      <input id="search-q" name="q" type="search" value="${query.q}" maxlength="200" />
    </div>
    <div>
      <label for="search-sector">Sector</label>
      <select id="search-sector" name="sector">
        ${option('', 'All sectors', !query.sector)}
        ${SECTORS.map((s) => option(s, SECTOR_LABEL[s], s === query.sector))}
      </select>
    </div>
    <div>
      <label for="search-municipality">Municipality</label>
      <select id="search-municipality" name="municipality">
        ${option('', 'All municipalities', !query.municipalityId)}
        ${data.municipalities.map((m) => option(m.id, m.name, m.id === query.municipalityId))}
      </select>
    </div>
    <button type="submit">Search</button>
  </form>`;
}

function result(initiative: Initiative): SafeHtml {
  const goals = initiative.goals.map((g) => g.title.en || g.title.da);
  return html`<li class="initiative" data-initiative="${initiative.id}">
    <h3><a href="/dashboard/initiatives/${initiative.id}">${initiative.title}</a></h3>
    <p class="meta">
      ${initiative.municipalityName} · ${SECTOR_LABEL[initiative.sector]} · contact:
      ${initiative.contactUnit.name}
    </p>
    <p>${excerpt(initiative.description)}</p>
    ${goals.length > 0 ? html`<p class="goals">Works towards: ${goals.join('; ')}</p>` : ''}
    ${renderScores(initiative.assessment)}
  </li>`;
}

function estimateCell(e: DimensionEstimate): SafeHtml {
  if (e.mean === null) return html`<td>–<span class="n">n = 0</span></td>`;
  const interval =
    e.low === null || e.high === null ? 'interval needs n ≥ 2' : `${e.low.toFixed(2)}–${e.high.toFixed(2)}`;
  return html`<td>
    <span class="value">${e.mean.toFixed(2)}</span>
    <span class="ci">(${interval})</span>
    <span class="n">n = ${e.n}</span>
  </td>`;
}

function profileTable(profile: SectorProfile[]): SafeHtml {
  return html`<div class="table-wrap">
    <table class="profile">
      <caption>
        Mean rating on the 1–4 scale (4 highest) with its 95 % interval and n, the number of initiatives that
        could rate it: “cannot assess” is left out.
      </caption>
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          ${profile.map((p) => html`<th scope="col">${SECTOR_LABEL[p.sector]}</th>`)}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Initiatives assessed</th>
          ${profile.map((p) => html`<td data-sector="${p.sector}">${p.assessed}</td>`)}
        </tr>
        ${ASSESSMENT_DIMENSIONS.map(
          (d, i) =>
            html`<tr data-dimension="${d}">
              <th scope="row">${DIMENSION_LABEL[d]}</th>
              ${profile.map((p) => estimateCell(p.dimensions[i]!))}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The initiative catalogue: search across municipalities, the hits, and the profile per sector. */
export function renderInitiativesPage(data: Catalogue, user: { name: string }): string {
  const found = data.initiatives.length;
  const shown =
    found === CATALOGUE_LIMIT ? `the first ${found}; narrow the search to see others` : `${found} found`;
  const where =
    data.municipalities.find((m) => m.id === data.query.municipalityId)?.name ?? 'all municipalities';
  return staffLayout({
    title: 'Initiatives',
    user,
    head: INITIATIVE_HEAD,
    body: html`<h1>Initiative catalogue</h1>
      <p class="lead">
        Quality-development initiatives from every municipality on this installation, to learn from one
        another. Each is assessed on a 4-point scale from 1 (lowest) to 4 (highest).
      </p>
      ${data.mayAdd ? html`<p><a href="/dashboard/initiatives/new">Add an initiative</a></p>` : ''}
      ${searchForm(data)}
      <h2 id="results">Initiatives <small>${shown}</small></h2>
      ${
        found === 0
          ? html`<p>No initiative matches.</p>`
          : html`<ul class="initiatives" aria-labelledby="results">
              ${data.initiatives.map(result)}
            </ul>`
      }
      <h2>Profile per sector <small>${where}</small></h2>
      ${profileTable(data.profile)}`,
  });
}
