import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { setUnitPopulation } from '../../db/repositories/org-units';
import { findRound } from '../../db/repositories/rounds';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound } from '../builders/rounds';
import { aStaffUser } from '../builders/staff';
import {
  LAPTOP,
  launchChromium,
  logInThroughForm,
  PHONE,
  screenshot,
  seriousAxeViolations,
  waitUntilTrue,
} from '../support/browser';
import { submit } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * Against padding, in the browser: a consultant makes a round answered only through personal links
 * with the new-round form's checkbox; its open link tells a pupil to use a personal link; a class
 * with more answers than pupils is marked on the distribution page with a sign and words.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const kind = STORES[0]!;
// The app speaks the browser's language: these checks read its English words.
const ENGLISH_LAPTOP = { ...LAPTOP, locale: 'en-GB' };
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe(`${kind.name}: personal links only and more answers than people, in the browser`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let pupil: CheckedInstrument;
  let consultant: { email: string; password: string };

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).withClasses([1, 6]).create();
    pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
    consultant = await aStaffUser(store.db, org.root, 'consultant');
  });
  afterAll(() => store?.stop());

  it('when the consultant ticks "Only personal links" on the new-round form, then the round offers no open link and its link tells a pupil why', async () => {
    const context = await browser.newContext(ENGLISH_LAPTOP);
    const page = await context.newPage();
    await logInThroughForm(page, store.url, consultant);
    await page.goto(`${store.url}/app/rounds/new?instrument=pupil-wellbeing`);
    await page.getByLabel('Title in Danish').fill('Trivsel, kun personlige links');
    await page.getByLabel('Last day').fill(isoDay(20));
    const box = page.getByLabel(
      'Only personal links (no open link or QR code): nobody can add answers to a unit',
    );
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box.isChecked()).resolves.toBe(true);
    expect(await seriousAxeViolations(page, 'new round form')).toEqual([]);
    await box.scrollIntoViewIfNeeded();
    await screenshot(page, 'new-round-personal-links-only');
    await page.getByRole('button', { name: 'Create round' }).click();
    await page.waitForURL(/\/app\/rounds\/[0-9a-f-]{36}$/);
    const roundId = page.url().split('/')[5]!;
    expect((await findRound(store.db, roundId))!.personalLinksOnly).toBe(true);
    await page.getByText('This round is answered only through personal links').first().waitFor();
    await expect(
      page.getByText('This round is answered only through personal links').first().isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Print QR codes' }).count()).resolves.toBe(0);
    await expect(page.locator('a[href*="/s/"]').count()).resolves.toBe(0);
    expect(await seriousAxeViolations(page, 'distribution, personal links only')).toEqual([]);
    await screenshot(page, 'distribution-personal-links-only');
    await context.close();

    const result = (await store.db.execute(
      sql`select code from round_links where round_id = ${roundId} limit 1`,
    )) as unknown as { rows: { code: string }[] };
    const phone = await browser.newContext(PHONE);
    const pupilPage = await phone.newPage();
    const res = await pupilPage.goto(`${store.url}/s/${result.rows[0]!.code}`);
    expect(res!.status()).toBe(403);
    await expect(
      pupilPage.getByRole('heading', { name: 'Kun via personligt link' }).isVisible(),
    ).resolves.toBe(true);
    expect(await seriousAxeViolations(pupilPage, 'respondent, personal links only')).toEqual([]);
    await screenshot(pupilPage, 'respondent-personal-links-only');
    await phone.close();
  });

  it('when 6.A has more answers than pupils, then its row shows ⚠ and the words, and the page passes axe', async () => {
    const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
      .forUnits([...org.classes.values()])
      .create();
    await setUnitPopulation(store.db, org.classes.get(1)!.id, 20);
    await setUnitPopulation(store.db, org.classes.get(6)!.id, 3);
    for (let i = 0; i < 4; i++)
      await submit(
        store.url,
        round.codes.get(org.classes.get(6)!.id)!,
        pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }),
      );
    const context = await browser.newContext(ENGLISH_LAPTOP);
    const page = await context.newPage();
    await logInThroughForm(page, store.url, consultant);
    await page.goto(`${store.url}/app/rounds/${round.roundId}`);
    const row = page.locator(`tr[data-unit="${org.classes.get(6)!.id}"]`);
    await row.waitFor();
    await expect(row.getAttribute('data-over')).resolves.toBe('true');
    await expect(row.locator('[data-field="flag"]').textContent()).resolves.toBe(
      '⚠ 4 answers from 3 people: more answers than people — someone may have answered twice, or the class size is out of date',
    );
    await expect(
      page.locator(`tr[data-unit="${org.classes.get(1)!.id}"] [data-field="flag"]`).textContent(),
    ).resolves.toBe('');
    // One more answer to 1.A arrives live; the row of 6.A keeps its mark, 1.A gets none.
    await submit(
      store.url,
      round.codes.get(org.classes.get(1)!.id)!,
      pupilAnswers(pupil, { grade: 1, wellbeing: 5, bullied: false }),
    );
    const oneA = `tr[data-unit="${org.classes.get(1)!.id}"] [data-field="answers"]`;
    await waitUntilTrue(page, `document.querySelector('${oneA}')?.textContent === '1'`, 8_000);
    await expect(row.getAttribute('data-over')).resolves.toBe('true');
    expect(await seriousAxeViolations(page, 'distribution with more answers than people')).toEqual([]);
    await screenshot(page, 'distribution-more-answers-than-people');
    await context.close();
  });
});
