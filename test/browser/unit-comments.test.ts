import type { Browser } from 'playwright-core';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { mulberry32 } from '../../scripts/demo/mulberry32';
import { simulateRespondent } from '../../scripts/demo/simulate-answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { LAPTOP, launchChromium, screenshot, seriousAxeViolations } from '../support/browser';
import { getJson, submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

for (const kind of STORES) {
  describe(`${kind.name}: free-text comments are shown only for groups large enough for words`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let round: BuiltRound;
    let cookie: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6]).create();
      const parents: CheckedInstrument = await store.malbar.instruments.get(
        store.malbar.versionIds['parent-satisfaction']!,
      );
      round = await aRound(store.db, store.malbar.versionIds, 'parent-satisfaction')
        .forUnits([...org.classes.values()])
        .create();
      const random = mulberry32(11);
      // 1.A: 12 parents, 6.A: 4 parents; every one writes a comment naming the class.
      for (const [grade, count] of [
        [1, 12],
        [6, 4],
      ] as const) {
        for (let i = 0; i < count; i++) {
          const answers = {
            ...simulateRespondent(parents, 4, random),
            comment: `Class ${grade} parent ${i}`,
          };
          const res = await submit(store.url, round.codes.get(org.classes.get(grade)!.id)!, answers);
          expect(res.status).toBe(201);
        }
      }
      await store.settled();
      cookie = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    });
    afterAll(() => store?.stop());

    const commentsOf = async (unitId: string) => {
      const res = await getJson(`${store.url}/api/units/${unitId}/comments`, { cookie });
      expect(res.status).toBe(200);
      return res.body.rounds.find((r: Json) => r.roundId === round.roundId);
    };

    it('when a class has fewer than ten respondents, then its comments are hidden, and so are its sibling’s, which the school’s would otherwise give away', async () => {
      expect(await commentsOf(org.classes.get(6)!.id)).toMatchObject({ shown: false, minGroupSize: 10 });
      // 1.A has 12, but school (16) − 1.A would be 6.A's four comments.
      expect(await commentsOf(org.classes.get(1)!.id)).toMatchObject({ shown: false, minGroupSize: 10 });
    });

    it('when the school has sixteen respondents, then all their comments are shown, in alphabetical order', async () => {
      const school = await commentsOf(org.school.id);
      expect(school.shown).toBe(true);
      expect(school.comments).toHaveLength(16);
      expect(school.comments).toEqual(
        [...school.comments].sort((a: string, b: string) => a.localeCompare(b, 'da')),
      );
    });

    it('when staff open the school in the app, then its comments are there; on the class they are not, and the rule says why', async () => {
      const context = await browser.newContext(LAPTOP);
      try {
        const [name, value] = cookie.split('=') as [string, string];
        await context.addCookies([{ name, value, url: store.url }]);
        const page = await context.newPage();
        await page.goto(`${store.url}/app/units/${org.school.id}`);
        const comments = page.locator('section.comments');
        await comments.getByText(/16 kommentarer/).click();
        await comments.getByText('Class 6 parent 3', { exact: true }).waitFor();
        expect(await comments.locator('li').count()).toBe(16);
        expect(await seriousAxeViolations(page, `${kind.name} school comments`)).toEqual([]);
        await screenshot(page, `${kind.name}-unit-comments`);

        await page.goto(`${store.url}/app/units/${org.classes.get(1)!.id}`);
        await comments
          .getByText('kommentarer vises for grupper på mindst 10 besvarelser', { exact: false })
          .waitFor();
        expect(await comments.locator('li').count()).toBe(0);
        expect(await comments.textContent()).not.toContain('Class 1 parent');
      } finally {
        await context.close();
      }
    });
  });
}
