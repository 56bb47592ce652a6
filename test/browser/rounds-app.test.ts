import { wordsShown } from '../support/english-words';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { setUnitPopulation } from '../../db/repositories/org-units';
import {
  createRecomputeRun,
  markRunFinished,
  markRunStarted,
  reportRunProgress,
} from '../../db/repositories/recompute-runs';
import type { RoundOverview as ServerRoundOverview } from '../../server/use-cases/round-recompute';
import type { RoundDistribution as ServerRoundDistribution } from '../../server/use-cases/round-distribution';
import type * as App from '../../web/app/rounds/round-types';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound } from '../builders/rounds';
import { aStaffUser } from '../builders/staff';
import {
  LAPTOP,
  launchChromium,
  PHONE,
  pressUntilFocused,
  screenshot,
  seriousAxeViolations,
  waitUntilTrue,
} from '../support/browser';
import { submit } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

// The app mirrors the server's JSON types (it must not import the server): they must still fit.
type AsJson<T> = T extends Date
  ? string
  : T extends (infer Item)[]
    ? AsJson<Item>[]
    : T extends object
      ? { [K in keyof T]: AsJson<T[K]> }
      : T;
type Fits<Server, Mirror> = AsJson<Server> extends Mirror ? true : never;
export const _roundTypesFit: [
  Fits<ServerRoundOverview, Omit<App.RoundOverview, 'state'>>,
  Fits<ServerRoundDistribution, App.RoundDistribution>,
] = [true, true];

/*
 * Survey rounds in the staff app, in Danish: a consultant creates a round (first refused, naming
 * the field), opens it, watches the response rate rise, sends e-mail invitations (one refused line
 * named), closes it and recomputes it with its progress — the state-changing steps by keyboard,
 * axe, no English word and a screenshot on every screen; and the round's page on a 390 px phone.
 */
const BROWSER_TEST_MS = 180_000;
const kind = STORES[0]!; // One store: the integration tests run the APIs on both.

