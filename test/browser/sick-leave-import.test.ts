import type { Browser, Page } from 'playwright-core';
import { updateUnit } from '../../db/repositories/org-units';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aWideSheetWithoutDimension } from '../builders/hostile-files';
import { aSickLeaveFile } from '../builders/sick-leave-file';
import { aStaffUser } from '../builders/staff';
import {
  LAPTOP,
  launchChromium,
  screenshot,
  seriousAxeViolations,
  logInThroughForm,
} from '../support/browser';
import { STORES, type TestStore } from '../support/stores';

/*
 * A quality consultant imports the month's sick leave from the payroll export: the first file has
 * mistakes, the page lists them by line and column, the corrected file is imported. Real Chromium,
 * real server, real PostgreSQL and the BullMQ worker.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 20_000);
afterAll(() => browser?.close());

/** One store is enough here: the import runs on both in the integration tests. */
const kind = STORES[0]!;
const slug = kind.name.replace(/\W+/g, '-');

const withMistakes = () =>
  aSickLeaveFile()
    .row('SKOLE', '2025-09', 420, 21.5, 14, 7.5, 20)
    .row('BØRNEHAVEN', '2025-09', 300, 12, null, null, 14)
    .row('BH-01', 'sept. 2025', 300, 320, null, null, 14);
const corrected = () =>
  aSickLeaveFile()
    .row('SKOLE', '2025-09', 420, 21.5, 14, 7.5, 20)
    .row('BH-01', 'sept. 2025', 300, 12, null, null, 14);

describe(`${kind.name}: importing sick leave in the browser`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let consultant: { email: string; password: string };

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).named('Nordby Kommune').withClasses([1]).create();
    await updateUnit(store.db, org.school.id, { code: 'SKOLE' });
    await updateUnit(store.db, org.daycare.id, { code: 'BH-01' });
    consultant = await aStaffUser(store.db, org.root, 'consultant');
  }, 30_000);
  afterAll(() => store?.stop());

  async function uploadFile(page: Page, name: string, csv: string) {
    await page
      .getByLabel('CSV or XLSX file from the HR or payroll system')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const before = new URL(page.url()).searchParams.get('import');
    await page.getByRole('button', { name: 'Upload and import' }).click();
    // The page uploads, follows the import until the worker is done, then opens its result.
    await page.waitForURL(
      (url) => url.searchParams.has('import') && url.searchParams.get('import') !== before,
    );
  }

  async function cellTexts(page: Page, rowSelector: string): Promise<string[][]> {
    const rows = page.locator(rowSelector);
    const texts: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++)
      texts.push((await rows.nth(i).locator('td').allTextContents()).map((t) => t.trim()));
    return texts;
  }

  it('when a consultant uploads a file with mistakes, then the page lists them by line and column; the corrected file is imported', async () => {
    const context = await browser.newContext(LAPTOP);
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      await logInThroughForm(page, store.url, consultant);
      await page.getByRole('link', { name: 'Sick leave' }).click();
      await page.waitForURL(`${store.url}/dashboard/sick-leave`);
      expect(await page.getByText('No file has been imported yet.').isVisible()).toBe(true);
      expect(await seriousAxeViolations(page, 'the sick-leave page')).toEqual([]);

      await uploadFile(page, 'løn-september.csv', withMistakes().csv());

      const alert = page.getByRole('alert');
      expect((await alert.textContent())!.replace(/\s+/g, ' ').trim()).toBe(
        'The file has 2 problems. Nothing has been imported: correct the rows below in the file and upload it again.',
      );
      expect(await cellTexts(page, 'table.import-errors tbody tr')).toEqual([
        ['3', 'enhed', 'no unit has the code "BØRNEHAVEN"'],
        ['4', 'sygedage', '320 sick days, more than the 300 planned'],
      ]);
      expect(await seriousAxeViolations(page, 'the report of a failed import')).toEqual([]);
      await screenshot(page, `${slug}-sick-leave-report`);

      await uploadFile(page, 'løn-september-rettet.csv', corrected().csv());

      expect((await page.locator('#import-state').textContent())!.replace(/\s+/g, ' ').trim()).toBe(
        'Imported: 2 records for 2 units, 2025-09 (all new).',
      );
      expect(await page.locator('table.import-errors').count()).toBe(0);
      const history = await cellTexts(page, 'table.sick-leave-imports tbody tr');
      expect(history.map((cells) => cells.slice(1, 4))).toEqual([
        ['løn-september-rettet.csv', 'Test Person', 'Applied'],
        ['løn-september.csv', 'Test Person', 'Failed'],
      ]);
      expect(await seriousAxeViolations(page, 'the result of an applied import')).toEqual([]);
      await screenshot(page, `${slug}-sick-leave-applied`);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('when a workbook reaches column XFD, then the upload is refused at once and the page lists the rows at fault', async () => {
    const context = await browser.newContext(LAPTOP);
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      await logInThroughForm(page, store.url, consultant);
      await page.goto(`${store.url}/dashboard/sick-leave`);

      await page.getByLabel('CSV or XLSX file from the HR or payroll system').setInputFiles({
        name: 'bred.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: aWideSheetWithoutDimension(30),
      });
      await page.getByRole('button', { name: 'Upload and import' }).click();

      await page.locator('#upload-problems').waitFor();
      expect(await page.locator('#upload-state').textContent()).toBe(
        'The file cannot be imported: its sheet reaches column XFD; at most 200 columns (A to GR).',
      );
      const problems = await page.locator('#upload-problems li').allTextContents();
      expect(problems.slice(0, 2)).toEqual([
        'row 2: has a cell in column XFD; at most 200 columns (A to GR)',
        'row 3: has a cell in column XFD; at most 200 columns (A to GR)',
      ]);
      expect(problems.at(-1)).toBe('… and 10 more');
      expect(await page.getByRole('button', { name: 'Upload and import' }).isEnabled()).toBe(true);
      expect(await seriousAxeViolations(page, 'a refused upload')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
