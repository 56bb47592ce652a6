import type { Locale } from '../../core/indicators/indicator-definition';
import type { ReportGoal } from '../../core/reports/follow-up-report';
import type { ReportView } from '../use-cases/follow-up-reports';
import type { PublicContract, PublicPage } from '../use-cases/public-page';
import { ruleTextIn } from '../../core/text/goal-rule-text';
import { HOW_TO_READ } from '../../core/text/how-to-read';
import { html, type SafeHtml } from './html';
import { awaitingLine, manyChangesText, renderReportDocument, resultLine } from './report-document';
import { languageSwitch, reportStylesheet } from './language-switch';
import { publicMessages } from '../../core/messages/public-messages';
import { formatDateIn } from '../../core/text/format-date';
import { reportDocumentMessages } from '../../core/messages/report-document-messages';
import { translator } from '../../core/messages/message-catalogue';
import { trendChartSvg } from './trend-chart';

/** The frame of the public pages: no login, the reader's language, readable on a phone. */
export function publicLayout(opts: {
  title: string;
  locale: Locale;
  switchBase: string;
  body: SafeHtml;
}): string {
  return html`<!doctype html>
    <html lang="${opts.locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${opts.title}</title>
        <link rel="stylesheet" href="/assets/web/staff.css" />
        ${reportStylesheet}
      </head>
      <body>
        <header class="top">
          <span class="brand">Målbar</span> ${languageSwitch(opts.switchBase, opts.locale)}
        </header>
        <main>${opts.body}</main>
      </body>
    </html>`.value;
}

export function renderPublicPage(page: PublicPage, locale: Locale): string {
  const p = translator(publicMessages, locale);
  const w = translator(reportDocumentMessages, locale);
  return publicLayout({
    title: p('public.heading', { municipality: page.municipality.name }),
    locale,
    switchBase: `/p/${page.municipality.slug}`,
    body: html`<div class="public report">
      <h1>${p('public.heading', { municipality: page.municipality.name })}</h1>
      <p>${p('public.intro')}</p>
      <section class="how-to-read">
        <h2>${w('reportDocument.howToRead')}</h2>
        <ul>
          ${HOW_TO_READ.map((key) => html`<li>${w(key)}</li>`)}
        </ul>
      </section>
      ${page.contracts.length === 0 ? html`<p>${p('public.noContracts')}</p>` : page.contracts.map((c) => contractSection(c, page, locale))}
    </div>`,
  });
}

function contractSection(c: PublicContract, page: PublicPage, locale: Locale): SafeHtml {
  const p = translator(publicMessages, locale);
  const w = translator(reportDocumentMessages, locale);
  const { contract } = c.live;
  const reportBase = `/p/${page.municipality.slug}/contracts/${contract.id}/reports`;
  const period = `${formatDateIn(contract.periodStart, locale)} – ${formatDateIn(contract.periodEnd, locale)}`;
  return html`<section class="contract">
    <h2>${contract.title}</h2>
    <p class="meta">${w('reportDocument.period')}: ${period}</p>
    ${manyChangesText(c.live, locale)}
    ${c.live.areas.map(
      (area) =>
        html`<section class="area">
          <h3>${area.name}</h3>
          ${area.aim ? html`<p class="aim"><strong>${w('reportDocument.aim')}:</strong> ${area.aim}</p>` : ''}
          ${area.goals.map((goal) => goalCard(goal, locale))}
        </section>`,
    )}
    <h3>${p('public.adoptedReports')}</h3>
    ${
      c.adopted.length === 0
        ? html`<p>${p('public.noAdoptedReports')}</p>`
        : html`<ul>
            ${c.adopted.map(
              (r) =>
                html`<li>
                  <a href="${reportBase}/${r.year}?lang=${locale}"
                    >${p('public.reportLink', { year: String(r.year) })}</a
                  >
                  (${w('reportDocument.adoptedOn', { date: formatDateIn(r.adoptedAt, locale) }).toLowerCase()})
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

function goalCard(goal: ReportGoal, locale: Locale): SafeHtml {
  const p = translator(publicMessages, locale);
  const w = translator(reportDocumentMessages, locale);
  const target = ruleTextIn(goal.rule, goal.unit, locale);
  const latest = [...goal.trend].reverse().find((t) => t.status !== 'no-data' || t.value !== undefined);
  return html`<article class="goal">
    <h4>${goal.title[locale]}</h4>
    <p class="meta">
      ${w('reportDocument.target')}: ${target} · ${w('reportDocument.scope')}: ${goal.scopeName}
    </p>
    ${
      latest
        ? resultLine(latest, goal, locale, {
            prefix: `${p('public.latest')} (${latest.roundTitle[locale]}):`,
            withBaseline: false,
          })
        : goal.awaitingRelease
          ? ''
          : html`<p>${p('public.notMeasured')}</p>`
    }
    ${awaitingLine(goal, locale)}
    ${
      goal.trend.length > 1
        ? html`<figure class="trend">
            ${trendChartSvg(
              goal.trend.map((t) => ({
                // A measured indicator's years may be school years: named as the report names them.
                label: goal.measuredOn === 'measured' ? t.roundTitle[locale] : String(t.year),
                value: t.value ?? null,
                ciLow: t.ciLow ?? null,
                ciHigh: t.ciHigh ?? null,
                n: t.n ?? null,
                hidden: t.status === 'hidden',
                asOf: t.asOf,
              })),
              {
                unit: goal.unit,
                target: goal.rule.type === 'threshold' ? goal.rule.target : null,
                title: `${w('reportDocument.trend')}: ${goal.title[locale]}`,
                locale,
              },
            )}
          </figure>`
        : ''
    }
  </article>`;
}

/** An adopted report on the public site, with its PDF. */
export function renderPublicReport(view: ReportView, locale: Locale): string {
  const p = translator(publicMessages, locale);
  const { municipality, contract, year } = view.report;
  const base = `/p/${municipality.slug}/contracts/${contract.id}/reports/${year}`;
  return publicLayout({
    title: `${contract.title} ${year}`,
    locale,
    switchBase: base,
    body: html`<p>
        <a href="/p/${municipality.slug}?lang=${locale}"
          >← ${p('public.back', { municipality: municipality.name })}</a
        >
      </p>
      <p><a href="${base}/pdf?lang=${locale}" download>${p('public.readPdf')}</a></p>
      ${renderReportDocument(view.report, locale, view)}`,
  });
}
