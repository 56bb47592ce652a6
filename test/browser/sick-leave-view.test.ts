import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { OrgUnit } from '../../core/org/org-unit';
import type { SickLeaveRecord } from '../../core/sick-leave/figures-record';
import { insertSickLeaveRecords } from '../../db/repositories/sick-leave-records';
import type { SickLeaveTable as ServerSickLeaveTable } from '../../server/use-cases/sick-leave-figures';
import type * as App from '../../web/app/api/sick-leave-types';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser } from '../builders/staff';
import {
  LAPTOP,
  launchChromium,
  PHONE,
  pressUntilFocused,
  screenshot,
  seriousAxeViolations,
} from '../support/browser';
import { sameOrigin } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

// The app mirrors the server's JSON type (it must not import the database layer): it must still fit.
type Fits<Server, Mirror> = Server extends Mirror ? true : never;
export const _sickLeaveTypesFit: Fits<ServerSickLeaveTable, App.SickLeaveTable> = true;

/*
 * The sick-leave view of the dashboard app: the rolling-12-month line, the units × months table
 * with the small class hidden and saying why, the choice of quarters by keyboard, the drill-down
 * and the download links. Real Chromium, real server, one store.
 */

const BROWSER_TEST_MS = 180_000;
const kind = STORES[0]!;
const slug = kind.name.replace(/\W+/g, '-');
const MONTHS = Array.from(
  { length: 24 },
  (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);

/**
 * Sick leave with winter peaks, falling through 2025: planned 20 days per person, sick `base` % of
 * it, +50 % in January–March, and 2 % less each month of 2025 than the same month of 2024.
 */
function monthsOf(unit: OrgUnit, people: number, base: number): SickLeaveRecord[] {
  return MONTHS.map((month, i) => {
    const winter = (Number(month.slice(5)) <= 3 ? 1.5 : 1) * (i < 12 ? 1 : 1 - 0.02 * (i - 11));
    return {
      unitId: unit.id,
      periodKind: 'month',
      periodStart: `${month}-01`,
      plannedDays: people * 20,
      sickDays: Math.round(people * 20 * base * winter) / 100,
      shortTermDays: null,
      longTermDays: null,
      selfCertifiedDays: null,
      doctorCertifiedDays: null,
      employees: people,
    };
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe(`${kind.name}: the sick-leave view`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  const consultant = { email: '', password: '' };

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).withClasses([1, 6, 9]).create();
    const [first, sixth, ninth] = [1, 6, 9].map((g) => org.classes.get(g)!) as [OrgUnit, OrgUnit, OrgUnit];
    await insertSickLeaveRecords(store.db, {
      municipalityId: org.municipality.id,
      fileName: 'two years',
      records: [
        ...monthsOf(first, 12, 5),
        ...monthsOf(sixth, 18, 7),
        ...monthsOf(ninth, 3, 6),
        ...monthsOf(org.daycare, 25, 8),
      ],
    });
    Object.assign(consultant, await aStaffUser(store.db, org.root, 'consultant'));
  });
  afterAll(() => store?.stop());

  async function loggedIn(options: object, run: (page: Page, context: BrowserContext) => Promise<void>) {
    const context = await browser.newContext(options);
    context.setDefaultTimeout(30_000);
    try {
      const page = await context.newPage();
      await page.goto(`${store.url}/app/sick-leave/${org.school.id}`);
      await page.waitForURL(/\/login\?next=/);
      await page.fill('input[name=email]', consultant.email);
      await page.fill('input[name=password]', consultant.password);
      await page.click('button[type=submit]');
      await page.waitForURL(`${store.url}/app/sick-leave/${org.school.id}`);
      await run(page, context);
    } finally {
      await context.close();
    }
  }

  it(
    'when the consultant opens the school, then the line, the table with the hidden class saying why, and the downloads are there',
    async () => {
      for (const [device, options] of [
        ['laptop', LAPTOP],
        ['phone', PHONE],
      ] as const)
        await loggedIn(options, async (page) => {
          await page.getByRole('heading', { level: 1, name: /Sygefravær/ }).waitFor();
          await expect(page.locator('h1 small').textContent()).resolves.toBe(org.school.name);
          await expect(page.getByText('alle ansatte, ikke en stikprøve').count()).resolves.toBe(1);
          // Two years of months: windows ending Dec 2024 … Dec 2025 hold twelve months each.
          await page.locator('.rolling-chart svg circle.point').first().waitFor();
          await expect(page.locator('.rolling-chart svg circle.point').count()).resolves.toBe(13);
          const table = page.locator('table.sick-leave-table');
          await expect(table.locator('thead th').count()).resolves.toBe(13);
          const ninth = table.locator('tbody tr', { hasText: '9.A' });
          await expect(ninth.locator('td.hidden-value').count()).resolves.toBe(12);
          await expect(ninth.locator('td').first().textContent()).resolves.toContain(
            'Skjult: færre end 5 ansatte her eller i en enhed, det ville afsløre.',
          );
          await expect(ninth.locator('td .rate').count()).resolves.toBe(0);
          // The school in December 2025: 1.A 12 + 6.A 18 + 9.A 3 = 33 people.
          const school = table.locator('tbody tr.top-row td').last();
          await expect(school.textContent()).resolves.toContain('n = 33 ansatte');
          await expect(page.getByRole('link', { name: 'Excel (XLSX)' }).getAttribute('href')).resolves.toBe(
            `/api/exports/sick-leave.xlsx?lang=da&granularity=month&unitId=${org.school.id}`,
          );
          expect(await seriousAxeViolations(page, `sick leave on a ${device}`)).toEqual([]);
          await screenshot(page, `${slug}-sick-leave-${device}`);
        });
    },
    BROWSER_TEST_MS,
  );

  it(
    'when the consultant chooses quarters with the keyboard and opens a class, then the table follows and the class has its own view',
    async () => {
      await loggedIn(LAPTOP, async (page) => {
        await page.locator('table.sick-leave-table').waitFor();
        await pressUntilFocused(page, page.getByRole('link', { name: 'Kvartaler' }), 'Tab', 30);
        await page.keyboard.press('Enter');
        await page.waitForURL(`${store.url}/app/sick-leave/${org.school.id}?granularity=quarter`);
        // The address changes at once; the table follows when the quarters have loaded.
        const headers = page.locator('table.sick-leave-table thead th');
        await headers.filter({ hasText: /^K1 2024$/ }).waitFor();
        await expect(headers.nth(1).textContent()).resolves.toBe('K1 2024');
        await expect(headers.count()).resolves.toBe(9);
        await page.getByRole('link', { name: '6.A' }).click();
        await page.waitForURL(`${store.url}/app/sick-leave/${org.classes.get(6)!.id}?granularity=quarter`);
        await page.locator('h1 small', { hasText: /^6\.A$/ }).waitFor();
        await expect(page.locator('nav.crumbs').textContent()).resolves.toContain(org.school.name);
        expect(await seriousAxeViolations(page, 'sick leave of a class by quarter')).toEqual([]);
        await screenshot(page, `${slug}-sick-leave-class-quarters`);
      });
    },
    BROWSER_TEST_MS,
  );
  it(
    'when the contract has "falling, and below 7 % at every institution", then its card and heatmap show counts without intervals and the hidden class saying why',
    async () => {
      await loggedIn(LAPTOP, async (page) => {
        // Contract and goal through the same API the contract page uses.
        const contract = await page.request.post(`${store.url}/api/contracts`, {
          headers: sameOrigin(store.url),
          data: { title: 'Kvalitetskontrakt 2025', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
        });
        const contractId = ((await contract.json()) as { id: string }).id;
        await page.request.post(`${store.url}/api/contracts/${contractId}/service-areas`, {
          headers: sameOrigin(store.url),
          data: { name: 'Personale' },
        });
        const goal = await page.request.post(`${store.url}/api/contracts/${contractId}/goals`, {
          headers: sameOrigin(store.url),
          data: {
            serviceArea: 'personale',
            title: { da: 'Sygefraværet falder og er under 7 % på hver institution' },
            instrumentKey: 'sick-leave',
            indicatorKey: 'rate',
            scopeUnitId: org.root.id,
            eachUnitKind: 'institution',
            rule: {
              type: 'all',
              rules: [
                { type: 'trend', direction: 'falling' },
                { type: 'threshold', op: '<', target: 0.07 },
              ],
            },
            deadline: '2025-12-31',
          },
        });
        expect(goal.status()).toBe(201);
        const goalId = ((await goal.json()) as { id: string }).id;

        await page.goto(`${store.url}/app`);
        const card = page.locator('article.card', { hasText: 'Sygefraværet falder' });
        await card.waitFor();
        // 2025 against 2024: the school (about 6 %) falls and is below 7 %; the daycare (about 8 %) is not.
        await expect(card.textContent()).resolves.toContain('1 af 2 institutioner når målet');
        await expect(card.textContent()).resolves.toContain('Ikke nået: Testbørnehaven');
        await expect(card.locator('.spread').textContent()).resolves.toMatch(
          /^n = 58 ansatte · 95 %-interval: intet \(alle ansatte tælles\)$/,
        );
        await expect(card.locator('.change-line').textContent()).resolves.toContain(
          'Ændring fra samme periode sidste år',
        );
        await expect(card.locator('svg line.ci-bar').count()).resolves.toBe(0);
        expect(await seriousAxeViolations(page, 'a sick-leave goal card')).toEqual([]);
        await screenshot(page, `${slug}-sick-leave-goal-overview`);

        await page.goto(`${store.url}/app/units/${org.school.id}?goal=${goalId}`);
        const heatmap = page.locator('table.heatmap');
        await heatmap.locator('tbody tr', { hasText: '9.A' }).waitFor();
        const ninth = heatmap.locator('tbody tr', { hasText: '9.A' });
        await expect(ninth.textContent()).resolves.toContain('Skjult: færre end 5 ansatte');
        await expect(ninth.locator('.value').count()).resolves.toBe(0);
        const school = heatmap.locator('tbody tr').first();
        await expect(school.textContent()).resolves.toContain('n = 33 ansatte');
        await expect(school.locator('.ci').count()).resolves.toBe(0);
        expect(await seriousAxeViolations(page, 'a sick-leave goal in the heatmap')).toEqual([]);
        await screenshot(page, `${slug}-sick-leave-goal-heatmap`);
      });
    },
    BROWSER_TEST_MS,
  );
});
