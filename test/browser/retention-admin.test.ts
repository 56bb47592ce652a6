import type { Browser, Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { applyAnswerRetention } from '../../worker/answer-retention-sweeper';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound } from '../builders/rounds';
import { aStaffUser } from '../builders/staff';
import {
  LAPTOP,
  PHONE,
  launchChromium,
  logInThroughForm,
  screenshot,
  seriousAxeViolations,
  waitUntilTrue,
} from '../support/browser';
import { submit } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const kind = STORES[0]!;
/*
 * The server's day is fixed, so which rounds a shorter period deletes does not depend on when the
 * test runs; in the future, so the browser keeps the session cookie it sets.
 */
const clock = new Date('2031-01-15T10:00:00Z');

describe(`${kind.name}: an administrator sets how long answers are kept`, () => {
  let store: TestStore;
  let admin: { email: string; password: string };
  let org: BuiltOrganisation;
  /** Closed 30 June 2030; its comments go at 6 months. */
  let recent = '';
  /** Closed 10 January 2029; its answers go at 1 year (10 January 2031). */
  let older = '';

  /** A pupil round with `responses` answers, then moved to its period. */
  const closedRound = async (title: string, opensOn: string, closesOn: string, responses: number) => {
    const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
      .forUnits([org.classes.get(6)!])
      .create();
    const pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
    await store.db.execute(
      sql`update rounds set opens_on = '2031-01-01', closes_on = '2031-01-31' where id = ${round.roundId}`,
    );
    for (let i = 0; i < responses; i++)
      await submit(
        store.url,
        round.codes.get(org.classes.get(6)!.id)!,
        pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }),
      );
    const titles = JSON.stringify({ da: title, nb: title, en: title });
    await store.db.execute(
      sql`update rounds set opens_on = ${opensOn}, closes_on = ${closesOn}, title = ${titles}::jsonb where id = ${round.roundId}`,
    );
    return round.roundId;
  };
  const policy = async () =>
    (
      (await store.db.execute(
        sql`select answers_kept_years as years, comments_kept_months as months from municipalities where id = ${org.municipality.id}`,
      )) as unknown as { rows: { years: number; months: number }[] }
    ).rows[0];
  const enterPeriods = async (page: Page, years: string, months: string) => {
    await page.locator('#answersKeptYears').fill(years);
    await page.locator('#commentsKeptMonths').fill(months);
  };

  beforeAll(async () => {
    store = await kind.start({}, { now: () => clock });
    org = await aMunicipality(store.db).withClasses([6]).create();
    recent = await closedRound('Trivsel 2030', '2030-05-01', '2030-06-30', 3);
    older = await closedRound('Trivsel 2028', '2028-12-01', '2029-01-10', 5);
    // The older round's comments are past their 12 months: the sweep takes them before the test.
    await applyAnswerRetention(store.db, clock, () => undefined);
    admin = await aStaffUser(store.db, org.root, 'admin');
  });
  afterAll(() => store?.stop());

  it('when the administrator opens the page, makes a mistake and lengthens the periods, then the mistake is named and the dates move without a warning', async () => {
    const context = await browser.newContext(LAPTOP);
    const page = await context.newPage();
    await logInThroughForm(page, store.url, admin);
    await page.goto(`${store.url}/app/admin/retention`);
    const row = page.locator(`tr[data-round="${recent}"]`);
    await row.waitFor();
    expect(await row.locator('[data-field="responses"]').innerText()).toBe('3');
    // Defaults: comments 12 months after 30 June 2030, answers 3 + 1 years after it (no report).
    expect(await row.locator('[data-field="comments"]').innerText()).toBe('30. juni 2031');
    expect(await row.locator('[data-field="answers"]').innerText()).toContain('30. juni 2034');
    expect(await seriousAxeViolations(page, 'retention')).toEqual([]);

    await page.locator('#answersKeptYears').fill('0');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.locator('#answersKeptYears-error').waitFor();
    expect(await page.locator('#answersKeptYears').getAttribute('aria-invalid')).toBe('true');

    // Lengthening deletes nothing: no warning, saved at once.
    await enterPeriods(page, '4', '18');
    await page.getByRole('button', { name: 'Gem' }).click();
    await waitUntilTrue(
      page,
      `document.querySelector('tr[data-round="${recent}"] [data-field="comments"]')?.textContent === '30. december 2031'`,
    );
    expect(await page.locator('.retention-warning').count()).toBe(0);
    expect(await policy()).toEqual({ years: 4, months: 18 });
    await context.close();
  }, 120_000);

  it('when the periods would delete answers and comments, then the rounds are named and saving waits for the confirmation', async () => {
    const context = await browser.newContext(LAPTOP);
    const page = await context.newPage();
    await logInThroughForm(page, store.url, admin);
    await page.goto(`${store.url}/app/admin/retention`);
    await page.locator(`tr[data-round="${recent}"]`).waitFor();

    // 1 year: the older round's answers went on 10 January 2031; 6 months: the recent one's comments on 30 December 2030.
    await enterPeriods(page, '1', '6');
    const warning = page.locator('#retention-preview .retention-warning');
    await warning.waitFor();
    expect(await warning.locator('[data-deletes="answers"] li').allInnerTexts()).toEqual([
      'Trivsel 2028 (5 besvarelser)',
    ]);
    expect(await warning.locator(`[data-deletes="answers"] li[data-round="${older}"]`).count()).toBe(1);
    expect(await warning.locator('[data-deletes="comments"] li').allInnerTexts()).toEqual([
      'Trivsel 2030 (3 besvarelser)',
    ]);
    expect(await warning.innerText()).toContain('De rå svar fra 1 måling (5 besvarelser) slettes');
    const confirm = page.getByLabel(
      'Jeg forstår, at svarene fra 1 måling og kommentarerne fra 1 måling slettes inden for en time og ikke kan gendannes',
    );
    expect(await confirm.isChecked()).toBe(false);
    expect(await seriousAxeViolations(page, 'retention warning')).toEqual([]);
    await screenshot(page, 'admin-retention-warning-da-1280');

    // Not confirmed: refused, the box named, nothing saved.
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.locator('#confirm-error').waitFor();
    expect(await page.locator('#confirm-error').innerText()).toBe(
      'sæt flueben for at bekræfte sletningen, eller vælg længere perioder',
    );
    expect(await confirm.getAttribute('aria-invalid')).toBe('true');
    expect(await policy()).toEqual({ years: 4, months: 18 });
    await screenshot(page, 'admin-retention-unconfirmed-da-1280');

    await confirm.check();
    await page.getByRole('button', { name: 'Gem' }).click();
    await waitUntilTrue(
      page,
      `document.querySelector('tr[data-round="${recent}"] [data-field="comments"]')?.textContent === '30. december 2030'`,
    );
    expect(await page.locator('[role="status"].notice').innerText()).toContain('Gemt');
    expect(await policy()).toEqual({ years: 1, months: 6 });
    await screenshot(page, 'admin-retention-da-1280');
    await context.close();
  }, 120_000);

  it('when the warning shows on a phone, then it fits the screen and the box can be ticked', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await logInThroughForm(page, store.url, admin);
    await page.goto(`${store.url}/app/admin/retention`);
    await page.locator(`tr[data-round="${recent}"]`).waitFor();
    // Back to longer periods first (nothing deleted yet: the sweep has not run), then shorter again.
    await enterPeriods(page, '3', '12');
    await page.getByRole('button', { name: 'Gem' }).click();
    await waitUntilTrue(page, `document.querySelector('[role="status"].notice') !== null`);
    await enterPeriods(page, '1', '6');
    const warning = page.locator('#retention-preview .retention-warning');
    await warning.waitFor();
    await warning.scrollIntoViewIfNeeded();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const box = await page.locator('#confirm').boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(20);
    expect(await seriousAxeViolations(page, 'retention warning on a phone')).toEqual([]);
    await screenshot(page, 'admin-retention-warning-da-390');
    // The label is the target a thumb hits.
    await page.locator('label[for="confirm"]').tap();
    expect(await page.locator('#confirm').isChecked()).toBe(true);
    await context.close();
  }, 120_000);
});
