import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { pupilAnswers, valueScoring } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser } from '../builders/staff';
import {
  LAPTOP,
  launchChromium,
  PHONE,
  screenshot,
  seriousAxeViolations,
  logInThroughForm,
} from '../support/browser';
import { getJson, submit } from '../support/http';
import { readPdfPages } from '../support/pdf-pages';
import { STORES, type TestStore } from '../support/stores';

/*
 * Issue 5's "done when": a consultant writes a contract with the three Aarhus goals in the
 * staff app (in Danish), adds an action, writes the process evaluation and the MED statement, adopts the
 * report, downloads its PDF (read back page by page as images), publishes the contract; a citizen
 * finds the public page on a phone; new answers later leave the adopted report as it was.
 */

const year = new Date().getUTCFullYear();
const TITLES = {
  wellbeing: 'Over 90 % af eleverne i 1., 6. og 9. klasse udtrykker trivsel',
  notBullied: 'Over 95 % af eleverne i 1., 6. og 9. klasse bliver ikke mobbet',
  parents: 'Forældrenes tilfredshed stiger fra måling til måling',
};
const EVALUATION = 'Alle klasser har drøftet målingen; udskolingen kom sent i gang.';
const MED = 'Hoved-MED støtter redegørelsen og ønsker tid til trivselsarbejdet.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const kind = STORES[0]!;

