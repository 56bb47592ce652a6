import { wordsShown } from '../support/english-words';
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { updateUnit } from '../../db/repositories/org-units';
import { parseConfig } from '../../main/config';
import { startMalbar, type Malbar } from '../../main/runtime';
import type { SickLeaveImportReport } from '../../server/use-cases/sick-leave-imports';
import type { NetworkIndicators } from '../../server/use-cases/network-indicators';
import type { NetworkView } from '../../server/use-cases/networks';
import type { BenchmarkImportReport, BenchmarkOverview } from '../../server/use-cases/benchmarks';
import type * as Mirror from '../../web/app/api/import-types';
import { aWideSheetWithoutDimension } from '../builders/hostile-files';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aSickLeaveFile } from '../builders/sick-leave-file';
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
import { REDIS_URL } from '../support/services';
import { deleteRedisPrefix, STORES, type TestStore } from '../support/stores';

// The app mirrors the server's JSON types (it must not import server/): they must still fit.
// A mapped type keeps arrays and tuples (a summary's periods are a pair) as they are.
type AsJson<T> = T extends Date ? string : T extends object ? { [K in keyof T]: AsJson<T[K]> } : T;
type Fits<Server, Mirror> = AsJson<Server> extends Mirror ? true : never;
export const _importTypesFit: [
  Fits<SickLeaveImportReport, Mirror.SickLeaveImportReport>,
  Fits<BenchmarkOverview, Mirror.BenchmarkOverview>,
  Fits<BenchmarkImportReport, Mirror.BenchmarkImportReport>,
  Fits<NetworkView, Mirror.NetworkAdminView>,
  Fits<NetworkIndicators, Mirror.NetworkIndicators>,
] = [true, true, true, true, true];

/*
 * The sick-leave import, the key figures and the learning network in the staff app, in Danish: a
 * payroll file with mistakes refused whole with its row report, the corrected file followed from
 * the queue to applied; key figures refused and imported; a network started, a municipality
 * invited, the invitation withdrawn and sent again, and accepted there — by keyboard, with axe and
 * no English on every screen. Then the import in Norwegian on a 390 px phone. Real Chromium, real
 * server and PostgreSQL; the worker is a process of its own, stopped to show an import waiting.
 */
const BROWSER_TEST_MS = 180_000;
const postgres = STORES.find((s) => s.name.startsWith('postgres'))!;

/** The English words these screens could show: none may be on a Danish or Norwegian screen. */
const ENGLISH = [
  'Import',
  'Imports',
  'Upload',
  'File',
  'Line',
  'Column',
  'Columns',
  'Waiting',
  'Applied',
  'Failed',
  'Queued',
  'records',
  'Benchmarks',
  'Network',
  'Invite',
  'Invited',
  'Members',
  'Member',
  'Source',
  'Vintage',
  'Year',
  'Average',
  'Municipality',
  'Municipalities',
  'Download',
  'Loading',
  'Remove',
  'Leave',
  'Accept',
  'Decline',
  'Withdraw',
  'Yes',
  'Required',
  'Headings',
  'Progress',
  'Hidden',
  'Show',
  'Your',
  'nothing',
  'problems',
  'Reading',
];
const englishOn = (page: Page) => wordsShown(page, ENGLISH);

const withMistakes = () =>
  aSickLeaveFile()
    .row('SKOLE', '2025-09', 420, 21.5, 14, 7.5, 20)
    .row('BØRNEHAVEN', '2025-09', 300, 12, null, null, 14)
    .row('BH-01', 'sept. 2025', 300, 320, null, null, 14);
