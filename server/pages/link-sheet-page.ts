import qrcode from 'qrcode-generator';
import { OPEN_LINKS_WITHHELD_TEXT } from '../../core/surveys/personal-links-only';
import type { LinkCard, LinkSheet } from '../use-cases/link-sheet';
import { escapeHtml, html, SafeHtml } from './html';
import { staffLayout } from './staff-layout';

/** Two columns by three rows on A4: a QR code of about 5 cm, large enough to scan from a desk. */
const CARDS_PER_PAGE = 6;

/** Cards are read by parents, pupils and relatives: in the municipality's language. */
const INSTRUCTION: Record<LinkSheet['cardLang'], string> = {
  da: 'Scan koden med telefonens kamera, eller skriv adressen',
  nb: 'Skann koden med kameraet på telefonen, eller skriv inn adressen',
};

// Only this page prints cards; a stylesheet, not a <style> element, so the CSP needs no exception.
const STYLE = html`<link rel="stylesheet" href="/assets/web/link-sheet.css" />`;

/** A4 sheets of QR-code cards, one per unit, to print and hand out. */
export function renderLinkSheetPage(sheet: LinkSheet, user: { name: string }): string {
  const title = sheet.round.title.en;
  const pages = chunk(sheet.cards, CARDS_PER_PAGE);
  return staffLayout({
    title: `QR codes · ${title}`,
    user,
    head: STYLE,
    body: html`<div class="screen-only">
        <p><a href="/app/rounds/${sheet.round.id}">← The round</a></p>
        <h1>QR codes: ${title}</h1>
        ${intro(sheet)} ${unitChoice(sheet)}
      </div>
      ${pages.map(
        (cards, i) =>
          html`<section class="sheet" aria-label="Sheet ${i + 1} of ${pages.length}">
            ${cards.map((card) => cardHtml(card, sheet))}
          </section>`,
      )}`,
  });
}

function intro(sheet: LinkSheet): SafeHtml {
  const scope = sheet.unit ? html` for ${sheet.unit.name}` : '';
  if (sheet.personalLinksOnly)
    return html`<p class="lead" data-withheld="personal-links-only">
      ${OPEN_LINKS_WITHHELD_TEXT['personal-links-only'].en} Personal links and e-mail invitations are made on
      <a href="/app/rounds/${sheet.round.id}">the round's page</a>.
    </p>`;
  if (sheet.cards.length === 0) return html`<p class="lead">This round has no links${scope}.</p>`;
  const count = sheet.cards.length === 1 ? '1 link' : `${sheet.cards.length} links`;
  return html`<p class="lead">
    ${count}${scope}, a card for each unit. Use your browser's print (Ctrl+P, or ⌘P on a Mac) on A4 paper:
    ${CARDS_PER_PAGE} cards a page; cut along the dashed lines.
  </p>`;
}

function unitChoice(sheet: LinkSheet): SafeHtml | string {
  const base = `/dashboard/rounds/${encodeURIComponent(sheet.round.id)}/sheet`;
  if (sheet.unit) return html`<p><a href="${base}">All links of the round</a></p>`;
  if (sheet.parents.length < 2) return '';
  return html`<nav class="units" aria-label="Print one unit">
    Print only:
    ${sheet.parents.map((p) => html`<a href="${base}?unit=${encodeURIComponent(p.id)}">${p.name}</a>`)}
  </nav>`;
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
