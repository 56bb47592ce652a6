import { wordsShown } from '../support/english-words';
import type { Browser, Page } from 'playwright-core';
import { MEASURED_LIBRARY } from '../../core/measured/measured-library';
import { periodHolding, periodStartDate, reportYearOf } from '../../core/measured/measured-period';
import { monthIndex } from '../../core/sick-leave/month-index';
import { saveMeasuredDefinition } from '../../db/repositories/measured-definitions';
import { upsertMeasuredValues } from '../../db/repositories/measured-values';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { LAPTOP, launchChromium, screenshot, seriousAxeViolations, waitUntilTrue } from '../support/browser';
import { getJson, postJson } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * A goal on a measured indicator in the app, in Danish: the goal form offers the municipality's
 * measured indicators, a share's target is typed in per cent, and the goal is stored on the
 * indicator's key; the overview's card and the heatmap then show its register figure with n and
 * no interval. Real Chromium, real server, one store (the integration tests run the API on both).
 */
const BROWSER_TEST_MS = 180_000;
const kind = STORES[0]!;
const year = new Date().getUTCFullYear();
const TITLE = 'Mindst 95 % af timerne læses af linjefagsuddannede lærere';
const ENGLISH = ['Measured', 'indicators', 'Interval', 'none', 'register', 'figures', 'Hidden', 'the'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 120_000);
afterAll(() => browser?.close());

describe(`${kind.name}: a goal on a measured indicator in the app`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let consultant: { email: string; password: string };
  let contractId = '';
  let reportYear = year;
  const url = (path: string) => `${store.url}${path}`;

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).withClasses([6]).create();
    const teachers = MEASURED_LIBRARY.find((d) => d.key === 'qualified-teacher-lessons')!;
    await saveMeasuredDefinition(store.db, org.municipality.id, teachers);
    // The last two school years that have ended: 92 % of lessons, then 97 %, 20 teachers.
    const now = monthIndex(new Date().toISOString()) - 1;
    let last = periodHolding('school-year', now);
    if (last.last > now) last = periodHolding('school-year', last.first - 1);
    const before = periodHolding('school-year', last.first - 12);
    reportYear = reportYearOf(last);
    await upsertMeasuredValues(
      store.db,
      org.municipality.id,
      [
        [before, 920],
        [last, 970],
      ].map(([period, numerator]) => ({
        indicatorKey: teachers.key,
        unitId: org.school.id,
        periodStart: periodStartDate(period as typeof last),
        numerator: numerator as number,
        denominator: 1000,
        persons: 20,
        source: 'hand' as const,
      })),
    );
    consultant = await aStaffUser(store.db, org.root, 'consultant');
    const cookie = await logIn(store.url, consultant);
    const contract = {
      title: 'Kvalitetskontrakt',
      periodStart: `${year - 1}-01-01`,
      periodEnd: `${year + 1}-12-31`,
    };
    contractId = (await postJson(url('/api/contracts'), contract, { cookie })).body.id;
    await postJson(url(`/api/contracts/${contractId}/service-areas`), { name: 'Skole' }, { cookie });
  });
  afterAll(() => store?.stop());

  async function checkScreen(page: Page, name: string) {
    await waitUntilTrue(page, `!document.querySelector('.loading')`);
    expect([name, await seriousAxeViolations(page, name)]).toEqual([name, []]);
    expect([name, await wordsShown(page, ENGLISH, 'main')]).toEqual([name, []]);
    await screenshot(page, name);
  }

  it(
    'when a Danish consultant sets "over 95 %" on qualified teachers’ lessons, then it is stored as 0.95 on the measured indicator and its card shows n and no interval',
    async () => {
      const context = await browser.newContext(LAPTOP);
      context.setDefaultTimeout(30_000);
      const page = await context.newPage();
      await page.goto(url('/login'));
      await page.fill('#email', consultant.email);
      await page.fill('#password', consultant.password);
      await Promise.all([page.waitForURL(/\/app/), page.click('button[type=submit]')]);

      await page.goto(url(`/app/contracts/${contractId}/goals/new?area=skole`));
      await page.locator('#goal-indicator').waitFor();
      const group = page.locator('#goal-indicator optgroup[label="Målte indikatorer"]');
      expect(await group.locator('option').allInnerTexts()).toEqual([
        'Andel timer læst af linjefagsuddannede lærere',
      ]);
      await page.selectOption('#goal-indicator', 'measured/qualified-teacher-lessons');
      // No breakdowns and no period to choose: a measured goal is judged per (school) year.
      expect(await page.locator('#goal-breakdown, #goal-period').count()).toBe(0);
      await page.fill('#goal-title', TITLE);
      await page.fill('#goal-target', '95');
      await checkScreen(page, 'goal-new-measured-da-1280');
      await page.getByRole('button', { name: 'Opret målet' }).click();
      await page.waitForURL(/\/app\/goals\/[0-9a-f-]{36}\?created=1$/);
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      expect(await page.locator('.goal-facts').innerText()).toContain('over 95,0 %');

      const cookie = await logIn(store.url, consultant);
      const detail = (await getJson(url(`/api/contracts/${contractId}`), { cookie })).body;
      expect(
        detail.areas[0].goals.map((g: Record<string, unknown>) => [
          g.instrumentKey,
          g.indicatorKey,
          g.rule,
          g.measurePeriod,
          g.unit,
        ]),
      ).toEqual([
        [
          'measured',
          'qualified-teacher-lessons',
          { type: 'threshold', op: '>', target: 0.95 },
          null,
          'share',
        ],
      ]);

      // The overview's card for the year the last school year reports in: 97 %, its 20 teachers,
      // no interval for a register figure.
      await page.goto(url(`/app/contracts/${contractId}?year=${reportYear}`));
      const card = page.locator('article', { hasText: TITLE });
      await card.locator('.big').waitFor();
      expect(await card.locator('.big').innerText()).toBe('97,0 %');
      expect(await card.locator('.spread').innerText()).toContain('n = 20');
      expect(await card.locator('.spread').innerText()).toContain('registertal tæller alle');
      await checkScreen(page, 'overview-measured-da-1280');
      await context.close();
    },
    BROWSER_TEST_MS,
  );
});
