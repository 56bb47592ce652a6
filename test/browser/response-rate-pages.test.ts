import type { Browser, Page } from 'playwright-core';
import type { OrgUnit } from '../../core/org/org-unit';
import { createUnit, setUnitPopulation } from '../../db/repositories/org-units';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
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
import { STORES, type TestStore } from '../support/stores';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const kind = STORES[0]!;
const BROWSER_TEST_MS = 180_000;

/*
 * A coordinator with 60 classes in two schools: the round's page lists 50 at a time, narrows to
 * one school or a name, and the personal-links picker still offers every class, school by school.
 */
describe(`${kind.name}: a long list of response rates`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let north: OrgUnit;
  let round: BuiltRound;
  let consultant: { email: string; password: string };

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).withClasses([]).create();
    north = await createUnit(store.db, {
      municipalityId: org.municipality.id,
      parent: org.area,
      kind: 'institution',
      name: 'Nordskolen',
      sector: 'school',
    });
    const classes: OrgUnit[] = [];
    for (const [school, letter] of [
      [org.school, 'A'],
      [north, 'B'],
    ] as const)
      for (let n = 1; n <= 30; n++)
        classes.push(
          await createUnit(store.db, {
            municipalityId: org.municipality.id,
            parent: school,
            kind: 'group',
            name: `${n}.${letter}`,
            sector: 'school',
            grade: 1 + (n % 9),
          }),
        );
    for (const unit of classes) await setUnitPopulation(store.db, unit.id, 20);
    round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing').forUnits(classes).create();
    consultant = await aStaffUser(store.db, org.root, 'consultant');
  });
  afterAll(() => store?.stop());

  const rowNames = (page: Page) =>
    page
      .locator('table.distribution tbody tr th')
      .evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));
  const pageText = (page: Page) => page.locator('[data-field="page"]').innerText();

  it(
    'when the round asks 60 classes, then the page shows 50, pages on, narrows to a school or a name, and the picker offers all 60',
    async () => {
      const context = await browser.newContext(LAPTOP);
      const page = await context.newPage();
      await logInThroughForm(page, store.url, consultant);
      await page.goto(`${store.url}/app/rounds/${round.roundId}`);
      await page.locator('table.distribution').waitFor();
      // Nordskolen before Testskolen, and 2.B before 10.B.
      const first = await rowNames(page);
      expect(first).toHaveLength(50);
      expect(first.slice(0, 3)).toEqual(['Nordskolen · 1.B', 'Nordskolen · 2.B', 'Nordskolen · 3.B']);
      expect(await pageText(page)).toBe('1–50 af 60');
      expect(await page.locator('tfoot th').innerText()).toBe('Alle 60 enheder');
      expect([await seriousAxeViolations(page, 'rates-page-1')]).toEqual([[]]);
      await screenshot(page, 'response-rates-page-1-da-1280');

      await page.getByRole('button', { name: /Næste/ }).click();
      await waitUntilTrue(
        page,
        `document.querySelector('[data-field="page"]')?.textContent === '51–60 af 60'`,
      );
      expect(await rowNames(page)).toEqual(Array.from({ length: 10 }, (_, i) => `Testskolen · ${21 + i}.A`));

      // One school: its 30 classes fit on one page, so no page to turn to.
      await page.getByLabel('Under').selectOption({ label: 'Nordskolen (30)' });
      await waitUntilTrue(page, `document.querySelectorAll('table.distribution tbody tr').length === 30`);
      expect(await pageText(page)).toBe('1–30 af 30');
      expect(await page.getByRole('button', { name: /Næste|Forrige/ }).count()).toBe(0);
      expect((await rowNames(page)).every((name) => name.startsWith('Nordskolen · '))).toBe(true);

      // A name typed: the list narrows once typing pauses.
      await page.getByLabel('Søg enhed').fill('2.b');
      await waitUntilTrue(page, `document.querySelectorAll('table.distribution tbody tr').length === 3`);
      expect(await rowNames(page)).toEqual(['Nordskolen · 2.B', 'Nordskolen · 12.B', 'Nordskolen · 22.B']);
      await screenshot(page, 'response-rates-narrowed-da-1280');

      // The picker for personal links lists every class, under its school.
      const groups = await page
        .locator('#token-unit optgroup')
        .evaluateAll((gs) => gs.map((g) => [g.getAttribute('label'), g.querySelectorAll('option').length]));
      expect(groups).toEqual([
        ['Nordskolen', 30],
        ['Testskolen', 30],
      ]);
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'when the list is read on a phone, then the filters wrap and nothing but the table scrolls sideways',
    async () => {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      await logInThroughForm(page, store.url, consultant);
      await page.goto(`${store.url}/app/rounds/${round.roundId}`);
      await page.locator('table.distribution').waitFor();
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(page, 'response-rates-page-1-da-390');
      await context.close();
    },
    BROWSER_TEST_MS,
  );
});
