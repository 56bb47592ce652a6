import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { setContractPublished } from '../../db/repositories/contracts';
import { findOrCreateReport, saveMedStatement } from '../../db/repositories/follow-up-reports';
import { createContract, createGoal } from '../../db/repositories/goals';
import { findStaffCredentials } from '../../db/repositories/staff';
import { pdfPrintsStarted } from '../../server/reports/pdf-printer';
import { adoptFollowUpReport } from '../../server/use-cases/follow-up-reports';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { STORES, type TestStore } from '../support/stores';

const year = new Date().getUTCFullYear();

async function getPdf(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return {
    status: res.status,
    headers: res.headers,
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

for (const kind of STORES) {
  describe(`${kind.name}: the public PDF of an adopted report is printed once`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let contractId: string;
    let viewer: string;
    let publicPdf: string;

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
      const consultant = await aStaffUser(store.db, org.root, 'consultant');
      const adopter = (await findStaffCredentials(store.db, consultant.email))!;
      await adoptFollowUpReport(
        { db: store.db, instruments: store.malbar.instruments, now: () => new Date() },
        adopter,
        contractId,
        year,
      );
      await setContractPublished(store.db, contractId, new Date());
      viewer = await logIn(store.url, await aStaffUser(store.db, org.root, 'viewer'));
      publicPdf = `${store.url}/p/${org.municipality.slug}/contracts/${contractId}/reports/${year}/pdf?lang=da`;
    });
    afterAll(() => store?.stop());

    it('when 30 readers ask for it at once, then it is printed once and every one gets the same bytes, with their hash as ETag', async () => {
      const printed = pdfPrintsStarted();
      const started = performance.now();
      const answers = await Promise.all(Array.from({ length: 30 }, () => getPdf(publicPdf)));
      console.log(`30 parallel requests for the adopted PDF: ${Math.round(performance.now() - started)} ms`);

      expect(pdfPrintsStarted() - printed).toBe(1);
      expect(answers.map((a) => a.status)).toEqual(Array(30).fill(200));
      const first = answers[0]!;
      expect(first.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      for (const answer of answers) expect(answer.bytes.equals(first.bytes)).toBe(true);
      const sha256 = createHash('sha256').update(first.bytes).digest('hex');
      expect(first.headers.get('etag')).toBe(`"${sha256}"`);
      expect(first.headers.get('cache-control')).toBe('public, max-age=86400');
      const stored = (await store.db.execute(
        sql`select count(*)::int as n, min(sha256) as sha256 from adopted_report_pdfs`,
      )) as unknown as { rows: { n: number; sha256: string }[] };
      expect(stored.rows[0]).toEqual({ n: 1, sha256 });
    });

    it('when it is asked for again, by citizens or by staff, then the stored bytes are served and nothing is printed', async () => {
      const printed = pdfPrintsStarted();
      const again = await Promise.all(Array.from({ length: 10 }, () => getPdf(publicPdf)));
      const staff = await getPdf(
        `${store.url}/dashboard/contracts/${contractId}/reports/${year}/pdf?lang=da`,
        {
          cookie: viewer,
        },
      );

      expect(pdfPrintsStarted()).toBe(printed);
      expect(staff.status).toBe(200);
      for (const answer of [...again, staff]) expect(answer.bytes.equals(again[0]!.bytes)).toBe(true);
      expect(staff.headers.get('etag')).toBe(again[0]!.headers.get('etag'));
    });

    it('when a browser asks with the ETag it has, then the answer is 304 without a body', async () => {
      const { headers } = await getPdf(publicPdf);
      // As a browser revalidates (fetch would add "no-cache", which asks for the body whatever the ETag).
      const cached = await getPdf(publicPdf, {
        'if-none-match': headers.get('etag')!,
        'cache-control': 'max-age=0',
      });
      expect(cached.status).toBe(304);
      expect(cached.bytes).toHaveLength(0);
    });

    it('when another language is asked for, then that language is printed once and kept beside the first', async () => {
      const printed = pdfPrintsStarted();
      const english = publicPdf.replace('lang=da', 'lang=en');
      const [a, b] = await Promise.all([getPdf(english), getPdf(english)]);
      const danish = await getPdf(publicPdf);

      expect(pdfPrintsStarted() - printed).toBe(1);
      expect(a.bytes.equals(b.bytes)).toBe(true);
      expect(a.bytes.equals(danish.bytes)).toBe(false);
      expect(a.headers.get('etag')).not.toBe(danish.headers.get('etag'));
    });
  });
}
