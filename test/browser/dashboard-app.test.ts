import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import express from 'express';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { OrgUnit } from '../../core/org/org-unit';
import { createUnit } from '../../db/repositories/org-units';
import { findRound } from '../../db/repositories/rounds';
import { dashboardAppRoutes } from '../../server/routes/dashboard-app';
import type { loadContractList } from '../../server/use-cases/contract-view';
import type { GoalOverview as ServerGoalOverview } from '../../server/use-cases/goal-overview';
import type { UnitIndicators as ServerUnitIndicators } from '../../server/use-cases/unit-indicators';
import type { IndicatorDetail as ServerIndicatorDetail } from '../../server/use-cases/indicator-detail';
import type { FollowUpReport } from '../../core/reports/follow-up-report';
import type * as App from '../../web/app/api/api-types';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser } from '../builders/staff';
import { getJson, postJson, sameOrigin, submit } from '../support/http';
import {
  LAPTOP,
  launchChromium,
  PHONE,
  pressUntilFocused,
  screenshot,
  seriousAxeViolations,
  waitUntilTrue,
} from '../support/browser';
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
export const _apiTypesFit: [
  Fits<ServerGoalOverview, App.GoalOverview>,
  Fits<ServerUnitIndicators, App.UnitIndicators>,
  Fits<Awaited<ReturnType<typeof loadContractList>>, App.ContractList>,
  Fits<FollowUpReport, App.FollowUpReport>,
  Fits<ServerIndicatorDetail, App.IndicatorDetail>,
] = [true, true, true, true, true];

/*
 * The dashboard app (Vite + Preact, served at /app): the contract overview's goal cards and the
 * organisation tree's heatmap, in three languages, on a phone and a laptop, by keyboard. Real
 * Chromium, real server; the app reads the same APIs as everyone else.
 */

