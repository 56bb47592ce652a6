import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from './browser';

/** What a PDF looks like page by page, as a reader sees it. */
export interface PdfPages {
  pageCount: number;
  /** In PostScript points: A4 is 595 × 842. */
  pageSizesPt: { width: number; height: number }[];
  /** Each page's text as pdf.js extracts it, lines ending in "\n". */
  texts: string[];
  /** test-output/screenshots/<name>-page-<i>.png, one per page, to look at. */
  pngs: string[];
  /** The share of a page's pixels that are not white: 0 means a blank page, which is a bug. */
  inkRatios: number[];
}

const SCREENSHOTS = path.join(__dirname, '../../test-output/screenshots');
const PDFJS = path.dirname(require.resolve('pdfjs-dist/package.json'));
/** A made-up origin served by page.route: pdf.js, the PDF and an empty page, no network. */
const ORIGIN = 'http://pdf-pages.test';
/** 1.5 × 72 dpi: sharp enough to read a 9 pt footer in the PNG. */
const SCALE = 1.5;

/** Runs in the page: renders every page onto a canvas and measures its ink and text. */
const READER = `async (scale) => {
  const pdfjs = await import('/pdfjs-dist/build/pdf.min.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs-dist/build/pdf.worker.min.mjs';
  const doc = await pdfjs.getDocument({
    url: '/document.pdf',
    standardFontDataUrl: '/pdfjs-dist/standard_fonts/',
    cMapUrl: '/pdfjs-dist/cmaps/',
    wasmUrl: '/pdfjs-dist/wasm/',
  }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const size = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale });
    const canvas = document.createElement('canvas');
    canvas.id = 'page-' + i;
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    canvas.style = 'display: block; margin: 8px; box-shadow: 0 0 4px #0006';
    document.body.append(canvas);
    await page.render({ canvas, viewport, background: '#ffffff' }).promise;
    const content = await page.getTextContent();
    const text = content.items.map((item) => (item.str ?? '') + (item.hasEOL ? '\\n' : '')).join('');
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let p = 0; p < pixels.length; p += 4) if (Math.min(pixels[p], pixels[p + 1], pixels[p + 2]) < 235) ink++;
    pages.push({ width: size.width, height: size.height, text, ink: ink / (pixels.length / 4) });
  }
  return pages;
}`;

interface PageReading {
  width: number;
  height: number;
  text: string;
  ink: number;
}

/**
 * Opens a PDF the way a person does, as pictures: pdf.js in Chromium renders each page onto a
 * canvas, which is saved as a PNG; the text comes from pdf.js too, so it is the text a PDF
 * viewer finds, not what we think we printed.
 */
export async function readPdfPages(pdf: Buffer, opts: { screenshotName?: string } = {}): Promise<PdfPages> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 960, height: 1300 } });
    await servePdfJs(context, pdf);
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    const pages = (await page.evaluate(`(${READER})(${SCALE})`)) as PageReading[];
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const pngs: string[] = [];
    for (let i = 1; i <= pages.length; i++) {
      const file = path.join(SCREENSHOTS, `${opts.screenshotName ?? 'pdf'}-page-${i}.png`);
      await page.locator(`#page-${i}`).screenshot({ path: file });
      pngs.push(file);
    }
    return {
      pageCount: pages.length,
      pageSizesPt: pages.map((p) => ({ width: p.width, height: p.height })),
      texts: pages.map((p) => p.text),
      pngs,
      inkRatios: pages.map((p) => p.ink),
    };
  } finally {
    await browser.close();
  }
}

/** The fake origin: an empty page, the PDF, and pdf.js's own files from node_modules. */
async function servePdfJs(context: BrowserContext, pdf: Buffer): Promise<void> {
  await context.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/') {
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><body style="background:#888">',
      });
    }
    if (url.pathname === '/document.pdf') return route.fulfill({ contentType: 'application/pdf', body: pdf });
    const file = path.join(PDFJS, decodeURIComponent(url.pathname.replace(/^\/pdfjs-dist\//, '')));
    if (!url.pathname.startsWith('/pdfjs-dist/') || !file.startsWith(PDFJS) || !fs.existsSync(file)) {
      return route.fulfill({ status: 404, body: 'not found' });
    }
    const contentType = file.endsWith('.mjs') ? 'text/javascript' : 'application/octet-stream';
    return route.fulfill({ contentType, body: fs.readFileSync(file) });
  });
}
