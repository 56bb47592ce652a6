import type { OrgUnit } from '../../core/org/org-unit';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { createUnit, setUnitPopulation } from '../../db/repositories/org-units';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, submit, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * A national round links 1,500 classes: the response-rate screen gets one page of them with the
 * totals of all (issue 22: no view over 300 KB), narrowed as a coordinator asks — one school, a
 * name, only the units with more answers than people, the lowest rates first.
 */

for (const kind of STORES) {
  describe(`${kind.name}: response rates a page at a time`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let north: OrgUnit;
    const northClasses: OrgUnit[] = [];
    let round: BuiltRound;
    let pupil: CheckedInstrument;
    const cookies = { consultant: '', northLeader: '' };
    /** Answers given per class id, and each class's size: what every page must add up to. */
    const answersOf = new Map<string, number>();
    const sizeOf = new Map<string, number>();

    const rates = async (query = '', cookie = cookies.consultant) =>
      getJson(`${store.url}/api/rounds/${round.roundId}/response-rates${query}`, { cookie });
    const allClasses = () => [...org.classes.values(), ...northClasses];

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 2, 3, 4, 5, 6]).create();
      north = await createUnit(store.db, {
        municipalityId: org.municipality.id,
        parent: org.area,
        kind: 'institution',
        name: 'Nordskolen',
        sector: 'school',
      });
      for (const grade of [7, 8, 9])
        northClasses.push(
          await createUnit(store.db, {
            municipalityId: org.municipality.id,
            parent: north,
            kind: 'group',
            name: `${grade}.B`,
            sector: 'school',
            grade,
          }),
        );
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits(allClasses())
        .create();
      pupil = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
      // Sizes 10..18; answers 0..8, except 9.B: 3 answers from 2 pupils (more answers than people).
      const classes = allClasses();
      for (const [i, unit] of classes.entries()) {
        const size = unit.name === '9.B' ? 2 : 10 + i;
        const given = unit.name === '9.B' ? 3 : i;
        await setUnitPopulation(store.db, unit.id, size);
        sizeOf.set(unit.id, size);
        answersOf.set(unit.id, given);
        for (let n = 0; n < given; n++)
          await submit(
            store.url,
            round.codes.get(unit.id)!,
            pupilAnswers(pupil, { grade: unit.grade!, wellbeing: 5, bullied: false }),
          );
      }
      cookies.consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      cookies.northLeader = await logIn(store.url, await aStaffUser(store.db, north, 'leader'));
    });
    afterAll(() => store?.stop());

    it('when the screen opens, then it gets the first page school by school with the totals of every unit', async () => {
      const { status, body } = await rates();
      expect(status).toBe(200);
      expect(body.units.map((u: Json) => `${u.parentName} ${u.unitName}`)).toEqual([
        'Nordskolen 7.B',
        'Nordskolen 8.B',
        'Nordskolen 9.B',
        'Testskolen 1.A',
        'Testskolen 2.A',
        'Testskolen 3.A',
        'Testskolen 4.A',
        'Testskolen 5.A',
        'Testskolen 6.A',
      ]);
      expect(body.page).toEqual({ offset: 0, limit: 50, matching: 9 });
      const answers = [...answersOf.values()].reduce((a, b) => a + b, 0);
      const people = [...sizeOf.values()].reduce((a, b) => a + b, 0);
      expect(body.total).toEqual({ units: 9, answers, expected: people, rate: answers / people });
      expect(body.flagged).toBe(1);
      expect(body.parents).toEqual([
        { unitId: north.id, name: 'Nordskolen', units: 3 },
        { unitId: org.school.id, name: 'Testskolen', units: 6 },
      ]);
    });

    it('when a page of 4 is walked to its end, then every unit comes exactly once and the totals stay those of all', async () => {
      const seen: string[] = [];
      for (let offset = 0; offset < 9; offset += 4) {
        const { body } = await rates(`?offset=${offset}&limit=4`);
        expect(body.page).toEqual({ offset, limit: 4, matching: 9 });
        expect(body.total.units).toBe(9);
        for (const u of body.units) {
          expect(u.answers).toBe(answersOf.get(u.unitId));
          seen.push(u.unitId);
        }
      }
      expect(seen.sort()).toEqual(
        allClasses()
          .map((u) => u.id)
          .sort(),
      );
      const past = await rates('?offset=40&limit=4');
      expect(past.body.units).toEqual([]);
      expect(past.body.page.matching).toBe(9);
    });

    it('when one school is chosen, or a name typed, then only its units come, and the counts of the whole list stay', async () => {
      const under = await rates(`?under=${north.id}`);
      expect(under.body.units.map((u: Json) => u.unitName)).toEqual(['7.B', '8.B', '9.B']);
      expect(under.body.page.matching).toBe(3);
      expect(under.body.total.units).toBe(9);
      expect(under.body.flagged).toBe(1);
      const byParentName = await rates('?q=nordSKOLEN');
      expect(byParentName.body.units.map((u: Json) => u.unitName)).toEqual(['7.B', '8.B', '9.B']);
      const byName = await rates('?q=%203.a%20');
      expect(byName.body.units.map((u: Json) => u.unitName)).toEqual(['3.A']);
      const none = await rates('?q=zz');
      expect(none.body.units).toEqual([]);
      expect(none.body.page.matching).toBe(0);
    });

    it('when only units with more answers than people are asked, then 9.B alone comes, with its warning', async () => {
      const { body } = await rates('?flagged=1');
      expect(body.units).toHaveLength(1);
      expect(body.units[0]).toMatchObject({ unitName: '9.B', answers: 3, expected: 2 });
      expect(body.units[0].overPopulation.note.en).toMatch(/^3 answers from 2 people/);
    });

    it('when the lowest rates come first, then the rates rise down the page', async () => {
      const { body } = await rates('?order=rate');
      const shown: number[] = body.units.map((u: Json) => u.rate);
      expect(shown).toEqual([...shown].sort((a, b) => a - b));
      expect(body.units[0].unitName).toBe('1.A'); // no answers: 0 %
      expect(body.units.at(-1).unitName).toBe('9.B'); // 150 %
      const fewest = await rates('?order=answers&limit=2');
      expect(fewest.body.units.map((u: Json) => u.answers)).toEqual([0, 1]);
    });

    it('when the query is malformed, then 422 names the field', async () => {
      for (const [query, field] of [
        ['?limit=0', 'limit'],
        ['?limit=201', 'limit'],
        ['?offset=-1', 'offset'],
        ['?order=best', 'order'],
        ['?flagged=yes', 'flagged'],
        ['?under=school', 'under'],
        [`?q=${'x'.repeat(101)}`, 'q'],
        ['?limit=2&limit=3', 'limit'],
      ] as const) {
        const { status, body } = await rates(query);
        expect({ query, status }).toEqual({ query, status: 422 });
        expect(body.error.details.map((d: Json) => d.field)).toContain(field);
      }
      const unknown = await rates('?page=2');
      expect(unknown.status).toBe(422);
    });

    it('when a school leader reads the rates and the unit list, then only the school’s own classes come, and the list has names only', async () => {
      const { body } = await rates('', cookies.northLeader);
      expect(body.units.map((u: Json) => u.unitName)).toEqual(['7.B', '8.B', '9.B']);
      expect(body.total.units).toBe(3);
      expect(body.parents).toEqual([{ unitId: north.id, name: 'Nordskolen', units: 3 }]);
      const other = await rates(`?under=${org.school.id}`, cookies.northLeader);
      expect(other.body.units).toEqual([]);

      const choices = await getJson(`${store.url}/api/rounds/${round.roundId}/units`, {
        cookie: cookies.northLeader,
      });
      expect(choices.status).toBe(200);
      expect(choices.body).toEqual({
        groups: [
          {
            parentId: north.id,
            parentName: 'Nordskolen',
            units: northClasses.map((u) => ({ unitId: u.id, unitName: u.name })),
          },
        ],
      });
      const all = await getJson(`${store.url}/api/rounds/${round.roundId}/units`, {
        cookie: cookies.consultant,
      });
      expect(all.body.groups.map((g: Json) => [g.parentName, g.units.length])).toEqual([
        ['Nordskolen', 3],
        ['Testskolen', 6],
      ]);
      const anonymous = await getJson(`${store.url}/api/rounds/${round.roundId}/units`);
      expect(anonymous.status).toBe(401);
    });

    it('when the live stream is asked for one school’s page, then its first event is that page', async () => {
      const res = await fetch(
        `${store.url}/api/rounds/${round.roundId}/response-rates/events?under=${north.id}&limit=2`,
        { headers: { cookie: cookies.consultant } },
      );
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      let text = '';
      while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
      await reader.cancel();
      const first = JSON.parse(/^data: (.*)$/m.exec(text)![1]!);
      expect(first.units.map((u: Json) => u.unitName)).toEqual(['7.B', '8.B']);
      expect(first.page).toEqual({ offset: 0, limit: 2, matching: 3 });
      const refused = await fetch(`${store.url}/api/rounds/${round.roundId}/response-rates/events?limit=x`, {
        headers: { cookie: cookies.consultant },
      });
      expect(refused.status).toBe(422);
    });
  });
}
