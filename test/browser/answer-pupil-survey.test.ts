import type { Browser, Page } from 'playwright-core';
import { countResponses, listAnswersInSubtree } from '../../db/repositories/responses';
import indicators from '../../survey-definitions/pupil-wellbeing/indicators.json';
import survey from '../../survey-definitions/pupil-wellbeing/survey.json';
import { aContractWithGoals } from '../builders/goals';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser } from '../builders/staff';
import {
  LAPTOP,
  launchChromium,
  PHONE,
  pressUntilFocused,
  screenshot,
  seriousAxeViolations,
  logInThroughForm,
  waitUntilTrue,
} from '../support/browser';
import { STORES, type TestStore } from '../support/stores';

/*
 * Pupils answer the wellbeing survey in a real Chromium through the SurveyJS page, and staff read
 * the result through the real login form and dashboard. Nothing is faked but the people.
 */

const itemScores = indicators.itemScores as Record<string, Record<string, number>>;
const questions = survey.pages.flatMap((p) => p.elements) as {
  name: string;
  choices: { value: number; text: { da: string } }[];
}[];

/** The Danish text of the option of `item` that scores `score` (5 = best; some items are reversed). */
function optionScoring(item: string, score: 1 | 5): { value: number; text: string; position: number } {
  const value = Object.entries(itemScores[item] ?? {}).find(([, s]) => s === score)?.[0];
  const choices = questions.find((q) => q.name === item)?.choices ?? [];
  const position = choices.findIndex((c) => String(c.value) === value);
  if (position < 0) throw new Error(`no option of ${item} scores ${score}`);
  return { value: choices[position]!.value, text: choices[position]!.text.da, position };
}

const THANK_YOU = 'Tak, fordi du svarede!';
const progress = (page: Page) => page.locator('.sd-progress-buttons__page-title');

/** Five pupils fill in forty questions by touch: about 20 s on a quiet machine, twice that on a busy one. */
const BROWSER_TEST_MS = 180_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

