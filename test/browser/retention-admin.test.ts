import type { Browser } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality } from '../builders/organisation';
import { aRound } from '../builders/rounds';
import { aStaffUser } from '../builders/staff';
import {
  LAPTOP,
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

describe(`${kind.name}: an administrator sets how long answers are kept`, () => {
  let store: TestStore;
  let admin: { email: string; password: string };
  let roundId = '';

  beforeAll(async () => {
    store = await kind.start();
    const org = await aMunicipality(store.db).withClasses([6]).create();
    const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
      .forUnits([org.classes.get(6)!])
      .create();
    roundId = round.roundId;
    const pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
    for (let i = 0; i < 3; i++)
      await submit(
        store.url,
        round.codes.get(org.classes.get(6)!.id)!,
        pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }),
      );
    // Closed on 30 June 2026, with no report adopted.
    await store.db.execute(
      sql`update rounds set opens_on = '2026-05-01', closes_on = '2026-06-30' where id = ${roundId}`,
    );
    admin = await aStaffUser(store.db, org.root, 'admin');
  });
  afterAll(() => store?.stop());

  it('when the administrator opens the page, shortens the periods and makes a mistake, then the dates move and the mistake is named', async () => {
    const context = await browser.newContext(LAPTOP);
    const page = await context.newPage();
    await logInThroughForm(page, store.url, admin);
    await page.goto(`${store.url}/app/admin/retention`);
    const row = page.locator(`tr[data-round="${roundId}"]`);
    await row.waitFor();
    expect(await row.locator('[data-field="responses"]').innerText()).toBe('3');
    // Defaults: comments 12 months after 30 June 2026, answers 3 + 1 years after it (no report).
    expect(await row.locator('[data-field="comments"]').innerText()).toBe('30. juni 2027');
    expect(await row.locator('[data-field="answers"]').innerText()).toContain('30. juni 2030');
    expect(await seriousAxeViolations(page, 'retention')).toEqual([]);

    await page.locator('#answersKeptYears').fill('0');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.locator('#answersKeptYears-error').waitFor();
    expect(await page.locator('#answersKeptYears').getAttribute('aria-invalid')).toBe('true');

    await page.locator('#answersKeptYears').fill('1');
    await page.locator('#commentsKeptMonths').fill('6');
    await page.getByRole('button', { name: 'Gem' }).click();
    await waitUntilTrue(
      page,
      `document.querySelector('tr[data-round="${roundId}"] [data-field="comments"]')?.textContent === '30. december 2026'`,
    );
    expect(await row.locator('[data-field="answers"]').innerText()).toContain('30. juni 2028');
    await screenshot(page, 'admin-retention-da-1280');
    await context.close();
  }, 120_000);
});
