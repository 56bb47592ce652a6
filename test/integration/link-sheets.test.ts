import qrcode from 'qrcode-generator';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { OrgUnit } from '../../core/org/org-unit';
import { createUnit } from '../../db/repositories/org-units';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aRound, type BuiltRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { launchChromium, LAPTOP, screenshot, seriousAxeViolations } from '../support/browser';
import { STORES, type TestStore } from '../support/stores';

/*
 * Staff print a round's open links as QR-code cards to hand out per class or department: one card
 * per unit in their scope, each code holding that unit's respondent URL.
 */

interface Card {
  unitId: string;
  unitName: string;
  parentName: string | null;
  url: string;
  svg: string;
}

/** The cards of a sheet as the HTML shows them. */
function cardsOf(html: string): Card[] {
  return [...html.matchAll(/<article class="card" data-unit="([^"]+)"[^>]*>([\s\S]*?)<\/article>/g)].map(
    ([, unitId, body]) => ({
      unitId: unitId!,
      unitName: body!.match(/<h2>([^<]*)<\/h2>/)![1]!,
      parentName: body!.match(/<p class="parent">([^<]*)<\/p>/)?.[1] ?? null,
      url: body!.match(/<p class="url">([^<]*)<\/p>/)![1]!,
      svg: body!.match(/<svg[\s\S]*<\/svg>/)![0],
    }),
  );
}

/**
 * The dark modules an SVG QR code draws, as "row,col", read from its path ('M x,y' per module) and
 * viewBox: independent of cell size and quiet zone.
 */
function drawnModules(svg: string, moduleCount: number): Set<string> {
  const size = Number(svg.match(/viewBox="0 0 (\d+) \1"/)![1]);
  const cell = Number(svg.match(/M\d+,\d+l(\d+),0/)![1]);
  const margin = (size - moduleCount * cell) / 2;
  const points = [...svg.matchAll(/M(\d+),(\d+)l/g)].map(([, x, y]) => [Number(x), Number(y)]);
  return new Set(points.map(([x, y]) => `${(y! - margin) / cell},${(x! - margin) / cell}`));
}

/** What a QR code of `url` with error correction M must show, module by module. */
function expectedModules(url: string): { count: number; dark: Set<string> } {
  const qr = qrcode(0, 'M');
  qr.addData(url);
  qr.make();
  const count = qr.getModuleCount();
  const dark = new Set<string>();
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++) if (qr.isDark(row, col)) dark.add(`${row},${col}`);
  return { count, dark };
}

const sheetCount = (html: string) => (html.match(/<section class="sheet"/g) ?? []).length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

