import fs from 'node:fs';
import path from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.join(__dirname, '../../test-output/screenshots');
const AXE = require.resolve('axe-core/axe.min.js');

/** A phone as a pupil holds it: 390 × 844 CSS pixels, touch, mobile layout. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  locale: 'da-DK',
};

/** A school or office laptop: no touch screen, used with a keyboard. */
export const LAPTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, locale: 'da-DK' };

/** Debian's Chromium; a missing browser fails the setup with a message (never a skip). */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
}

/**
 * Waits until `expression` is true in the page, asking through DevTools. page.waitForFunction
 * evaluates it inside the page, which Målbar's Content-Security-Policy (no eval) refuses.
 */
export async function waitUntilTrue(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Saves a full-page screenshot to test-output/screenshots/<name>.png and returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Runs axe-core on the page as it is now. Returns the serious and critical violations (the test
 * asserts there are none) and prints the others, so they are seen without failing the test.
 */
export async function seriousAxeViolations(page: Page, label: string): Promise<string[]> {
  // Evaluated through DevTools, not added as a <script>: Målbar's CSP allows no inline script.
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const results = (await page.evaluate('axe.run(document)')) as AxeResults;
  const describe = (v: Result) =>
    `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(' | ')})`;
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const others = results.violations.filter((v) => !serious.includes(v));
  if (others.length) console.log(`axe on ${label}, not serious:\n  ${others.map(describe).join('\n  ')}`);
  return serious.map(describe);
}

/**
 * Presses `key` (Tab or Shift+Tab) until `target` has the focus, as a keyboard user moves through
 * a form; fails after `max` presses.
 */
export async function pressUntilFocused(page: Page, target: Locator, key = 'Tab', max = 12): Promise<void> {
  const focused = target.and(page.locator(':focus'));
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if ((await focused.count()) === 1) return;
  }
  const now = await page
    .locator(':focus')
    .first()
    .evaluate((el) => el.outerHTML.slice(0, 200))
    .catch(() => 'nothing');
  throw new Error(`${max} × ${key} did not reach ${target}; the focus is on ${now}`);
}

/** Logs in through the login form, in whatever language it speaks, and lands in the app (/app). */
export async function logInThroughForm(
  page: Page,
  baseUrl: string,
  user: { email: string; password: string },
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#email').fill(user.email);
  await page.locator('#password').fill(user.password);
  await page.locator('form[action^="/login"] button[type=submit]').click();
  await page.waitForURL(`${baseUrl}/app`);
}
