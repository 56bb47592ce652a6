import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { ServiceUnavailable } from '../../core/errors';
import { escapeHtml } from '../pages/html';

/** Prints HTML documents to PDF. One per process; `close` on shutdown. */
export interface PdfPrinter {
  /**
   * `baseUrl` resolves relative links (stylesheets such as /assets/web/staff.css) unless the HTML
   * has its own `<base>`. `footer` is plain text at the foot of every page; `{page}` and `{pages}`
   * in it become the page number and count ("side {page} af {pages}"), else "1 / 3" follows it.
   */
  printHtml(html: string, opts: { baseUrl: string; footer?: string }): Promise<Buffer>;
  close(): Promise<void>;
}

export interface PdfPrinterOptions {
  chromiumPath: string;
  log?: (message: string, error?: unknown) => void;
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];
/** Each print holds a renderer of some 100 MB; more at once would starve a small server. */
const MAX_PRINTS_AT_ONCE = 2;
/**
 * Prints that may wait for a free renderer; one more is refused (503, try again shortly) rather
 * than queued without bound: a print takes about a second, so the last in line waits a few.
 */
const MAX_PRINTS_WAITING = 4;
const RETRY_AFTER_SECONDS = 5;
const LOAD_TIMEOUT_MS = 30_000;

let launches = 0;
let prints = 0;
/** Chromium launches by every printer of this process, so tests can see a browser being reused. */
export const chromiumLaunches = () => launches;
/** Prints started by every printer of this process, so tests can see a stored PDF served again. */
export const pdfPrintsStarted = () => prints;

/** Keeps one Chromium: launched on the first print, launched again after it died or was killed. */
export function createPdfPrinter(opts: PdfPrinterOptions): PdfPrinter {
  const log = opts.log ?? (() => {});
  const browsers = keepBrowser(opts.chromiumPath, log);
  const slot = slots(MAX_PRINTS_AT_ONCE, MAX_PRINTS_WAITING);
  return {
    printHtml: (html, printOpts) =>
      slot(() => {
        prints++;
        return printWithRetry(browsers.get, html, printOpts, log);
      }),
    close: browsers.close,
  };
}

/** A print that failed because Chromium died under it is tried once more with a new Chromium. */
async function printWithRetry(
  browser: () => Promise<Browser>,
  html: string,
  opts: { baseUrl: string; footer?: string },
  log: (message: string, error?: unknown) => void,
): Promise<Buffer> {
  const first = await browser();
  try {
    return await printOn(first, html, opts);
  } catch (error) {
    if (first.isConnected()) throw error;
    log('Chromium exited during a print; printing again with a new one', error);
    return printOn(await browser(), html, opts);
  }
}

/**
 * A fresh context per print, so that no cookies, storage or state pass from one report to the next.
 * Reports are static HTML: without script, text that a user typed into one cannot run as it prints.
 */
async function printOn(
  browser: Browser,
  html: string,
  opts: { baseUrl: string; footer?: string },
): Promise<Buffer> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(withBase(html, opts.baseUrl), { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      margin: { top: '18mm', bottom: '18mm', left: '18mm', right: '18mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(opts.footer ?? ''),
    });
  } finally {
    await context.close().catch(() => {});
  }
}

/** Puts `<base href>` first in the head, before any link it must resolve; an existing one wins. */
export function withBase(html: string, baseUrl: string): string {
  if (/<base\s[^>]*href=/i.test(html)) return html;
  const base = `<base href="${escapeHtml(baseUrl)}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head)
    return html.slice(0, head.index + head[0].length) + base + html.slice(head.index + head[0].length);
  const root = /<html(\s[^>]*)?>/i.exec(html);
  if (root)
    return (
      html.slice(0, root.index + root[0].length) +
      `<head>${base}</head>` +
      html.slice(root.index + root[0].length)
    );
  return base + html;
}

/** Chromium fills the spans of class pageNumber and totalPages; the template has no access to page CSS. */
function footerTemplate(footer: string): string {
  const numbers = /\{page\}/.test(footer) ? '' : ' {page} / {pages}';
  const text = escapeHtml(footer + numbers)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{pages}', '<span class="totalPages"></span>');
  return `<div style="width: 100%; box-sizing: border-box; padding: 0 18mm; font: 9pt system-ui, sans-serif; color: #4a5360; text-align: center">${text.trim()}</div>`;
}

function keepBrowser(chromiumPath: string, log: (message: string, error?: unknown) => void) {
  let current: Promise<Browser> | null = null;
  let closed = false;
  const get = async (): Promise<Browser> => {
    if (closed) throw new Error('the PDF printer was closed');
    // Closing on purpose is not the crash the disconnect log is about.
    const logUnlessClosed = (message: string) => closed || log(message);
    const pending = (current ??= launchChromium(chromiumPath, logUnlessClosed).catch((error: unknown) => {
      current = null;
      throw error;
    }));
    const browser = await pending;
    if (browser.isConnected()) return browser;
    if (current === pending) current = null;
    return get();
  };
  const close = async () => {
    closed = true;
    const closing = current;
    current = null;
    if (closing) await (await closing.catch(() => null))?.close();
  };
  return { get, close };
}

async function launchChromium(chromiumPath: string, log: (message: string) => void): Promise<Browser> {
  // Checked at each launch, not at start, so installing Chromium later needs no restart.
  if (!fs.existsSync(chromiumPath)) {
    throw new ServiceUnavailable(
      `Chromium is not at ${chromiumPath}, so PDFs cannot be printed: install Debian's chromium package or set CHROMIUM_PATH`,
    );
  }
  launches++;
  // Loaded on the first print: playwright-core costs seconds to load, and most processes never print.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ARGS });
  browser.on('disconnected', () => log('Chromium for PDF printing exited; the next print starts it again'));
  return browser;
}

/** Runs at most `max` tasks at once; up to `maxWaiting` others wait in order, more are refused. */
function slots(max: number, maxWaiting: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running < max) running++;
    else if (waiting.length >= maxWaiting)
      throw new ServiceUnavailable(
        'The PDF printer is busy with other reports; try again in a few seconds',
        RETRY_AFTER_SECONDS,
      );
    // The finishing task hands its slot straight to the next in line, so `running` stays right.
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