for (const kind of STORES) {
  const slug = kind.name.replace(/\W+/g, '-');

  describe(`${kind.name}: staff print a round's links as QR codes`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let otherSchool: OrgUnit;
    let otherClasses: OrgUnit[];
    let round: BuiltRound;
    let pupilsOnly: BuiltRound;
    let foreignRound: BuiltRound;
    const cookies: Record<'consultant' | 'schoolLeader' | 'daycareLeader' | 'viewer', string> = {
      consultant: '',
      schoolLeader: '',
      daycareLeader: '',
      viewer: '',
    };

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 2, 3, 6, 9]).create();
      const unit = (parent: OrgUnit, kindOf: OrgUnit['kind'], name: string, grade?: number) =>
        createUnit(store.db, {
          municipalityId: org.municipality.id,
          parent,
          kind: kindOf,
          name,
          sector: 'school',
          grade,
        });
      otherSchool = await unit(org.area, 'institution', 'Andenskolen');
      otherClasses = [
        await unit(otherSchool, 'group', '4.B', 4),
        await unit(otherSchool, 'group', '10.B', 10),
      ];
      const pupils = [...org.classes.values(), ...otherClasses];
      round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...pupils, org.daycare])
        .create();
      pupilsOnly = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits(pupils)
        .create();
      const foreign = await aMunicipality(store.db).withClasses([6]).create();
      foreignRound = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([...foreign.classes.values()])
        .create();

      cookies.consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      cookies.schoolLeader = await logIn(store.url, await aStaffUser(store.db, org.school, 'leader'));
      cookies.daycareLeader = await logIn(store.url, await aStaffUser(store.db, org.daycare, 'leader'));
      cookies.viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
    });
    afterAll(() => store?.stop());

    const sheetPath = (roundId: string, query = '') => `/dashboard/rounds/${roundId}/sheet${query}`;
    const get = async (path: string, cookie?: string) => {
      const res = await fetch(`${store.url}${path}`, {
        headers: cookie ? { cookie } : {},
        redirect: 'manual',
      });
      return { status: res.status, location: res.headers.get('location'), text: await res.text() };
    };
    const linkOf = (unit: OrgUnit) => `${store.url}/s/${round.codes.get(unit.id)}`;
    const cardFor = (unit: OrgUnit, parent: OrgUnit) => ({
      unitId: unit.id,
      unitName: unit.name,
      parentName: parent.name,
      url: linkOf(unit),
    });
    const testskolen = () => [1, 2, 3, 6, 9].map((grade) => cardFor(org.classes.get(grade)!, org.school));
    const withoutSvg = (cards: Card[]) => cards.map(({ svg: _svg, ...card }) => card);

    it('when the consultant opens the sheet, then there is one card per link of the round, school by school, 10.B after 4.B', async () => {
      const res = await get(sheetPath(round.roundId), cookies.consultant);
      expect(res.status).toBe(200);
      const cards = cardsOf(res.text);
      expect(withoutSvg(cards)).toEqual([
        cardFor(otherClasses[0]!, otherSchool),
        cardFor(otherClasses[1]!, otherSchool),
        cardFor(org.daycare, org.area),
        ...testskolen(),
      ]);
      // The screen part speaks the staff's language (the browser's, or ?lang=); the cards the municipality's.
      expect(res.text).toContain('<h1>QR-koder: Runde pupil-wellbeing</h1>');
      expect(res.text).toContain('8 links, et kort for hver enhed');
      const english = await get(sheetPath(round.roundId, '?lang=en'), cookies.consultant);
      expect(english.text).toContain('<h1>QR codes: Round pupil-wellbeing</h1>');
      expect(english.text).toContain('8 links, a card for each unit');
      expect(english.text.match(/<article class="card"[^>]* lang="da"/g)).toHaveLength(8);
      // The cards speak to respondents in the municipality's language (a Danish one here).
      expect(res.text.match(/<article class="card"[^>]* lang="da"/g)).toHaveLength(8);
      expect(res.text).toContain('Runde pupil-wellbeing');
      expect(res.text).toContain('Scan koden med telefonens kamera, eller skriv adressen');
      // Six cards a printed page: 8 cards on two sheets.
      expect(sheetCount(res.text)).toBe(2);
      // Each school can be printed on its own.
      expect(res.text).toContain(`href="${sheetPath(round.roundId, `?unit=${otherSchool.id}&amp;lang=da`)}"`);
      expect(res.text).toContain(`href="${sheetPath(round.roundId, `?unit=${org.school.id}&amp;lang=da`)}"`);
    });

    it('when the codes are read module by module, then each holds exactly its own card’s URL and is labelled with it', async () => {
      const cards = cardsOf((await get(sheetPath(round.roundId), cookies.consultant)).text);
      expect(cards).toHaveLength(8);
      for (const card of cards) {
        expect(card.svg).toMatch(/^<svg class="qr" role="img" aria-label="QR code for ([^"]+)"/);
        expect(card.svg.match(/aria-label="QR code for ([^"]+)"/)![1]).toBe(card.url);
        const expected = expectedModules(card.url);
        const drawn = [...drawnModules(card.svg, expected.count)].sort();
        expect({ url: card.url, drawn }).toEqual({ url: card.url, drawn: [...expected.dark].sort() });
      }
      expect(new Set(cards.map((c) => c.url)).size).toBe(cards.length);
    });

    it('when a school is chosen with ?unit=, then only its classes are on the sheet', async () => {
      const res = await get(sheetPath(round.roundId, `?unit=${otherSchool.id}`), cookies.consultant);
      expect(res.status).toBe(200);
      expect(withoutSvg(cardsOf(res.text))).toEqual(otherClasses.map((c) => cardFor(c, otherSchool)));
      expect(res.text).toContain('2 links for Andenskolen');
      expect(res.text).toContain(`href="${sheetPath(round.roundId, '?lang=da')}"`);
    });

    it('when a school leader opens the sheet, then they get their own school’s classes and nothing else', async () => {
      const res = await get(sheetPath(round.roundId), cookies.schoolLeader);
      expect(res.status).toBe(200);
      expect(withoutSvg(cardsOf(res.text))).toEqual(testskolen());
      expect(res.text).not.toContain(round.codes.get(org.daycare.id)!);
      for (const c of otherClasses) expect(res.text).not.toContain(round.codes.get(c.id)!);

      for (const outside of [otherSchool, org.daycare, org.root]) {
        const other = await get(sheetPath(round.roundId, `?unit=${outside.id}`), cookies.schoolLeader);
        expect({ unit: outside.name, status: other.status }).toEqual({ unit: outside.name, status: 403 });
        expect(JSON.parse(other.text).error.code).toBe('forbidden');
      }
    });

    it('when a leader has no link of the round in their scope, or the user is a viewer, then it is forbidden', async () => {
      const daycare = await get(sheetPath(pupilsOnly.roundId), cookies.daycareLeader);
      expect(daycare.status).toBe(403);
      expect(JSON.parse(daycare.text).error.code).toBe('forbidden');
      // The same leader prints their own unit's card of a round that asks it.
      const own = await get(sheetPath(round.roundId), cookies.daycareLeader);
      expect(withoutSvg(cardsOf(own.text))).toEqual([cardFor(org.daycare, org.area)]);

      const viewer = await get(sheetPath(round.roundId), cookies.viewer);
      expect(viewer.status).toBe(403);
      expect(viewer.text).not.toContain(round.codes.get(org.daycare.id)!);
    });

    it('when the round is unknown, malformed or of another municipality, or the unit unknown, then the answer is 404', async () => {
      for (const path of [
        sheetPath(foreignRound.roundId),
        sheetPath('00000000-0000-4000-8000-000000000000'),
        sheetPath('not-a-uuid'),
        sheetPath(round.roundId, '?unit=00000000-0000-4000-8000-000000000000'),
      ]) {
        const res = await get(path, cookies.consultant);
        expect({ path, status: res.status }).toEqual({ path, status: 404 });
        expect(JSON.parse(res.text).error.code).toBe('not_found');
      }
      const malformed = await get(sheetPath(round.roundId, '?unit=abc'), cookies.consultant);
      expect(malformed.status).toBe(422);
      expect(JSON.parse(malformed.text).error.details).toEqual([
        { field: 'unit', issue: 'must be a unit id' },
      ]);
    });

    it('when no one is logged in, then the sheet redirects to the login', async () => {
      const res = await get(sheetPath(round.roundId));
      expect(res.status).toBe(303);
      expect(res.location).toBe(`/login?next=${encodeURIComponent(sheetPath(round.roundId))}`);
      expect(res.text).not.toContain(round.codes.get(org.daycare.id)!);
    });

    it('when staff read a round, then quality staff and leaders may print its QR codes (the app links the sheet) and viewers may not; the sheet leads back to the round in the app', async () => {
      const rates = (cookie: string) => get(`/api/rounds/${round.roundId}/response-rates`, cookie);
      expect(JSON.parse((await rates(cookies.consultant)).text).mayIssueTokens).toBe(true);
      expect(JSON.parse((await rates(cookies.schoolLeader)).text).mayIssueTokens).toBe(true);
      const forViewer = await rates(cookies.viewer);
      expect(forViewer.status).toBe(200);
      expect(JSON.parse(forViewer.text).mayIssueTokens).toBe(false);
      const sheet = await get(sheetPath(round.roundId), cookies.consultant);
      expect(sheet.text).toContain(`<a href="/app/rounds/${round.roundId}">`);
    });

    it('when the sheet is printed in Chromium, then 8 cards fill two A4 pages and the page has no serious accessibility faults', async () => {
      const context = await browser.newContext(LAPTOP);
      try {
        const [name, value] = cookies.consultant.split('=') as [string, string];
        await context.addCookies([{ name, value, url: store.url }]);
        const page = await context.newPage();
        await page.goto(`${store.url}${sheetPath(round.roundId)}`);
        expect(await page.getByRole('img', { name: `QR code for ${linkOf(org.daycare)}` }).count()).toBe(1);
        expect(await seriousAxeViolations(page, 'the QR-code sheet')).toEqual([]);
        await screenshot(page, `${slug}-link-sheet`);
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        const output = path.join(__dirname, '../../test-output/screenshots', `${slug}-link-sheet.pdf`);
        fs.writeFileSync(output, pdf);
        expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(2);
      } finally {
        await context.close();
      }
    });
  });
}

describe('pglite + in-process: the sheet uses PUBLIC_URL when it is set', () => {
  it('when PUBLIC_URL is https://malbar.example.dk/, then every card links there', async () => {
    const store = await STORES.find((s) => s.name.startsWith('pglite'))!.start({
      PUBLIC_URL: 'https://malbar.example.dk/',
    });
    try {
      const org = await aMunicipality(store.db).withClasses([6]).create();
      const round = await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing')
        .forUnits([org.classes.get(6)!])
        .create();
      const cookie = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
      const res = await fetch(`${store.url}/dashboard/rounds/${round.roundId}/sheet`, {
        headers: { cookie },
      });
      const cards = cardsOf(await res.text());
      const url = `https://malbar.example.dk/s/${round.codes.get(org.classes.get(6)!.id)}`;
      expect(cards.map((c) => c.url)).toEqual([url]);
      expect(drawnModules(cards[0]!.svg, expectedModules(url).count)).toEqual(expectedModules(url).dark);
    } finally {
      await store.stop();
    }
  });
});
