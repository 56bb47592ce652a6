import type { Browser, BrowserContext, Page } from 'playwright-core';
import { listAnswersInSubtree } from '../../db/repositories/responses';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { personalLinkCodes } from '../builders/personal-links';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { LAPTOP, launchChromium, PHONE, screenshot, seriousAxeViolations } from '../support/browser';
import { STORES, type TestStore } from '../support/stores';

/*
 * What respondents meet beyond a plain answer: every instrument's page, the friendly pages for
 * links that cannot be answered, coming back to an unfinished survey on the same phone or (with a
 * personal link) on another device, the language switch and read-aloud. Real Chromium, real server.
 */

const BROWSER_TEST_MS = 180_000;
const THANK_YOU = 'Tak, fordi du svarede!';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** One store is enough here: the respondent page is the same on both, and the tests are slow. */
const kind = STORES[0]!;
const slug = kind.name.replace(/\W+/g, '-');

describe(`${kind.name}: respondents in the browser`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  const rounds = new Map<string, BuiltRound>();
  let cookie: string;
  let consultant: { email: string; password: string };

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).withClasses([2, 6]).create();
    rounds.set(
      'pupil-wellbeing',
      await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create(),
    );
    for (const key of ['parent-satisfaction', 'employee-wellbeing', 'care-user-satisfaction'])
      rounds.set(key, await aRound(store.db, store.malbar.versionIds, key).forUnits([org.daycare]).create());
    consultant = await aStaffUser(store.db, org.root, 'consultant');
    cookie = await logIn(store.url, consultant);
  });
  afterAll(() => store?.stop());

  const linkOf = (key: string, unitId: string) => `${store.url}/s/${rounds.get(key)!.codes.get(unitId)}`;
  const sixA = () => org.classes.get(6)!;

  async function withContext<T>(options: object, run: (context: BrowserContext) => Promise<T>): Promise<T> {
    const context = await browser.newContext({ ...PHONE, ...options });
    context.setDefaultTimeout(30_000);
    try {
      return await run(context);
    } finally {
      await context.close();
    }
  }

  /** Picks the first option of every question on the page the respondent sees now. */
  async function answerVisiblePage(page: Page): Promise<void> {
    for (const question of await page.locator('.sd-page .sd-question[data-name]').all()) {
      const first = question.locator('.sd-item__control-label').first();
      if ((await first.count()) === 1) await first.tap();
    }
  }

  it(
    'when any instrument is opened on a phone, then it renders in Danish with no serious accessibility violations',
    async () => {
      await withContext({}, async (context) => {
        const page = await context.newPage();
        for (const [key] of rounds) {
          const unitId = key === 'pupil-wellbeing' ? sixA().id : org.daycare.id;
          await page.goto(linkOf(key, unitId));
          await page.locator('.sd-question[data-name]').first().waitFor();
          expect(await page.locator('html').getAttribute('lang')).toBe('da');
          expect(await seriousAxeViolations(page, `${key} first page`)).toEqual([]);
          await screenshot(page, `${slug}-instrument-${key}`);
        }
      });
    },
    BROWSER_TEST_MS,
  );

  it(
    'when a link is closed, not yet open, unknown or already used, then a page in the respondent’s language says so',
    async () => {
      const closed = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([sixA()])
        .closed()
        .create();
      const later = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([sixA()])
        .notYetOpen()
        .create();
      const cases = [
        {
          name: 'closed',
          path: `/s/${closed.codes.get(sixA().id)}`,
          locale: 'da-DK',
          status: 410,
          text: 'Undersøgelsen er lukket',
        },
        {
          name: 'not-yet-open',
          path: `/s/${later.codes.get(sixA().id)}`,
          locale: 'nb-NO',
          status: 403,
          text: 'Undersøkelsen er ikke åpnet ennå',
        },
        { name: 'unknown', path: '/s/nope', locale: 'en-GB', status: 404, text: 'This link does not work' },
        { name: 'enter-code', path: '/t', locale: 'da-DK', status: 200, text: 'Skriv din kode' },
      ];
      for (const c of cases) {
        await withContext({ locale: c.locale }, async (context) => {
          const page = await context.newPage();
          const res = await page.goto(`${store.url}${c.path}`);
          expect(res?.status()).toBe(c.status);
          await page.getByRole('heading', { name: c.text }).waitFor();
          expect(await seriousAxeViolations(page, `the ${c.name} page`)).toEqual([]);
          await screenshot(page, `${slug}-notice-${c.name}`);
        });
      }
    },
    BROWSER_TEST_MS,
  );

  it(
    'when a parent closes the tab halfway and opens the same link again, then the survey continues where they were',
    async () => {
      await withContext({}, async (context) => {
        const first = await context.newPage();
        await first.goto(linkOf('parent-satisfaction', org.daycare.id));
        await first.locator('[data-name="overall_satisfaction"]').waitFor();
        await answerVisiblePage(first);
        const chosen = await first
          .locator('[data-name="overall_satisfaction"] input:checked')
          .getAttribute('value');
        await first.getByRole('button', { name: 'Videre' }).tap();
        await first
          .locator('.sd-page')
          .filter({ hasNot: first.locator('[data-name="overall_satisfaction"]') })
          .waitFor();
        await first.close();

        const again = await context.newPage();
        await again.goto(linkOf('parent-satisfaction', org.daycare.id));
        // Back on the second page, and the first page's answers are still there.
        await again.getByRole('button', { name: 'Tilbage' }).waitFor();
        await again.getByRole('button', { name: 'Tilbage' }).tap();
        expect(
          await again.locator('[data-name="overall_satisfaction"] input:checked').getAttribute('value'),
        ).toBe(chosen);
      });
    },
    BROWSER_TEST_MS,
  );

  it(
    'when a pupil starts with a personal link on one device and finishes on another, then the answers follow and the link is used up after',
    async () => {
      const [code] = await personalLinkCodes(
        store.url,
        cookie,
        rounds.get('pupil-wellbeing')!.roundId,
        sixA().id,
        1,
      );
      const link = `${store.url}/t/${code}`;
      const before = (
        await listAnswersInSubtree(store.db, rounds.get('pupil-wellbeing')!.roundId, sixA().path)
      ).length;

      // The school computer: the class grade is filled in; the pupil answers the first questions.
      await withContext(LAPTOP, async (context) => {
        const page = await context.newPage();
        await page.goto(link);
        const grade = page.locator('[data-name="grade"]');
        await grade.waitFor();
        expect(await grade.getByRole('radio', { name: '6. klasse', exact: true }).isChecked()).toBe(true);
        await page.getByRole('button', { name: 'Videre' }).click();
        await page.locator('[data-name="like_school"]').waitFor();
        const saved = page.waitForResponse((r) => r.url().endsWith('/draft') && r.status() === 204);
        await answerVisiblePage(page);
        await saved;
      });

      // At home, on a phone: the same link opens on the same page with those answers.
      await withContext({}, async (context) => {
        const page = await context.newPage();
        await page.goto(link);
        const likeSchool = page.locator('[data-name="like_school"]');
        await likeSchool.waitFor();
        expect(await likeSchool.locator('input:checked').count()).toBe(1);
        await screenshot(page, `${slug}-personal-link-resumed`);
        for (let i = 0; i < 10 && !(await page.getByRole('button', { name: 'Færdig' }).isVisible()); i++) {
          await answerVisiblePage(page);
          await page.getByRole('button', { name: 'Videre' }).tap();
          await page.waitForTimeout(100);
        }
        await answerVisiblePage(page);
        await page.getByRole('button', { name: 'Færdig' }).tap();
        await page.getByText(THANK_YOU).waitFor();
      });
      const after = await listAnswersInSubtree(store.db, rounds.get('pupil-wellbeing')!.roundId, sixA().path);
      expect(after.length).toBe(before + 1);

      await withContext({}, async (context) => {
        const page = await context.newPage();
        const again = await page.goto(link);
        expect(again?.status()).toBe(410);
        await page.getByRole('heading', { name: 'Der er allerede svaret' }).waitFor();
      });
    },
    BROWSER_TEST_MS,
  );

  it(
    'when a respondent switches to Norwegian halfway, then the questions change language and the answers stay',
    async () => {
      await withContext({}, async (context) => {
        const page = await context.newPage();
        await page.goto(linkOf('parent-satisfaction', org.daycare.id));
        const overall = page.locator('[data-name="overall_satisfaction"]');
        await overall.waitFor();
        await answerVisiblePage(page);
        const danishTitle = await overall.locator('.sd-question__title').textContent();
        await page.getByRole('link', { name: 'Norsk' }).tap();
        await page.getByRole('button', { name: 'Neste' }).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('nb');
        expect(page.url()).toContain('lang=nb');
        const norwegianTitle = await overall.locator('.sd-question__title').textContent();
        expect(norwegianTitle).not.toBe(danishTitle);
        expect(await overall.locator('input:checked').count()).toBe(1);
        expect(await page.getByRole('button', { name: 'Les opp' }).first().isVisible()).toBe(true);
        await screenshot(page, `${slug}-switched-to-norwegian`);
      });
    },
    BROWSER_TEST_MS,
  );

  it(
    'when a young pupil presses "Læs op", then the browser reads the question and its answers aloud in Danish',
    async () => {
      await withContext({}, async (context) => {
        // Record what the page asks the browser's speech synthesis to say (headless has no voice).
        await context.addInitScript(`
          window.spoken = [];
          window.speechSynthesis.speak = (u) => window.spoken.push({ text: u.text, lang: u.lang });
        `);
        const page = await context.newPage();
        await page.goto(linkOf('pupil-wellbeing', org.classes.get(2)!.id));
        await page.locator('[data-name="grade"]').waitFor();
        await page.getByRole('button', { name: 'Videre' }).tap();
        const question = page.locator('[data-name="young_like_school"]');
        await question.waitFor();
        await question.getByRole('button', { name: 'Læs op' }).tap();
        const spoken = (await page.evaluate('window.spoken')) as { text: string; lang: string }[];
        expect(spoken).toEqual([
          { text: 'Kan du lide at gå i skole? Ja, for det meste. Ja, nogle gange. Nej.', lang: 'da-DK' },
        ]);
        await screenshot(page, `${slug}-read-aloud`);
        expect(await seriousAxeViolations(page, 'the young pupils’ page with read-aloud')).toEqual([]);
      });
    },
    BROWSER_TEST_MS,
  );
  it(
    'when a consultant downloads personal links and a parent types the code from a letter, then the answer counts and the rate shows one link used',
    async () => {
      const round = rounds.get('parent-satisfaction')!;
      const code = await withContext({ ...LAPTOP, locale: 'en-GB' }, async (context) => {
        const page = await context.newPage();
        await page.goto(`${store.url}/login`);
        await page.locator('#email').fill(consultant.email);
        await page.locator('#password').fill(consultant.password);
        await page.locator('form[action^="/login"] button[type=submit]').click();
        // Staff land in the dashboard app; the rounds are one of its views.
        await page.waitForURL(`${store.url}/app`);
        await page.getByRole('navigation').getByRole('link', { name: 'Rounds' }).click();
        await page.waitForURL(`${store.url}/app/rounds`);
        await page.locator(`tr[data-round="${round.roundId}"]`).getByRole('link').first().click();
        await page.waitForURL(`${store.url}/app/rounds/${round.roundId}`);
        await page.getByRole('heading', { name: 'Response rate' }).waitFor();
        expect(await seriousAxeViolations(page, 'the distribution page')).toEqual([]);
        await page.getByLabel('How many').fill('3');
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Download personal links (CSV)' }).click();
        const csv = await (await download).createReadStream();
        const text = await new Promise<string>((resolve) => {
          let all = '';
          csv.on('data', (chunk: Buffer) => (all += chunk.toString('utf8')));
          csv.on('end', () => resolve(all));
        });
        expect(text.trim().split('\r\n')).toHaveLength(4);
        return /,([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}),/.exec(text)![1]!;
      });

      await withContext({}, async (context) => {
        const page = await context.newPage();
        await page.goto(`${store.url}/t`);
        // As read from a letter: lower case, no hyphens.
        await page.getByLabel('Kode (12 tegn)').fill(code.replace(/-/g, '').toLowerCase());
        await page.getByRole('button', { name: 'Fortsæt' }).tap();
        await page.waitForURL(`${store.url}/t/${code}?lang=da`);
        await page.locator('[data-name="overall_satisfaction"]').waitFor();
        for (let i = 0; i < 5 && !(await page.getByRole('button', { name: 'Færdig' }).isVisible()); i++) {
          await answerVisiblePage(page);
          await page.getByRole('button', { name: 'Videre' }).tap();
          await page.waitForTimeout(100);
        }
        await answerVisiblePage(page);
        await page.getByRole('button', { name: 'Færdig' }).tap();
        await page.locator('.sd-completedpage').waitFor();
      });

      await withContext({ ...LAPTOP, locale: 'en-GB' }, async (context) => {
        await context.addCookies([
          { name: cookie.split('=')[0]!, value: cookie.split('=').slice(1).join('='), url: store.url },
        ]);
        const page = await context.newPage();
        await page.goto(`${store.url}/app/rounds/${round.roundId}`);
        const row = page.locator(`tr[data-unit="${org.daycare.id}"]`);
        await row.waitFor();
        expect((await row.locator('[data-field="tokens"]').textContent())?.trim()).toBe('1 of 3');
        await screenshot(page, `${slug}-distribution`);
      });
    },
    BROWSER_TEST_MS,
  );
});
