import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { aMunicipalityWithManyChanges, type ManyChangesMunicipality } from '../builders/many-changes';
import { LAPTOP, launchChromium, PHONE, screenshot, seriousAxeViolations } from '../support/browser';
import { STORES, type TestStore } from '../support/stores';

/*
 * The app says how many changes a view judges and marks the ones that hold (issue 16), on the
 * fixture of test/integration/many-changes.test.ts, whose counts are worked out there by hand:
 * the consultant's heatmap judges 15 trend changes, 4 marked, 3 hold; 6.A's indicators: 12, 6, 6;
 * 9.A's: 12, 1, 0 (last year's ten alike answers are no census, so its means' falls are not marked).
 */
const BROWSER_TEST_MS = 180_000;
const kind = STORES[0]!; // One store: the app reads the same JSON on both.
const slug = kind.name.replace(/\W+/g, '-');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe(`${kind.name}: many changes in the app`, () => {
  let store: TestStore;
  let fixture: ManyChangesMunicipality;

  beforeAll(async () => {
    store = await kind.start();
    fixture = await aMunicipalityWithManyChanges(store);
  });
  afterAll(() => store?.stop());

  async function asConsultant(
    options: BrowserContextOptions,
    path: string,
    run: (page: Page) => Promise<void>,
  ) {
    const context = await browser.newContext(options);
    context.setDefaultTimeout(30_000);
    const [name, value] = fixture.consultant.split('=');
    await context.addCookies([{ name: name!, value: value!, url: store.url }]);
    try {
      const page = await context.newPage();
      await page.goto(`${store.url}/app${path}`);
      await run(page);
    } finally {
      await context.close();
    }
  }

  it(
    "when the consultant opens the school's heatmap, then it says what all 15 changes amount to and marks the three that hold and the one that may be chance",
    async () => {
      for (const [device, options] of [
        ['laptop', LAPTOP],
        ['phone', PHONE],
      ] as const)
        await asConsultant(options, `/units/${fixture.org.school.id}`, async (page) => {
          const line = page.locator('p.many-changes').first();
          await expect(line.textContent()).resolves.toBe(
            'Udvikling i alle de enheder, du kan se: 15 ændringer vurderet; 4 markeret på 95 %-niveau. ' +
              'Alene ved tilfældighed ville omkring 0,8 blive markeret, selv hvis intet havde ændret sig. ' +
              '3 holder, når alle 15 vurderes samlet (højst 5 % falske fund).',
          );
          // 6.A's and 7.A's wellbeing, 7.A's own goal; 9.A's fall may be chance.
          const heatmap = page.locator('table.heatmap');
          await expect(heatmap.locator('.fdr.holds').count()).resolves.toBe(3);
          const chance = heatmap.locator('.fdr.may-be-chance');
          await expect(chance.count()).resolves.toBe(1);
          await expect(chance.locator('xpath=ancestor::tr/th').textContent()).resolves.toContain('9.A');
          // The status stays the rule's: 9.A did not rise.
          await expect(chance.locator('xpath=..').locator('.status').textContent()).resolves.toBe(
            'Ikke nået',
          );
          expect(await seriousAxeViolations(page, `heatmap with marks (${device})`)).toEqual([]);
          await screenshot(page, `${slug}-many-changes-heatmap-${device}`);
        });
    },
    BROWSER_TEST_MS,
  );

  it(
    "when the consultant follows the wellbeing goal down in English, then the line counts that goal's 7 changes among the 15",
    async () => {
      await asConsultant(
        LAPTOP,
        `/units/${fixture.org.school.id}?goal=${fixture.goalIds.wellbeing}`,
        async (page) => {
          await page.getByRole('button', { name: 'English' }).click();
          await expect(page.locator('p.many-changes').first().textContent()).resolves.toBe(
            'Trends across all the units you can see: 7 changes judged for this goal; 3 marked at 95 %. ' +
              'By chance alone about 0.3 would be marked even if nothing had changed. ' +
              '2 of them hold when all 15 changes you can see are judged together (false discovery rate 5 %).',
          );
          await screenshot(page, `${slug}-many-changes-heatmap-one-goal-english`);
        },
      );
    },
    BROWSER_TEST_MS,
  );

  it(
    "when 9.A's indicators are shown, then its one marked change says it may be chance, and 6.A's six say they hold",
    async () => {
      for (const [device, options] of [
        ['laptop', LAPTOP],
        ['phone', PHONE],
      ] as const) {
        await asConsultant(options, `/units/${fixture.org.classes.get(9)!.id}`, async (page) => {
          const table = page.locator('.indicators details.round[open]').first();
          // The indicators load after the heatmap.
          await table.locator('p.many-changes').waitFor();
          await expect(table.locator('.fdr.may-be-chance').count()).resolves.toBe(1);
          await expect(table.locator('.fdr.holds').count()).resolves.toBe(0);
          await expect(table.locator('p.many-changes').textContent()).resolves.toBe(
            'Mange ændringer på én gang: 12 ændringer vurderet; 1 markeret på 95 %-niveau. ' +
              'Alene ved tilfældighed ville omkring 0,6 blive markeret, selv hvis intet havde ændret sig. ' +
              'Ingen af dem holder, når alle 12 vurderes samlet (højst 5 % falske fund).',
          );
          await table.scrollIntoViewIfNeeded();
          expect(await seriousAxeViolations(page, `9.A's indicators (${device})`)).toEqual([]);
          await screenshot(page, `${slug}-many-changes-unit-9a-${device}`);
        });
      }
      await asConsultant(LAPTOP, `/units/${fixture.org.classes.get(6)!.id}`, async (page) => {
        const table = page.locator('.indicators details.round[open]').first();
        await table.locator('p.many-changes').waitFor();
        await expect(table.locator('.fdr.holds').count()).resolves.toBe(6);
        await screenshot(page, `${slug}-many-changes-unit-6a-laptop`);
      });
    },
    BROWSER_TEST_MS,
  );
});
