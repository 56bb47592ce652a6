import type { FieldIssue } from '../../core/errors';
import { SECTORS } from '../../core/initiatives/initiative';
import type { Initiative } from '../../db/repositories/initiatives';
import type { InitiativeForm } from '../use-cases/initiative-catalogue';
import { html, SafeHtml } from './html';
import { INITIATIVE_HEAD } from './initiatives-page';
import { renderScores, SECTOR_LABEL } from './initiative-scores';
import { staffLayout } from './staff-layout';

/** What the form shows: the stored initiative, or what was just sent when it was refused. */
export interface InitiativeFormValues {
  sector: string;
  title: string;
  description: string;
  contactUnitId: string;
  goalIds: string[];
  /** The assessment answers as JSON text, '' when not assessed. */
  assessment: string;
}

const SURVEY_ASSETS = html`<link rel="stylesheet" href="/assets/survey-core/survey-core.fontless.min.css" />
  ${INITIATIVE_HEAD}`;
const SCRIPTS = [
  '/assets/survey-core/survey.core.min.js',
  '/assets/survey-js-ui/survey-js-ui.min.js',
  '/assets/web/initiative-assessment.js',
];

export function formValuesOf(initiative: Initiative | null): InitiativeFormValues {
  return {
    sector: initiative?.sector ?? '',
    title: initiative?.title ?? '',
    description: initiative?.description ?? '',
    contactUnitId: initiative?.contactUnit.id ?? '',
    goalIds: initiative?.goals.map((g) => g.id) ?? [],
    assessment: initiative?.assessment ? JSON.stringify(initiative.assessment) : '',
  };
}

/** JSON inside <script>: "<" escaped so no text in the definition can close the element. */
const scriptJson = (value: unknown) => new SafeHtml(JSON.stringify(value).replace(/</g, '\\u003c'));

function errorList(errors: FieldIssue[]): SafeHtml {
  if (errors.length === 0) return html``;
  return html`<div class="error" role="alert">
    <p>The initiative was not saved:</p>
    <ul>
      ${errors.map((e) => html`<li><code>${e.field}</code>: ${e.issue}</li>`)}
    </ul>
  </div>`;
}

function fields(data: InitiativeForm, values: InitiativeFormValues): SafeHtml {
  const selected = (on: boolean) => (on ? 'selected' : '');
  return html`<label for="initiative-sector">Sector</label>
    <select id="initiative-sector" name="sector" required>
      <option value="" ${selected(values.sector === '')}>Choose a sector</option>
      ${SECTORS.map((s) => html`<option value="${s}" ${selected(s === values.sector)}>${SECTOR_LABEL[s]}</option>`)}
    </select>
    <label for="initiative-title">Title</label>
    <input id="initiative-title" name="title" required maxlength="200" value="${values.title}" />
    <label for="initiative-description">Description: what was done, and how it went</label>
    <textarea id="initiative-description" name="description" required maxlength="8000">
${values.description}</textarea>
    <label for="initiative-unit">Contact unit</label>
    <select id="initiative-unit" name="contactUnitId" required>
      ${data.units.map(
        (u) =>
          html`<option value="${u.id}" ${selected(u.id === values.contactUnitId)}>
            ${'\u00a0\u00a0'.repeat(u.depth)}${u.name}
          </option>`,
      )}
    </select>
    <fieldset class="goal-choices">
      <legend>Quality goals it works towards</legend>
      ${data.goals.length === 0 ? html`<p class="meta">Your municipality has no goals yet.</p>` : ''}
      ${data.goals.map(
        (g) =>
          html`<label
            ><input
              type="checkbox"
              name="goalIds"
              value="${g.id}"
              ${values.goalIds.includes(g.id) ? 'checked' : ''}
            />
            ${g.title.en || g.title.da}</label
          >`,
      )}
    </fieldset>`;
}

function assessmentSection(data: InitiativeForm, values: InitiativeFormValues): SafeHtml {
  return html`<section class="assessment" aria-labelledby="assessment-heading">
    <h2 id="assessment-heading">Assessment</h2>
    <p class="lead">
      Rate each question from 1 (lowest) to 4 (highest), or choose “Cannot assess”. Leave every question empty
      if the initiative has not been assessed.
    </p>
    <script type="application/json" id="assessment-definition">
      ${scriptJson(data.survey)}
    </script>
    <input type="hidden" name="assessment" id="assessment-answers" value="${values.assessment}" />
    <div id="assessment-survey"></div>
    <noscript><p class="error">The assessment form needs JavaScript.</p></noscript>
    <button type="button" id="assessment-clear" class="secondary">Clear the assessment</button>
  </section>`;
}

function readOnly(initiative: Initiative): SafeHtml {
  const goals = initiative.goals.map((g) => g.title.en || g.title.da);
  return html`<p class="meta">
      ${initiative.municipalityName} · ${SECTOR_LABEL[initiative.sector]} · contact:
      ${initiative.contactUnit.name}
    </p>
    <p class="description">${initiative.description}</p>
    ${goals.length > 0 ? html`<p class="goals">Works towards: ${goals.join('; ')}</p>` : ''}
    <h2>Assessment</h2>
    ${renderScores(initiative.assessment)}`;
}

/** A new initiative's form, an existing one's edit form, or (for those who may not edit) its page. */
export function renderInitiativeFormPage(
  data: InitiativeForm,
  user: { name: string },
  sent?: { values: InitiativeFormValues; errors: FieldIssue[] },
): string {
  const { initiative } = data;
  const title = initiative?.title ?? 'New initiative';
  const values = sent?.values ?? formValuesOf(initiative);
  const back = html`<p><a href="/dashboard/initiatives">← Initiative catalogue</a></p>`;
  if (initiative && !data.mayEdit)
    return staffLayout({
      title,
      user,
      head: INITIATIVE_HEAD,
      body: html`${back}
        <h1>${title}</h1>
        ${readOnly(initiative)}`,
    });
  const action = initiative ? `/dashboard/initiatives/${initiative.id}` : '/dashboard/initiatives';
  return staffLayout({
    title,
    user,
    head: SURVEY_ASSETS,
    body: html`${back}
      <h1>${title}</h1>
      ${initiative ? html`<p class="meta">${initiative.municipalityName} · last changed ${initiative.updatedAt.slice(0, 10)}</p>` : ''}
      ${errorList(sent?.errors ?? [])}
      <form method="post" action="${action}" class="tokens initiative-form">
        ${fields(data, values)} ${assessmentSection(data, values)}
        <button type="submit">${initiative ? 'Save changes' : 'Add initiative'}</button>
      </form>
      ${SCRIPTS.map((src) => html`<script src="${src}"></script>`)}`,
  });
}
