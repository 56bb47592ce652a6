import type { TreeRow } from '../../core/org/org-tree';
import { PERSONAL_LINKS_ONLY_LABEL } from '../../core/surveys/personal-links-only';
import { mayBeAsked } from '../../core/surveys/round-audience';
import type { NewRoundForm } from '../use-cases/create-round';
import { html, type SafeHtml } from './html';
import { staffLayout } from './staff-layout';

const back = html`<p><a href="/dashboard/rounds">← Rounds</a></p>`;

/** Step one: which survey. Choosing one checks the units it is written for. */
function surveyChoice(form: NewRoundForm): SafeHtml {
  return html`<form method="get" action="/dashboard/rounds/new" class="stacked">
    <label for="instrument">Survey</label>
    <select id="instrument" name="instrument" required>
      ${form.instruments.map(
        (i) =>
          html`<option
            value="${i.instrumentKey}"
            ${i.instrumentKey === form.chosen?.instrumentKey ? 'selected' : ''}
          >
            ${i.title.en}
          </option>`,
      )}
    </select>
    <button type="submit">${form.chosen ? 'Choose another survey' : 'Next'}</button>
  </form>`;
}

/** Areas and the municipality are headings; institutions and groups can be ticked. */
function unitChoice({ unit, depth }: TreeRow, checked: Set<string>): SafeHtml {
  const indent = `padding-left: ${depth * 1.2}rem`;
  if (!mayBeAsked(unit)) return html`<p class="meta" style="${indent}">${unit.name}</p>`;
  return html`<label class="inline" style="${indent}"
    ><input type="checkbox" name="unitIds" value="${unit.id}" ${checked.has(unit.id) ? 'checked' : ''} />
    ${unit.name}</label
  >`;
}

function roundForm(form: NewRoundForm, today: string): SafeHtml {
  const chosen = form.chosen!;
  const checked = new Set(form.defaultUnitIds);
  return html`<form method="post" action="/dashboard/rounds" class="stacked">
    <input type="hidden" name="instrumentVersionId" value="${chosen.versionId}" />
    <h2>${chosen.title.en}</h2>
    <label for="title-da">Title in Danish</label>
    <input id="title-da" name="title.da" required maxlength="200" value="${chosen.title.da}" />
    <label for="title-nb">Title in Norwegian (bokmål); empty: the Danish</label>
    <input id="title-nb" name="title.nb" maxlength="200" />
    <label for="title-en">Title in English; empty: the Danish</label>
    <input id="title-en" name="title.en" maxlength="200" />
    <label for="opensOn">First day respondents can answer</label>
    <input id="opensOn" name="opensOn" type="date" required value="${today}" />
    <label for="closesOn">Last day</label>
    <input id="closesOn" name="closesOn" type="date" required min="${today}" />
    <fieldset class="round-units">
      <legend>Units asked (each gets an open link and QR code, unless only personal links are used)</legend>
      ${checked.size ? '' : html`<p class="meta">No units are chosen in advance for this survey: tick them.</p>`}
      ${form.units.map((row) => unitChoice(row, checked))}
    </fieldset>
    <label class="inline"
      ><input
        type="checkbox"
        name="personalLinksOnly"
        value="true"
        aria-describedby="personal-links-only-hint"
      />
      ${PERSONAL_LINKS_ONLY_LABEL.en}</label
    >
    <p class="meta" id="personal-links-only-hint">
      Respondents then answer only with a personal single-use link (CSV or e-mail invitation, made on the
      round's distribution page). Use it where a unit is small or its answers are sensitive.
    </p>
    <button type="submit">Create round</button>
  </form>`;
}

/** A new round: the survey, then title, period and units; it opens on its first day. */
export function renderNewRoundPage(
  form: NewRoundForm,
  user: { name: string; role: string },
  today: string,
): string {
  return staffLayout({
    title: 'New round',
    user,
    body: html`${back}
      <h1>New round</h1>
      <p class="lead">
        A round asks the chosen units to answer a survey in a period. Each unit gets an open link, unless the
        round takes only personal links; personal links and e-mail invitations are made on the round's
        distribution page afterwards.
      </p>
      ${surveyChoice(form)} ${form.chosen ? roundForm(form, today) : ''}`,
  });
}