const BROWSER_TEST_MS = 180_000;
const year = new Date().getUTCFullYear();
const kind = STORES[0]!; // One store: the app reads the same JSON on both, and the tests are slow.
const slug = kind.name.replace(/\W+/g, '-');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe(`${kind.name}: the dashboard app`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let otherSchool: OrgUnit;
  const consultant = { email: '', password: '' };
  const leader = { email: '', password: '' };
  let thisYearRound: BuiltRound;

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).withClasses([1, 6, 7, 9]).create();
    const unit = (parent: OrgUnit, kindOf: OrgUnit['kind'], name: string, grade?: number) =>
      createUnit(store.db, {
        municipalityId: org.municipality.id,
        parent,
        kind: kindOf,
        name,
        sector: 'school',
        grade,
      });
    otherSchool = await unit(org.area, 'institution', 'Vestskolen');
    const otherClass = await unit(otherSchool, 'group', '6.B', 6);
    const classes = [...org.classes.values(), otherClass];
    const lastYear = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
      .forUnits(classes)
      .create();
    const thisYear = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
      .forUnits(classes)
      .create();
    const pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
    const answer = async (round: BuiltRound, unit: OrgUnit, count: number, happy: (i: number) => boolean) => {
      for (let i = 0; i < count; i++)
        await submit(
          store.url,
          round.codes.get(unit.id)!,
          pupilAnswers(pupil, { grade: unit.grade!, wellbeing: happy(i) ? 5 : 1, bullied: false }),
        );
    };
    const [first, sixth, seventh, ninth] = [1, 6, 7, 9].map((g) => org.classes.get(g)!);
    // Last year 6.A: 5 of 10 express wellbeing; this year all do. 9.A has 3 answers: too few to show,
    // and 7.A's 5 (asked the same grades 4-9 items) are hidden beside it.
    await answer(lastYear, sixth!, 10, (i) => i < 5);
    await answer(lastYear, first!, 6, () => true);
    await answer(thisYear, sixth!, 10, () => true);
    await answer(thisYear, first!, 6, () => true);
    await answer(thisYear, seventh!, 5, () => true);
    await answer(thisYear, ninth!, 3, () => true);
    await answer(thisYear, otherClass, 8, () => true);
    await store.settled();
    // Responses cannot go to a closed round, so last year's round moves back a year afterwards.
    await store.db.execute(
      sql`update rounds set opens_on = opens_on - 365, closes_on = closes_on - 365 where id = ${lastYear.roundId}`,
    );
    Object.assign(consultant, await aStaffUser(store.db, org.root, 'consultant'));
    Object.assign(leader, await aStaffUser(store.db, org.school, 'leader'));
    await makeContract(store, org, consultant);
    // Last year's round has closed (its recompute for the new goals released it); this year's is published now.
    await store.release(thisYear.roundId);
    thisYearRound = thisYear;
  });
  afterAll(() => store?.stop());

  async function loggedIn<T>(
    user: { email: string; password: string },
    options: object,
    run: (page: Page, context: BrowserContext) => Promise<T>,
  ): Promise<T> {
    const context = await browser.newContext(options);
    context.setDefaultTimeout(30_000);
    try {
      const page = await context.newPage();
      await page.goto(`${store.url}/app`);
      // Not logged in: the server sends the page to /login, which comes back to /app afterwards.
      await page.waitForURL(/\/login\?next=%2Fapp/);
      await page.fill('input[name=email]', user.email);
      await page.fill('input[name=password]', user.password);
      await page.click('button[type=submit]');
      await page.waitForURL(/\/app$/);
      return await run(page, context);
    } finally {
      await context.close();
    }
  }

  const card = (page: Page, title: string) =>
    page.locator('article.card', { has: page.getByRole('heading', { name: title }) });

  it(
    'when the consultant opens the app, then every goal is a card with status, value, interval, n, a sparkline since the baseline and the units meeting it',
    async () => {
      for (const [device, options] of [
        ['laptop', LAPTOP],
        ['phone', PHONE],
      ] as const)
        await loggedIn(consultant, options, async (page) => {
          await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
            'Kvalitetskontrakt',
          );
          const wellbeing = card(page, 'Trivsel over 90 %');
          // 27 of 27 pupils in grades 1, 6, 9; Wilson's lower bound 27/(27 + 1.96²) = 0.8754 < 0.9: uncertain.
          await expect(wellbeing.locator('.status').first().textContent()).resolves.toBe('Usikkert');
          const result = await wellbeing.locator('.result').textContent();
          expect(result).toContain('100,0 %');
          expect(result).toContain('87,5 %–100,0 %');
          expect(result).toContain('n = 27');
          await expect(wellbeing.locator('svg circle.point').count()).resolves.toBe(2);
          await expect(wellbeing.locator('.tally').textContent()).resolves.toContain(
            'af 4 klasser og grupper når målet',
          );
          const rising = card(page, 'Trivslen stiger');
          await expect(rising.locator('.status').first().textContent()).resolves.toBe('Nået');
          await expect(rising.locator('svg[role=img]').getAttribute('aria-label')).resolves.toMatch(
            /udgangspunkt\): 68,8 %, n = 16; \d{4}: 100,0 %, n = 32/,
          );
          expect(await seriousAxeViolations(page, `overview on a ${device}`)).toEqual([]);
          await screenshot(page, `${slug}-app-overview-${device}`);
          if (device === 'phone') return;
          // A card's own controls work from the keyboard: its measurements open with Enter.
          await pressUntilFocused(page, wellbeing.locator('summary'), 'Tab', 25);
          await page.keyboard.press('Enter');
          await expect(wellbeing.locator('details.trend-table[open] tbody tr').count()).resolves.toBe(2);
        });
    },
    BROWSER_TEST_MS,
  );

  it(
    'when the language is switched to English and Norwegian, then the cards, the status and the page language follow',
    async () => {
      await loggedIn(consultant, LAPTOP, async (page) => {
        await page.getByRole('button', { name: 'English' }).click();
        await expect(
          card(page, 'Wellbeing above 90 %').locator('.status').first().textContent(),
        ).resolves.toBe('Uncertain');
        // The page language follows the words (set after they render).
        await waitUntilTrue(page, "document.documentElement.lang === 'en'", 5_000);
        await expect(page.getByText('Target', { exact: true }).count()).resolves.toBeGreaterThan(0);
        await screenshot(page, `${slug}-app-overview-english`);
        await page.getByRole('button', { name: 'Norsk' }).click();
        await expect(
          card(page, 'Trivsel over 90 % (nb)').locator('.status').first().textContent(),
        ).resolves.toBe('Usikkert');
        // The page language follows the words (set after they render).
        await waitUntilTrue(page, "document.documentElement.lang === 'nb'", 5_000);
        await expect(page.getByText('Målsetting', { exact: true }).count()).resolves.toBeGreaterThan(0);
        // The choice is kept for the next visit.
        await page.reload();
        // The page language follows the words (set after they render).
        await waitUntilTrue(page, "document.documentElement.lang === 'nb'", 5_000);
      });
    },
    BROWSER_TEST_MS,
  );

  it(
    'when the consultant drills with the keyboard from the municipality to a class, then each level shows its heatmap, the hidden class says why, and Back returns',
    async () => {
      await loggedIn(consultant, LAPTOP, async (page) => {
        await pressUntilFocused(
          page,
          page.getByRole('link', { name: 'Organisation', exact: true }),
          'Tab',
          12,
        );
        await page.keyboard.press('Enter');
        await headingShows(page, org.root.name);
        const steps = [
          [org.area, 'Børn og Unge'],
          [org.school, 'Testskolen'],
          [org.classes.get(9)!, '9.A'],
        ] as const;
        for (const [unit, name] of steps) {
          const link = page.locator('table.heatmap a.unit-name', { hasText: name });
          await pressUntilFocused(page, link, 'Tab', 40);
          await page.keyboard.press('Enter');
          await page.waitForURL(`${store.url}/app/units/${unit.id}`);
          await headingShows(page, name);
          if (name === 'Testskolen') {
            expect(await seriousAxeViolations(page, 'tree at a school')).toEqual([]);
            await screenshot(page, `${slug}-app-tree-school-laptop`);
          }
        }
        const cells = page.locator('table.heatmap tbody tr').first().locator('td.heat.hidden');
        await expect(cells.first().textContent()).resolves.toContain(
          'Færre end 5 svar her eller i en gruppe, det ville afsløre',
        );
        const indicators = page.locator('.indicators');
        await indicators.getByText('Skjult: færre end 5 svar').first().waitFor();
        expect(await seriousAxeViolations(page, 'tree at a class')).toEqual([]);
        await screenshot(page, `${slug}-app-tree-class-laptop`);
        await page.goBack();
        await page.waitForURL(`${store.url}/app/units/${org.school.id}`);
        await headingShows(page, 'Testskolen');
      });
    },
    BROWSER_TEST_MS,
  );

  it(
    "when the consultant opens 6.A's wellbeing, then the chart and table show both rounds with intervals, the significant rise, the school and the municipality; the XLSX export holds the same numbers",
    async () => {
      await loggedIn(consultant, { ...LAPTOP, acceptDownloads: true }, async (page) => {
        const sixth = org.classes.get(6)!;
        await page.goto(`${store.url}/app/units/${sixth.id}`);
        await page
          .getByRole('link', { name: 'Elever, der udtrykker trivsel: udvikling og fordeling' })
          .first()
          .click();
        await page.waitForURL(`${store.url}/app/units/${sixth.id}/indicators/pupil-wellbeing/wellbeing`);
        await headingShows(page, 'Elever, der udtrykker trivsel');
        // Two rounds of 6.A: 5 of 10, then 10 of 10; each a point with its interval bar.
        const chart = page.locator('figure.indicator-chart > svg');
        await expect(chart.locator('.series.unit circle.point').count()).resolves.toBe(2);
        await expect(chart.locator('.series.unit line.ci-bar').count()).resolves.toBe(2);
        // 50 % → 100 %: Newcombe's interval for the difference lies above zero, so the rise is marked.
        await expect(chart.locator('path.change-arrow.improved').count()).resolves.toBe(1);
        const rows = page.locator('table.detail-table tbody tr');
        await expect(rows.count()).resolves.toBe(2);
        const latest = await rows.first().textContent();
        expect(latest).toContain('100,0 %');
        expect(latest).toContain('n = 10');
        expect(latest).toContain('forbedret');
        expect(await rows.nth(1).textContent()).toContain('50,0 %');
        const headers = await page.locator('table.detail-table thead th').allTextContents();
        expect(headers.join(' | ')).toContain('Testskolen (overordnet enhed)');
        expect(headers.join(' | ')).toContain(`${org.root.name} (hele kommunen)`);
        expect(await seriousAxeViolations(page, 'indicator detail')).toEqual([]);
        await screenshot(page, `${slug}-app-indicator-detail-laptop`);

        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: 'Excel (XLSX)' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile((await download.path())!);
        const sheet = workbook.worksheets[0]!;
        const table = sheet.getSheetValues().filter(Boolean) as unknown[][];
        const header = table[0]!.slice(1) as string[];
        const column = (name: string) => header.indexOf(name) + 1;
        const totals = table
          .slice(1)
          .filter((r) => r[column('Enhed')] === '6.A' && r[column('Gruppe')] === 'I alt');
        expect(totals.map((r) => [r[column('n')], r[column('Værdi')]])).toEqual([
          [10, 0.5],
          [10, 1],
        ]);
      });
    },
    BROWSER_TEST_MS,
  );

  it(
    'when a school leader opens the tree on a phone, then she sees only her school and its classes',
    async () => {
      await loggedIn(leader, PHONE, async (page) => {
        await page.getByRole('link', { name: 'Organisation', exact: true }).click();
        await headingShows(page, 'Testskolen');
        const rows = await page.locator('table.heatmap tbody th .unit-name').allTextContents();
        expect(rows).toEqual(['Testskolen', '1.A', '6.A', '7.A', '9.A']);
        await expect(page.getByText('Vestskolen').count()).resolves.toBe(0);
        expect(await seriousAxeViolations(page, 'tree for a school leader')).toEqual([]);
        await screenshot(page, `${slug}-app-tree-leader-phone`);
        // Another school's address is not hers: the app says there is no such page.
        await page.goto(`${store.url}/app/units/${otherSchool.id}`);
        await headingShows(page, 'Siden findes ikke.', { exact: true });
      });
    },
    BROWSER_TEST_MS,
  );

  it(
    'when a staff representative (viewer) and an administrator log in, then both read the overview; only the administrator is offered administration, and the API refuses the viewer any change',
    async () => {
      const viewer = await aStaffUser(store.db, org.root, 'viewer');
      const admin = await aStaffUser(store.db, org.root, 'admin');
      await loggedIn(viewer, LAPTOP, async (page) => {
        await headingShows(page, 'Kvalitetskontrakt', { exact: true });
        await card(page, 'Trivsel over 90 %').waitFor();
        await page.locator('header.top .user-name').waitFor();
        await expect(page.getByRole('link', { name: 'Administration' }).count()).resolves.toBe(0);
        // Hiding a button is not the protection: the API itself refuses the viewer's changes.
        const goal = await page.request.get(`${store.url}/api/goals`);
        const goalId = ((await goal.json()) as App.GoalOverview).contracts[0]!.goals[0]!.id;
        const change = await page.request.patch(`${store.url}/api/goals/${goalId}`, {
          headers: sameOrigin(store.url),
          data: { title: { da: 'Ændret af en læser' } },
        });
        expect(change.status()).toBe(403);
        const contract = await page.request.post(`${store.url}/api/contracts`, {
          headers: sameOrigin(store.url),
          data: { title: 'Ny kontrakt', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` },
        });
        expect(contract.status()).toBe(403);
        await screenshot(page, `${slug}-app-overview-viewer`);
      });
      await loggedIn(admin, LAPTOP, async (page) => {
        await page.getByRole('link', { name: 'Administration' }).click();
        await page.waitForURL(`${store.url}/app/admin/users`);
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
        await page.goto(`${store.url}/app`);
        await page.getByRole('link', { name: 'Køer' }).click();
        await page.waitForURL(/\/admin\/queues/);
      });
    },
    BROWSER_TEST_MS,
  );

  it(
    'when the session ends while the app is open, then the next view sends the user to the login page and back',
    async () => {
      await loggedIn(consultant, LAPTOP, async (page, context) => {
        await headingShows(page, 'Kvalitetskontrakt', { exact: true });
        // The overview has finished loading (a busy machine is slow), so the click is the next view.
        await page.waitForLoadState('networkidle');
        await context.clearCookies();
        await page.getByRole('link', { name: 'Organisation', exact: true }).click();
        await page.waitForURL(/\/login\?next=%2Fapp%2Funits$/);
        await page.fill('input[name=email]', consultant.email);
        await page.fill('input[name=password]', consultant.password);
        await page.click('button[type=submit]');
        await page.waitForURL(`${store.url}/app/units`);
        await headingShows(page, org.root.name);
      });
    },
    BROWSER_TEST_MS,
  );

  it(
    'when fewer new answers came than a release shows, then the tables say their numbers are as of the earlier release; a round not yet released says when its results come; quality staff may publish from the rounds page',
    async () => {
      const sixth = org.classes.get(6)!;
      const pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      const firstRelease = (
        await getJson(`${store.url}/api/rounds/${thisYearRound.roundId}/releases`, {
          cookie: await logInCookie(store.url, consultant),
        })
      ).body.releases[0].releasedAt as string;
      // One more pupil of 6.A, then a release: 6.A and every unit above keep their numbers.
      await submit(
        store.url,
        thisYearRound.codes.get(sixth.id)!,
        pupilAnswers(pupil, { grade: 6, wellbeing: 1, bullied: false }),
      );
      await store.release(thisYearRound.roundId);
      // A later round that has answers but no release yet.
      const later = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([sixth])
        .create();
      await store.db.execute(
        sql`update rounds set opens_on = current_date, title = ${JSON.stringify({ da: 'Trivselsmåling, efterår', nb: 'Trivselsmåling, høst', en: 'Pupil wellbeing, autumn' })}::jsonb where id = ${later.roundId}`,
      );
      await submit(
        store.url,
        later.codes.get(sixth.id)!,
        pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }),
      );
      await store.settled();
      const closes = new Date(
        `${(await findRound(store.db, later.roundId))!.closesOn}T12:00:00Z`,
      ).toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric' });
      const asOf = new Date(firstRelease).toLocaleDateString('da-DK', {
        timeZone: 'Europe/Copenhagen',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      });
      await loggedIn(consultant, LAPTOP, async (page) => {
        await page.goto(`${store.url}/app/units/${sixth.id}`);
        const indicators = page.locator('.indicators');
        await indicators.getByText(`Resultaterne offentliggøres, når målingen lukker ${closes}`).waitFor();
        const line = indicators
          .locator('tr', { has: page.getByRole('link', { name: /^Elever, der udtrykker trivsel:/ }) })
          .first();
        await expect(line.textContent()).resolves.toContain(`pr. ${asOf}`);
        await expect(line.textContent()).resolves.toContain('100,0 %');
        await expect(line.textContent()).resolves.toContain('10');
        expect(await seriousAxeViolations(page, 'unit indicators with a carried value')).toEqual([]);
        await screenshot(page, `${slug}-app-unit-as-of-laptop`);

        await page.goto(`${store.url}/app/units/${sixth.id}/indicators/pupil-wellbeing/wellbeing`);
        const rows = page.locator('table.detail-table tbody tr');
        await expect(rows.first().textContent()).resolves.toContain('Resultaterne offentliggøres');
        await expect(rows.nth(1).textContent()).resolves.toContain(`pr. ${asOf}`);
        expect(await seriousAxeViolations(page, 'indicator detail with a carried value')).toEqual([]);
        await screenshot(page, `${slug}-app-indicator-as-of-laptop`);

        await page.goto(`${store.url}/app`);
        const wellbeing = card(page, 'Trivsel over 90 %');
        await expect(wellbeing.locator('.awaiting').textContent()).resolves.toContain(closes);
        expect(await seriousAxeViolations(page, 'overview with a round awaiting release')).toEqual([]);
        await screenshot(page, `${slug}-app-overview-awaiting-laptop`);

        // The draft report and (once published) the public page say the same.
        const contract = (
          (await (await page.request.get(`${store.url}/api/contracts`)).json()) as App.ContractList
        ).contracts[0]!;
        await page.goto(`${store.url}/app/contracts/${contract.id}/report/${year}`);
        await page.locator('.awaiting', { hasText: closes }).first().waitFor();
        expect(await seriousAxeViolations(page, 'draft report with a round awaiting release')).toEqual([]);
        await screenshot(page, `${slug}-report-draft-awaiting`);
        const published = await page.request.put(`${store.url}/api/contracts/${contract.id}/published`, {
          headers: sameOrigin(store.url),
          data: { published: true },
        });
        expect(published.status()).toBe(204);
        await page.goto(`${store.url}/p/${org.municipality.slug}?lang=en`);
        await page.getByText(`Results are published when the round closes on`).first().waitFor();
        expect(await seriousAxeViolations(page, 'public page with a round awaiting release')).toEqual([]);
        await screenshot(page, `${slug}-public-page-awaiting`);

        // The rounds in the app: each round's releases on its own page, and publishing interim results.
        await page.goto(`${store.url}/app/rounds/${thisYearRound.roundId}`);
        await page.locator('#releases ul.releases li').first().waitFor();
        await expect(page.locator('#releases ul.releases li').count()).resolves.toBe(2);
        await page.goto(`${store.url}/app/rounds/${later.roundId}`);
        await page.locator('#releases').waitFor();
        await expect(page.locator('#releases').textContent()).resolves.toContain('Ingen endnu');
        await page.getByRole('button', { name: 'Offentliggør foreløbige resultater nu' }).click();
        await page.getByText('Resultaterne offentliggøres …').waitFor();
        await store.release(later.roundId);
        // The page reads the list again until the release has arrived.
        await page.locator('#releases ul.releases li').first().waitFor();
        await expect(page.locator('#releases ul.releases li').count()).resolves.toBe(1);
        expect(await seriousAxeViolations(page, 'round page with releases')).toEqual([]);
        await screenshot(page, `${slug}-rounds-releases-laptop`);
      });
    },
    BROWSER_TEST_MS,
  );

  it('when the app is not built, then /app answers 503 and says how to build it; built assets are cached for a year', async () => {
    const deps = {
      db: store.db,
      sessionSecret: store.config.sessionSecret!,
      now: () => new Date(),
      secureCookies: false,
    };
    const server = express().use(dashboardAppRoutes(deps, '/nonexistent/dist/app')).listen(0);
    try {
      const cookie = await logInCookie(store.url, consultant);
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/app/units`, {
        headers: { cookie },
      });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build:web');
      const page = await (await fetch(`${store.url}/app`, { headers: { cookie } })).text();
      const asset = /src="(\/app\/assets\/[^"]+\.js)"/.exec(page)![1]!;
      const cached = await fetch(`${store.url}${asset}`);
      expect(cached.status).toBe(200);
      expect(cached.headers.get('cache-control')).toContain('immutable');
    } finally {
      server.close();
    }
  });
});

