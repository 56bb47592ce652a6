import { execFileSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ServiceUnavailable } from '../../core/errors';
import { errorMiddleware } from '../../server/http/error-middleware';
import { trendChartSvg } from '../../server/pages/trend-chart';
import {
  chromiumLaunches,
  createPdfPrinter,
  pdfPrintsStarted,
  withBase,
  type PdfPrinter,
} from '../../server/reports/pdf-printer';
import { readPdfPages } from '../support/pdf-pages';

/*
 * The printer drives Debian's Chromium for real, and the PDFs are read back as a person reads them:
 * pdf.js renders each page to a PNG and finds the text on it.
 */

const CHROMIUM = '/usr/bin/chromium';
const A4 = { width: 595.28, height: 841.89 };

const CSS =
  'body { font: 11pt system-ui, sans-serif } table { border-collapse: collapse } td, th { border: 1px solid #777; padding: 3pt 6pt }';

/**
 * The app's static files, as far as printing needs them: one stylesheet. Held, it answers nobody
 * until `release()`, so a test can count the prints that are waiting for it at the same time.
 */
async function startAssets(opts: { held?: boolean } = {}) {
  const requests: string[] = [];
  const waiting: http.ServerResponse[] = [];
  let held = opts.held ?? false;
  const answer = (res: http.ServerResponse) => res.writeHead(200, { 'content-type': 'text/css' }).end(CSS);
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (held) waiting.push(res);
    else answer(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    waiting: () => waiting.length,
    release: () => {
      held = false;
      waiting.splice(0).forEach(answer);
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function waitUntil(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  for (const end = Date.now() + ms; !condition(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
  }
}

function reportHtml(extraHead = ''): string {
  const rows = Array.from(
    { length: 60 },
    (_, i) => `<tr><td>Skole ${i + 1}</td><td>Ærø Syd</td><td>${80 + (i % 10)},0 %</td></tr>`,
  );
  const chart = trendChartSvg(
    [
      { label: '2025', value: 0.81, ciLow: 0.76, ciHigh: 0.85, n: 212 },
      { label: '2026', value: 0.86, ciLow: 0.82, ciHigh: 0.9, n: 230 },
    ],
    { unit: 'share', target: 0.85, title: 'Elever der trives', locale: 'da' },
  );
  return `<!doctype html><html lang="da"><head><meta charset="utf-8">${extraHead}
<link rel="stylesheet" href="/assets/web/print.css"><title>Opfølgningsredegørelse</title></head><body>
<h1>Opfølgningsredegørelse 2026</h1><p>Trivsel på skolerne i Ærø, Søby og Årøsund: æøå ÆØÅ.</p>
${chart.value}
<table><thead><tr><th>Skole</th><th>Område</th><th>Andel</th></tr></thead><tbody>${rows.join('')}</tbody></table>
</body></html>`;
}

/** The Chromium processes this test process started (Playwright starts them as its children). */
const chromiumChildren = () =>
  execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes('chromium'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));

describe('PDF printer', () => {
  let printer: PdfPrinter;
  let assets: Awaited<ReturnType<typeof startAssets>>;
  const logged: string[] = [];
  beforeAll(async () => {
    assets = await startAssets();
    printer = createPdfPrinter({ chromiumPath: CHROMIUM, log: (m) => logged.push(m) });
  });
  afterAll(async () => {
    await printer?.close();
    await assets?.close();
  });

  it('when a report with a long table is printed, then it is A4 pages with its text, ink and numbered footers', async () => {
    const pdf = await printer.printHtml(reportHtml(), {
      baseUrl: assets.url,
      footer: 'Ærø Kommune · side {page} af {pages}',
    });
    const pages = await readPdfPages(pdf, { screenshotName: 'pdf-printer-report' });

    expect(pages.pageCount).toBeGreaterThanOrEqual(2);
    for (const size of pages.pageSizesPt) {
      expect(Math.abs(size.width - A4.width)).toBeLessThan(1);
      expect(Math.abs(size.height - A4.height)).toBeLessThan(1);
    }
    expect(pages.texts[0]).toContain('Opfølgningsredegørelse 2026');
    expect(pages.texts[0]).toContain('æøå ÆØÅ');
    expect(pages.texts[0]).toContain('Udgangspunkt'); // the inline SVG chart is there, as text
    pages.texts.forEach((text, i) => {
      const footer = `Ærø Kommune · side ${i + 1} af ${pages.pageCount}`;
      expect(text).toContain(footer);
      expect(text.replace(footer, '').trim()).toMatch(/Skole \d+/); // a table page, not just a footer
    });
    // A footer alone inks some 0.07 % of a page; twice that means the page drew more.
    pages.inkRatios.forEach((ink) => expect(ink).toBeGreaterThan(0.0014));
    expect(assets.requests).toContain('/assets/web/print.css');
  });

  it('when a document has its own <base> and @page size, then both win and the same Chromium prints it', async () => {
    await printer.printHtml('<p>Først</p>', { baseUrl: assets.url });
    const launched = chromiumLaunches();
    const script = `<script>document.addEventListener('DOMContentLoaded', () => document.body.append('SCRIPT RAN'))</script>`;
    const html = reportHtml(`<base href="${assets.url}/"><style>@page { size: A5 }</style>${script}`);
    const pdf = await printer.printHtml(html, { baseUrl: 'http://127.0.0.1:9/' });
    const pages = await readPdfPages(pdf, { screenshotName: 'pdf-printer-a5' });

    expect(chromiumLaunches()).toBe(launched);
    expect(pages.pageSizesPt[0]).toEqual({
      width: expect.closeTo(419.53, 0),
      height: expect.closeTo(595.28, 0),
    });
    expect(pages.texts[0]).toMatch(/1 \/ \d/); // no footer text: the page numbers alone
    expect(assets.requests.at(-1)).toBe('/assets/web/print.css');
    expect(pages.texts.join('')).not.toContain('SCRIPT RAN');
  });

  it('when three documents are printed at once, then two print at a time and the third waits', async () => {
    const held = await startAssets({ held: true });
    try {
      const prints = [1, 2, 3].map(() => printer.printHtml(reportHtml(), { baseUrl: held.url }));
      await waitUntil(() => held.waiting() === 2, 'two prints to load the stylesheet');
      // Ample time for a third page to ask for it too, had it not been queued.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(held.waiting()).toBe(2);

      held.release();
      const pdfs = await Promise.all(prints);
      expect(held.requests).toHaveLength(3);
      pdfs.forEach((pdf) => expect(pdf.subarray(0, 5).toString()).toBe('%PDF-'));
    } finally {
      held.release();
      await held.close();
    }
  });

  it('when two print and four wait, then a seventh is refused at once as busy, to try again in 5 s, and HTTP says 503 with Retry-After', async () => {
    const held = await startAssets({ held: true });
    try {
      const prints = Array.from({ length: 6 }, () => printer.printHtml(reportHtml(), { baseUrl: held.url }));
      await waitUntil(() => held.waiting() === 2, 'two prints to load the stylesheet');
      const printed = pdfPrintsStarted();
      const refused = printer.printHtml('<p>x</p>', { baseUrl: held.url });
      await expect(refused).rejects.toThrow(ServiceUnavailable);
      await expect(refused).rejects.toMatchObject({
        retryAfterSeconds: 5,
        message: expect.stringMatching(/busy/),
      });
      expect(pdfPrintsStarted()).toBe(printed);

      const app = express();
      app.get('/report.pdf', async (_req, res) => {
        res.send(await printer.printHtml('<p>x</p>', { baseUrl: held.url }));
      });
      app.use(errorMiddleware(() => {}));
      const server = app.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      try {
        const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/report.pdf`);
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('5');
      } finally {
        server.close();
      }

      held.release();
      const pdfs = await Promise.all(prints);
      pdfs.forEach((pdf) => expect(pdf.subarray(0, 5).toString()).toBe('%PDF-'));
    } finally {
      held.release();
      await held.close();
    }
  });

  it('when its Chromium was killed, then the next print starts a new one', async () => {
    await printer.printHtml('<p>Før</p>', { baseUrl: assets.url });
    const launched = chromiumLaunches();
    const [pid, ...others] = chromiumChildren();
    expect(others).toEqual([]);
    process.kill(pid!, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const pdf = await printer.printHtml('<h1>Igen</h1>', { baseUrl: assets.url });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(chromiumLaunches()).toBe(launched + 1);
    expect(logged).toContain('Chromium for PDF printing exited; the next print starts it again');
  });
});

describe('base URL of a printed document', () => {
  it.each([
    ['<html><head><title>R</title>', '<html><head><base href="http://h/"><title>R</title>'],
    [
      '<!doctype html><html lang="da"><body>',
      '<!doctype html><html lang="da"><head><base href="http://h/"></head><body>',
    ],
    ['<p>R</p>', '<base href="http://h/"><p>R</p>'],
    ['<head><base href="http://own/"></head>', '<head><base href="http://own/"></head>'],
    ['<header>R</header>', '<base href="http://h/"><header>R</header>'],
  ])('when the HTML is %s, then the base comes first in the head and an own base wins', (html, expected) => {
    expect(withBase(html, 'http://h/')).toBe(expected);
  });
});

describe('PDF printer without Chromium', () => {
  it('when Chromium is not at the configured path, then printing is a ServiceUnavailable that HTTP answers with 503', async () => {
    const printer = createPdfPrinter({ chromiumPath: '/nowhere/chromium' });
    const printing = printer.printHtml('<p>x</p>', { baseUrl: 'http://localhost/' });
    await expect(printing).rejects.toThrow(ServiceUnavailable);
    await expect(printing).rejects.toThrow(/\/nowhere\/chromium.*chromium package.*CHROMIUM_PATH/);

    const app = express();
    app.get('/report.pdf', async () => {
      await printer.printHtml('<p>x</p>', { baseUrl: 'http://localhost/' });
    });
    app.use(errorMiddleware(() => {}));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/report.pdf`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
    } finally {
      server.close();
    }
  });
});
