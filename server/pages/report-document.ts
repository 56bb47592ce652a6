import { partsOf } from '../../core/goals/goal-rule';
import type { Locale } from '../../core/indicators/indicator-definition';
import type { FollowUpReport, ReportGoal, ReportPoint } from '../../core/reports/follow-up-report';
import { benchmarkTextIn } from '../../core/text/benchmark-text';
import { formatChangeWithIntervalIn } from '../../core/text/format-change';
import { formatDateIn } from '../../core/text/format-date';
import { formatIntervalIn } from '../../core/text/format-interval';
import { formatValueIn } from '../../core/text/format-value';
import { reasonTextIn } from '../../core/text/goal-reason-text';
import { ruleTextIn } from '../../core/text/goal-rule-text';
import { statusTextIn } from '../../core/text/goal-status-text';
import { gradesTextIn } from '../../core/text/grades-text';
import { reportDocumentMessages } from '../../core/messages/report-document-messages';
import { translator, type Translate } from '../../core/messages/message-catalogue';
import { HOW_TO_READ } from '../../core/text/how-to-read';
import { html, type SafeHtml } from './html';
import { manyChangesMessages } from '../../core/messages/many-changes-messages';
import { measuredGoalMessages } from '../../core/messages/measured-goal-messages';
import { changeMark, manyChangesSummaryIn } from '../../core/reports/many-changes-text';
import { trendChartSvg } from './trend-chart';

/** The report's words in the reader's language. */
type Words = Translate<typeof reportDocumentMessages>;

export interface ReportState {
  status: 'draft' | 'adopted';
  adoptedAt: string | null;
  contentHash: string | null;
}

/** Where a draft's texts are edited: textareas belong to the form with this id (HTML form attribute). */
export interface ReportEditing {
  formId: string;
}

/**
 * The follow-up report as one document: the same markup on the staff page, in the PDF and on the
 * public page. Values come already anonymised; this only words them.
 */
export function renderReportDocument(
  report: FollowUpReport,
  locale: Locale,
  state: ReportState,
  editing?: ReportEditing,
): SafeHtml {
  const w = translator(reportDocumentMessages, locale);
  return html`<article class="report" lang="${locale}">
    <header class="report-head">
      <p class="kicker">${w('reportDocument.report')} ${report.year} · ${report.municipality.name}</p>
      <h1>${report.contract.title}</h1>
      <p class="meta">
        ${w('reportDocument.period')}: ${formatDateIn(report.contract.periodStart, locale)} –
        ${formatDateIn(report.contract.periodEnd, locale)}
      </p>
      <p class="state ${state.status}">
        ${
          state.status === 'adopted' && state.adoptedAt
            ? w('reportDocument.adoptedOn', { date: formatDateIn(state.adoptedAt, locale) })
            : w('reportDocument.draft')
        }
      </p>
    </header>
    <section class="how-to-read">
      <h2>${w('reportDocument.howToRead')}</h2>
      <ul>
        ${HOW_TO_READ.map((key) => html`<li>${w(key)}</li>`)}
      </ul>
      ${manyChangesText(report, locale)}
    </section>
    ${report.areas.map(
      (area) =>
        html`<section class="area">
          <h2>${area.name}</h2>
          ${area.aim ? html`<p class="aim"><strong>${w('reportDocument.aim')}:</strong> ${area.aim}</p>` : ''}
          ${area.goals.map((goal) => goalSection(goal, locale, w, editing))}
        </section>`,
    )}
    <section class="med">
      <h2>${w('reportDocument.medStatement')}</h2>
      ${writtenText(report.medStatement, w, editing && { name: 'medStatement', label: w('reportDocument.medStatement'), editing })}
    </section>
    ${
      state.contentHash
        ? html`<footer class="hash">
            <small>${w('reportDocument.contentHash')}: <code>${state.contentHash}</code></small>
          </footer>`
        : ''
    }
  </article>`;
}

