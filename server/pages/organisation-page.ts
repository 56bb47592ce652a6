import { ORG_CSV_COLUMNS } from '../../core/org/org-csv-rows';
import type { UnitKind } from '../../core/org/org-unit';
import type { OrganisationRow, OrganisationView } from '../use-cases/organisation-tree';
import { html, type SafeHtml } from './html';
import { staffLayout } from './staff-layout';

/** What the last form did, from the redirect's query: "3 units created, 1 updated". */
export interface OrganisationNotice {
  created?: number;
  updated?: number;
  unchanged?: number;
  saved?: boolean;
}

const KIND_WORDS: Record<UnitKind, [one: string, many: string]> = {
  municipality: ['municipality', 'municipalities'],
  area: ['area', 'areas'],
  institution: ['institution', 'institutions'],
  group: ['group', 'groups'],
};
const counted = (n: number, kind: UnitKind) => `${n} ${KIND_WORDS[kind][n === 1 ? 0 : 1]}`;
const withArticle = (kind: UnitKind) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;

const indent = (depth: number) => `padding-left: ${0.5 + depth * 1.25}rem`;

function noticeText(notice: OrganisationNotice): SafeHtml | '' {
  if (notice.saved) return html`<p class="notice" role="status">Saved.</p>`;
  if (notice.created === undefined) return '';
  return html`<p class="notice" role="status">
    Imported: ${notice.created} created, ${notice.updated ?? 0} updated, ${notice.unchanged ?? 0} unchanged.
    Units not in the file are kept.
  </p>`;
}

function unitRow(row: OrganisationRow): SafeHtml {
  const form = `unit-${row.id}`;
  return html`<tr id="${form}" class="depth-${row.depth}" data-unit="${row.id}">
    <th scope="row" style="${indent(row.depth)}">
      <label class="visually-hidden" for="${form}-name">Name of ${row.name}</label>
      <input id="${form}-name" form="${form}-form" name="name" value="${row.name}" required maxlength="200" />
    </th>
    <td>
      <label class="visually-hidden" for="${form}-code">Code of ${row.name}</label>
      <input
        id="${form}-code"
        form="${form}-form"
        name="code"
        value="${row.code ?? ''}"
        maxlength="40"
        size="10"
      />
    </td>
    <td>${row.kind}</td>
    <td class="n">${row.grade ?? ''}</td>
    <td class="n">${row.population ?? ''}</td>
    <td class="n">${row.unitsBelow}</td>
    <td>
      <form
        id="${form}-form"
        method="post"
        action="/dashboard/admin/organisation/units/${row.id}"
        class="inline"
      >
        <button type="submit">Save</button>
      </form>
    </td>
  </tr>`;
}

/** "  Nordskolen — adds a group": indented by depth, as the option list cannot hold markup. */
const parentLabel = (row: OrganisationRow) =>
  `${'\u00a0\u00a0'.repeat(row.depth)}${row.name} — adds ${withArticle(row.childKind!)}`;

function addUnitForm(rows: OrganisationRow[]): SafeHtml {
  const parents = rows.filter((r) => r.childKind !== null);
  return html`<form method="post" action="/dashboard/admin/organisation/units" class="stacked">
    <h2>Add a unit</h2>
    <label for="parentId">Under</label>
    <select id="parentId" name="parentId" required>
      ${parents.map((r) => html`<option value="${r.id}">${parentLabel(r)}</option>`)}
    </select>
    <label for="name">Name</label>
    <input id="name" name="name" required maxlength="200" placeholder="Nordskolen, 3.A, Hjemmeplejen Syd" />
    <label for="code">Code (the municipality's own key; the CSV import matches units by it)</label>
    <input id="code" name="code" maxlength="40" />
    <label for="grade">Grade (classes only, 0-13)</label>
    <input id="grade" name="grade" type="number" min="0" max="13" step="1" />
    <label for="population">Population (e.g. pupils in the class; corrects confidence intervals)</label>
    <input id="population" name="population" type="number" min="0" step="1" />
    <button type="submit">Add unit</button>
  </form>`;
}

function importForm(): SafeHtml {
  return html`<form method="post" action="/dashboard/admin/organisation/import/preview" class="stacked">
    <h2>Import from a CSV file</h2>
    <p>
      Columns: <code>${ORG_CSV_COLUMNS.join(';')}</code> (also <code>kode;navn;type;overordnet_kode</code>);
      separated by <code>;</code> or <code>,</code>. Kinds: area, institution, group (område,
      institution/institusjon, gruppe/klasse). An empty parent code puts an area directly under the
      municipality. Rows are matched to units by code: a unit in the file is created or updated, a unit not in
      the file is kept, and an empty grade or population keeps the value it has. Units are not moved by an
      import. If any row is wrong, nothing is imported.
    </p>
    <p>
      <a href="/dashboard/admin/organisation/template.csv" download>Download the tree as a CSV file</a> to
      edit and import again (units without a code get a suggested one).
    </p>
    <label for="csv-file" hidden>Choose a file</label>
    <input id="csv-file" type="file" accept=".csv,text/csv,text/plain" data-fills="csv" hidden />
    <label for="csv">CSV text (paste it here)</label>
    <textarea id="csv" name="csv" rows="10" required spellcheck="false"></textarea>
    <button type="submit">Preview the import</button>
  </form>`;
}

/** The organisation tree for its administrator: every unit, a form to add one, a CSV import. */
export function renderOrganisationPage(
  view: OrganisationView,
  user: { name: string; role?: string },
  notice: OrganisationNotice,
): string {
  const totals = (['area', 'institution', 'group'] as const).map((k) => counted(view.totals[k], k));
  return staffLayout({
    title: 'Organisation',
    user,
    head: html`<script src="/assets/web/csv-file-input.js" defer></script>`,
    body: html`<h1>Organisation</h1>
      <p class="lead">
        The municipality's tree: areas, institutions and their groups (classes, departments). Surveys,
        indicators and goals are all per unit of this tree.
      </p>
      ${noticeText(notice)}
      <p class="meta">${totals.join(' · ')}</p>
      <div class="table-wrap">
        <table class="organisation">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Code</th>
              <th scope="col">Kind</th>
              <th scope="col">Grade</th>
              <th scope="col">Population</th>
              <th scope="col">Units below</th>
              <th scope="col"><span class="visually-hidden">Save</span></th>
            </tr>
          </thead>
          <tbody>
            ${view.rows.map(unitRow)}
          </tbody>
        </table>
      </div>
      ${addUnitForm(view.rows)} ${importForm()}`,
  });
}
