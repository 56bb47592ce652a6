import {
  REQUIRED_SICK_LEAVE_COLUMNS,
  SICK_LEAVE_COLUMNS,
  SICK_LEAVE_HEADINGS,
  type SickLeaveColumn,
} from '../../core/sick-leave/import-columns';
import { html, type SafeHtml } from './html';

const MEANING: Record<SickLeaveColumn, string> = {
  unit_code: "The unit's code, as on the Organisation page (the municipality's own key).",
  period:
    'A calendar month or quarter: 2025-03, 202503, "marts 2025", "mars 2025"; 2025-Q1, 2025K1, "Q1 2025", "1. kvartal 2025".',
  planned_days:
    "Planned (agreed, possible) day-works in the period, adjusted for job share: DST's possible and SSB's agreed day-works.",
  sick_days: 'Day-works lost to own illness in the period; no more than the planned ones.',
  short_term_days: 'Of the sick days, short-term absence.',
  long_term_days:
    'Of the sick days, long-term absence. Short- and long-term together are no more than the sick days.',
  self_certified_days: 'Of the sick days, self-certified (egenmeldt).',
  doctor_certified_days:
    'Of the sick days, doctor-certified (legemeldt, lægemeldt). Self- and doctor-certified together are no more than the sick days.',
  employees: 'Headcount in the period: a unit with few employees does not show its sick leave.',
};

/** The import's columns: the headings each is recognised by, whether it is required, what it holds. */
export function sickLeaveColumnsTable(): SafeHtml {
  return html`<div class="table-wrap">
    <table class="sick-leave-columns">
      <thead>
        <tr>
          <th scope="col">Column</th>
          <th scope="col">Headings read as this column</th>
          <th scope="col">Required</th>
          <th scope="col">What it holds</th>
        </tr>
      </thead>
      <tbody>
        ${SICK_LEAVE_COLUMNS.map(
          (column) =>
            html`<tr>
              <th scope="row"><code>${column}</code></th>
              <td>${SICK_LEAVE_HEADINGS[column].join(', ')}</td>
              <td>${REQUIRED_SICK_LEAVE_COLUMNS.includes(column) ? 'Yes' : 'No'}</td>
              <td>${MEANING[column]}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
