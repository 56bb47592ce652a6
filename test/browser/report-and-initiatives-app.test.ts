import { wordsShown } from '../support/english-words';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Catalogue, InitiativeForm } from '../../server/use-cases/initiative-catalogue';
import type { ReportView } from '../../server/use-cases/follow-up-reports';
import { findInitiative } from '../../db/repositories/initiatives';
import { createContract, createGoal } from '../../db/repositories/goals';
import type * as App from '../../web/app/initiatives/initiative-types';
import type * as Report from '../../web/app/report/report-types';
import { anAssessment, anInitiative } from '../builders/initiatives';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
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

// The app mirrors the server's JSON types (it must not import the database layer): they must still fit.
type AsJson<T> = T extends Date
  ? string
  : T extends (infer Item)[]
    ? AsJson<Item>[]
    : T extends object
      ? { [K in keyof T]: AsJson<T[K]> }
      : T;
type Fits<Server, Mirror> = AsJson<Server> extends Mirror ? true : never;
export const _typesFit: [
  Fits<ReportView, Report.ReportView>,
  Fits<Catalogue, App.Catalogue>,
  Fits<Omit<InitiativeForm, 'survey'>, Omit<App.InitiativeForm, 'survey'>>,
] = [true, true, true];

/*
 * Issue 19: the follow-up report and the initiative catalogue are screens of the staff app. A
 * Danish consultant writes the report's texts, is refused adoption without the MED statement,
 * adopts, opens the PDF and the print version; adds an initiative with its assessment (refused
 * while a rating is missing), changes it, finds it beside another municipality's — by keyboard
 * where anything changes, axe and no English word on every screen. Then the report in Norwegian
 * on a phone.
 */
const BROWSER_TEST_MS = 180_000;
const kind = STORES[0]!; // One store: the integration tests run the APIs on both.
const year = new Date().getUTCFullYear();
const EVALUATION = 'Alle klasser har drøftet målingen; udskolingen kom sent i gang.';
const MED = 'Hoved-MED støtter redegørelsen og ønsker tid til trivselsarbejdet.';
/** Ratings in the instrument's order; 0 stands for "cannot assess" (the fifth choice). */
const RATINGS = [0, 2, 4, 3, 3, 4, 1];