describe(`${kind.name}: a quality contract from the first goal to the public page`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  const rounds = {} as Record<'pupilsLastYear' | 'pupils' | 'parentsLastYear' | 'parents', BuiltRound>;
  let pupil: CheckedInstrument;
  let parents: CheckedInstrument;
  let consultant: { email: string; password: string };

  const answerPupils = async (round: BuiltRound, grade: number, count: number, well: number) => {
    for (let i = 0; i < count; i++) {
      const answers = pupilAnswers(pupil, { grade, wellbeing: i < well ? 5 : 1, bullied: false });
      await submit(store.url, round.codes.get(org.classes.get(grade)!.id)!, answers);
    }
  };
  const answerParents = async (round: BuiltRound, count: number, satisfied: number) => {
    for (let i = 0; i < count; i++) {
      const answers = {
        overall_satisfaction: valueScoring(parents, 'overall_satisfaction', i < satisfied ? 5 : 2),
      };
      await submit(store.url, round.codes.get(org.daycare.id)!, answers);
    }
  };

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).withClasses([1, 6, 9]).create();
    const classes = [...org.classes.values()];
    const round = (key: string, units: typeof classes) =>
      aRound(store.db, store.malbar.versionIds, key).forUnits(units).create();
    rounds.pupilsLastYear = await round('pupil-wellbeing', classes);
    rounds.pupils = await round('pupil-wellbeing', classes);
    rounds.parentsLastYear = await round('parent-satisfaction', [org.daycare]);
    rounds.parents = await round('parent-satisfaction', [org.daycare]);
    pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
    parents = await store.malbar.instruments.get(store.malbar.versionIds['parent-satisfaction']!);
    for (const grade of [1, 6, 9]) await answerPupils(rounds.pupilsLastYear, grade, 12, 10);
    for (const grade of [1, 6, 9]) await answerPupils(rounds.pupils, grade, 12, 11);
    await answerParents(rounds.parentsLastYear, 30, 15);
    await answerParents(rounds.parents, 30, 27);
    await store.settled();
    // Last year's rounds took place a year ago (answers cannot be sent to a closed round).
    for (const r of [rounds.pupilsLastYear, rounds.parentsLastYear])
      await store.db.execute(
        sql`update rounds set opens_on = opens_on - 365, closes_on = closes_on - 365 where id = ${r.roundId}`,
      );
    consultant = await aStaffUser(store.db, org.root, 'consultant');
  });
  afterAll(() => store?.stop());

  const logInAs = (page: Page, user: { email: string; password: string }) =>
    logInThroughForm(page, store.url, user);

  async function addGoal(
    page: Page,
    contractEdit: string,
    goal: {
      area: string;
      title: string;
      indicator: string;
      trend?: 'rising';
      target?: string;
      grades?: string;
    },
  ) {
    await page.goto(contractEdit);
    await page.getByRole('link', { name: `Tilføj et mål til ${goal.area}` }).click();
    await page.locator('#goal-indicator').waitFor();
    await page.fill('#goal-title', goal.title);
    await page.selectOption('#goal-indicator', goal.indicator);
    await page.selectOption('#goal-scope', { label: org.root.name });
    if (goal.grades) {
      await page.selectOption('#goal-breakdown', 'grade');
      await page.fill('#goal-values', goal.grades);
    }
    if (goal.trend) {
      await page.uncheck('#goal-threshold-on');
      await page.check('#goal-trend-on');
      await page.selectOption('#goal-direction', goal.trend);
    }
    if (goal.target) await page.fill('#goal-target', goal.target);
    await page.getByRole('button', { name: 'Opret målet' }).click();
    await page.getByRole('heading', { name: goal.title, level: 1 }).waitFor();
  }

  it('when the consultant writes the contract, plans, evaluates and adopts, then the PDF and the public page show the adopted report and later answers do not change it', async () => {
    const context = await browser.newContext({ ...LAPTOP, acceptDownloads: true });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    await logInAs(page, consultant);

    // The contract, its service areas and the three Aarhus goals, in the app.
    await page.locator('header nav').getByRole('link', { name: 'Kontrakter' }).click();
    await page.fill('#contract-title', `Kvalitetskontrakt ${year - 1}-${year + 1}`);
    await page.fill('#contract-start', `${year - 1}-01-01`);
    await page.fill('#contract-end', `${year + 1}-12-31`);
    await page.getByRole('button', { name: 'Opret kontrakt' }).click();
    await page.locator('.notice').getByRole('link', { name: 'Redigér kontrakten' }).click();
    await page.waitForURL(/\/app\/contracts\/[0-9a-f-]{36}\/edit$/);
    const contractUrl = page.url();
    const contractId = new URL(contractUrl).pathname.split('/')[3]!;
    for (const [name, aim] of [
      ['Skole', 'Alle børn skal trives i et trygt fællesskab.'],
      ['Dagtilbud og skole', 'Forældrene skal opleve et godt samarbejde.'],
    ]) {
      await page.fill('#new-area-name', name!);
      await page.fill('#new-area-aim', aim!);
      await page.click('#new-area-form button[type=submit]');
      await page.getByRole('heading', { name: name!, exact: true }).waitFor();
    }
    await addGoal(page, contractUrl, {
      area: 'Skole',
      title: TITLES.wellbeing,
      indicator: 'pupil-wellbeing/wellbeing',
      target: '90',
      grades: '1, 6, 9',
    });
    await addGoal(page, contractUrl, {
      area: 'Skole',
      title: TITLES.notBullied,
      indicator: 'pupil-wellbeing/not-bullied',
      target: '95',
      grades: '1, 6, 9',
    });
    await addGoal(page, contractUrl, {
      area: 'Dagtilbud og skole',
      title: TITLES.parents,
      indicator: 'parent-satisfaction/satisfied',
      trend: 'rising',
    });
    await page.goto(contractUrl);
    await page.getByRole('link', { name: TITLES.parents }).waitFor();
    expect(await seriousAxeViolations(page, 'contract page')).toEqual([]);
    await screenshot(page, 'contract-page');
    await store.settled(30_000);
    // This year's rounds are open: their results are published now (last year's closed ones were
    // released again with the new goals by their recomputes).
    for (const r of [rounds.pupils, rounds.parents]) await store.release(r.roundId);

    // A way to reach the first goal.
    await page.getByRole('link', { name: TITLES.wellbeing }).click();
    await page.getByLabel('Hvad skal der gøres').fill('Klassemøder om trivsel i alle klasser');
    await page.getByLabel('Ansvarlig', { exact: true }).fill('Skolelederne');
    await page.getByLabel('Frist (valgfri)').fill(`${year}-12-15`);
    await page.getByRole('button', { name: 'Tilføj handlingen' }).click();
    await page.locator('tr[data-action="Klassemøder om trivsel i alle klasser"]').waitFor();

    // The follow-up report: results, the process evaluation and the MED statement, then adoption.
    await page.goto(contractUrl);
    await page.getByRole('link', { name: `Opfølgningsredegørelse ${year}` }).click();
    await page.getByText('Udkast – ikke vedtaget').waitFor();
    await page.getByLabel(`Procesevaluering: ${TITLES.wellbeing}`).fill(EVALUATION);
    await page.getByRole('textbox', { name: 'MED-udvalgets udtalelse' }).fill(MED);
    await page.getByRole('button', { name: 'Gem teksterne' }).click();
    await page.getByText('Teksterne er gemt.').waitFor();
    await expect(page.getByRole('textbox', { name: 'MED-udvalgets udtalelse' }).inputValue()).resolves.toBe(
      MED,
    );
    // The trend goal is judged against last year's parents: 15 of 30 then, 27 of 30 now.
    const parentsGoal = page.locator('section.report-goal', { hasText: TITLES.parents });
    await expect(parentsGoal.locator('.status').first().textContent()).resolves.toBe('Nået');
    expect(await parentsGoal.locator('svg[role="img"]').count()).toBe(1);
    expect(await seriousAxeViolations(page, 'draft report')).toEqual([]);
    await screenshot(page, 'report-draft');
    await page.getByRole('button', { name: `Vedtag redegørelsen for ${year}` }).click();
    await page.getByRole('button', { name: 'Ja, vedtag den' }).click();
    await page.getByText(/Vedtaget \d/).waitFor();
    await screenshot(page, 'report-after-adopt');
    const reportUrl = `${store.url}/api/contracts/${contractId}/reports/${year}`;
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const adopted = (await getJson(reportUrl, { cookie })).body;
    expect(adopted.status).toBe('adopted');

    // The PDF, opened as pictures of its pages.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent som PDF' }).click(),
    ]);
    const pdf = await readPdfPages(fs.readFileSync((await download.path())!), {
      screenshotName: 'follow-up-report',
    });
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    for (const size of pdf.pageSizesPt)
      expect(size).toEqual({ width: expect.closeTo(595, 0), height: expect.closeTo(842, 0) });
    for (const ink of pdf.inkRatios) expect(ink).toBeGreaterThan(0.005);
    const text = pdf.texts.join('\n').replace(/\s+/g, ' ');
    for (const expected of [
      `Kvalitetskontrakt ${year - 1}-${year + 1}`,
      TITLES.wellbeing,
      TITLES.notBullied,
      TITLES.parents,
      EVALUATION,
      MED,
      'Vedtaget',
      'Klassemøder om trivsel i alle klasser',
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/n = \d+/);

    // Published: a citizen finds it on a phone, with no login.
    await page.goto(contractUrl);
    await page.getByRole('button', { name: 'Offentliggør på den offentlige side' }).click();
    await page.getByRole('button', { name: 'Tag ned fra den offentlige side' }).waitFor();
    const citizen = await browser.newContext(PHONE);
    const phone = await citizen.newPage();
    await phone.goto(`${store.url}/p/${org.municipality.slug}`);
    await phone
      .getByRole('heading', { name: `${org.municipality.name}: kvalitetskontrakter og mål` })
      .waitFor();
    for (const title of Object.values(TITLES)) await phone.getByRole('heading', { name: title }).waitFor();
    await phone.getByText('n er antallet af svar').waitFor();
    expect(await seriousAxeViolations(phone, 'public page')).toEqual([]);
    await screenshot(phone, 'public-page-phone');
    await phone.getByRole('link', { name: `Opfølgningsredegørelse ${year}` }).click();
    await phone.getByText(MED).waitFor();
    await phone.getByRole('link', { name: 'English' }).click();
    await phone.getByText('Statement of the staff representatives (MED committee)').waitFor();
    expect(await seriousAxeViolations(phone, 'public report')).toEqual([]);
    await screenshot(phone, 'public-report-phone');
    await citizen.close();

    // New answers arrive: the live data move, the adopted report does not.
    await answerPupils(rounds.pupils, 6, 10, 0);
    await store.settled();
    await store.release(rounds.pupils.roundId);
    expect((await getJson(reportUrl, { cookie })).body).toEqual(adopted);
    const live = (await getJson(`${store.url}/api/goals`, { cookie })).body;
    const contract = live.contracts.find(
      (c: { title: string }) => c.title === `Kvalitetskontrakt ${year - 1}-${year + 1}`,
    );
    const wellbeingGoal = contract.goals.find(
      (g: { title: { da: string } }) => g.title.da === TITLES.wellbeing,
    );
    expect(live.rows[0].cells[wellbeingGoal.id].n).toBe(46);
    await context.close();
  }, 180_000);
});