/** The English words these screens would use: none may show on a Danish one. */
const ENGLISH = [
  'Round',
  'Rounds',
  'New round',
  'Open',
  'Close',
  'Closed',
  'Scheduled',
  'Response',
  'Responses',
  'Answers',
  'Expected',
  'Rate',
  'Unit',
  'Personal',
  'Download',
  'Invite',
  'invited',
  'reminders',
  'waiting',
  'Recompute',
  'Published',
  'release',
  'None',
  'Survey',
  'Title',
  'First day',
  'Last day',
  'Create',
  'Check',
  'Loading',
  'Queued',
  'Reading',
  'Failed',
  'Never',
  'Print',
  'the',
  'of',
];
const englishOn = (page: Page) => wordsShown(page, ENGLISH, 'main');

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe(`${kind.name}: survey rounds in the app`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let pupil: CheckedInstrument;
  let consultant: { email: string; password: string };
  const url = (path: string) => `${store.url}${path}`;

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).withClasses([6]).create();
    await setUnitPopulation(store.db, org.classes.get(6)!.id, 20);
    pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
    consultant = await aStaffUser(store.db, org.root, 'consultant');
  });
  afterAll(() => store?.stop());

  async function logIn(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    context.setDefaultTimeout(30_000);
    await page.goto(url('/login'));
    await page.fill('#email', consultant.email);
    await page.fill('#password', consultant.password);
    await Promise.all([page.waitForURL(/\/app/), page.click('button[type=submit]')]);
    return page;
  }

  /** Axe, no English word, a screenshot: what every Danish screen must pass. */
  async function checkScreen(page: Page, name: string) {
    expect([name, await seriousAxeViolations(page, name)]).toEqual([name, []]);
    expect([name, await englishOn(page)]).toEqual([name, []]);
    await screenshot(page, name);
  }

  const focusedIs = (page: Page, selector: string) =>
    waitUntilTrue(page, `!!document.activeElement?.matches(${JSON.stringify(selector)})`);

  it(
    'when a Danish consultant creates a round, opens it, sees answers arrive, invites by e-mail, closes it and recomputes it, then each screen says so in Danish',
    async () => {
      const context = await browser.newContext(LAPTOP);
      const page = await logIn(context);
      await page.getByRole('link', { name: 'Målinger' }).click();
      await page.waitForURL(url('/app/rounds'));
      await page.getByRole('heading', { name: 'Målinger', level: 1 }).waitFor();
      await page.getByText('Der er ingen målinger endnu.').waitFor();
      await checkScreen(page, 'rounds-list-empty-da-1280');

      // A new round by keyboard: the link, then the survey's form (its classes ticked in advance).
      await pressUntilFocused(page, page.getByRole('link', { name: 'Ny måling' }), 'Tab', 40);
      await page.keyboard.press('Enter');
      await page.waitForURL(url('/app/rounds/new'));
      await page.selectOption('#round-survey', 'pupil-wellbeing');
      await page.waitForURL(url('/app/rounds/new?instrument=pupil-wellbeing'));
      await page.locator('#title-da').waitFor();
      expect(await page.getByRole('checkbox', { name: '6.A' }).isChecked()).toBe(true);
      await checkScreen(page, 'round-new-da-1280');

      // No last day: Enter in the title sends the form, and the refusal names the field.
      await page.fill('#title-da', 'Trivsel, efterår');
      await page.fill('#opensOn', isoDay(1));
      await page.focus('#title-da');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.round-form [role=alert]');
      expect(await page.locator('#closesOn-error').innerText()).toContain('Tjek feltet »Sidste dag«.');
      expect(await page.getAttribute('#closesOn', 'aria-invalid')).toBe('true');
      await checkScreen(page, 'round-new-refused-da-1280');
      await page.fill('#closesOn', isoDay(20));
      await page.focus('#title-da');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/app\/rounds\/[0-9a-f-]{36}$/);
      const roundId = page.url().split('/').pop()!;
      await page.getByRole('heading', { name: 'Trivsel, efterår', level: 1 }).waitFor();
      expect(await page.locator('.round-period [data-state]').innerText()).toBe('Planlagt');
      const sheet = page.getByRole('link', { name: 'Udskriv QR-koder' });
      expect(await sheet.getAttribute('href')).toBe(`/dashboard/rounds/${roundId}/sheet?lang=da`);
      await page.getByRole('button', { name: 'Åbn nu' }).waitFor();
      await checkScreen(page, 'round-scheduled-da-1280');

      // Open it now, by keyboard.
      await pressUntilFocused(page, page.getByRole('button', { name: 'Åbn nu' }), 'Tab', 40);
      await page.keyboard.press('Enter');
      await focusedIs(page, '.round-schedule .notice');
      expect(await page.locator('.round-schedule .notice').innerText()).toContain('Målingen er åben');
      await waitUntilTrue(
        page,
        `document.querySelector('.round-period [data-state]')?.textContent === 'Åben'`,
      );

      // Two pupils answer through the class's open link: the rate rises on the open page.
      const sixA = org.classes.get(6)!.id;
      const link = await page.locator(`tr[data-unit="${sixA}"] td.open-link a`).getAttribute('href');
      const code = link!.split('/s/')[1]!;
      for (const wellbeing of [5, 1] as const)
        expect(
          (await submit(store.url, code, pupilAnswers(pupil, { grade: 6, wellbeing, bullied: false })))
            .status,
        ).toBe(201);
      const answers = `tr[data-unit="${sixA}"] [data-field="answers"]`;
      await waitUntilTrue(page, `document.querySelector('${answers}')?.textContent === '2'`, 15_000);
      // 2 answers of 20 pupils.
      expect(await page.locator(`tr[data-unit="${sixA}"] [data-field="rate"]`).innerText()).toBe('10,0 %');
      await checkScreen(page, 'round-open-da-1280');

      // Invitations by keyboard: a line that is no address is refused and named, then two go out.
      await pressUntilFocused(page, page.locator('#invite-emails'), 'Tab', 60);
      await page.keyboard.type('anna@example.dk\nikke-en-adresse');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await focusedIs(page, '#invitations [role=alert]');
      expect(await page.locator('#invite-emails-error').innerText()).toBe(
        'Linje 2: »ikke-en-adresse« er ikke en e-mailadresse',
      );
      await checkScreen(page, 'round-invitations-refused-da-1280');
      await page.fill('#invite-emails', '');
      await page.focus('#invite-emails');
      await page.keyboard.type('anna@example.dk\nbo@example.dk');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await focusedIs(page, '#invitations .notice');
      expect(await page.locator('#invitations .notice').innerText()).toBe(
        '2 invitationer sat i kø til afsendelse.',
      );
      // Sent at once or a moment later: the two are invited, or still waiting to be sent.
      const counts = page.locator('[data-field="invitations"]');
      await counts.waitFor();
      const said = await counts.innerText();
      const invited = Number(/^(\d+) inviteret, 0 påmindelser sendt/.exec(said)?.[1]);
      const waiting = Number(/, (\d+) venter på at blive sendt\.$/.exec(said)?.[1] ?? 0);
      expect([said, invited + waiting]).toEqual([said, 2]);
      await checkScreen(page, 'round-invited-da-1280');

      // Close it now, by keyboard: the forms for handing out links go, the state says closed.
      await pressUntilFocused(page, page.getByRole('button', { name: 'Luk nu' }), 'Shift+Tab', 80);
      await page.keyboard.press('Enter');
      await focusedIs(page, '.round-schedule .notice');
      expect(await page.locator('.round-schedule .notice').innerText()).toContain('Målingen er lukket');
      await waitUntilTrue(
        page,
        `document.querySelector('.round-period [data-state]')?.textContent === 'Lukket'`,
      );
      await waitUntilTrue(page, `!document.querySelector('#invite-emails')`);

      // A full recompute by keyboard: the focus moves to its progress, which ends in "done".
      await pressUntilFocused(page, page.getByRole('button', { name: 'Genberegn' }), 'Tab', 80);
      await page.keyboard.press('Enter');
      await focusedIs(page, '.recompute-status');
      await page.locator('.recompute-status [data-run="done"]').waitFor({ timeout: 30_000 });
      expect(await page.locator('.recompute-status').innerText()).toMatch(
        /^Sidst genberegnet .* \(2 svar\)$/,
      );
      await checkScreen(page, 'round-closed-recomputed-da-1280');
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'when a recompute is running, then the round page shows its progress bar and follows it to the end (390 px phone)',
    async () => {
      const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([org.classes.get(6)!])
        .create();
      const roundId = round.roundId;
      await submit(
        store.url,
        round.codes.get(org.classes.get(6)!.id)!,
        pupilAnswers(pupil, { grade: 6, wellbeing: 5, bullied: false }),
      );
      await store.settled();
      const run = await createRecomputeRun(store.db, { municipalityId: org.municipality.id, roundId });
      await markRunStarted(store.db, run.id, 10);
      await reportRunProgress(store.db, run.id, 3);
      const context = await browser.newContext(PHONE);
      const page = await logIn(context);
      await page.goto(url(`/app/rounds/${roundId}`));
      await page.locator('.recompute-status [data-run="running"]').waitFor();
      expect(await page.locator('.recompute-status').innerText()).toContain('Læser svar: 3 af 10');
      const bar = page.locator('.recompute-status progress');
      expect([await bar.getAttribute('value'), await bar.getAttribute('max')]).toEqual(['3', '10']);
      expect(await page.getByRole('button', { name: 'Genberegn' }).isDisabled()).toBe(true);
      // The page fits the phone: nothing but the tables' own scroll areas is wider than 390 px.
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await checkScreen(page, 'round-recompute-running-da-390');
      await reportRunProgress(store.db, run.id, 10);
      await markRunFinished(store.db, run.id, null);
      await page.locator('.recompute-status [data-run="done"]').waitFor();
      expect(await page.getByRole('button', { name: 'Genberegn' }).isDisabled()).toBe(false);
      await page.goto(url('/app/rounds'));
      await page.locator(`tr[data-round="${roundId}"]`).waitFor();
      expect(await page.locator(`tr[data-round="${roundId}"] [data-field="responses"]`).innerText()).toBe(
        '1',
      );
      await checkScreen(page, 'rounds-list-da-390');
      // Back returns to the round's page.
      await page.goBack();
      await page.waitForURL(url(`/app/rounds/${roundId}`));
      await context.close();
    },
    BROWSER_TEST_MS,
  );
});
