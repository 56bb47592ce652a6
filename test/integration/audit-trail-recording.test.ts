import { findOrCreateReport, saveMedStatement } from '../../db/repositories/follow-up-reports';
import { createContract, createGoal } from '../../db/repositories/goals';
import { registerInstrumentVersion } from '../../db/repositories/instrument-versions';
import { readSurveyDefinitions } from '../../main/read-survey-definitions';
import { anOrganisationCsv } from '../builders/organisation-csv';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { trailOf } from '../support/audit-trail';
import { postJson, sameOrigin, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const year = new Date().getUTCFullYear();

for (const kind of STORES) {
  describe(`${kind.name}: the audit trail records users, imports, exports and adoptions`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let admin: { email: string; cookie: string };
    let consultant: { email: string; cookie: string };

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6]).create();
      const signIn = async (role: 'admin' | 'consultant') => {
        const user = await aStaffUser(store.db, org.root, role);
        return { email: user.email, cookie: await logIn(store.url, user) };
      };
      admin = await signIn('admin');
      consultant = await signIn('consultant');
    });
    afterAll(() => store?.stop());

    const url = (path: string) => `${store.url}${path}`;
    const trail = (action: string) => trailOf(store.url, admin.cookie, { action });
    const send = async (method: string, path: string, body: string, type: string, cookie: string) => {
      const res = await fetch(url(path), {
        method,
        headers: { ...sameOrigin(url(path)), 'content-type': type, cookie },
        body,
      });
      const text = await res.text();
      return { status: res.status, body: (text.startsWith('{') ? JSON.parse(text) : text) as Json };
    };
    const download = async (path: string, cookie = consultant.cookie) => {
      const res = await fetch(url(path), { headers: { cookie } });
      await res.arrayBuffer();
      return res.status;
    };

    it('when Målbar starts on an empty database, then each survey definition is published once, by the system, installation-wide', async () => {
      const published = await trail('instrument_published');
      const definitions = readSurveyDefinitions();
      expect(published).toHaveLength(definitions.length);
      for (const d of definitions)
        expect(published).toContainEqual(
          expect.objectContaining({
            actor: 'system',
            installationWide: true,
            subject: `instrument:${d.instrumentKey}/${d.version}`,
            detail: { key: d.instrumentKey, version: d.version, fingerprint: d.contentHash },
          }),
        );
      // Registered again (the next start): nothing new is stored, so nothing is published.
      for (const d of definitions) await registerInstrumentVersion(store.db, d, new Date());
      expect(await trail('instrument_published')).toHaveLength(definitions.length);
    });

    it('when an administrator creates a user and changes role, scope and activity, then each change is recorded once with before and after, and never a password', async () => {
      const email = `new-${Date.now()}@test.example`;
      const password = 'a long and secret password';
      const created = await postJson(
        url('/api/admin/users'),
        { name: 'Nina Ny', email, role: 'viewer', password },
        { cookie: admin.cookie },
      );
      expect(created.status).toBe(201);
      const userId = created.body.id as string;
      const patch = (body: unknown) =>
        send('PATCH', `/api/admin/users/${userId}`, JSON.stringify(body), 'application/json', admin.cookie);

      expect((await patch({ role: 'leader', scopeUnitId: org.school.id })).status).toBe(200);
      expect((await patch({ active: false })).status).toBe(200);
      // Refused (a leader of the whole municipality), and one that changes nothing: no entries.
      expect((await patch({ scopeUnitId: org.root.id })).status).toBe(422);
      expect((await patch({ name: 'Nina Ny' })).status).toBe(200);

      const [createdEvent, ...others] = await trail('user_created');
      expect(others.filter((e) => e.subject === `user:${userId}`)).toEqual([]);
      expect(createdEvent).toMatchObject({
        actor: admin.email,
        subject: `user:${userId}`,
        installationWide: false,
        detail: { email, name: 'Nina Ny', role: 'viewer', scopeUnitId: org.root.id },
      });
      const changes = (await trail('user_changed')).filter((e) => e.subject === `user:${userId}`);
      expect(changes.map((e) => e.detail)).toEqual([
        { email, before: { active: true }, after: { active: false } },
        {
          email,
          before: { role: 'viewer', scopeUnitId: org.root.id, scope: org.root.name },
          after: { role: 'leader', scopeUnitId: org.school.id, scope: 'Testskolen' },
        },
      ]);
      expect(changes.every((e) => e.actor === admin.email)).toBe(true);
      const everything = JSON.stringify(await trailOf(store.url, admin.cookie));
      expect(everything).not.toContain(password);
      expect(everything).not.toContain('scrypt');
    });

    it('when a user is refused (the e-mail is taken), then nothing is recorded', async () => {
      const before = (await trail('user_created')).length;
      const taken = await postJson(
        url('/api/admin/users'),
        { name: 'Twin', email: consultant.email, role: 'viewer' },
        { cookie: admin.cookie },
      );
      expect(taken.status).toBe(409);
      expect(await trail('user_created')).toHaveLength(before);
    });

    it('when an organisation file is imported, then the import is recorded once with its counts; a preview or a file with errors records nothing', async () => {
      const csv = anOrganisationCsv().area('KULT', 'Kultur').institution('BIB', 'Biblioteket', 'KULT').text();
      const bad = anOrganisationCsv().institution('X', 'Uden område', 'NOWHERE').text();
      const importCsv = (body: string, query = '') =>
        send('POST', `/api/admin/organisation/import${query}`, body, 'text/csv', admin.cookie);
      expect((await importCsv(csv, '?dryRun=1')).status).toBe(200);
      expect((await importCsv(bad)).status).toBe(422);
      expect(await trail('organisation_imported')).toEqual([]);
      expect((await importCsv(csv)).status).toBe(200);
      expect((await importCsv(csv)).status).toBe(200); // the same again changes nothing
      const imports = await trail('organisation_imported');
      expect(imports).toHaveLength(1);
      expect(imports[0]).toMatchObject({
        actor: admin.email,
        subject: `municipality:${org.municipality.id}`,
        detail: { created: 2, updated: 0 },
      });
    });

    it('when staff download tables, then each download is recorded with what, which format and which scope', async () => {
      expect(await download('/api/exports/goals.csv')).toBe(200);
      expect(await download(`/api/exports/units/${org.school.id}/indicators.xlsx`)).toBe(200);
      expect(await download(`/api/exports/units/${org.root.id}/indicators.xlsx`, 'no-session')).toBe(401);
      const downloads = await trail('export_downloaded');
      expect(downloads).toHaveLength(2);
      expect(downloads[1]).toMatchObject({
        actor: consultant.email,
        subject: `municipality:${org.municipality.id}`,
        detail: { format: 'csv', scope: org.municipality.name },
      });
      expect(downloads[0]).toMatchObject({
        actor: consultant.email,
        subject: `unit:${org.school.id}`,
        detail: { format: 'xlsx', scope: 'Testskolen' },
      });
    });

    it('when the follow-up report is adopted and its PDF downloaded, then both are recorded; an adoption refused records nothing', async () => {
      const contract = async (statement: string | null) => {
        const contractId = await createContract(store.db, {
          municipalityId: org.municipality.id,
          title: `Kvalitetskontrakt ${statement ? 'A' : 'B'}`,
          periodStart: `${year - 1}-01-01`,
          periodEnd: `${year + 1}-12-31`,
        });
        await createGoal(store.db, {
          municipalityId: org.municipality.id,
          contractId,
          serviceArea: 'skole',
          title: { da: 'Trivsel', nb: 'Trivsel', en: 'Wellbeing' },
          instrumentKey: 'pupil-wellbeing',
          indicatorKey: 'wellbeing',
          scopeUnitId: org.root.id,
          breakdownFilter: null,
          rule: { type: 'threshold', op: '>', target: 0.9 },
          deadline: `${year + 1}-12-31`,
          position: 0,
        });
        const report = await findOrCreateReport(store.db, {
          municipalityId: org.municipality.id,
          contractId,
          year,
        });
        if (statement) await saveMedStatement(store.db, report.id, statement);
        return contractId;
      };
      const ready = await contract('MED-udvalget bakker op.');
      const withoutStatement = await contract(null);
      const adopt = (contractId: string) =>
        postJson(
          url(`/api/contracts/${contractId}/reports/${year}/adopt`),
          {},
          { cookie: consultant.cookie },
        );

      expect((await adopt(withoutStatement)).status).toBe(422);
      const adopted = await adopt(ready);
      expect(adopted.status).toBe(201);
      expect((await adopt(ready)).status).toBe(409);
      expect(await trail('report_adopted')).toEqual([
        expect.objectContaining({
          actor: consultant.email,
          subject: `report:${ready}/${year}`,
          detail: expect.objectContaining({ year, contentHash: adopted.body.contentHash }),
        }),
      ]);

      expect(await download(`/dashboard/contracts/${ready}/reports/${year}/pdf?lang=da`)).toBe(200);
      const pdfs = (await trail('export_downloaded')).filter((e) => e.detail.format === 'pdf');
      expect(pdfs).toEqual([
        expect.objectContaining({ actor: consultant.email, subject: `report:${ready}/${year}` }),
      ]);
    });
  });
}