/**
 * Waits until the page's heading shows the text (a part of it, or all of it when exact): after a
 * navigation the previous page's heading may still be on screen for a moment on a loaded machine.
 */
const headingShows = (page: Page, text: string, { exact = false } = {}) =>
  page.getByRole('heading', { level: 1, name: text, exact }).waitFor();

async function logInCookie(url: string, user: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${url}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/** A contract running from last year to next, with a threshold goal for every class and a trend goal. */
async function makeContract(
  store: TestStore,
  org: BuiltOrganisation,
  user: { email: string; password: string },
) {
  const cookie = { cookie: await logInCookie(store.url, user) };
  const api = (path: string) => `${store.url}/api${path}`;
  const period = { periodStart: `${year - 1}-01-01`, periodEnd: `${year + 1}-12-31` };
  const { body } = await postJson(api('/contracts'), { title: 'Kvalitetskontrakt', ...period }, cookie);
  await postJson(
    api(`/contracts/${body.id}/service-areas`),
    { name: 'Skole', aim: 'Alle børn skal trives.' },
    cookie,
  );
  const common = {
    serviceArea: 'skole',
    instrumentKey: 'pupil-wellbeing',
    indicatorKey: 'wellbeing',
    scopeUnitId: org.root.id,
  };
  const goals = [
    {
      title: { da: 'Trivsel over 90 %', nb: 'Trivsel over 90 % (nb)', en: 'Wellbeing above 90 %' },
      rule: { type: 'threshold', op: '>', target: 0.9 },
      breakdownFilter: { breakdownKey: 'grade', values: ['1', '6', '9'] },
      eachUnitKind: 'group',
    },
    { title: { da: 'Trivslen stiger' }, rule: { type: 'trend', direction: 'rising' } },
  ];
  for (const goal of goals) {
    const res = await postJson(
      api(`/contracts/${body.id}/goals`),
      { ...common, ...goal, deadline: period.periodEnd },
      cookie,
    );
    if (res.status !== 201) throw new Error(`goal not created: ${JSON.stringify(res.body)}`);
  }
  await store.settled(30_000);
}
