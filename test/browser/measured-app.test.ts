import type { Browser, BrowserContext, Page } from 'playwright-core';
import { updateUnit } from '../../db/repositories/org-units';
import type { MeasuredFiguresTable } from '../../server/use-cases/measured-figures';
import type { MeasuredImportReport } from '../../server/use-cases/measured-imports';
import type * as App from '../../web/app/api/measured-types';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser } from '../builders/staff';
import {
  LAPTOP,
  launchChromium,
  logInThroughForm,
  PHONE,
  screenshot,
  seriousAxeViolations,
} from '../support/browser';
import { STORES, type TestStore } from '../support/stores';

// The app mirrors the server's JSON type (it must not import the database layer): it must still fit.
type Fits<Server, Mirror> = Server extends Mirror ? true : never;
export const _measuredTypesFit: [
  Fits<MeasuredFiguresTable, App.MeasuredFiguresView>,
  Fits<MeasuredImportReport, App.MeasuredImportReport>,
] = [true, true];

/*
 * Measured quality in the staff app, in Danish: a quality consultant adopts the library's
 * "qualified teachers' lessons" (a share per school year, hidden below 5 teachers), is refused an
 * indicator of her own at its fields, enters two classes' figures by hand (1.A with 3 teachers,
 * 6.A with 20) and sees 1.A hidden with no number while the school, their sum, is shown; then
 * last school year's file is imported and the change from last year appears. The figures page
 * again on a 390 px phone. Real Chromium, real server, PostgreSQL and the queue.
 */
const BROWSER_TEST_MS = 180_000;
const postgres = STORES.find((s) => s.name.startsWith('postgres'))!;
const KEY = 'qualified-teacher-lessons';
const TITLE = 'Andel timer læst af linjefagsuddannede lærere';
const FALLS = 'Fald på plejecentre pr. 1.000 beboerdøgn';

