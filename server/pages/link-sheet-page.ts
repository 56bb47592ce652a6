import qrcode from 'qrcode-generator';
import { OPEN_LINKS_WITHHELD_TEXT } from '../../core/surveys/personal-links-only';
import type { LinkCard, LinkSheet } from '../use-cases/link-sheet';
import { escapeHtml, html, SafeHtml } from './html';
import type { Locale } from '../../core/indicators/indicator-definition';
import { translator } from '../../core/messages/message-catalogue';
import { pageMessages } from '../../core/messages/page-messages';

/** Two columns by three rows on A4: a QR code of about 5 cm, large enough to scan from a desk. */
const CARDS_PER_PAGE = 6;

/** Cards are read by parents, pupils and relatives: in the municipality's language. */
const INSTRUCTION: Record<LinkSheet['cardLang'], string> = {
  da: 'Scan koden med telefonens kamera, eller skriv adressen',
  nb: 'Skann koden med kameraet på telefonen, eller skriv inn adressen',
};

// Only this page prints cards; a stylesheet, not a <style> element, so the CSP needs no exception.
const STYLE = html`<link rel="stylesheet" href="/assets/web/link-sheet.css" />`;

/** A4 sheets of QR-code cards, one per unit, to print and hand out; the screen part in `locale`. */
export function renderLinkSheetPage(sheet: LinkSheet, locale: Locale): string {
  const t = translator(pageMessages, locale);
  const title = sheet.round.title[locale] || sheet.round.title.da;
  const pages = chunk(sheet.cards, CARDS_PER_PAGE);
  return html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${t('linkSheet.title', { round: title })} · Målbar</title>
        <link rel="stylesheet" href="/assets/web/staff.css" />
        ${STYLE}
      </head>
      <body>
        <main>
          <div class="screen-only">
            <p><a href="/app/rounds/${sheet.round.id}">${t('linkSheet.back')}</a></p>
            <h1>${t('linkSheet.title', { round: title })}</h1>
            ${intro(sheet, locale)} ${unitChoice(sheet, locale)}
          </div>
          ${pages.map((cards, i) => sheetHtml(cards, t('linkSheet.sheet', { page: i + 1, pages: pages.length }), sheet))}
        </main>
      </body>
    </html>`.value;
}

function intro(sheet: LinkSheet, locale: Locale): SafeHtml {
  const t = translator(pageMessages, locale);
  const unit = sheet.unit?.name ?? 'none';
  if (sheet.personalLinksOnly)
    return html`<p class="lead" data-withheld="personal-links-only">
      ${OPEN_LINKS_WITHHELD_TEXT['personal-links-only'][locale]}
      <a href="/app/rounds/${sheet.round.id}">${t('linkSheet.personalOnly')}</a>
    </p>`;
  if (sheet.cards.length === 0) return html`<p class="lead">${t('linkSheet.none', { unit })}</p>`;
  return html`<p class="lead">
    ${t('linkSheet.intro', { count: sheet.cards.length, unit, perPage: CARDS_PER_PAGE })}
  </p>`;
}

function unitChoice(sheet: LinkSheet, locale: Locale): SafeHtml | string {
  const t = translator(pageMessages, locale);
  const base = `/dashboard/rounds/${encodeURIComponent(sheet.round.id)}/sheet`;
  if (sheet.unit) return html`<p><a href="${base}?lang=${locale}">${t('linkSheet.all')}</a></p>`;
  if (sheet.parents.length < 2) return '';
  return html`<nav class="units" aria-label="${t('linkSheet.printOneLabel')}">
    ${t('linkSheet.printOne')}
    ${sheet.parents.map(
      (p) => html`<a href="${base}?unit=${encodeURIComponent(p.id)}&amp;lang=${locale}">${p.name}</a>`,
    )}
  </nav>`;
}

/** One printed A4 page of cards. */
function sheetHtml(cards: LinkCard[], label: string, sheet: LinkSheet): SafeHtml {
  // prettier-ignore
  return html`<section class="sheet" aria-label="${label}">${cards.map((card) => cardHtml(card, sheet))}</section>`;
}

function cardHtml(card: LinkCard, sheet: LinkSheet): SafeHtml {
  const roundTitle = sheet.round.title[sheet.cardLang] ?? sheet.round.title.en;
  return html`<article class="card" data-unit="${card.unitId}" lang="${sheet.cardLang}">
    <p class="round">${roundTitle}</p>
    <h2>${card.unitName}</h2>
    ${card.parentName === null ? '' : html`<p class="parent">${card.parentName}</p>`} ${qrSvg(card.url)}
    <p class="url">${card.url}</p>
    <p class="hint">${INSTRUCTION[sheet.cardLang]}</p>
  </article>`;
}

/**
 * The URL as a QR code: error correction M (15 % may be damaged or dirty), a quiet zone of four
 * modules as the standard asks, drawn as SVG so it prints sharp at any size.
 */
export function qrSvg(url: string): SafeHtml {
  const qr = qrcode(0, 'M');
  qr.addData(url);
  qr.make();
  const svg = qr.createSvgTag({ cellSize: 1, margin: 4, scalable: true });
  if (!svg.startsWith('<svg ')) throw new Error('qrcode-generator returned no <svg> element');
  const label = escapeHtml(`QR code for ${url}`);
  return new SafeHtml(
    `<svg class="qr" role="img" aria-label="${label}" shape-rendering="crispEdges" ${svg.slice(5)}`,
  );
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
