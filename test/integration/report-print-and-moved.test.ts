import { findOrCreateReport, saveMedStatement } from '../../db/repositories/follow-up-reports';
import { createContract, createGoal } from '../../db/repositories/goals';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { sameOrigin } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const year = new Date().getUTCFullYear();

/*
 * The follow-up report's staff page moved into the app (/app/contracts/:id/report/:year); the
 * document stays server-rendered as the PDF and as a print version the browser opens.
 */
for (const kind of STORES) {
  describe(`${kind.name}: the follow-up report's print version and its old address`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let contractId: string;
    let viewer: string;
    let consultant: string;
    const base = () => `${store.url}/dashboard/contracts/${contractId}/reports/${year}`;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).create();
      contractId = await createContract(store.db, {
        municipalityId: org.municipality.id,
        title: 'Kvalitetskontrakt',
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
      await saveMedStatement(store.db, report.id, 'MED-udvalget bakker op.');
      viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    });
    afterAll(() => store?.stop());

    it('when staff open the print version, then it is the document in their language with its stylesheet linked, not inlined', async () => {
      const res = await fetch(`${base()}/print?lang=nb`, { headers: { cookie: viewer } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      const html = await res.text();
      expect(html).toContain('<html lang="nb">');
      expect(html).toContain('MED-udvalget bakker op.');
      expect(html).toContain('href="/assets/web/report.css"');
      expect(html).not.toContain('<style>');
      expect(html).not.toContain('<textarea');
      const anonymous = await fetch(`${base()}/print?lang=da`, { redirect: 'manual' });
      expect(anonymous.status).toBe(303);
      expect(anonymous.headers.get('location')).toMatch(/^\/login/);
    });

    it('when the old report page is asked, then it leads to the report in the app; its forms are gone', async () => {
      const moved = await fetch(`${base()}?lang=da`, { headers: { cookie: viewer }, redirect: 'manual' });
      expect(moved.status).toBe(302);
      expect(moved.headers.get('location')).toBe(`/app/contracts/${contractId}/report/${year}`);
      for (const form of ['texts', 'adopt']) {
        const res = await fetch(`${base()}/${form}`, {
          method: 'POST',
          headers: {
            ...sameOrigin(base()),
            cookie: consultant,
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: 'medStatement=x',
          redirect: 'manual',
        });
        expect([form, res.status]).toEqual([form, 404]);
      }
      const stillDraft = await fetch(`${store.url}/api/contracts/${contractId}/reports/${year}`, {
        headers: { cookie: viewer },
      });
      expect(((await stillDraft.json()) as { status: string }).status).toBe('draft');
    });
  });
}
