import {
  ASSESSMENT_DIMENSIONS,
  CANNOT_ASSESS,
  type AssessmentDimension,
} from '../../core/initiatives/assessment';
import type { Sector } from '../../core/initiatives/initiative';
import { html, type SafeHtml } from './html';

export const SECTOR_LABEL: Record<Sector, string> = {
  daycare: 'Daycare',
  school: 'School',
  'elderly-care': 'Elderly care',
  'cross-cutting': 'Cross-cutting',
};

/** Short column labels; the full questions are the instrument's (survey-definitions/initiative-assessment). */
export const DIMENSION_LABEL: Record<AssessmentDimension, string> = {
  short_term_savings: 'Short-term savings',
  long_term_savings: 'Long-term savings',
  employee_involvement: 'Employee involvement',
  employee_satisfaction: 'Employee satisfaction',
  citizen_involvement: 'Citizen involvement',
  citizen_satisfaction: 'Citizen satisfaction',
  sick_leave: 'Lower sick leave',
};

function scoreText(answer: unknown): string {
  if (answer === CANNOT_ASSESS) return 'cannot assess';
  return typeof answer === 'number' ? `${answer} of 4` : '–';
}

/** An initiative's seven ratings as a compact list; a case that was never rated says so. */
export function renderScores(assessment: Record<string, unknown> | null): SafeHtml {
  if (assessment === null) return html`<p class="meta">Not assessed.</p>`;
  const note = assessment.assessment_note;
  return html`<dl class="scores">
      ${ASSESSMENT_DIMENSIONS.map(
        (d) =>
          html`<div data-dimension="${d}">
            <dt>${DIMENSION_LABEL[d]}</dt>
            <dd>${scoreText(assessment[d])}</dd>
          </div>`,
      )}
    </dl>
    ${typeof note === 'string' && note.trim() !== '' ? html`<p class="assessment-note">${note}</p>` : ''}`;
}