// The browser side is the same on both stores, and the store side of a submission is covered on
// both by the integration tests (submit-to-goal, intake); one store keeps CI well under its budget.
for (const kind of STORES.slice(0, 1)) {
  const slug = kind.name.replace(/\W+/g, '-');

  describe(`${kind.name}: pupils answer the wellbeing survey in the browser`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let staff: { email: string; password: string };

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([2, 4, 6]).create();
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...org.classes.values()])
        .create();
      staff = await aStaffUser(store.db, org.root);
      await aContractWithGoals(store.db, org.root, [
        { instrumentKey: 'pupil-wellbeing', indicatorKey: 'wellbeing', op: '>', target: 0.9 },
      ]);
    });
    afterAll(() => store?.stop());

    const classOf = (grade: number) => org.classes.get(grade)!;
    const linkOf = (grade: number) => `${store.url}/s/${round.codes.get(classOf(grade).id)}?lang=da`;

    /**
     * One pupil on their own phone (a fresh context: no shared localStorage) taps through the
     * long form with every answer at `score`. The first pupil also takes the screenshots and runs axe.
     */
    async function answerOnPhone(score: 1 | 5, inspect: boolean): Promise<Record<string, unknown>> {
      const context = await browser.newContext(PHONE);
      context.setDefaultTimeout(30_000);
      try {
        const page = await context.newPage();
        await page.goto(linkOf(6));
        const grade = page.locator('[data-name="grade"]');
        await grade.waitFor();
        if (inspect) expect(await seriousAxeViolations(page, 'the respondent grade page')).toEqual([]);
        await grade.getByText('6. klasse', { exact: true }).tap();
        expect(await grade.getByRole('radio', { name: '6. klasse', exact: true }).isChecked()).toBe(true);

        const answers: Record<string, unknown> = { grade: 6 };
        for (let pageNo = 2; ; pageNo++) {
          await page.getByRole('button', { name: 'Videre' }).tap();
          await progress(page)
            .filter({ hasText: `Side ${pageNo} af 6` })
            .waitFor();
          for (const question of await page.locator('.sd-page .sd-question[data-name]').all()) {
            const item = (await question.getAttribute('data-name'))!;
            const option = optionScoring(item, score);
            await question.getByText(option.text, { exact: true }).tap();
            expect(await question.getByRole('radio', { name: option.text, exact: true }).isChecked()).toBe(
              true,
            );
            answers[item] = option.value;
          }
          if (inspect && pageNo === 2) {
            await screenshot(page, `${slug}-respondent-form`);
            expect(await seriousAxeViolations(page, 'the respondent form')).toEqual([]);
          }
          if (pageNo === 6) break;
        }
        await page.getByRole('button', { name: 'Færdig' }).tap();
        await page.getByText(THANK_YOU).waitFor();
        if (inspect) {
          // The "sent" notice fades in; take the picture once it is fully shown.
          await waitUntilTrue(
            page,
            `[...document.querySelectorAll('.sv-save-data_root--shown')].some((e) => getComputedStyle(e).opacity === '1')`,
          );
          await screenshot(page, `${slug}-respondent-thank-you`);
          expect(await seriousAxeViolations(page, 'the thank-you page')).toEqual([]);
        }
        return answers;
      } finally {
        await context.close();
      }
    }

    it(
      'when five pupils of 6.A answer on their phones, four happy and one unhappy, then staff see 80 % wellbeing with n 5 and a goal status for 6.A',
      async () => {
        const started = Date.now();
        const sent = await Promise.all(
          [5, 5, 5, 5, 1].map((score, i) => answerOnPhone(score as 1 | 5, i === 0)),
        );
        const answered = Date.now();
        await store.settled();
        await store.release(round.roundId);

        // Every pupil went through the whole long form: grade, 13 wellbeing items and bullying.
        const longForm = [...indicators.indicators[0]!.score.itemSets[1]!, 'bullied', 'grade'].sort();
        for (const answers of sent) expect(Object.keys(answers).sort()).toEqual(longForm);
        // Each pupil became exactly one stored response, with the answers the pupil chose.
        const byJson = (list: unknown[]) =>
          list.map((a) => JSON.stringify(a, Object.keys(a as object).sort()));
        const stored = await listAnswersInSubtree(store.db, round.roundId, classOf(6).path);
        expect(byJson(stored.map((s) => s.answers)).sort()).toEqual(byJson(sent).sort());
        expect(await countResponses(store.db)).toBe(5);

        const context = await browser.newContext(LAPTOP);
        context.setDefaultTimeout(30_000);
        try {
          const page = await context.newPage();
          await logInThroughForm(page, store.url, staff);

          // 4 of 5 express wellbeing: p = 0.8; Wilson 95 %: centre (0.8 + 1.9208/5)/(1 + 3.8416/5)
          // = 0.66965, half-width 1.96·sqrt(0.16/5 + 3.8416/100)/1.76832 = 0.29412 → [37.6 %, 96.4 %].
          // The interval contains the target 90 %, so the goal is uncertain.
          // The organisation tree in the app, at the school: 6.A's cell of the goal (in Danish).
          await page.goto(`${store.url}/app/units/${org.school.id}`);
          const row = page
            .getByRole('row')
            .filter({ has: page.getByRole('link', { name: '6.A', exact: true }) });
          expect(await row.locator('.status').first().textContent()).toBe('Usikkert');
          expect(await row.locator('.value').first().textContent()).toBe('80,0 %');
          expect(await row.locator('.ci').first().textContent()).toBe('(37,6 %–96,4 %)');
          expect(await row.locator('.n').first().textContent()).toBe('n = 5');
          await screenshot(page, `${slug}-dashboard`);
          expect(await seriousAxeViolations(page, 'the tree')).toEqual([]);

          // 6.A's own indicators: the same value, interval and n.
          await row.getByRole('link', { name: '6.A', exact: true }).click();
          await page.waitForURL(`${store.url}/app/units/${classOf(6).id}`);
          const wellbeing = page.locator('table.indicator-table tr').filter({ hasText: '37,6 %–96,4 %' });
          await wellbeing.first().waitFor();
          expect(await wellbeing.first().locator('td.num').allTextContents()).toEqual([
            '80,0 %',
            '37,6 %–96,4 %',
            '5',
          ]);
          await screenshot(page, `${slug}-unit-page`);
          expect(await seriousAxeViolations(page, 'the unit in the app')).toEqual([]);

          // Rounds: the consultant recomputes the round from its stored responses and watches it
          // finish (the app speaks the browser's Danish).
          await page.getByRole('link', { name: 'Målinger' }).click();
          await page.waitForURL(`${store.url}/app/rounds`);
          const roundRow = page.locator(`tr[data-round="${round.roundId}"]`);
          await expect(roundRow.locator('[data-field="responses"]').textContent()).resolves.toBe('5');
          expect(await seriousAxeViolations(page, 'the rounds in the app')).toEqual([]);
          await roundRow.getByRole('link').first().click();
          await page.waitForURL(`${store.url}/app/rounds/${round.roundId}`);
          await page.getByRole('button', { name: 'Genberegn' }).click();
          await page.locator('.recompute-status [data-run="done"]').waitFor({ timeout: 30_000 });
          await expect(page.locator('.recompute-status').textContent()).resolves.toContain(
            'Sidst genberegnet',
          );
          await screenshot(page, `${slug}-rounds`);
        } finally {
          await context.close();
        }
        console.log(
          `${kind.name}: 5 pupils answered in ${answered - started} ms, staff check done after ${Date.now() - started} ms`,
        );
      },
      BROWSER_TEST_MS,
    );

    it(
      'when a pupil in grade 2 uses only the keyboard, then the short form is completed and stored',
      async () => {
        const context = await browser.newContext(LAPTOP);
        context.setDefaultTimeout(30_000);
        try {
          const page = await context.newPage();
          await page.goto(linkOf(2));
          const grades = page.locator('[data-name="grade"]');
          await grades.waitFor();

          // The class link fills in the grade; the pupil checks it with the keyboard: Tab reaches
          // the chosen option, ArrowDown moves to "3. klasse", ArrowUp back to "2. klasse".
          const chosen = grades.getByRole('radio', { name: '2. klasse', exact: true });
          expect(await chosen.isChecked()).toBe(true);
          await pressUntilFocused(page, chosen);
          await page.keyboard.press('ArrowDown');
          expect(await grades.getByRole('radio', { name: '3. klasse', exact: true }).isChecked()).toBe(true);
          await page.keyboard.press('ArrowUp');
          expect(await chosen.isChecked()).toBe(true);

          const next = page.getByRole('button', { name: 'Videre' });
          await pressUntilFocused(page, next);
          await page.keyboard.press('Enter');
          await progress(page).filter({ hasText: 'Side 2 af 3' }).waitFor();

          // Tab moves into each radio group (one tab stop per question); Space picks the focused
          // option, the arrow keys move and pick. The best option is "Ja, …" (first) except for
          // "Føler du dig alene" and "Driller de andre børn dig", where it is "Nej" (third).
          const answers: Record<string, unknown> = { grade: 2 };
          const answerPage = async () => {
            for (const question of await page.locator('.sd-page .sd-question[data-name]').all()) {
              const item = (await question.getAttribute('data-name'))!;
              const radios = question.getByRole('radio');
              await pressUntilFocused(page, radios.first());
              const best = optionScoring(item, 5);
              if (best.position === 0) await page.keyboard.press('Space');
              for (let i = 0; i < best.position; i++) await page.keyboard.press('ArrowDown');
              expect(await question.getByRole('radio', { name: best.text, exact: true }).isChecked()).toBe(
                true,
              );
              answers[item] = best.value;
            }
          };

          // A change of mind on the first question: ArrowDown picks "Ja, nogle gange", Tab moves
          // on, Shift+Tab comes back, ArrowUp picks "Ja, for det meste".
          const first = page.locator('[data-name="young_like_school"]');
          await pressUntilFocused(page, first.getByRole('radio').first());
          await page.keyboard.press('ArrowDown');
          expect(await first.getByRole('radio', { name: 'Ja, nogle gange', exact: true }).isChecked()).toBe(
            true,
          );
          await page.keyboard.press('Tab');
          await pressUntilFocused(
            page,
            first.getByRole('radio', { name: 'Ja, nogle gange' }),
            'Shift+Tab',
            1,
          );
          await page.keyboard.press('ArrowUp');
          await page.keyboard.press('Shift+Tab');

          await answerPage();
          await pressUntilFocused(page, next);
          await page.keyboard.press('Enter');
          await progress(page).filter({ hasText: 'Side 3 af 3' }).waitFor();
          await answerPage();
          const complete = page.getByRole('button', { name: 'Færdig' });
          await pressUntilFocused(page, complete);
          await page.keyboard.press('Enter');
          await page.getByText(THANK_YOU).waitFor();

          const stored = await listAnswersInSubtree(store.db, round.roundId, classOf(2).path);
          expect(stored.map((s) => s.answers)).toEqual([answers]);
          expect(answers).toMatchObject({
            grade: 2,
            young_like_school: 3,
            young_feel_alone: 1,
            young_teased: 1,
          });
        } finally {
          await context.close();
        }
      },
      BROWSER_TEST_MS,
    );
  });
}
