import type { Browser } from 'playwright-core';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser } from '../builders/staff';
import { LAPTOP, launchChromium, screenshot, waitUntilTrue } from '../support/browser';
import { submit } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const kind = STORES[0]!;

describe(`${kind.name}: a consultant watches the response rate rise`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let round: BuiltRound;
  let pupil: CheckedInstrument;
  let consultant: { email: string; password: string };

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).withClasses([6]).create();
    round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
      .forUnits([org.classes.get(6)!])
      .create();
    pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
    consultant = await aStaffUser(store.db, org.root, 'consultant');
  });
  afterAll(() => store?.stop());

  it("when pupils answer while the round's page is open in the app, then its counter rises without a reload", async () => {
    const context = await browser.newContext(LAPTOP);
    const page = await context.newPage();
    await page.goto(`${store.url}/login`);
    await page.locator('#email').fill(consultant.email);
    await page.locator('#password').fill(consultant.password);
    await page.locator('form[action^="/login"] button[type=submit]').click();
    await page.goto(`${store.url}/app/rounds/${round.roundId}`);
    const counter = page.locator(`tr[data-unit="${org.classes.get(6)!.id}"] [data-field="answers"]`);
    await counter.waitFor();
    await expect(counter.textContent()).resolves.toBe('0');
    // A marker in the page: a reload would remove it.
    await page.evaluate("document.body.setAttribute('data-still-here', 'yes')");
    const code = round.codes.get(org.classes.get(6)!.id)!;
    for (let count = 1; count <= 3; count++) {
      await submit(store.url, code, pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }));
      // Pushed within seconds; polling alone would take 15.
      const selector = `tr[data-unit="${org.classes.get(6)!.id}"] [data-field="answers"]`;
      await waitUntilTrue(page, `document.querySelector('${selector}')?.textContent === '${count}'`, 8_000);
    }
    await expect(page.evaluate('document.body.dataset.stillHere')).resolves.toBe('yes');
    await screenshot(page, 'distribution-live-rate');
    await context.close();
  });
});
