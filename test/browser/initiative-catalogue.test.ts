import type { Browser, Page } from 'playwright-core';
import { findInitiative } from '../../db/repositories/initiatives';
import { aContractWithGoals } from '../builders/goals';
import { anAssessment, anInitiative } from '../builders/initiatives';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import {
  LAPTOP,
  launchChromium,
  screenshot,
  seriousAxeViolations,
  logInThroughForm,
} from '../support/browser';
import { STORES, type TestStore } from '../support/stores';

/*
 * A quality consultant adds an initiative with its assessment through the page (the assessment
 * rendered by SurveyJS from the instrument), then finds it, beside another municipality's, by a
 * word of its description. Real Chromium, real server, real PostgreSQL.
 */

const BROWSER_TEST_MS = 60_000;
/** The ratings the consultant gives, in the instrument's order; 0 stands for "Cannot assess". */
const RATINGS = [0, 2, 4, 3, 3, 4, 1];
const LABEL: Record<number, string> = { 0: 'Cannot assess', 1: '1 – lowest', 4: '4 – highest' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 20_000);
afterAll(() => browser?.close());

/** One store is enough here: the pages are the same on both, and browser tests are slow. */
const kind = STORES[0]!;
const slug = kind.name.replace(/\W+/g, '-');

describe(`${kind.name}: the initiative catalogue in the browser`, () => {
  let store: TestStore;
  let nordby: BuiltOrganisation;
  let consultant: { email: string; password: string };

  beforeAll(async () => {
    store = await kind.start();
    nordby = await aMunicipality(store.db).named('Nordby Kommune').create();
    const sydby = await aMunicipality(store.db).named('Sydby Kommune').create();
    await aContractWithGoals(store.db, nordby.root, [
      { instrumentKey: 'pupil-wellbeing', indicatorKey: 'wellbeing', op: '>', target: 0.9 },
    ]);
    consultant = await aStaffUser(store.db, nordby.root, 'consultant');
    const sydbyConsultant = await logIn(store.url, await aStaffUser(store.db, sydby.root, 'consultant'));
    await anInitiative(sydby.school)
      .titled(
        'Makkerlæsning',
        'Ældre elever læser højt for de yngste; lærerne kalder det skolehaver for ord.',
      )
      .rated([2, 3, 3, 3, 0, 4, 2])
      .create(store.url, sydbyConsultant);
  }, 30_000);
  afterAll(() => store?.stop());

  async function answerAssessment(page: Page, ratings: (number | null)[]) {
    for (const [i, rating] of ratings.entries()) {
      if (rating === null) continue;
      const question = page.locator('.sd-question').nth(i);
      const text = LABEL[rating] ?? String(rating);
      await question.locator('.sd-item__control-label').getByText(text, { exact: true }).click();
    }
  }

  it(
    'when a consultant adds an initiative with an assessment through the page, then a search finds it beside another municipality’s',
    async () => {
      const context = await browser.newContext(LAPTOP);
      context.setDefaultTimeout(10_000);
      try {
        const page = await context.newPage();
        await logInThroughForm(page, store.url, consultant);

        await page.getByRole('link', { name: 'Initiatives' }).click();
        await page.getByRole('link', { name: 'Add an initiative' }).click();
        await page.waitForURL(`${store.url}/dashboard/initiatives/new`);
        await page.getByLabel('Sector').selectOption({ label: 'School' });
        await page.getByLabel('Title').fill('Skolehaver i 4. klasse');
        await page
          .getByLabel('Description: what was done, and how it went')
          .fill('Eleverne dyrker grøntsager i skolehaver og bruger høsten i madkundskab.');
        await page.getByLabel('Contact unit').selectOption({ label: 'Testskolen' });
        await page.getByLabel('wellbeing').check();
        await page.locator('.sd-question').first().waitFor();
        expect(await page.locator('.sd-question').count()).toBe(8);

        // One rating left out: the survey stops the submit and says which question.
        await answerAssessment(page, [...RATINGS.slice(0, 6), null]);
        await page.getByRole('button', { name: 'Add initiative' }).click();
        await page.locator('.sd-question--error').first().waitFor();
        expect(page.url()).toBe(`${store.url}/dashboard/initiatives/new`);
        expect(await page.locator('.sd-question--error').getAttribute('data-name')).toBe('sick_leave');
        await screenshot(page, `${slug}-initiative-form-missing`);

        await answerAssessment(page, [null, null, null, null, null, null, RATINGS[6]!]);
        await page
          .locator('.sd-question[data-name="assessment_note"] textarea')
          .fill('Målt med elevinterview.');
        expect(await seriousAxeViolations(page, 'the initiative form')).toEqual([]);
        await screenshot(page, `${slug}-initiative-form`);
        await page.getByRole('button', { name: 'Add initiative' }).click();
        await page.waitForURL(/\/dashboard\/initiatives\/[0-9a-f-]{36}$/);
        const id = page.url().split('/').pop()!;
        const stored = await findInitiative(store.db, id);
        expect(stored).toMatchObject({
          sector: 'school',
          title: 'Skolehaver i 4. klasse',
          contactUnit: { id: nordby.school.id },
          goals: [{ title: { en: 'wellbeing' } }],
          assessment: anAssessment(RATINGS, 'Målt med elevinterview.'),
        });
        // Back on its own page, the assessment shows the stored answers.
        await page.locator('.sd-question').first().waitFor();
        expect(
          await page
            .locator('.sd-question[data-name="employee_involvement"] input:checked')
            .getAttribute('value'),
        ).toBe('4');

        await page.getByRole('link', { name: '← Initiative catalogue' }).click();
        await page.getByRole('searchbox', { name: 'Words' }).fill('skolehaver');
        await page.getByRole('button', { name: 'Search' }).click();
        await page.waitForURL(/q=skolehaver/);
        const results = page.locator('li.initiative');
        expect(await results.locator('h3').allTextContents()).toEqual(
          expect.arrayContaining(['Skolehaver i 4. klasse', 'Makkerlæsning']),
        );
        const mine = results.filter({ hasText: 'Skolehaver i 4. klasse' });
        expect(await mine.locator('.meta').textContent()).toContain('Nordby Kommune');
        expect(await mine.locator('[data-dimension="employee_involvement"] dd').textContent()).toBe('4 of 4');
        expect(await mine.locator('[data-dimension="short_term_savings"] dd').textContent()).toBe(
          'cannot assess',
        );
        const school = page.locator('table.profile tr[data-dimension="employee_involvement"] td').nth(1);
        expect((await school.textContent())!.replace(/\s+/g, ' ').trim()).toBe('3.50 (1.00–4.00) n = 2');
        expect(await seriousAxeViolations(page, 'the initiative catalogue')).toEqual([]);
        await screenshot(page, `${slug}-initiative-catalogue`);
      } finally {
        await context.close();
      }
    },
    BROWSER_TEST_MS,
  );
});