/** The English words these screens could show: none may on a Danish or Norwegian screen. */
const ENGLISH = [
  'Save',
  'Adopt',
  'adopted',
  'Draft',
  'Download',
  'Printable',
  'Initiative',
  'Initiatives',
  'initiative',
  'Search',
  'Sector',
  'Municipality',
  'Title',
  'Description',
  'Contact',
  'contact',
  'Assessment',
  'Cannot assess',
  'cannot assess',
  'Not assessed',
  'Profile',
  'Loading',
  'Process evaluation',
  'statement',
  'Back',
  'Checksum',
  'found',
  'Works towards',
  'of 4',
  'Clear',
  'School',
  'Daycare',
  'Elderly',
  'Dimension',
  'Target',
  'Deadline',
  'Result',
  'Actions',
  'Year',
  'written',
  'changes',
  'Yes',
];
const englishOn = (page: Page) => wordsShown(page, ENGLISH);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe(`${kind.name}: the follow-up report and the initiative catalogue in the app`, () => {
  let store: TestStore;
  let nordby: BuiltOrganisation;
  let contractId: string;
  let goalId: string;
  let consultant: { email: string; password: string };
  const url = (path: string) => `${store.url}${path}`;

  beforeAll(async () => {
    store = await kind.start();
    nordby = await aMunicipality(store.db).named('Nordby Kommune').withClasses([1]).create();
    const sydby = await aMunicipality(store.db).named('Sydby Kommune').create();
    contractId = await createContract(store.db, {
      municipalityId: nordby.municipality.id,
      title: 'Kvalitetskontrakt for skoleområdet',
      periodStart: `${year - 1}-01-01`,
      periodEnd: `${year + 1}-12-31`,
    });
    goalId = await createGoal(store.db, {
      municipalityId: nordby.municipality.id,
      contractId,
      serviceArea: 'skole',
      title: { da: 'Trivsel over 90 %', nb: 'Trivsel over 90 %', en: 'Wellbeing above 90 %' },
      instrumentKey: 'pupil-wellbeing',
      indicatorKey: 'wellbeing',
      scopeUnitId: nordby.root.id,
      breakdownFilter: null,
      rule: { type: 'threshold', op: '>', target: 0.9 },
      deadline: `${year + 1}-12-31`,
      position: 0,
    });
    consultant = await aStaffUser(store.db, nordby.root, 'consultant');
    const sydbyConsultant = await logIn(store.url, await aStaffUser(store.db, sydby.root, 'consultant'));
    await anInitiative(sydby.school)
      .titled(
        'Makkerlæsning',
        'Ældre elever læser højt for de yngste; lærerne kalder det skolehaver for ord.',
      )
      .rated([2, 3, 3, 3, 0, 4, 2])
      .create(store.url, sydbyConsultant);
  });
  afterAll(() => store?.stop());

  async function logInAs(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(url('/login'));
    await page.fill('#email', consultant.email);
    await page.fill('#password', consultant.password);
    await Promise.all([page.waitForURL(/\/app/), page.click('button[type=submit]')]);
    return page;
  }

  /** Axe, no English word, a screenshot: what every Danish or Norwegian screen must pass. */
  async function checkScreen(page: Page, name: string) {
    expect([name, await seriousAxeViolations(page, name)]).toEqual([name, []]);
    expect([name, await englishOn(page)]).toEqual([name, []]);
    await screenshot(page, name);
  }

  const focusedIs = (page: Page, selector: string) =>
    waitUntilTrue(page, `!!document.activeElement?.matches(${JSON.stringify(selector)})`);

  const reportJson = async (page: Page, y = year) =>
    (await (
      await page.request.get(url(`/api/contracts/${contractId}/reports/${y}`))
    ).json()) as Report.ReportView;

  it(
    'when a Danish consultant writes, adopts and prints the report, then adds, changes and finds an initiative',
    async () => {
      const context = await browser.newContext(LAPTOP);
      context.setDefaultTimeout(30_000);
      const page = await logInAs(context);

      // From the contract's overview to this year's report.
      const landing = page.url();
      await page.getByRole('link', { name: /^Opfølgningsredegørelsen for \d{4}$/ }).click();
      await page.waitForURL(/\/app\/contracts\/[0-9a-f-]{36}\/report\/\d{4}$/);
      const fromOverview = page.url();
      await page
        .locator('.report-years')
        .getByRole('link', { name: String(year), exact: true })
        .click();
      await page.waitForURL(url(`/app/contracts/${contractId}/report/${year}`));
      await page.getByRole('heading', { name: `Opfølgningsredegørelse ${year}`, level: 1 }).waitFor();
      await page.getByText('Udkast – ikke vedtaget').waitFor();
      await page.locator(`#process-${goalId}`).waitFor();
      await checkScreen(page, 'report-draft-da-1280');

      // Adoption without the MED statement, by keyboard: refused, the field says why.
      await pressUntilFocused(page, page.locator('#adopt'), 'Tab', 60);
      await page.keyboard.press('Enter');
      await focusedIs(page, '.confirm');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await focusedIs(page, '#report-texts [role=alert]');
      expect(await page.locator('#medStatement-error').innerText()).toBe(
        'skriv MED-udvalgets udtalelse, før redegørelsen vedtages',
      );
      expect(await page.getAttribute('#medStatement', 'aria-invalid')).toBe('true');
      await checkScreen(page, 'report-refused-da-1280');
      expect((await reportJson(page)).status).toBe('draft');

      // The texts by keyboard, saved with Enter on the button.
      await pressUntilFocused(page, page.locator(`#process-${goalId}`), 'Tab', 40);
      await page.keyboard.type(EVALUATION);
      await pressUntilFocused(page, page.locator('#medStatement'), 'Tab', 40);
      await page.keyboard.type(MED);
      await page.locator('.unsaved').waitFor();
      await pressUntilFocused(page, page.locator('.report-save button'), 'Tab', 10);
      await page.keyboard.press('Enter');
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toBe('Teksterne er gemt.');
      const draft = await reportJson(page);
      expect(draft.report.medStatement).toBe(MED);
      expect(draft.report.areas[0]!.goals[0]!.processEvaluation).toBe(EVALUATION);
      await checkScreen(page, 'report-saved-da-1280');

      // Adoption by keyboard: "not yet" returns to the button; confirmed, it locks the report.
      await pressUntilFocused(page, page.locator('#adopt'), 'Tab', 20);
      await page.keyboard.press('Enter');
      await focusedIs(page, '.confirm');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await focusedIs(page, '#adopt');
      expect((await reportJson(page)).status).toBe('draft');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.confirm');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toBe(`Redegørelsen for ${year} er vedtaget og låst.`);
      await page.getByText(/^Vedtaget \d/).waitFor();
      expect(await page.locator('textarea').count()).toBe(0);
      expect(await page.locator('.hash code').innerText()).toMatch(/^[0-9a-f]{64}$/);
      expect(await page.locator('.report-document').innerText()).toContain(MED);
      const adopted = await reportJson(page);
      expect(adopted.status).toBe('adopted');
      expect(adopted.contentHash).toBe(await page.locator('.hash code').innerText());
      await checkScreen(page, 'report-adopted-da-1280');

      // The PDF and the print version are the server's document, in Danish.
      const pdfHref = await page.getByRole('link', { name: 'Hent som PDF' }).getAttribute('href');
      expect(pdfHref).toBe(`/dashboard/contracts/${contractId}/reports/${year}/pdf?lang=da`);
      const pdf = await page.request.get(url(pdfHref!));
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
      const printHref = await page.getByRole('link', { name: 'Udskriftsvenlig udgave' }).getAttribute('href');
      const print = await context.newPage();
      await print.goto(url(printHref!));
      await print.getByText(MED).waitFor();
      expect(await print.getAttribute('html', 'lang')).toBe('da');
      expect(await seriousAxeViolations(print, 'report print version')).toEqual([]);
      await screenshot(print, 'report-print-da');
      await print.close();

      // Back returns to the address before: the year the overview linked to, or the overview.
      const before = fromOverview === page.url() ? landing : fromOverview;
      await page.goBack();
      await waitUntilTrue(page, `location.href === ${JSON.stringify(before)}`);

      // The catalogue, from the header.
      await page.locator('header.top').getByRole('link', { name: 'Initiativer' }).click();
      await page.waitForURL(url('/app/initiatives'));
      await page.getByRole('heading', { name: 'Initiativkatalog', level: 1 }).waitFor();
      await page.locator('li.initiative').first().waitFor();
      await checkScreen(page, 'initiatives-da-1280');
      await page.getByRole('link', { name: 'Tilføj et initiativ' }).click();
      await page.waitForURL(url('/app/initiatives/new'));
      await page.locator('#initiative-sector').waitFor();
      await checkScreen(page, 'initiative-new-da-1280');

      // A new initiative by keyboard, one rating left out: refused, the question says so.
      await pressUntilFocused(page, page.locator('#initiative-sector'), 'Tab', 40);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await page.inputValue('#initiative-sector')).toBe('school');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Skolehaver i 4. klasse');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Eleverne dyrker grøntsager i skolehaver og bruger høsten i madkundskab.');
      await page.keyboard.press('Tab');
      for (let i = 0; i < 6 && (await page.inputValue('#initiative-unit')) !== nordby.school.id; i++)
        await page.keyboard.press('ArrowDown');
      expect(await page.inputValue('#initiative-unit')).toBe(nordby.school.id);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      for (const rating of RATINGS.slice(0, 6)) await rate(page, rating);
      await pressUntilFocused(page, page.locator('#assess-assessment_note'), 'Tab', 10);
      await page.keyboard.type('Målt med elevinterview.');
      await pressUntilFocused(page, page.locator('#initiative-form button[type=submit]'), 'Tab', 5);
      await page.keyboard.press('Enter');
      await focusedIs(page, '#initiative-form [role=alert]');
      expect(await page.locator('[data-question="sick_leave"] .field-error').innerText()).toBe(
        'vælg en vurdering eller “ved ikke”',
      );
      expect(page.url()).toBe(url('/app/initiatives/new'));
      await checkScreen(page, 'initiative-refused-da-1280');

      await pressUntilFocused(page, page.locator('input[name="assess-sick_leave"]').first(), 'Tab', 60);
      await page.keyboard.press('Space');
      await pressUntilFocused(page, page.locator('#initiative-form button[type=submit]'), 'Tab', 10);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/app\/initiatives\/[0-9a-f-]{36}$/);
      const id = page.url().split('/').pop()!;
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toBe('Initiativet er tilføjet kataloget.');
      expect(await findInitiative(store.db, id)).toMatchObject({
        sector: 'school',
        title: 'Skolehaver i 4. klasse',
        contactUnit: { id: nordby.school.id },
        goals: [{ id: goalId }],
        assessment: anAssessment(RATINGS, 'Målt med elevinterview.'),
      });
      // Its own screen shows the stored answers.
      expect(
        await page.locator('input[name="assess-employee_involvement"]:checked').getAttribute('value'),
      ).toBe('4');
      await checkScreen(page, 'initiative-added-da-1280');

      // A change by keyboard: the title, sent with Enter.
      await pressUntilFocused(page, page.locator('#initiative-title'), 'Tab', 40);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Skolehaver i 4. og 5. klasse');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.notice');
      await waitUntilTrue(page, `document.querySelector('.notice')?.innerText === 'Ændringerne er gemt.'`);
      expect(await findInitiative(store.db, id)).toMatchObject({
        title: 'Skolehaver i 4. og 5. klasse',
        assessment: anAssessment(RATINGS, 'Målt med elevinterview.'),
      });

      // Found by a word beside the other municipality's; the search is an address, Back undoes it.
      await page.getByRole('link', { name: 'Tilbage til initiativkataloget' }).click();
      await page.waitForURL(url('/app/initiatives'));
      await page.getByRole('searchbox', { name: 'Søgeord' }).fill('skolehaver');
      await page.keyboard.press('Enter');
      await page.waitForURL(url('/app/initiatives?q=skolehaver'));
      const results = page.locator('li.initiative');
      await waitUntilTrue(page, `document.querySelectorAll('li.initiative').length === 2`);
      expect(await results.locator('h3').allTextContents()).toEqual(
        expect.arrayContaining(['Skolehaver i 4. og 5. klasse', 'Makkerlæsning']),
      );
      const mine = results.filter({ hasText: 'Skolehaver i 4. og 5. klasse' });
      expect(await mine.locator('.meta').textContent()).toContain('Nordby Kommune');
      expect(await mine.locator('[data-dimension="employee_involvement"] dd').textContent()).toBe('4 af 4');
      expect(await mine.locator('[data-dimension="short_term_savings"] dd').textContent()).toBe('ved ikke');
      const school = page.locator('table.profile tr[data-dimension="employee_involvement"] td').nth(1);
      expect((await school.textContent())!.replace(/\s+/g, ' ').trim()).toBe('3,50 (1,00–4,00) n = 2');
      await checkScreen(page, 'initiatives-search-da-1280');

      // The other municipality's initiative is read, not edited.
      await results.getByRole('link', { name: 'Makkerlæsning' }).click();
      await page.getByRole('heading', { name: 'Makkerlæsning', level: 1 }).waitFor();
      await page.locator('dl.scores').waitFor();
      expect(await page.locator('#initiative-form').count()).toBe(0);
      await checkScreen(page, 'initiative-read-da-1280');
      await page.goBack();
      await waitUntilTrue(page, `location.href === ${JSON.stringify(url('/app/initiatives?q=skolehaver'))}`);
      await page.goBack();
      await waitUntilTrue(page, `location.href === ${JSON.stringify(url('/app/initiatives'))}`);
      await page.getByRole('heading', { name: 'Initiativkatalog', level: 1 }).waitFor();
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'when a Norwegian consultant writes and adopts last year’s report on a phone, then it is said in Norwegian and fits 390 px',
    async () => {
      const context = await browser.newContext({ ...PHONE, locale: 'nb-NO' });
      context.setDefaultTimeout(30_000);
      const page = await logInAs(context);
      const last = year - 1;
      await page.goto(url(`/app/contracts/${contractId}/report/${last}`));
      await page.getByRole('heading', { name: `Oppfølgingsrapport ${last}`, level: 1 }).waitFor();
      await page.getByText('Utkast – ikke vedtatt').waitFor();
      await page.getByRole('textbox', { name: 'Uttalelse fra de tillitsvalgte (MED-utvalget)' }).waitFor();
      await page.getByLabel(`Prosessevaluering: Trivsel over 90 %`).fill('Skolene kom godt i gang.');
      await page
        .getByRole('textbox', { name: 'Uttalelse fra de tillitsvalgte (MED-utvalget)' })
        .fill('MED-utvalget støtter rapporten.');
      await page.getByRole('button', { name: 'Lagre tekstene' }).click();
      await page.getByText('Tekstene er lagret.').waitFor();
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await checkScreen(page, 'report-draft-nb-390');
      await page.getByRole('button', { name: `Vedta rapporten for ${last}` }).click();
      await page.getByRole('button', { name: 'Ja, vedta den' }).click();
      await page.getByText(`Rapporten for ${last} er vedtatt og låst.`).waitFor();
      await page.getByText(/^Vedtatt \d/).waitFor();
      expect((await reportJson(page, last)).status).toBe('adopted');
      expect(await page.getByRole('link', { name: 'Last ned som PDF' }).getAttribute('href')).toBe(
        `/dashboard/contracts/${contractId}/reports/${last}/pdf?lang=nb`,
      );
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await checkScreen(page, 'report-adopted-nb-390');
      await context.close();
    },
    BROWSER_TEST_MS,
  );
});

/** One question's rating by keyboard: Tab into its group, Space picks the first, arrows move on. */
async function rate(page: Page, rating: number) {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  for (let i = 0; i < (rating === 0 ? 4 : rating - 1); i++) await page.keyboard.press('ArrowRight');
}
