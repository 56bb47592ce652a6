import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { recomputeRoundJob } from '../../jobs/contracts';
import { adoptDemoReport } from '../../scripts/demo/demo-reports';
import { releaseDemoRounds } from '../../scripts/demo/demo-releases';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_SLUG, seedDemo } from '../../scripts/seed-demo';
import { personalLinkCodes } from '../builders/personal-links';
import { logIn } from '../builders/staff';
import { LAPTOP, launchChromium, PHONE } from '../support/browser';
import { getJson } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * Målbar's Content-Security-Policy allows scripts and stylesheets only from its own server, no
 * inline script and no eval. Every kind of page, on Demo Kommune, is opened in Chromium and used
 * (the app, forms, a survey answered to the end): none may report a violation.
 */

const TOUR_MS = 150_000;
const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A context that records every CSP violation its pages report, and every page that failed. */
async function watchedContext(options: object) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(30_000);
  const problems: string[] = [];
  await context.exposeFunction('__cspViolation', (text: string) => problems.push(text));
  await context.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolation(location.pathname + ': ' + e.violatedDirective + ' blocked ' +
        (e.blockedURI || 'inline') + ' ' + e.sample));`,
  });
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  };
  context.on('page', watch);
  return { context, problems };
}

async function logInByForm(page: Page, url: string, email: string) {
  await page.goto(`${url}/login`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL(/\/app/), page.locator('form[action^="/login"] button').click()]);
}

/** Every view of the staff app a consultant reaches from the menu. */
const APP_VIEWS = [
  '/app',
  '/app/units',
  '/app/contracts',
  '/app/rounds',
  '/app/rounds/new',
  '/app/sick-leave',
  '/app/sick-leave/import',
  '/app/measured',
  '/app/measured/import',
  '/app/benchmarks',
  '/app/network',
  '/app/initiatives',
  '/app/initiatives/new',
  '/app/account',
];

const pglite = STORES.find((s) => s.name.startsWith('pglite'))!;

describe('pglite + in-process: every kind of page keeps to the Content-Security-Policy', () => {
  let store: TestStore;
  let respondentCode: string;
  let token: string;

  beforeAll(async () => {
    store = await pglite.start();
    const demo = await seedDemo(store.db, {
      today: new Date().toISOString().slice(0, 10),
      instruments: store.malbar.instruments,
      versionIds: store.malbar.versionIds,
    });
    const roundIds = new Set(demo.recompute.map((r) => r.roundId));
    for (const roundId of roundIds) await store.malbar.queue.enqueue(recomputeRoundJob, { roundId });
    await store.settled(60_000);
    await releaseDemoRounds(store.db, store.malbar.queue, roundIds, () => store.malbar.idle());
    const deps = { instruments: store.malbar.instruments, now: () => new Date() };
    await adoptDemoReport(
      store.db,
      deps,
      demo.contract.contractId,
      new Date().getUTCFullYear() - 1,
      demo.consultantId,
    );
    const cookie = await logIn(store.url, { email: DEMO_LOGINS[0].email, password: DEMO_PASSWORD });
    const today = new Date().toISOString().slice(0, 10);
    const rounds = (await getJson(`${store.url}/api/rounds`, { cookie })).body.rounds as {
      id: string;
      instrumentKey: string;
      closesOn: string;
    }[];
    const parents = rounds.find((r) => r.instrumentKey === 'parent-satisfaction' && r.closesOn >= today)!;
    const links = (await store.db.execute(
      sql`select code, unit_id from round_links where round_id = ${parents.id} order by code limit 1`,
    )) as unknown as { rows: { code: string; unit_id: string }[] };
    respondentCode = links.rows[0]!.code;
    token = (await personalLinkCodes(store.url, cookie, parents.id, links.rows[0]!.unit_id, 1))[0]!;
  });
  afterAll(() => store?.stop());

  it(
    'when quality staff go through every view of the app, a refused form and the public pages, then no page reports a violation',
    async () => {
      const { context, problems } = await watchedContext(LAPTOP);
      try {
        const page = await context.newPage();
        // The pages before the app, then into it.
        await page.goto(`${store.url}/login/forgot`);
        await page.locator('main h1').waitFor();
        await logInByForm(page, store.url, DEMO_LOGINS[0].email);
        for (const path of APP_VIEWS) {
          await page.goto(`${store.url}${path}`, { waitUntil: 'networkidle' });
          await page.locator('main h1').first().waitFor();
        }
        // Into the app's own links: a contract's editing, its report, a round, a unit and one of
        // its indicators (the chart).
        for (const [from, link] of [
          ['/app/contracts', 'a[href$="/edit"]'],
          ['/app', 'a[href*="/report/"]'],
          ['/app/rounds', 'a[href^="/app/rounds/"]:not([href$="/new"])'],
          ['/app/units', 'a[href^="/app/units/"]'],
        ] as const) {
          await page.goto(`${store.url}${from}`, { waitUntil: 'networkidle' });
          await page.locator(link).first().click();
          await page.locator('main h1').first().waitFor();
        }
        await page.locator('a[href*="/indicators/"]').first().click();
        await page.locator('svg').first().waitFor();
        await refusedForm(page, store.url);
        // The public page and what it links to (reports, PDFs aside).
        const visited = await tour(page, store.url, [`/p/${DEMO_SLUG}`]);
        expect(visited.length).toBeGreaterThan(1);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TOUR_MS,
  );

  it(
    'when an administrator opens the administration pages, then no page reports a violation',
    async () => {
      const { context, problems } = await watchedContext(LAPTOP);
      try {
        const page = await context.newPage();
        const admin = DEMO_LOGINS.find((l) => /admin/.test(l.email))!;
        await logInByForm(page, store.url, admin.email);
        const visited = await tour(page, store.url, [
          '/app/admin/users',
          '/app/admin/sso',
          '/app/admin/audit',
          '/app/admin/organisation',
        ]);
        expect(visited.length).toBeGreaterThan(3);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TOUR_MS,
  );

  it(
    'when a parent answers a survey to the end and a pupil opens a personal link, then no page reports a violation',
    async () => {
      const { context, problems } = await watchedContext(PHONE);
      try {
        const page = await context.newPage();
        await page.goto(`${store.url}/s/${respondentCode}`);
        await answerToTheEnd(page);
        // The saved state stays; SurveyJS's "sent" notice hides itself again after a moment, which
        // a poll on a loaded machine can miss.
        await page.locator('[data-save-state="success"]').waitFor({ state: 'attached' });
        const personal = await page.goto(`${store.url}/t/${token}`);
        expect(personal?.status()).toBe(200);
        await page.locator('.sd-question[data-name]').first().waitFor();
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TOUR_MS,
  );
});

/**
 * Opens each start page and every page linked from those it opens, one of each kind (addresses
 * that differ only by ids count once): the pages Målbar has, with real data in them.
 */
async function tour(page: Page, url: string, start: string[]): Promise<string[]> {
  const kinds = new Set<string>();
  const queue = [...start];
  const visited: string[] = [];
  while (queue.length && visited.length < 60) {
    const path = queue.shift()!;
    const kind = path.replace(ID, ':id').replace(/\?.*/, '');
    if (kinds.has(kind)) continue;
    kinds.add(kind);
    const res = await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
    expect([path, res?.status()]).toEqual([path, 200]);
    visited.push(path);
    for (const href of await page.$$eval('a[href^="/"]', (links) =>
      links.map((a) => a.getAttribute('href')!),
    ))
      if (!/logout|\.csv|\.xlsx|\/pdf|template|^\/app|^\/\/|#|\/s\/|\/t\//.test(href)) queue.push(href);
  }
  return visited;
}

/** A goal action without its fields, in the app: the refusal names the fields, with no violation. */
async function refusedForm(page: Page, url: string) {
  await page.goto(`${url}/app`);
  await page.locator('a[href^="/app/goals/"]').first().click();
  await page.locator('#new-action button[type=submit]').click();
  await page.locator('#new-action [role=alert]').waitFor();
  await page.locator('#action-what-error').waitFor();
}

/** Picks the first answer to every question, page after page, and sends the survey. */
async function answerToTheEnd(page: Page) {
  for (let pageNo = 0; pageNo < 10; pageNo++) {
    await page.locator('.sd-page .sd-question[data-name]').first().waitFor();
    for (const question of await page.locator('.sd-page .sd-question[data-name]').all()) {
      const first = question.locator('.sd-item__control-label').first();
      if ((await first.count()) === 1) await first.tap();
    }
    const next = page.getByRole('button', { name: 'Videre' });
    if (await next.isVisible()) {
      await next.tap();
      continue;
    }
    await page.getByRole('button', { name: 'Færdig' }).tap();
    return;
  }
}