const LAST_YEAR_FILE = [
  'indicator;unit_code;period;numerator;denominator;persons',
  `${KEY};KL-1A;2023/24;28;40;3`,
  `${KEY};KL-6A;2023/24;80;100;19`,
].join('\r\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 120_000);
afterAll(() => browser?.close());

describe(`${postgres.name}: measured quality in the app`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let consultant: { email: string; password: string };

  beforeAll(async () => {
    store = await postgres.start();
    org = await aMunicipality(store.db).named('Nordby Kommune').withClasses([1, 6]).create();
    await updateUnit(store.db, org.classes.get(1)!.id, { code: 'KL-1A' });
    await updateUnit(store.db, org.classes.get(6)!.id, { code: 'KL-6A' });
    consultant = await aStaffUser(store.db, org.root, 'consultant');
  }, 120_000);
  afterAll(() => store?.stop());

  async function loggedIn(options: object, run: (page: Page, context: BrowserContext) => Promise<void>) {
    const context = await browser.newContext(options);
    context.setDefaultTimeout(30_000);
    try {
      const page = await context.newPage();
      await logInThroughForm(page, store.url, consultant);
      await run(page, context);
    } finally {
      await context.close();
    }
  }

  const row = (page: Page, unitName: string) =>
    page.locator('table.measured-table tbody tr', { has: page.locator('th', { hasText: unitName }) });

  it(
    'when the consultant adopts an indicator, enters two classes and imports last year, then the small class is hidden, the school shown, and the change appears',
    async () => {
      await loggedIn(LAPTOP, async (page) => {
        await page.getByRole('navigation').getByRole('link', { name: 'Målt kvalitet' }).click();
        await page.getByRole('heading', { level: 1, name: 'Målt kvalitet' }).waitFor();
        await page.getByText('Kommunen har ingen målte indikatorer endnu').waitFor();

        // Her own indicator, with the key and title wrong: refused at those fields, nothing made.
        await page.locator('#measured-key').fill('Ventetid!');
        await page.getByRole('button', { name: 'Opret indikatoren' }).click();
        await page.locator('#measured-key[aria-invalid=true]').waitFor();
        await expect(page.locator('#measured-key-error').textContent()).resolves.toBe('tjek feltet');
        await expect(page.locator('#measured-title-error').count()).resolves.toBe(1);
        expect(await seriousAxeViolations(page, 'the measured list, refused')).toEqual([]);

        await page.getByRole('button', { name: `Tag i brug: ${TITLE}` }).click();
        await page.locator('#measured-notice').waitFor();
        await expect(page.locator('#measured-notice').textContent()).resolves.toContain(TITLE);
        const adopted = page.locator(`table.measured-definitions tr[data-key="${KEY}"]`);
        await expect(adopted.textContent()).resolves.toContain('Skoleår');
        await expect(page.getByRole('button', { name: `Tag i brug: ${TITLE}` }).count()).resolves.toBe(0);
        await screenshot(page, 'measured-list-laptop');

        await adopted.getByRole('link', { name: TITLE }).click();
        await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
        await page.locator('#measured-no-data').waitFor();

        // Two classes by hand: 1.A has 3 teachers (below 5), 6.A 20. First more lessons by qualified
        // teachers than lessons in all: refused at that field, nothing stored.
        await enterRow(page, 0, {
          unit: org.classes.get(1)!.id,
          period: '2024/25',
          numerator: '50',
          denominator: '40',
          persons: '3',
        });
        await page.getByRole('button', { name: 'Gem tallene' }).click();
        await page.locator('#entry-0-numerator[aria-invalid=true]').waitFor();
        await expect(page.locator('#measured-entry [role=alert] li').allTextContents()).resolves.toEqual([
          'Række 1, Timer med kompetence: tjek feltet',
        ]);
        await expect(page.locator('#measured-no-data').count()).resolves.toBe(1);
        await page.locator('#entry-0-numerator').fill('30');
        await page.getByRole('button', { name: 'Endnu en række' }).click();
        await enterRow(page, 1, {
          unit: org.classes.get(6)!.id,
          period: '2024/25',
          numerator: '90',
          denominator: '100',
          persons: '20',
        });
        await page.getByRole('button', { name: 'Gem tallene' }).click();
        await expect(page.locator('#entry-saved').textContent()).resolves.toBe('2 tal er gemt.');
        await row(page, 'Testskolen').locator('td.figure').waitFor();

        // 1.A: hidden, no number at all. The school: (30 + 90) ÷ (40 + 100) = 85,7 %, 23 teachers.
        const small = row(page, '1.A').locator('td').first();
        await expect(small.getAttribute('class')).resolves.toBe('hidden-value');
        await expect(small.textContent()).resolves.toContain('Skjult: færre end 5 personer');
        expect(await small.textContent()).not.toMatch(/\d+,\d/);
        const school = row(page, 'Testskolen').locator('td').first();
        await expect(school.locator('.rate').textContent()).resolves.toBe('85,7 %');
        await expect(school.locator('.n').textContent()).resolves.toBe('n = 23 lærere');
        await expect(school.locator('.change').textContent()).resolves.toBe('Intet tal sidste år');
        await expect(page.locator('table.measured-table thead th').nth(1).textContent()).resolves.toBe(
          'skoleåret 2024/25',
        );
        // 6.A would give 1.A away (school − 6.A): it is hidden too.
        await expect(row(page, '6.A').locator('td.hidden-value').count()).resolves.toBe(1);
        expect(await seriousAxeViolations(page, 'the measured figures')).toEqual([]);
        await screenshot(page, 'measured-figures-laptop');

        // Last school year from a file.
        await page.getByRole('link', { name: 'Indlæs tal fra en fil' }).click();
        await page.getByRole('heading', { level: 1, name: 'Indlæs målte tal' }).waitFor();
        // First with a class code mistyped: the file is refused whole, with its row report.
        await page.locator('#sick-leave-file').setInputFiles({
          name: 'med-fejl.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(LAST_YEAR_FILE.replace('KL-6A', 'KL-9A'), 'utf8'),
        });
        await page.getByRole('button', { name: 'Send og indlæs' }).click();
        await page.locator('#import-result[data-status=failed]').waitFor();
        await expect(page.locator('#import-state').textContent()).resolves.toBe(
          'Filen blev afvist: 1 problem. Intet er gemt.',
        );
        const problem = await page.locator('table.import-errors tbody td').allTextContents();
        expect(problem.slice(0, 2)).toEqual(['3', 'unit_code']);
        expect(problem[2]).toContain('KL-9A');
        await screenshot(page, 'measured-import-refused-laptop');

        await page.locator('#sick-leave-file').setInputFiles({
          name: 'sidste-skoleaar.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(LAST_YEAR_FILE, 'utf8'),
        });
        await page.getByRole('button', { name: 'Send og indlæs' }).click();
        await page.locator('#import-result[data-status=applied]').waitFor();
        await expect(page.locator('#import-state').textContent()).resolves.toBe('Indlæst: 2 tal.');
        await expect(page.locator('tr[data-import] .status').first().textContent()).resolves.toBe('Indlæst');
        expect(await seriousAxeViolations(page, 'the measured import')).toEqual([]);
        await screenshot(page, 'measured-import-laptop');

        // Back at the figures: 2023/24 beside 2024/25, and the school's change in points.
        await page.goto(`${store.url}/app/measured/${KEY}`);
        await row(page, 'Testskolen').locator('td.figure').nth(1).waitFor();
        const heads = await page.locator('table.measured-table thead th').allTextContents();
        expect(heads.slice(1)).toEqual(['skoleåret 2023/24', 'skoleåret 2024/25']);
        // 2023/24: 108 ÷ 140 = 77,1 %; 85,7 − 77,1 = +8,6 points.
        const now = row(page, 'Testskolen').locator('td').nth(1);
        await expect(now.locator('.change').textContent()).resolves.toBe('+8,6 procentpoint fra sidste år');
        await screenshot(page, 'measured-figures-two-years-laptop');

        // The definition is corrected in place: a new Danish title is saved and shown; its period
        // cannot change now that it has figures, and the refusal says so at the field.
        await page.locator('#measured-change summary').click();
        await expect(page.locator('#measured-key').getAttribute('readonly')).resolves.not.toBeNull();
        await page.locator('#measured-title-da').fill('Linjefagsdækning');
        await page.getByRole('button', { name: 'Gem ændringerne' }).click();
        await page.locator('#measured-change-notice').waitFor();
        await expect(page.locator('#measured-change-notice').textContent()).resolves.toBe(
          '“Linjefagsdækning” er ændret.',
        );
        await page.getByRole('heading', { level: 1, name: 'Linjefagsdækning' }).waitFor();
        await page.locator('#measured-grain').selectOption('calendar-year');
        await page.getByRole('button', { name: 'Gem ændringerne' }).click();
        await page.locator('#measured-grain[aria-invalid=true]').waitFor();
        // The saved notice of the try before is gone: it no longer says what happened.
        await expect(page.locator('#measured-change-notice').count()).resolves.toBe(0);
        await expect(page.locator('#measured-grain-error').textContent()).resolves.toBe(
          'Indikatoren har tal: dens type, periode og skala kan ikke længere ændres.',
        );
        await screenshot(page, 'measured-definition-change-laptop');
        await page.goto(`${store.url}/app/measured/${KEY}`);
        await page.getByRole('heading', { level: 1, name: 'Linjefagsdækning' }).waitFor();

        // A monthly rate: falls per 1,000 resident days at the daycare, by month and by year so far.
        await page.goto(`${store.url}/app/measured`);
        await page.getByRole('button', { name: `Tag i brug: ${FALLS}` }).click();
        await page.locator('#measured-notice').waitFor();
        await page.getByRole('link', { name: FALLS }).click();
        await page.getByRole('heading', { level: 1, name: FALLS }).waitFor();
        await enterRow(page, 0, {
          unit: org.daycare.id,
          period: '2025-03',
          numerator: '3',
          denominator: '900',
          persons: '30',
        });
        await page.getByRole('button', { name: 'Gem tallene' }).click();
        // 3 ÷ 900 × 1,000 = 3,33 falls per 1,000 resident days.
        const daycare = row(page, 'Testbørnehaven').locator('td.figure .rate');
        await expect(daycare.textContent()).resolves.toBe('3,33 pr. 1.000 beboerdøgn');
        await expect(page.locator('table.measured-table thead th').nth(1).textContent()).resolves.toBe(
          'mar. 2025',
        );
        await page.getByRole('link', { name: 'År', exact: true }).click();
        await page.waitForURL(/period=year/);
        // Years: the latest five, 2025 cut at March (its last month with data).
        await page.locator('table.measured-table thead th', { hasText: 'indtil nu' }).waitFor();
        const years = await page.locator('table.measured-table thead th').allTextContents();
        expect(years.slice(1)).toEqual(['2021', '2022', '2023', '2024', '2025 (indtil nu)']);
        await expect(daycare.textContent()).resolves.toBe('3,33 pr. 1.000 beboerdøgn');
        expect(await seriousAxeViolations(page, 'a rate by years')).toEqual([]);
        await screenshot(page, 'measured-rate-years-laptop');
      });
    },
    BROWSER_TEST_MS,
  );

  it(
    'when the figures page is opened on a phone, then the table scrolls in its box and the page does not',
    async () => {
      await loggedIn(PHONE, async (page) => {
        await page.goto(`${store.url}/app/measured/${KEY}`);
        // Its Danish title as the test above corrected it; the English one is the library's.
        await page.getByRole('heading', { level: 1, name: 'Linjefagsdækning' }).waitFor();
        await row(page, 'Testskolen').locator('td.figure').first().waitFor();
        const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await seriousAxeViolations(page, 'the measured figures on a phone')).toEqual([]);
        await screenshot(page, 'measured-figures-phone');

        // In English the figure keeps its kind's words and the language's decimal point.
        await page.getByRole('button', { name: 'English' }).click();
        await page
          .getByRole('heading', { level: 1, name: 'Share of lessons taught by qualified teachers' })
          .waitFor();
        const school = row(page, 'Testskolen').locator('td').nth(1);
        await expect(school.locator('.rate').textContent()).resolves.toBe('85.7 %');
        await expect(school.locator('.n').textContent()).resolves.toBe('n = 23 teachers');
        await expect(page.locator('table.measured-table thead th').nth(2).textContent()).resolves.toBe(
          'school year 2024/25',
        );
      });
    },
    BROWSER_TEST_MS,
  );
});

async function enterRow(
  page: Page,
  i: number,
  values: { unit: string; period: string; numerator: string; denominator: string; persons: string },
) {
  await page.locator(`#entry-${i}-unitId`).selectOption(values.unit);
  await page.locator(`#entry-${i}-period`).fill(values.period);
  await page.locator(`#entry-${i}-numerator`).fill(values.numerator);
  await page.locator(`#entry-${i}-denominator`).fill(values.denominator);
  await page.locator(`#entry-${i}-persons`).fill(values.persons);
}
