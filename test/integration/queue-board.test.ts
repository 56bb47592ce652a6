import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { STORES, type TestStore } from '../support/stores';

for (const kind of STORES) {
  describe(`${kind.name}: the queue board at /admin/queues`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let admin: string;
    let consultant: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).create();
      admin = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
      consultant = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
    });
    afterAll(() => store?.stop());

    const open = (path: string, cookie?: string) =>
      fetch(`${store.url}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });

    it('when nobody is logged in, then the board sends the browser to the login page and back', async () => {
      const res = await open('/admin/queues');
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/login?next=%2Fadmin%2Fqueues');
    });

    it('when a consultant (not an administrator) opens the board or its API, then the answer is 403', async () => {
      for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
        const res = await open(path, consultant);
        expect(res.status).toBe(403);
        expect(await res.text()).not.toContain('malbar-jobs');
      }
    });

    if (kind.name === 'postgres + redis')
      it('when an administrator opens the board, then Bull Board shows the BullMQ queue with its UI served from this server', async () => {
        const page = await open('/admin/queues', admin);
        expect(page.status).toBe(200);
        expect(page.headers.get('x-powered-by')).toBeNull();
        // The board's page links Google Fonts; the policy keeps the browser on this server.
        expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
        const text = await page.text();
        expect(text).toContain('<base href="/admin/queues/"');
        expect(text).toContain('<div id="root">');
        const scripts = [...text.matchAll(/<script defer src="([^"]+)"/g)].map((m) => m[1]!);
        expect(scripts.length).toBeGreaterThan(0);
        for (const script of scripts) {
          expect(script).toMatch(/^static\//);
          const asset = await open(`/admin/queues/${script}`, admin);
          expect([asset.status, asset.headers.get('content-type')]).toEqual([
            200,
            'text/javascript; charset=utf-8',
          ]);
        }
        expect((await open(`/admin/queues/${scripts[0]}`, consultant)).status).toBe(403);
        const api = await open('/admin/queues/api/queues', admin);
        expect(api.status).toBe(200);
        const { queues } = (await api.json()) as { queues: { name: string; displayName?: string }[] };
        expect(queues.map((q) => q.name)).toEqual(['malbar-jobs']);
      });
    else
      it('when an administrator opens the board with in-process jobs, then a page says there is no queue to show', async () => {
        const page = await open('/admin/queues', admin);
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
        const text = await page.text();
        expect(text).toContain('Jobbene kører i denne proces');
        expect(text).not.toContain('<div id="root">');
        expect((await open('/admin/queues/api/queues', admin)).status).toBe(404);
      });
  });
}
