import { anOrganisationCsv } from '../builders/organisation-csv';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { getJson, postJson, type Json, sameOrigin } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/** A well-formed file: an area with a school and two classes, under the builder's tree. */
const goodFile = () =>
  anOrganisationCsv()
    .area('VEL', 'Velfærd og Sundhed')
    .institution('SØN', 'Søndervangskolen', 'VEL')
    .group('SØN-1A', '1.A', 'SØN', 1, 22)
    .group('SØN-2A', '2.A', 'SØN', 2);

for (const kind of STORES) {
  describe(`${kind.name}: administrators keep the organisation tree`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let admin: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([1, 6]).create();
      admin = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
    });
    afterAll(() => store?.stop());

    const send = async (method: string, path: string, body: string, type: string, cookie = admin) => {
      const res = await fetch(`${store.url}${path}`, {
        method,
        headers: {
          ...sameOrigin(`${store.url}${path}`),
          'content-type': type,
          cookie,
          accept: type.includes('form') ? 'text/html' : 'application/json',
        },
        body,
        redirect: 'manual',
      });
      const text = await res.text();
      return { status: res.status, location: res.headers.get('location'), text, body: jsonOf(text) };
    };
    const importCsv = (csv: string, query = '', cookie = admin) =>
      send('POST', `/api/admin/organisation/import${query}`, csv, 'text/csv', cookie);
    const postForm = (path: string, form: Record<string, string>) =>
      send('POST', path, new URLSearchParams(form).toString(), 'application/x-www-form-urlencoded');
    const tree = async () => (await getJson(`${store.url}/api/admin/organisation`, { cookie: admin })).body;
    const unitByCode = async (code: string) => (await tree()).rows.find((r: Json) => r.code === code);

    it('when the file has errors, then nothing is written and each error names its line and column', async () => {
      const before = await tree();
      const bad = goodFile()
        .group('SØN-3A', '3.A', 'NOPE', 3)
        .row('SØN-1A', 'Twin', 'klasse', 'SØN', '', '')
        .row('X', '', 'institution', 'VEL', '', '')
        .row('Y', '4.A', 'klasse', 'VEL', 'fire', '')
        .text();

      const dryRun = await importCsv(bad, '?dryRun=1');
      const applied = await importCsv(bad);

      expect(dryRun.status).toBe(200);
      expect(applied.status).toBe(422);
      expect(applied.body.errors).toEqual([
        {
          line: 6,
          field: 'overordnet_kode',
          message: 'no unit has the code NOPE, in the file or in the organisation',
        },
        { line: 7, field: 'kode', message: 'the code SØN-1A is also on line 4' },
        { line: 8, field: 'navn', message: 'give the unit a name' },
        { line: 9, field: 'klassetrin', message: 'must be a whole number' },
      ]);
      expect(dryRun.body.errors).toEqual(applied.body.errors);
      expect(applied.body).toMatchObject({ created: [], updated: [], applied: false });
      expect(await tree()).toEqual(before);
    });

    it('when the corrected file is imported, then the tree has its units; imported again, nothing changes', async () => {
      const csv = goodFile().text();
      const preview = await importCsv(csv, '?dryRun=1');
      expect(preview.body.created.map((c: Json) => c.code)).toEqual(['VEL', 'SØN', 'SØN-1A', 'SØN-2A']);
      expect(await unitByCode('VEL')).toBeUndefined();

      const first = await importCsv(csv);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ errors: [], updated: [], unchanged: 0, applied: true });
      expect(first.body.created).toHaveLength(4);

      const school = await unitByCode('SØN');
      const area = await unitByCode('VEL');
      const class1 = await unitByCode('SØN-1A');
      expect(area).toMatchObject({
        kind: 'area',
        parentId: org.root.id,
        name: 'Velfærd og Sundhed',
        depth: 1,
      });
      expect(school).toMatchObject({ kind: 'institution', parentId: area.id, unitsBelow: 2 });
      expect(class1).toMatchObject({
        kind: 'group',
        parentId: school.id,
        grade: 1,
        population: 22,
        depth: 3,
      });
      // A subtree is a prefix match on the path: the class must be found under the area.
      expect(class1.path.startsWith(school.path) && school.path.startsWith(area.path)).toBe(true);
      // Units not in the file are kept.
      expect((await tree()).totals).toEqual({ municipality: 1, area: 2, institution: 3, group: 4 });

      const before = await tree();
      const again = await importCsv(csv);
      expect(again.body).toEqual({ errors: [], created: [], updated: [], unchanged: 4, applied: false });
      expect(await tree()).toEqual(before);
    });

    it('when the same file is imported twice at once, then its units are created once', async () => {
      const csv = anOrganisationCsv().area('SAMT', 'Samtidig').institution('SAMT-S', 'Skolen', 'SAMT').text();

      const answers = await Promise.all([importCsv(csv), importCsv(csv)]);

      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      expect(answers.map((a) => a.body.created.length).sort()).toEqual([0, 2]);
      const rows = (await tree()).rows.filter((r: Json) => r.code?.startsWith('SAMT'));
      expect(rows).toHaveLength(2);
    });

    it('when a row would move a unit to another parent, then the import is refused and names the column', async () => {
      await importCsv(
        anOrganisationCsv().area('FLYT', 'Flyt').institution('FLYT-S', 'Skolen', 'FLYT').text(),
      );
      const move = anOrganisationCsv()
        .inEnglish()
        .area('ANDET', 'Andet')
        .institution('FLYT-S', 'Skolen', 'ANDET');

      const res = await importCsv(move.text());

      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([
        {
          line: 3,
          field: 'parent_code',
          message:
            'FLYT-S is under Flyt (FLYT); an import does not move units (figures already computed for both parents count it where it is)',
        },
      ]);
      expect(await unitByCode('ANDET')).toBeUndefined();
    });

    it('when the tree is downloaded and imported unchanged, then its uncoded units get codes and no unit is added', async () => {
      const download = await fetch(`${store.url}/api/admin/organisation/template.csv`, {
        headers: { cookie: admin },
      });
      expect(download.headers.get('content-type')).toContain('text/csv');
      const csv = await download.text();
      expect(csv).toContain(';Testskolen;institution;');
      const before = (await tree()).rows.length;

      const first = await importCsv(csv);
      const second = await importCsv(csv);

      expect(first.body.created).toEqual([]);
      expect(first.body.updated.map((u: Json) => u.name)).toEqual(
        expect.arrayContaining(['Børn og Unge', 'Testskolen', '1.A', '6.A']),
      );
      expect(second.body).toMatchObject({ created: [], updated: [], applied: false });
      expect((await tree()).rows).toHaveLength(before);
      expect((await tree()).rows.every((r: Json) => r.kind === 'municipality' || r.code)).toBe(true);
    });

    it('when the app previews a file, then the plan is shown without writing, and importing applies it', async () => {
      const csv = anOrganisationCsv()
        .inNorwegian()
        .area('OPP', 'Oppvekst')
        .institution('HAU', 'Haugen skole', 'OPP')
        .text();
      const preview = await importCsv(csv, '?dryRun=true');
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({ errors: [], updated: [], unchanged: 0, applied: false });
      expect(preview.body.created).toEqual([
        expect.objectContaining({ line: 2, code: 'OPP', name: 'Oppvekst', kind: 'area' }),
        expect.objectContaining({ line: 3, code: 'HAU', name: 'Haugen skole', kind: 'institution' }),
      ]);
      expect(await unitByCode('HAU')).toBeUndefined();

      const done = await importCsv(csv);
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ updated: [], unchanged: 0, applied: true });
      expect(done.body.created).toHaveLength(2);
      expect(await unitByCode('HAU')).toMatchObject({ name: 'Haugen skole', kind: 'institution' });
    });

    it('when a preview finds errors, then it lists them by line, column and problem, and importing is refused', async () => {
      const csv = anOrganisationCsv().row('Z', 'Zeta', 'skole', '', '', '').text();
      const preview = await importCsv(csv, '?dryRun=1');
      expect(preview.status).toBe(200);
      expect(preview.body.errors).toEqual([
        {
          line: 2,
          field: 'type',
          message: expect.stringMatching(/^must be area, institution or group/),
        },
      ]);
      const applied = await importCsv(csv);
      expect(applied.status).toBe(422);
      expect(await unitByCode('Z')).toBeUndefined();
    });

    it('when the classic page addresses are asked, then GET lands in the app and a form POST finds nothing', async () => {
      const page = await fetch(`${store.url}/dashboard/admin/organisation`, {
        headers: { cookie: admin },
        redirect: 'manual',
      });
      expect(page.status).toBe(303);
      expect(page.headers.get('location')).toBe('/app/admin/organisation');
      const template = await fetch(`${store.url}/dashboard/admin/organisation/template.csv`, {
        headers: { cookie: admin },
        redirect: 'manual',
      });
      expect([template.status, template.headers.get('location')]).toEqual([
        303,
        '/api/admin/organisation/template.csv',
      ]);
      const before = await tree();
      const form = await postForm('/dashboard/admin/organisation/units', {
        parentId: org.school.id,
        name: 'X',
      });
      expect(form.status).toBe(404);
      expect(await tree()).toEqual(before);
    });

    it('when a unit is added with form-typed numbers and renamed, then the tree shows it under its parent', async () => {
      // The app sends what its fields hold: numbers as typed, '' for an empty field.
      const added = await postJson(
        `${store.url}/api/admin/organisation/units`,
        { parentId: org.school.id, name: '9.B', code: 'TEST-9B', grade: '9', population: '' },
        { cookie: admin },
      );
      expect(added.status).toBe(201);
      const unit = await unitByCode('TEST-9B');
      expect(unit).toMatchObject({ id: added.body.id, kind: 'group', parentId: org.school.id, grade: 9 });
      expect(unit).toMatchObject({ population: null });

      const renamed = await send(
        'PATCH',
        `/api/admin/organisation/units/${unit.id}`,
        JSON.stringify({ name: '9.B (ny)' }),
        'application/json',
      );
      expect(renamed.status).toBe(204);
      expect(await unitByCode('TEST-9B')).toMatchObject({ name: '9.B (ny)', code: 'TEST-9B' });

      const patched = await send(
        'PATCH',
        `/api/admin/organisation/units/${unit.id}`,
        JSON.stringify({ population: 21, families: 18, employees: null }),
        'application/json',
      );
      expect(patched.status).toBe(204);
      expect(await unitByCode('TEST-9B')).toMatchObject({ population: 21, families: 18, grade: 9 });
    });

    it.each([
      // fields, the field named in the answer
      [{ name: '', code: '' }, 'name', 'give the unit a name'],
      [{ name: 'X', grade: 'tre' }, 'grade', 'must be a whole number'],
      [{ name: 'X', code: 'has space' }, 'code', 'use letters, digits and . _ - / only (no spaces)'],
      [{ name: 'X', code: 'TEST-9B' }, 'code', 'TEST-9B is already the code of 9.B (ny)'],
    ])('when a new unit has %j, then the answer is 422 naming %s', async (fields, field, issue) => {
      const before = await tree();
      const res = await postJson(
        `${store.url}/api/admin/organisation/units`,
        { parentId: org.school.id, ...fields },
        { cookie: admin },
      );
      expect(res.status).toBe(422);
      expect(res.body.error.details).toEqual([{ field, issue }]);
      expect(await tree()).toEqual(before);
    });

    it('when the API is sent bad input, then the 4xx names the field', async () => {
      const underGroup = await postJson(
        `${store.url}/api/admin/organisation/units`,
        { parentId: org.classes.get(1)!.id, name: 'Inside a class' },
        { cookie: admin },
      );
      expect(underGroup.status).toBe(422);
      expect(underGroup.body.error.details).toEqual([
        { field: 'parentId', issue: '1.A is a group: nothing goes under a group' },
      ]);
      const wrongKind = await postJson(
        `${store.url}/api/admin/organisation/units`,
        { parentId: org.area.id, name: 'A class', kind: 'group' },
        { cookie: admin },
      );
      expect(wrongKind.body.error.details).toEqual([
        { field: 'kind', issue: 'only a unit of kind institution goes under Børn og Unge' },
      ]);
      const noBody = await send('POST', '/api/admin/organisation/import', '{}', 'application/json');
      expect(noBody.status).toBe(422);
      expect(noBody.body.error.details).toEqual([{ field: '(body)', issue: 'send the CSV as text/csv' }]);
      const unknown = await send(
        'PATCH',
        `/api/admin/organisation/units/${org.school.id}`,
        '{"colour":"red"}',
        'application/json',
      );
      expect(unknown.status).toBe(422);
    });

    it.each(['consultant', 'leader', 'viewer'] as const)(
      'when a %s asks, then every API answers 403 and nothing changes',
      async (role) => {
        const scope = role === 'leader' ? org.school : org.root;
        const cookie = await logIn(store.url, await aStaffUser(store.db, scope, role));
        const before = await tree();
        const answers = [
          (await fetch(`${store.url}/api/admin/organisation/template.csv`, { headers: { cookie } })).status,
          (await getJson(`${store.url}/api/admin/organisation`, { cookie })).status,
          (
            await postJson(
              `${store.url}/api/admin/organisation/units`,
              { parentId: org.school.id, name: 'X' },
              { cookie },
            )
          ).status,
          (
            await send(
              'PATCH',
              `/api/admin/organisation/units/${org.school.id}`,
              '{"name":"X"}',
              'application/json',
              cookie,
            )
          ).status,
          (await importCsv(goodFile().text(), '', cookie)).status,
          (await importCsv(goodFile().text(), '?dryRun=1', cookie)).status,
        ];
        expect(answers).toEqual([403, 403, 403, 403, 403, 403]);
        expect(await tree()).toEqual(before);
      },
    );

    it('when an administrator is scoped below the municipality, then they do not keep the tree', async () => {
      const cookie = await logIn(store.url, await aStaffUser(store.db, org.area, 'admin'));
      expect((await getJson(`${store.url}/api/admin/organisation`, { cookie })).status).toBe(403);
    });

    it('when an administrator of another municipality sends a unit id of this one, then it is not found', async () => {
      const other = await aMunicipality(store.db).create();
      const cookie = await logIn(store.url, await aStaffUser(store.db, other.root, 'admin'));
      const res = await send(
        'PATCH',
        `/api/admin/organisation/units/${org.school.id}`,
        '{"name":"X"}',
        'application/json',
        cookie,
      );
      expect(res.status).toBe(404);
      const add = await postJson(
        `${store.url}/api/admin/organisation/units`,
        { parentId: org.school.id, name: 'X' },
        { cookie },
      );
      expect(add.body.error.details).toEqual([
        { field: 'parentId', issue: 'there is no such unit in the organisation' },
      ]);
    });
  });
}

function jsonOf(text: string): Json {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
