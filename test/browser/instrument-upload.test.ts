import type { Browser, BrowserContext, Page } from 'playwright-core';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aLibraryIndicators, aLibrarySurvey } from '../builders/own-instrument';
import { aStaffUser } from '../builders/staff';
import {
  LAPTOP,
  launchChromium,
  logInThroughForm,
  PHONE,
  pressUntilFocused,
  screenshot,
  seriousAxeViolations,
  waitUntilTrue,
} from '../support/browser';
import { STORES, type TestStore } from '../support/stores';

/*
 * Bring your own instrument, in Danish: an administrator uploads a library users' survey.json and
 * an indicators.json whose scored question is misspelt; the check names the element and nothing is
 * stored. She fixes the text in the page, checks again, sees the survey in a phone-sized frame
 * marked as a preview, publishes it, and the round form offers it. The list again on a phone.
 * Real Chromium, real server and PostgreSQL.
 */
const BROWSER_TEST_MS = 180_000;
const postgres = STORES.find((s) => s.name.startsWith('postgres'))!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 120_000);
afterAll(() => browser?.close());

describe(`${postgres.name}: an administrator brings her own instrument in the app`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let admin: { email: string; password: string };

  beforeAll(async () => {
    store = await postgres.start();
    org = await aMunicipality(store.db).named('Sydby Kommune').withClasses([6]).create();
    admin = await aStaffUser(store.db, org.root, 'admin');
  }, 120_000);
  afterAll(() => store?.stop());

  async function loggedIn(options: object, run: (page: Page, context: BrowserContext) => Promise<void>) {
    const context = await browser.newContext(options);
    context.setDefaultTimeout(30_000);
    try {
      const page = await context.newPage();
      await logInThroughForm(page, store.url, admin);
      await run(page, context);
    } finally {
      await context.close();
    }
  }

  const file = (name: string, json: unknown) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(json, null, 2), 'utf8'),
  });

  it(
    'when her indicators score a question the survey lacks, then the check names it; fixed, previewed and published, the round form offers it',
    async () => {
      const right = aLibraryIndicators();
      const misspelt = {
        ...right,
        itemScores: { satisfaction: right.itemScores.satisfied },
        indicators: [
          { ...right.indicators[0]!, score: { itemSets: [['satisfaction']], minAnsweredShare: 1 } },
        ],
      };
      await loggedIn(LAPTOP, async (page) => {
        await page.getByRole('navigation').getByRole('link', { name: 'Spørgeskemaer' }).click();
        await page.getByRole('heading', { level: 1, name: 'Spørgeskemaer' }).waitFor();
        await page.getByRole('cell', { name: 'pupil-wellbeing' }).first().waitFor();

        // Starting from a built-in puts its two files in the texts, to add local questions to.
        await page.locator('#instrument-start-from').selectOption('pupil-wellbeing');
        await page.getByRole('button', { name: 'Hent definitionen' }).click();
        await waitUntilTrue(
          page,
          `document.querySelector('#instrument-indicators').value.includes('"key": "pupil-wellbeing"')`,
        );
        await expect(page.locator('#instrument-survey').inputValue()).resolves.toContain('"pages"');

        await page.locator('#instrument-survey-file').setInputFiles(file('survey.json', aLibrarySurvey()));
        await page.locator('#instrument-indicators-file').setInputFiles(file('indicators.json', misspelt));
        await expect(page.locator('#instrument-survey').inputValue()).resolves.toContain('"satisfied"');
        await page.getByRole('button', { name: 'Tjek' }).click();
        const problems = page.locator('.instrument-problems li');
        await problems.first().waitFor();
        await expect(problems.allTextContents()).resolves.toEqual([
          'indicators.json: itemScores.satisfaction: no question "satisfaction" in the survey',
        ]);
        await expect(page.locator('#instrument-indicators').getAttribute('aria-invalid')).resolves.toBe(
          'true',
        );
        expect(await seriousAxeViolations(page, 'the instruments page, refused')).toEqual([]);
        await screenshot(page, 'instrument-upload-refused-laptop');

        // The problem is a link to the text it is in; she fixes it there.
        await problems.first().getByRole('link').click();
        await expect(page.locator('#instrument-indicators:focus').count()).resolves.toBe(1);
        await page.locator('#instrument-indicators').fill(JSON.stringify(aLibraryIndicators(), null, 2));
        await pressUntilFocused(page, page.getByRole('button', { name: 'Tjek' }));
        await page.keyboard.press('Enter');

        const key = `${org.municipality.slug}--library-users`;
        await page.getByText(`offentliggør det som ${key} version 1`).waitFor();
        const frame = page.frameLocator('iframe.phone-frame');
        await frame.getByText('Forhåndsvisning – svarene gemmes ikke.').waitFor();
        await frame.getByText('Hvor tilfreds er du?').waitFor();
        const inside = page.locator('iframe.phone-frame').evaluate((el) => [el.clientWidth, el.clientHeight]);
        await expect(inside).resolves.toEqual([390, 844]);
        expect(await seriousAxeViolations(page, 'the instruments page, previewed')).toEqual([]);
        await screenshot(page, 'instrument-upload-preview-laptop');

        await page.getByRole('button', { name: 'Offentliggør' }).click();
        await page.getByText(`${key} version 1 er offentliggjort`).waitFor();
        await page.getByRole('cell', { name: key }).waitFor();
        await screenshot(page, 'instrument-upload-published-laptop');

        await page.getByRole('link', { name: 'Opret en runde med det' }).click();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        const chosen = page.locator('#round-survey option:checked');
        await expect(chosen.textContent()).resolves.toBe('Bibliotekets brugere');
        expect(await seriousAxeViolations(page, 'the round form with her instrument')).toEqual([]);
      });

      await loggedIn(PHONE, async (page) => {
        await page.goto(`${store.url}/app/instruments`);
        await page.getByRole('heading', { level: 1, name: 'Spørgeskemaer' }).waitFor();
        await page.getByRole('rowheader', { name: 'Bibliotekets brugere' }).waitFor();
        const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
        expect(overflow).toBe(0);
        expect(await seriousAxeViolations(page, 'the instruments page on a phone')).toEqual([]);
        await screenshot(page, 'instrument-upload-phone');

        // Her published instrument again, checked and previewed on the phone: the frame fits the screen.
        const key = `${org.municipality.slug}--library-users`;
        await page.locator('#instrument-start-from').selectOption(key);
        await page.getByRole('button', { name: 'Hent definitionen' }).click();
        // The definition arrives by fetch: wait for it rather than read the field at once.
        await waitUntilTrue(
          page,
          `document.querySelector('#instrument-indicators').value.includes(${JSON.stringify(`"key": "${key}"`)})`,
        );
        await page.getByRole('button', { name: 'Tjek' }).click();
        await page.getByText(`indholdet er det samme som ${key} version 1`).waitFor();
        await page.frameLocator('iframe.phone-frame').getByText('Hvor tilfreds er du?').waitFor();
        const wider = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
        expect(wider).toBe(0);
        expect(await seriousAxeViolations(page, 'the preview on a phone')).toEqual([]);
        await screenshot(page, 'instrument-upload-preview-phone');
      });
    },
    BROWSER_TEST_MS,
  );
});
