import { wordsShown } from '../support/english-words';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { GoalWithActions as ServerGoalWithActions } from '../../server/use-cases/goal-actions';
import type { ContractView } from '../../server/use-cases/contract-view';
import type * as App from '../../web/app/contracts/contract-types';
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
import { getJson } from '../support/http';
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
export const _contractTypesFit: [
  Fits<ContractView & { publicUrl: string }, App.ContractDetail>,
  Fits<ServerGoalWithActions & { goalId: string }, App.GoalWithActions>,
] = [true, true];

/*
 * Writing the quality contract in the app, in Danish: a consultant creates a contract, two
 * service areas with their aims, a goal on pupils' wellbeing (a level, for grades 1, 6 and 9) and
 * one on sick leave (falling and below the comparison group's average), an action and its status;
 * by keyboard where it changes something, with axe, no English word and a screenshot per screen.
 * A viewer reads the same screens without a single edit control; the goal page fits a phone.
 */
const BROWSER_TEST_MS = 180_000;
const kind = STORES[0]!; // One store: the integration tests run the APIs on both.

/** The English words these screens would use: none may show on a Danish screen. */
const ENGLISH = [
  'Contract',
  'Contracts',
  'Goal',
  'Goals',
  'Service area',
  'Save',
  'Create',
  'Add',
  'Edit',
  'Deadline',
  'Responsible',
  'Planned',
  'In progress',
  'Published',
  'published',
  'Action',
  'What',
  'Where',
  'Loading',
  'Period',
  'rising',
  'falling',
  'above',
  'below',
  'Measured',
  'Back',
  'Publish',
  'Follow-up',
  'aim',
  'the',
];
const englishOn = (page: Page) => wordsShown(page, ENGLISH, 'main');