function goalSection(goal: ReportGoal, locale: Locale, w: Words, editing?: ReportEditing): SafeHtml {
  const scope =
    goal.breakdownFilter?.breakdownKey === 'grade'
      ? `${goal.scopeName}, ${gradesTextIn(goal.breakdownFilter.values, locale)}`
      : goal.scopeName;
  return html`<section class="goal" id="goal-${goal.id}">
    <h3>${goal.title[locale]}</h3>
    <dl class="facts">
      <div>
        <dt>${w('reportDocument.target')}</dt>
        <dd>${ruleTextIn(goal.rule, goal.unit, locale)}</dd>
      </div>
      <div>
        <dt>${w('reportDocument.scope')}</dt>
        <dd>${scope}</dd>
      </div>
      <div>
        <dt>${w('reportDocument.deadline')}</dt>
        <dd>${formatDateIn(goal.deadline, locale)}</dd>
      </div>
    </dl>
    <h4>${w('reportDocument.result')}</h4>
    ${goal.outsideReadScope ? html`<p class="outside-scope">${w('reportDocument.outsideReadScope')}</p>` : ''}
    ${goal.result ? resultLine(goal.result, goal, locale, { withBaseline: true }) : goal.awaitingRelease || goal.outsideReadScope ? '' : html`<p>${w('reportDocument.noResultThisYear')}</p>`}
    ${awaitingLine(goal, locale)} ${goal.units ? unitTally(goal.units, w) : ''}
    ${goal.trend.length > 1 ? html`<figure class="trend">${trendChart(goal, locale, w)}</figure>` : ''}
    ${goal.measuredOn === 'sick-leave' ? html`<p class="note">${w('reportDocument.sickLeaveNote')}</p>` : ''}
    ${goal.measuredOn === 'measured' ? html`<p class="note">${translator(measuredGoalMessages, locale)('measuredGoal.reportNote')}</p>` : ''}
    <h4>${w('reportDocument.processEvaluation')}</h4>
    ${writtenText(goal.processEvaluation, w, editing && { name: `process-${goal.id}`, label: `${w('reportDocument.processEvaluation')}: ${goal.title[locale]}`, editing })}
    <h4>${w('reportDocument.actions')}</h4>
    ${actionsTable(goal, w)}
  </section>`;
}

/** "Results are published when the round closes on …": this year's answers are not released yet. */
export function awaitingLine(goal: ReportGoal, locale: Locale): SafeHtml | string {
  if (!goal.awaitingRelease) return '';
  const date = formatDateIn(goal.awaitingRelease.closesOn, locale);
  const text = translator(reportDocumentMessages, locale)('reportDocument.awaitingRelease', { date });
  return html`<p class="awaiting">${text}</p>`;
}

/** A measurement in words: status, value with interval and n, change since the one before, why not judged. */
export function resultLine(
  point: ReportPoint,
  goal: ReportGoal,
  locale: Locale,
  opts: { prefix?: string; withBaseline: boolean },
): SafeHtml {
  const w = translator(reportDocumentMessages, locale);
  // A prefix (the public page's "Latest measurement (2026 (jan.–okt.))") already names the period.
  const value = point.value !== undefined ? valueText(point, goal, locale, !opts.prefix) : '';
  const baseline = goal.trend[0];
  const showBaseline = opts.withBaseline && baseline && baseline !== point && baseline.value !== undefined;
  return html`<p class="result">
      ${opts.prefix ? `${opts.prefix} ` : ''}<span class="status ${point.status}"
        >${statusTextIn(point.status, locale)}</span
      >${value}
    </p>
    ${
      point.change
        ? html`<p>
            ${sameLastYear(goal) ? w('reportDocument.changeSameLastYear') : w('reportDocument.changeSince')}:
            ${formatChangeWithIntervalIn(point.change, goal.unit, locale)} ${markText(point.change, locale)}
          </p>`
        : ''
    }
    ${
      showBaseline
        ? html`<p>
            ${w('reportDocument.baseline')} (${baseline.roundTitle[locale]}):
            ${formatValueIn(baseline.value!, goal.unit, locale)}, ${countText(baseline, goal, locale)}
          </p>`
        : ''
    }
    ${(point.benchmarks ?? []).map((b) => html`<p class="benchmark">${benchmarkTextIn(b, goal.unit, locale)}</p>`)}
    ${point.reasons.map((r) => html`<p class="reason">${reasonTextIn(r, locale)}</p>`)}`;
}

/** How this year's changes read when all are judged together; nothing in reports adopted before it. */
export function manyChangesText(report: FollowUpReport, locale: Locale): SafeHtml | string {
  if (!report.changes || report.changes.judged === 0) return '';
  const heading = translator(manyChangesMessages, locale)('manyChanges.heading');
  return html`<p class="many-changes">
    <strong>${heading}:</strong> ${manyChangesSummaryIn(report.changes, locale)}
  </p>`;
}

/** "holds" or "may be chance" beside a change marked at 95 %. */
function markText(change: NonNullable<ReportPoint['change']>, locale: Locale): SafeHtml | string {
  const mark = changeMark(change);
  if (!mark) return '';
  const t = translator(manyChangesMessages, locale);
  return mark === 'holds'
    ? html`<span class="fdr holds" title="${t('manyChanges.holdsWhy')}">${t('manyChanges.holds')}</span>`
    : html`<span class="fdr may-be-chance" title="${t('manyChanges.mayBeChanceWhy')}"
        >${t('manyChanges.mayBeChance')}</span
      >`;
}

