import { wordsShown } from '../support/english-words';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { OrganisationView } from '../../server/use-cases/organisation-tree';
import type { ImportReport } from '../../server/use-cases/organisation-import';
import type * as Admin from '../../web/app/admin/admin-types';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser } from '../builders/staff';
import {
  LAPTOP,
  launchChromium,
  PHONE,
  pressUntilFocused,
  screenshot,
  seriousAxeViolations,
  waitUntilTrue,
} from '../support/browser';
import { STORES, type TestStore } from '../support/stores';

// The app mirrors the server's JSON types (it must not import server/): they must still fit.
type Fits<Server, Mirror> = Server extends Mirror ? true : never;
export const _organisationTypesFit: [
  Fits<OrganisationView, Admin.OrganisationTree>,
  Fits<ImportReport, Admin.OrganisationImportReport>,
] = [true, true];

/*
 * The organisation tree in the dashboard app, in Danish: a class added and corrected by keyboard,
 * an import previewed with a row at fault, then a good file imported — axe and no English on every
 * screen, at 1280 px and on a 390 px phone.
 */
const BROWSER_TEST_MS = 180_000;
const kind = STORES[0]!; // One store: the integration tests run the APIs on both.

/** The English words these screens could show: none may be on a Danish screen. */
const ENGLISH = [
  'Name',
  'Code',
  'Kind',
  'Grade',
  'Population',
  'Families',
  'Employees',
  'Edit',
  'Cancel',
  'Save',
  'Add',
  'unit',
  'units',
  'Import',
  'Preview',
  'Line',
  'Column',
  'Choose',
  'Download',
  'area',
  'group',
  'created',
  'updated',
  'unchanged',
  'must',
  'Loading',
];
const englishOn = (page: Page) => wordsShown(page, ENGLISH);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe(`${kind.name}: the organisation tree in the app`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let admin: { email: string; password: string };
  const url = (path: string) => `${store.url}${path}`;

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).named('Sydby Kommune').withClasses([1]).create();
    admin = await aStaffUser(store.db, org.root, 'admin');
  });
  afterAll(() => store?.stop());

  async function logInAsAdmin(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(url('/login'));
    await page.fill('#email', admin.email);
    await page.fill('#password', admin.password);
    await Promise.all([page.waitForURL(/\/app/), page.click('button[type=submit]')]);
    return page;
  }

  async function checkScreen(page: Page, name: string) {
    expect([name, await seriousAxeViolations(page, name)]).toEqual([name, []]);
    expect([name, await englishOn(page)]).toEqual([name, []]);
    await screenshot(page, name);
  }

  const focusedIs = (page: Page, selector: string) =>
    waitUntilTrue(page, `!!document.activeElement?.matches(${JSON.stringify(selector)})`);
  const unitItem = (page: Page, name: string) =>
    page.locator('.org-tree li', { has: page.locator(`.org-name:text-is("${name}")`) }).first();

  it(
    'when a Danish administrator adds a class, corrects it and imports a file, then the tree shows it all',
    async () => {
      const context = await browser.newContext(LAPTOP);
      const page = await logInAsAdmin(context);
      await page.goto(url('/dashboard/admin/organisation')); // an old bookmark lands in the app
      await page.waitForURL(url('/app/admin/organisation'));
      await page.getByRole('heading', { name: 'Organisationen', level: 1 }).waitFor();
      await unitItem(page, 'Testskolen').waitFor();
      expect(await page.locator('.admin-nav [aria-current=page]').innerText()).toBe('Organisationen');
      await checkScreen(page, 'admin-organisation-da-1280');

      // A class by keyboard: the parent chosen with the arrow keys, the fields typed, Enter sends.
      await pressUntilFocused(page, page.locator('#new-unit-parentId'), 'Tab', 120);
      for (let i = 0; i < 6 && (await page.inputValue('#new-unit-parentId')) !== org.school.id; i++)
        await page.keyboard.press('ArrowDown');
      expect(await page.inputValue('#new-unit-parentId')).toBe(org.school.id);
      await page.keyboard.press('Tab');
      await page.keyboard.type('3.B');
      await page.keyboard.press('Tab');
      await page.keyboard.type('TEST-3B');
      await page.keyboard.press('Tab');
      await page.keyboard.type('3');
      await page.keyboard.press('Tab');
      await page.keyboard.type('20');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toBe('3.B er tilføjet under Testskolen.');
      const added = unitItem(page, '3.B');
      await added.waitFor();
      expect(await added.innerText()).toMatch(/gruppe[\s\S]*TEST-3B[\s\S]*Klassetrin: 3[\s\S]*: 20/);

      // Its population corrected by keyboard: the edit link, then the form opens focused.
      await added.getByRole('link', { name: 'Ret 3.B' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/app\/admin\/organisation\?edit=[0-9a-f-]{36}$/);
      await focusedIs(page, 'form.unit-edit input[name=name]');
      await pressUntilFocused(page, page.locator('form.unit-edit input[name=population]'), 'Tab', 6);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('tyve');
      await page.keyboard.press('Enter');
      await focusedIs(page, 'form.unit-edit [role=alert]');
      expect(await page.locator('form.unit-edit .field-error').innerText()).toBe('skal være et helt tal');
      await checkScreen(page, 'admin-organisation-edit-refused-da-1280');
      await page.fill('form.unit-edit input[name=population]', '24');
      await page.focus('form.unit-edit input[name=population]');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toBe('3.B er gemt.');
      expect(page.url()).toBe(url('/app/admin/organisation'));
      await waitUntilTrue(page, `document.querySelector('.org-tree')?.innerText.includes(': 24')`);
      expect(await unitItem(page, '3.B').innerText()).toContain('Antal (elever, brugere): 24');

      // A file with a row at fault: the preview names its line, column and problem, in Danish.
      const bad = [
        'kode;navn;type;overordnet_kode;klassetrin;antal',
        'VEL;Velfærd;område;;;',
        'VEL-S;Vestskolen;institution;VEL;;',
        'VEL-1A;1.A;klasse;NOPE;1;20',
      ].join('\n');
      await page.fill('#org-csv', bad);
      await page.focus('#org-csv');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.import-report [role=alert]');
      expect(await page.locator('.import-report [role=alert]').innerText()).toContain('Filen har 1 fejl');
      const row = page.locator('table.import-errors tbody tr');
      expect(await row.count()).toBe(1);
      expect((await row.locator('td').allInnerTexts()).map((t) => t.trim())).toEqual([
        '4',
        'overordnet_kode',
        'ingen enhed har koden NOPE, hverken i filen eller i organisationen',
      ]);
      expect(await page.getByRole('button', { name: 'Indlæs filen' }).count()).toBe(0);
      await checkScreen(page, 'admin-organisation-import-errors-da-1280');

      // The corrected file, chosen as a file: the plan, then Import by keyboard.
      await page.setInputFiles('#org-file', {
        name: 'organisation.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(bad.replace('NOPE', 'VEL-S'), 'utf8'),
      });
      await waitUntilTrue(page, `document.querySelector('#org-csv').value.includes('VEL-S;1')`);
      await page.getByRole('button', { name: 'Vis hvad der ændres' }).click();
      await focusedIs(page, '.import-report .notice');
      expect(await page.locator('.import-report .notice').innerText()).toContain(
        '3 oprettes, 0 opdateres, 0 er uændrede',
      );
      expect(await page.locator('table.import-created tbody tr').count()).toBe(3);
      await checkScreen(page, 'admin-organisation-import-preview-da-1280');
      await page.getByRole('button', { name: 'Indlæs filen' }).focus();
      await page.keyboard.press('Enter');
      await focusedIs(page, '.org-import .notice');
      expect(await page.locator('.org-import .notice').innerText()).toBe(
        'Indlæst: 3 oprettet, 0 opdateret, 0 uændrede.',
      );
      await unitItem(page, 'Vestskolen').waitFor();
      expect(await unitItem(page, 'Vestskolen').innerText()).toContain('VEL-S');
      await checkScreen(page, 'admin-organisation-imported-da-1280');
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'when the tree is opened on a phone with a unit to edit in the address, then the form is there and fits',
    async () => {
      const context = await browser.newContext(PHONE);
      const page = await logInAsAdmin(context);
      await page.goto(url(`/app/admin/organisation?edit=${org.school.id}`));
      await focusedIs(page, 'form.unit-edit input[name=name]');
      expect(await page.inputValue('form.unit-edit input[name=name]')).toBe('Testskolen');
      const wide = await page.evaluate(
        `[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 391).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8)`,
      );
      expect(wide).toEqual([]);
      await checkScreen(page, 'admin-organisation-da-390');
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'when a Norwegian administrator previews a file with a fault on a phone, then the row report is in Norwegian',
    async () => {
      const context = await browser.newContext({ ...PHONE, locale: 'nb-NO' });
      const page = await logInAsAdmin(context);
      await page.goto(url('/app/admin/organisation'));
      await page.getByRole('heading', { name: 'Organisasjonen', level: 1 }).waitFor();
      await page.fill('#org-csv', 'kode;navn;type;overordnet_kode\nOPP;Oppvekst;skole;');
      await page.getByRole('button', { name: 'Vis hva som endres' }).click();
      await focusedIs(page, '.import-report [role=alert]');
      expect(await page.locator('.import-report [role=alert]').innerText()).toContain('Filen har 1 feil');
      expect(
        (await page.locator('table.import-errors tbody td').allInnerTexts()).map((t) => t.trim()),
      ).toEqual(['2', 'type', 'må være område, institusjon eller gruppe (klasse)']);
      expect(await seriousAxeViolations(page, 'admin-organisation-nb-390')).toEqual([]);
      expect(await englishOn(page)).toEqual([]);
      await screenshot(page, 'admin-organisation-nb-390');
      await context.close();
    },
    BROWSER_TEST_MS,
  );
});