const year = new Date().getUTCFullYear();
const WELLBEING = 'Over 90 % af eleverne i 1., 6. og 9. klasse udtrykker trivsel';
const SICK_LEAVE = 'Sygefraværet falder og ligger under gennemsnittet for sammenlignelige kommuner';
const ACTION = 'Klassemøder om trivsel i alle klasser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe(`${kind.name}: the quality contract in the app`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let consultant: { email: string; password: string };
  let viewer: { email: string; password: string };
  let cookie: string;
  const url = (path: string) => `${store.url}${path}`;
  let contractId = '';
  let wellbeingGoal = '';

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).named('Sydby Kommune').withClasses([1, 6, 9]).create();
    consultant = await aStaffUser(store.db, org.root, 'consultant');
    viewer = await aStaffUser(store.db, org.root, 'viewer');
    cookie = await logIn(store.url, consultant);
  });
  afterAll(() => store?.stop());

  async function logInAs(context: BrowserContext, user: { email: string; password: string }) {
    const page = await context.newPage();
    await page.goto(url('/login'));
    await page.fill('#email', user.email);
    await page.fill('#password', user.password);
    await Promise.all([page.waitForURL(/\/app/), page.click('button[type=submit]')]);
    return page;
  }

  /** Axe, no English word, a screenshot: what every Danish screen must pass. */
  async function checkScreen(page: Page, name: string) {
    await waitUntilTrue(page, `!document.querySelector('.loading')`);
    expect([name, await seriousAxeViolations(page, name)]).toEqual([name, []]);
    expect([name, await englishOn(page)]).toEqual([name, []]);
    await screenshot(page, name);
  }

  const focusedIs = (page: Page, selector: string) =>
    waitUntilTrue(page, `!!document.activeElement?.matches(${JSON.stringify(selector)})`);

  it(
    'when a Danish consultant writes a contract with areas, aims, two kinds of goal and an action, then each is stored as written and the contract is published',
    async () => {
      const context = await browser.newContext(LAPTOP);
      context.setDefaultTimeout(30_000);
      const page = await logInAs(context, consultant);
      await page.locator('header nav').getByRole('link', { name: 'Kontrakter' }).click();
      await page.waitForURL(url('/app/contracts'));
      await page.getByRole('heading', { name: 'Kvalitetskontrakter', level: 1 }).waitFor();
      await page.getByText('Der er ingen kontrakter endnu.').waitFor();
      await checkScreen(page, 'contracts-da-1280');

      // Refused: no title, no period — each field says what is wrong, in Danish.
      await page.getByRole('button', { name: 'Opret kontrakt' }).click();
      await focusedIs(page, '#new-contract [role=alert]');
      expect(await page.locator('#contract-title-error').innerText()).toBe('giv kontrakten en titel');
      expect(await page.locator('#contract-start-error').innerText()).toBe('skriv en dato');
      expect(await page.getAttribute('#contract-title', 'aria-invalid')).toBe('true');
      await checkScreen(page, 'contracts-refused-da-1280');

      // By keyboard: Tab to the title, type; the dates as a Danish keyboard types them; Enter sends.
      await pressUntilFocused(page, page.locator('#contract-title'), 'Tab', 40);
      await page.keyboard.type(`Kvalitetskontrakt ${year}-${year + 1}`);
      await page.keyboard.press('Tab');
      await page.keyboard.type(`0101${year}`);
      // (The second date is filled: a date field's year segment keeps Tab inside it in headless Chromium.)
      await page.fill('#contract-end', `${year + 1}-12-31`);
      await page.focus('#contract-title');
      expect([await page.inputValue('#contract-start'), await page.inputValue('#contract-end')]).toEqual([
        `${year}-01-01`,
        `${year + 1}-12-31`,
      ]);
      await page.keyboard.press('Enter');
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toContain('er oprettet');
      await page.locator(`li[data-contract="Kvalitetskontrakt ${year}-${year + 1}"]`).waitFor();
      const contracts = (await getJson(url('/api/contracts'), { cookie })).body;
      contractId = contracts.contracts[0].id;

      // The contract: two service areas with their aims, the first by keyboard.
      await page.locator('.notice').getByRole('link', { name: 'Redigér kontrakten' }).click();
      await page.waitForURL(url(`/app/contracts/${contractId}/edit`));
      await page.getByRole('heading', { name: `Kvalitetskontrakt ${year}-${year + 1}`, level: 1 }).waitFor();
      await checkScreen(page, 'contract-edit-empty-da-1280');
      await pressUntilFocused(page, page.locator('#new-area-name'), 'Tab', 60);
      await page.keyboard.type('Skole');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Alle børn skal trives i et trygt fællesskab.');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toBe('Serviceområdet «Skole» er tilføjet.');
      await page.fill('#new-area-name', 'Personale');
      await page.fill('#new-area-aim', 'Et godt arbejdsmiljø.');
      await page.click('#new-area-form button[type=submit]');
      await page.locator('section[data-area="Personale"]').waitFor();
      // The aim rewritten in place: the area keeps its key, so its goals stay with it.
      const staffArea = page.locator('section[data-area="Personale"]');
      await staffArea.getByText('Ret navn og formål for Personale').click();
      await page.fill('#area-personale-aim', 'Et sundt arbejdsmiljø med lavt sygefravær.');
      await staffArea.getByRole('button', { name: 'Gem serviceområdet' }).click();
      await page.getByText('Et sundt arbejdsmiljø med lavt sygefravær.').waitFor();
      const areas = (await getJson(url(`/api/contracts/${contractId}`), { cookie })).body.areas;
      expect(areas.map((a: { key: string; aim: string }) => [a.key, a.aim])).toEqual([
        ['skole', 'Alle børn skal trives i et trygt fællesskab.'],
        ['personale', 'Et sundt arbejdsmiljø med lavt sygefravær.'],
      ]);
      await checkScreen(page, 'contract-edit-areas-da-1280');

      // A goal on a level: refused first (no sentence, no target), then 90 % for grades 1, 6, 9.
      await page.getByRole('link', { name: 'Tilføj et mål til Skole' }).click();
      await page.waitForURL(url(`/app/contracts/${contractId}/goals/new?area=skole`));
      await page.locator('#goal-indicator').waitFor();
      await page.selectOption('#goal-indicator', 'pupil-wellbeing/wellbeing');
      await page.getByRole('button', { name: 'Opret målet' }).click();
      await focusedIs(page, '#new-goal [role=alert]');
      expect(await page.locator('#new-goal-title-error').innerText()).toBe('skriv målet som en sætning');
      expect(await page.locator('#goal-target-error').innerText()).toBe('skriv et tal, fx 90');
      await checkScreen(page, 'goal-new-refused-da-1280');
      await page.fill('#goal-title', WELLBEING);
      await page.selectOption('#goal-breakdown', 'grade');
      await page.fill('#goal-values', '1, 6, 9');
      await page.fill('#goal-target', '90');
      await page.getByRole('button', { name: 'Opret målet' }).click();
      await page.waitForURL(/\/app\/goals\/[0-9a-f-]{36}\?created=1$/);
      wellbeingGoal = new URL(page.url()).pathname.split('/').pop()!;
      await focusedIs(page, '.notice');
      await page.getByRole('heading', { name: WELLBEING, level: 1 }).waitFor();
      expect(await page.locator('.goal-facts').innerText()).toContain('over 90,0 %');
      await checkScreen(page, 'goal-da-1280');

      // An action by keyboard, then its status moved on by keyboard.
      await pressUntilFocused(page, page.locator('#action-what'), 'Tab', 60);
      await page.keyboard.type(ACTION);
      await page.keyboard.press('Tab'); // where: all units of the goal
      await page.keyboard.press('Tab');
      await page.keyboard.type('Skolelederne');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toBe(`Handlingen «${ACTION}» er tilføjet.`);
      const row = page.locator(`tr[data-action="${ACTION}"]`);
      await row.waitFor();
      await pressUntilFocused(page, row.locator('select[name=status]'), 'Tab', 60);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Første møder holdt');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toBe(`Status for «${ACTION}» er gemt.`);
      const actions = (await getJson(url(`/api/goals/${wellbeingGoal}/actions`), { cookie })).body.actions;
      expect(
        actions.map((a: { what: string; status: string; note: string }) => [a.what, a.status, a.note]),
      ).toEqual([[ACTION, 'in-progress', 'Første møder holdt']]);
      await checkScreen(page, 'goal-actions-da-1280');

      // The goal changed in place: 85 % instead of 90 %.
      await page.getByText('Ret målet').click();
      await page.fill('#goal-target', '85');
      await page.getByRole('button', { name: 'Gem målet' }).click();
      await waitUntilTrue(
        page,
        `document.querySelector('.notice')?.innerText === 'Målet er gemt og vurderes igen.'`,
      );
      await waitUntilTrue(page, `document.querySelector('.goal-facts')?.innerText.includes('over 85,0 %')`);

      // A sick-leave goal: falling and below the comparison group's average, measured per quarter.
      await page.getByRole('link', { name: `Tilbage til Kvalitetskontrakt ${year}-${year + 1}` }).click();
      await page.getByRole('link', { name: 'Tilføj et mål til Personale' }).click();
      await page.locator('#goal-indicator').waitFor();
      expect(await page.inputValue('#goal-area')).toBe('personale');
      await page.fill('#goal-title', SICK_LEAVE);
      await page.selectOption('#goal-indicator', 'sick-leave/rate');
      await page.selectOption('#goal-period', 'quarter');
      await page.uncheck('#goal-threshold-on');
      await page.check('#goal-trend-on');
      await page.selectOption('#goal-direction', 'falling');
      await page.check('#goal-benchmark-on');
      await page.fill('#goal-group', 'kostra-13');
      await checkScreen(page, 'goal-new-sick-leave-da-1280');
      await page.getByRole('button', { name: 'Opret målet' }).click();
      await page.waitForURL(/\?created=1$/);
      await page.getByRole('heading', { name: SICK_LEAVE, level: 1 }).waitFor();
      expect(await page.locator('.goal-facts').innerText()).toContain(
        'faldende og under gennemsnittet for kostra-13',
      );
      const detail = (await getJson(url(`/api/contracts/${contractId}`), { cookie })).body;
      const goals = detail.areas.flatMap((a: { goals: unknown[] }) => a.goals);
      expect(
        goals.map(
          (g: { title: { da: string }; rule: unknown; breakdownFilter: unknown; measurePeriod: unknown }) => [
            g.title.da,
            g.rule,
            g.breakdownFilter,
            g.measurePeriod,
          ],
        ),
      ).toEqual([
        [
          WELLBEING,
          { type: 'threshold', op: '>', target: 0.85 },
          { breakdownKey: 'grade', values: ['1', '6', '9'] },
          null,
        ],
        [
          SICK_LEAVE,
          {
            type: 'all',
            rules: [
              { type: 'trend', direction: 'falling', significant: false },
              { type: 'benchmark', position: 'below', comparisonGroup: 'kostra-13' },
            ],
          },
          null,
          'quarter',
        ],
      ]);

      // Back skips the filled-in form: from the new goal to the contract it was added from.
      await page.goBack();
      await page.waitForURL(url(`/app/contracts/${contractId}/edit`));
      await page.getByRole('link', { name: SICK_LEAVE }).waitFor();
      // Published by keyboard; the overview links to the editing where a writer looks for it.
      await pressUntilFocused(page, page.locator('#toggle-published'), 'Tab', 40);
      await page.keyboard.press('Enter');
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toBe('Kontrakten er offentliggjort.');
      await page.getByRole('button', { name: 'Tag ned fra den offentlige side' }).waitFor();
      expect((await getJson(url('/api/contracts'), { cookie })).body.contracts[0].publishedAt).not.toBeNull();
      await checkScreen(page, 'contract-edit-da-1280');
      await page.goto(url(`/app/contracts/${contractId}`));
      await page.getByRole('link', { name: 'Redigér kontrakten' }).click();
      await page.waitForURL(url(`/app/contracts/${contractId}/edit`));
      await page.goBack();
      await page.waitForURL(url(`/app/contracts/${contractId}`));
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'when a viewer opens the contract, a goal and its actions, then she reads them with no edit control; the goal page fits a phone',
    async () => {
      const context = await browser.newContext(PHONE);
      context.setDefaultTimeout(30_000);
      const page = await logInAs(context, viewer);
      await page.goto(url('/app/contracts'));
      await page.locator('li[data-contract]').waitFor();
      expect(await page.locator('#new-contract').count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Redigér kontrakten' }).count()).toBe(0);
      await page.goto(url(`/app/contracts/${contractId}/edit`));
      await page.getByText('Kun kvalitetsmedarbejdere for hele kommunen kan ændre kontrakten.').waitFor();
      expect(await page.locator('main form, main button').count()).toBe(0);
      await page.goto(url(`/app/goals/${wellbeingGoal}`));
      await page.locator(`tr[data-action="${ACTION}"]`).waitFor();
      expect(await page.locator('main form, main select, main button').count()).toBe(0);
      expect(await page.locator(`tr[data-action="${ACTION}"] [data-status]`).innerText()).toBe('I gang');
      await checkScreen(page, 'goal-viewer-da-390');
      // Nothing wider than the phone but the table, which scrolls inside its own box.
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(390);
      await context.close();
    },
    BROWSER_TEST_MS,
  );
});