/** " 5,2 % (4,1–6,3), n = 120"; a count without interval: " 5,2 %, 143 ansatte". */
function valueText(point: ReportPoint, goal: ReportGoal, locale: Locale, withPeriod: boolean): SafeHtml {
  const shown = html` <strong class="value">${formatValueIn(point.value!, goal.unit, locale)}</strong>`;
  if (point.ciLow == null || point.ciHigh == null)
    return html`${shown}, ${countText(point, goal, locale, withPeriod)}`;
  return html`${shown} (${formatIntervalIn(point.ciLow, point.ciHigh, goal.unit, locale)}),
  ${countText(point, goal, locale, withPeriod)}`;
}

/** Sick leave and measured indicators are compared with the same months a year earlier, not a round. */
const sameLastYear = (goal: ReportGoal) => goal.measuredOn === 'sick-leave' || goal.measuredOn === 'measured';

/**
 * "n = 120"; sick leave: "297 ansatte"; a measured indicator "n = 40" (the persons behind it); the
 * last two with the period when asked ("2026 (jan.–okt.)": a year so far).
 */
function countText(point: ReportPoint, goal: ReportGoal, locale: Locale, withPeriod = false): string {
  const w = translator(reportDocumentMessages, locale);
  const period = withPeriod ? `, ${point.roundTitle[locale]}` : '';
  const count =
    goal.measuredOn === 'sick-leave'
      ? `${w('reportDocument.employees', { count: point.n ?? 0 })}${period}`
      : goal.measuredOn === 'measured'
        ? `n = ${point.n}${period}`
        : `n = ${point.n}`;
  if (!point.asOf) return count;
  return `${count} (${w('reportDocument.asOf', { date: formatDateIn(point.asOf, locale) })})`;
}

function unitTally(tally: NonNullable<ReportGoal['units']>, w: Words): SafeHtml {
  const { met, notMet, uncertain, hidden, noData } = tally;
  const total = met + notMet.length + uncertain + hidden + noData;
  return html`<p>
    ${w('reportDocument.unitsMeeting', { met, total, kind: tally.kind })}
    ${notMet.length ? html`${w('reportDocument.notMetAt')}: ${notMet.join(', ')}.` : ''}
    ${w('reportDocument.unitsHiddenOrMissing', { hidden, noData, uncertain })}
    ${tally.readersUnitsOnly ? w('reportDocument.readersUnitsOnly') : ''}
  </p>`;
}

function trendChart(goal: ReportGoal, locale: Locale, w: Words): SafeHtml {
  const target = partsOf(goal.rule).find((p) => p.type === 'threshold')?.target ?? null;
  return trendChartSvg(
    goal.trend.map((p) => ({
      // Survey rounds are yearly; sick-leave periods may be quarters and measured ones school
      // years, so they go by their names.
      label: sameLastYear(goal) ? p.roundTitle[locale] : String(p.year),
      value: p.value ?? null,
      ciLow: p.ciLow ?? null,
      ciHigh: p.ciHigh ?? null,
      n: p.n ?? null,
      hidden: p.status === 'hidden',
      asOf: p.asOf,
    })),
    { unit: goal.unit, target, title: `${w('reportDocument.trend')}: ${goal.title[locale]}`, locale },
  );
}

function actionsTable(goal: ReportGoal, w: Words): SafeHtml {
  const local = goal.actionsDecidedLocally ? html`<p>${w('reportDocument.actionsLocal')}</p>` : '';
  if (goal.actions.length === 0)
    return html`${local}${local ? '' : html`<p>${w('reportDocument.noActions')}</p>`}`;
  return html`${local}
    <table class="actions">
      <thead>
        <tr>
          <th scope="col">${w('reportDocument.what')}</th>
          <th scope="col">${w('reportDocument.where')}</th>
          <th scope="col">${w('reportDocument.responsible')}</th>
          <th scope="col">${w('reportDocument.due')}</th>
          <th scope="col">${w('reportDocument.status')}</th>
        </tr>
      </thead>
      <tbody>
        ${goal.actions.map(
          (a) =>
            html`<tr>
              <th scope="row">${a.what}</th>
              <td>${a.where ?? w('reportDocument.wholeScope')}</td>
              <td>${a.responsible}</td>
              <td>${a.dueOn ?? '–'}</td>
              <td>
                ${w(`reportDocument.actionStatus.${a.status}`)}${a.note ? html`<br /><small>${a.note}</small>` : ''}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function writtenText(
  text: string,
  w: Words,
  edit: { name: string; label: string; editing: ReportEditing } | undefined,
): SafeHtml {
  if (edit)
    return html`<label class="sr-only" for="${edit.name}">${edit.label}</label>
      <textarea id="${edit.name}" name="${edit.name}" form="${edit.editing.formId}" rows="5">
${text}</textarea>`;
  return text
    ? html`<div class="written">${text.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}</div>`
    : html`<p class="missing">${w('reportDocument.notWritten')}</p>`;
}