const corrected = () =>
  aSickLeaveFile()
    .row('SKOLE', '2025-09', 420, 21.5, 14, 7.5, 20)
    .row('BH-01', 'sept. 2025', 300, 12, null, null, 14);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe(`${postgres.name}: imports and the network in the app`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let other: BuiltOrganisation;
  let admin: { email: string; password: string };
  let otherAdmin: { email: string; password: string };
  let worker: Malbar | null = null;
  const workerPrefix = `malbar-test-${randomBytes(6).toString('hex')}`;
  const url = (path: string) => `${store.url}${path}`;

  /** A worker of its own (the server's queue is down): started, it sweeps up the queued imports. */
  const startWorker = async () => {
    const config = parseConfig({
      DATABASE_URL: (store.config.database as { url: string }).url,
      REDIS_URL,
      REDIS_PREFIX: workerPrefix,
      SWEEP_INTERVAL_MS: '200',
    });
    worker = await startMalbar(config, 'worker');
  };
  const stopWorker = async () => {
    await worker?.stop();
    worker = null;
  };

  beforeAll(async () => {
    // Nothing listens on this port: uploads stay queued until this test's worker sweeps them up.
    store = await postgres.start({ REDIS_URL: 'redis://127.0.0.1:6390' });
    org = await aMunicipality(store.db).named('Nordby Kommune').withClasses([1]).create();
    other = await aMunicipality(store.db).named('Vestby Kommune').withClasses([]).create();
    await updateUnit(store.db, org.school.id, { code: 'SKOLE' });
    await updateUnit(store.db, org.daycare.id, { code: 'BH-01' });
    admin = await aStaffUser(store.db, org.root, 'admin');
    otherAdmin = await aStaffUser(store.db, other.root, 'admin');
    await startWorker();
  });
  afterAll(async () => {
    await stopWorker();
    await store?.stop();
    await deleteRedisPrefix(workerPrefix);
  });

  async function logIn(context: BrowserContext, user: { email: string; password: string }): Promise<Page> {
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    await page.goto(url('/login'));
    await page.fill('#email', user.email);
    await page.fill('#password', user.password);
    await Promise.all([page.waitForURL(/\/app/), page.click('button[type=submit]')]);
    return page;
  }

  /** Axe, no English word, a screenshot: what every Danish screen must pass. */
  async function checkScreen(page: Page, name: string) {
    expect([name, await seriousAxeViolations(page, name)]).toEqual([name, []]);
    expect([name, await englishOn(page)]).toEqual([name, []]);
    await screenshot(page, name);
  }

  const focusedIs = (page: Page, selector: string) =>
    waitUntilTrue(page, `!!document.activeElement?.matches(${JSON.stringify(selector)})`, 20_000);

  const cells = async (page: Page, selector: string) => {
    const rows = page.locator(selector);
    const texts: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++)
      texts.push((await rows.nth(i).locator('td').allInnerTexts()).map((t) => t.trim()));
    return texts;
  };

  /** By keyboard: Tab to the file field, choose the file, Tab to the button, Enter. */
  async function uploadByKeyboard(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') {
    const input = page.locator('#sick-leave-file');
    await pressUntilFocused(page, input, 'Tab', 60);
    await input.setInputFiles({ name, mimeType, buffer });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  }

  it(
    'when a Danish administrator imports sick leave, key figures and starts a network, then every screen is Danish and each result is focused',
    async () => {
      const context = await browser.newContext(LAPTOP);
      const page = await logIn(context, admin);

      // Sick leave: from the figures to the import beside them.
      await page.getByRole('link', { name: 'Sygefravær', exact: true }).click();
      await page.getByRole('link', { name: 'Indlæs sygefravær' }).click();
      await page.waitForURL(url('/app/sick-leave/import'));
      await page.getByRole('heading', { name: 'Indlæs sygefravær', level: 1 }).waitFor();
      await page.getByText('Der er ikke indlæst nogen fil endnu.').waitFor();
      await checkScreen(page, 'sick-leave-import-da-1280');

      // A file with two wrong rows: refused whole, the rows named by line and column.
      await uploadByKeyboard(page, 'løn-september.csv', Buffer.from(withMistakes().csv()));
      await focusedIs(page, '#import-result [role=alert]');
      expect(page.url()).toMatch(/\/app\/sick-leave\/import\?import=[0-9a-f-]{36}$/);
      expect(await page.locator('#import-result [role=alert]').innerText()).toBe(
        'Filen har 2 fejl. Intet er indlæst: ret rækkerne nedenfor i filen, og send den igen.',
      );
      expect(await cells(page, 'table.import-errors tbody tr')).toEqual([
        ['3', 'enhed', 'ingen enhed har koden »BØRNEHAVEN«'],
        ['4', 'sygedage', '320 sygedage, flere end de 300 mulige'],
      ]);
      const refusedAddress = page.url();
      await checkScreen(page, 'sick-leave-import-refused-da-1280');

      // The corrected file, with the worker away: it waits, with its progress, then is applied.
      await stopWorker();
      await uploadByKeyboard(page, 'løn-september-rettet.csv', Buffer.from(corrected().csv()));
      await page.waitForURL((u) => u.href !== refusedAddress && u.searchParams.has('import'));
      await page.locator('#import-progress').waitFor();
      expect(await page.locator('#import-state').innerText()).toBe('Venter på, at indlæsningen går i gang.');
      await checkScreen(page, 'sick-leave-import-waiting-da-1280');
      await startWorker();
      await focusedIs(page, '#import-result [role=status]');
      expect(await page.locator('#import-state').innerText()).toBe(
        'Indlæst: 2 poster for 2 enheder, 2025-09 (alle nye).',
      );
      expect(await page.locator('#import-progress').count()).toBe(0);
      await waitUntilTrue(
        page,
        `document.querySelectorAll('table.sick-leave-imports tbody tr').length === 2`,
      );
      expect((await cells(page, 'table.sick-leave-imports tbody tr')).map((c) => c.slice(1, 4))).toEqual([
        ['løn-september-rettet.csv', 'Test Person', 'Indlæst'],
        ['løn-september.csv', 'Test Person', 'Afvist'],
      ]);
      await checkScreen(page, 'sick-leave-import-applied-da-1280');
      // Back returns to the refused import's report, from its own address.
      await page.goBack();
      await page.locator('#import-result [role=alert]').waitFor();
      expect(page.url()).toBe(refusedAddress);

      // Key figures: a file with a wrong heading is refused whole; the fixed one is imported.
      await page.getByRole('link', { name: 'Nøgletal' }).click();
      await page.waitForURL(url('/app/benchmarks'));
      await page.getByText('Der er ikke indlæst nøgletal endnu.').waitFor();
      await checkScreen(page, 'benchmarks-da-1280');
      await pressUntilFocused(page, page.locator('#benchmark-source'), 'Tab', 60);
      await page.keyboard.type('Eget udtræk');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2025');
      await pressUntilFocused(page, page.locator('#benchmark-csv'), 'Tab', 5);
      await page.keyboard.type('kommune;gruppe2;indikator;år;verdi\nOslo;Peers;wellbeing;2025;5');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.import-report [role=alert]');
      expect(await page.locator('.import-report [role=alert] h3').innerText()).toBe('Filen har 2 fejl');
      expect(await cells(page, 'table.import-errors tbody tr')).toEqual([
        ['1', 'gruppe2', 'ukendt kolonne'],
        ['1', 'comparison_group', 'kolonnen mangler'],
      ]);
      await checkScreen(page, 'benchmarks-refused-da-1280');
      await page.fill(
        '#benchmark-csv',
        'kommune;sammenligningsgruppe;indikator;år;verdi\nOslo;Peers;wellbeing;2025;5,5',
      );
      await page.locator('#benchmark-csv').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.benchmark-import [role=status]');
      expect(await page.locator('.benchmark-import [role=status]').innerText()).toBe('Indlæst: 1 tal.');
      await page.locator('table.benchmark-averages tbody tr').waitFor();
      expect(await cells(page, 'table.benchmark-averages tbody tr')).toEqual([
        ['wellbeing', 'Peers', '2025', '5,5', '1', 'Eget udtræk', '2025'],
      ]);
      await checkScreen(page, 'benchmarks-imported-da-1280');

      // The network: started and a municipality invited, by keyboard.
      await page.getByRole('link', { name: 'Administration' }).click();
      await page.getByRole('link', { name: 'Netværk' }).last().click();
      await page.waitForURL(url('/app/admin/networks'));
      await page.getByText('Jeres kommune er ikke med i et netværk.').waitFor();
      await checkScreen(page, 'networks-none-da-1280');
      await pressUntilFocused(page, page.locator('#start-network-value'), 'Tab', 60);
      await page.keyboard.type('Læringsnetværk Syd');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toBe(
        'Netværket Læringsnetværk Syd er startet. Invitér nu de andre kommuner.',
      );
      await pressUntilFocused(page, page.locator('#invite-value'), 'Tab', 60);
      await page.keyboard.type('atlantis');
      await page.keyboard.press('Enter');
      await focusedIs(page, '[role=alert]');
      expect(await page.locator('#network-refused').innerText()).toBe('Ikke gemt: ret feltet nedenfor.');
      expect(await page.locator('#invite-value-error').innerText()).toBe('ingen kommune har dette kortnavn');
      expect(await page.getAttribute('#invite-value', 'aria-invalid')).toBe('true');
      await checkScreen(page, 'networks-refused-da-1280');
      await page.fill('#invite-value', '');
      await pressUntilFocused(page, page.locator('#invite-value'), 'Tab', 60);
      await page.keyboard.type('vestby-kommune');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.notice');
      await page.locator('tr[data-member="vestby-kommune"]').waitFor();
      expect(await cells(page, 'table.network-members tbody tr')).toEqual([
        ['Nordby Kommune', 'nordby-kommune', 'Medlem', 'Forlad netværket'],
        ['Vestby Kommune', 'vestby-kommune', 'Inviteret', 'Træk invitationen til Vestby Kommune tilbage'],
      ]);
      await checkScreen(page, 'networks-member-da-1280');
      // The invitation withdrawn by keyboard, then sent again.
      const withdraw = page.getByRole('button', { name: 'Træk invitationen til Vestby Kommune tilbage' });
      await pressUntilFocused(page, withdraw, 'Tab', 20);
      await page.keyboard.press('Enter');
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toBe('Vestby Kommune er ikke længere med.');
      await waitUntilTrue(page, `!document.querySelector('tr[data-member="vestby-kommune"]')`);
      await pressUntilFocused(page, page.locator('#invite-value'), 'Tab', 60);
      await page.keyboard.type('vestby-kommune');
      await page.keyboard.press('Enter');
      await page.locator('tr[data-member="vestby-kommune"]').waitFor();
      await context.close();

      // Vestby's administrator accepts by keyboard.
      const there = await browser.newContext(LAPTOP);
      const vestby = await logIn(there, otherAdmin);
      await vestby.goto(url('/app/admin/networks'));
      await vestby.getByText('Jeres kommune er inviteret til netværket Læringsnetværk Syd.').waitFor();
      await checkScreen(vestby, 'networks-invited-da-1280');
      await pressUntilFocused(vestby, vestby.getByRole('button', { name: 'Tak ja' }), 'Tab', 60);
      await vestby.keyboard.press('Enter');
      await focusedIs(vestby, '.notice');
      expect(await vestby.locator('.notice').innerText()).toBe('Jeres kommune er nu med i netværket.');

      // The comparison: two members, no data yet; the table is downloadable in Danish.
      await vestby.getByRole('link', { name: 'Sammenlign med netværket' }).click();
      await vestby.waitForURL(url('/app/network'));
      await vestby.getByRole('heading', { name: /Læringsnetværk Syd/, level: 1 }).waitFor();
      expect(await vestby.locator('p.lead').innerText()).toBe(
        '2 medlemskommuner. Andre medlemmers egne tal vises aldrig.',
      );
      await checkScreen(vestby, 'network-comparison-da-1280');
      const csv = await vestby.locator('p.exports a', { hasText: 'CSV' }).getAttribute('href');
      const download = await vestby.request.get(url(csv!));
      expect(download.status()).toBe(200);
      expect((await download.text()).split('\r\n')[0]).toContain('År;Jeres kommune;');
      await there.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'when a Norwegian administrator on a phone uploads a workbook too wide and then a file with a fault, then both are refused in Norwegian and the screen fits',
    async () => {
      const context = await browser.newContext({ ...PHONE, locale: 'nb-NO' });
      const page = await logIn(context, admin);
      await page.goto(url('/app/sick-leave/import'));
      await page.getByRole('heading', { name: 'Les inn sykefravær', level: 1 }).waitFor();
      await page.locator('table.sick-leave-imports').waitFor();
      // Wide tables scroll in their own box; nothing else reaches past the phone's edge.
      const wide = await page.evaluate(
        `[...document.querySelectorAll('body *')].filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > 391).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8)`,
      );
      expect(wide).toEqual([]);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      expect(await seriousAxeViolations(page, 'sick-leave-import-nb-390')).toEqual([]);
      expect(await englishOn(page)).toEqual([]);
      await screenshot(page, 'sick-leave-import-nb-390');

      // A workbook reaching column XFD is refused at once, before anything is kept.
      await page.locator('#sick-leave-file').setInputFiles({
        name: 'bred.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: aWideSheetWithoutDimension(30),
      });
      await page.getByRole('button', { name: 'Send og les inn' }).click();
      await focusedIs(page, '#sick-leave-upload [role=alert]');
      expect(await page.locator('#upload-state').innerText()).toBe(
        'Filen kan ikke leses inn. Ingenting er lagret.',
      );
      const problems = await page.locator('#upload-problems li').allInnerTexts();
      expect(problems.slice(0, 2)).toEqual([
        'rad 2: har en celle i kolonne XFD; høyst 200 kolonner',
        'rad 3: har en celle i kolonne XFD; høyst 200 kolonner',
      ]);
      expect(problems.at(-1)).toBe('De første 20 feilene vises; 10 til vises ikke.');
      expect(await page.getByRole('button', { name: 'Send og les inn' }).isEnabled()).toBe(true);

      // A CSV with a wrong period: its row report in Norwegian.
      const bad = aSickLeaveFile().row('SKOLE', 'høst 2025', 420, 21.5, null, null, 20);
      await page
        .locator('#sick-leave-file')
        .setInputFiles({ name: 'høst.csv', mimeType: 'text/csv', buffer: Buffer.from(bad.csv()) });
      await page.getByRole('button', { name: 'Send og les inn' }).click();
      await focusedIs(page, '#import-result [role=alert]');
      expect(await page.locator('#import-result [role=alert]').innerText()).toBe(
        'Filen har 1 feil. Ingenting er lest inn: rett radene nedenfor i filen, og send den igjen.',
      );
      expect(await cells(page, 'table.import-errors tbody tr')).toEqual([
        ['2', 'periode', '«høst 2025» er ikke en måned eller et kvartal; skriv f.eks. 2025-03 eller 2025-Q1'],
      ]);
      expect(await seriousAxeViolations(page, 'sick-leave-import-refused-nb-390')).toEqual([]);
      expect(await englishOn(page)).toEqual([]);
      await screenshot(page, 'sick-leave-import-refused-nb-390');
      await context.close();
    },
    BROWSER_TEST_MS,
  );
});
