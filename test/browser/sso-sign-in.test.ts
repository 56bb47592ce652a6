import type { Browser } from 'playwright-core';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser } from '../builders/staff';
import { LAPTOP, launchChromium, screenshot, seriousAxeViolations } from '../support/browser';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider';
import { STORES, type TestStore } from '../support/stores';

/*
 * Single sign-on as an administrator sets it up and a member of staff uses it: the admin fills in
 * the app's single sign-on screen (Administration, in Danish), a unit leader clicks their
 * municipality's button, signs in at a real OpenID provider's login form and lands in the app with
 * the role and scope their group maps to.
 */
const kind = STORES[0]!; // One store: the integration tests run both; the browser adds the pages.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe(`${kind.name}: signing in with the municipality's account in a browser`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let provider: TestOidcProvider;
  let admin: { email: string; password: string };
  const url = (path: string) => `${store.url}${path}`;

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).named('Sydby Kommune').withClasses([1]).create();
    admin = await aStaffUser(store.db, org.root, 'admin');
    provider = await startOidcProvider([url('/login/sso/callback')], {
      'lene-sub': {
        email: 'lene.leder@sydby.example',
        name: 'Lene Leder',
        groups: ['6f1c-leaders', 'x-other'],
      },
      'walt-sub': { email: 'walt@sydby.example', name: 'Walter Venter', groups: ['x-other'] },
    });
  });
  afterAll(async () => {
    await provider?.stop();
    await store?.stop();
  });

  it('when the admin sets up SSO and maps a group, then a member signs in at the provider and lands in the app as leader of the school', async () => {
    const adminContext = await browser.newContext(LAPTOP);
    const page = await adminContext.newPage();
    await page.goto(url('/login'));
    await page.fill('#email', admin.email);
    await page.fill('#password', admin.password);
    await Promise.all([page.waitForURL(/\/app/), page.click('button[type=submit]')]);
    await page.goto(url('/app/admin/users'));
    await page.locator('.admin-nav').getByRole('link', { name: 'Fælles login (SSO)' }).click();
    await page.waitForURL(url('/app/admin/sso'));
    await page.locator('[data-redirect-uri]').waitFor();
    expect(await page.textContent('[data-redirect-uri]')).toBe(url('/login/sso/callback'));
    await page.fill('#issuer', provider.issuer);
    await page.fill('#clientId', provider.clientId);
    await page.fill('#clientSecret', provider.clientSecret);
    await page.click('#sso-settings button[type=submit]');
    await page.getByRole('status').filter({ hasText: 'Indstillingerne er gemt.' }).waitFor();
    await page.fill('#groupKey', '6f1c-leaders');
    await page.selectOption('#mapping-role', 'leader');
    await page.selectOption('#mapping-scope', org.school.id);
    await page.click('#sso-mapping button[type=submit]');
    await page.locator('tr[data-group="6f1c-leaders"]').waitFor();
    expect(await page.textContent('tr[data-group="6f1c-leaders"]')).toContain('Testskolen');
    expect(await page.inputValue('#clientSecret')).toBe('');
    expect(await page.content()).not.toContain(provider.clientSecret);
    expect(await seriousAxeViolations(page, 'SSO admin page')).toEqual([]);
    await screenshot(page, 'sso-admin-page');
    await adminContext.close();

    const context = await browser.newContext(LAPTOP);
    const lene = await context.newPage();
    await lene.goto(url('/login'));
    await screenshot(lene, 'sso-login-page');
    expect(await seriousAxeViolations(lene, 'login page with SSO')).toEqual([]);
    await lene.click('text=Log ind med Sydby Kommunes konto');
    // The provider's own login form (oidc-provider's development interactions).
    await lene.waitForURL(new RegExp(`^${provider.issuer}/interaction/`));
    await lene.fill('input[name=login]', 'lene-sub');
    await lene.fill('input[name=password]', 'whatever the IdP checks');
    await Promise.all([lene.waitForURL(url('/app')), lene.click('button[type=submit]')]);
    const me = await (await context.request.get(url('/api/me'))).json();
    expect(me).toMatchObject({ name: 'Lene Leder', role: 'leader', isAdmin: false });
    const indicators = (unitId: string) => context.request.get(url(`/api/units/${unitId}/indicators`));
    expect((await indicators(org.school.id)).status()).toBe(200);
    expect((await indicators(org.daycare.id)).status()).toBe(403);
    await context.close();
  });

  // Follows the test above: SSO is set up by then.
  it('when someone in no mapped group signs in, then they are told to wait, and once the admin gives them a role they get in', async () => {
    const context = await browser.newContext(LAPTOP);
    const walt = await context.newPage();
    // Back at Målbar: in the app, or on the callback's refusal page.
    const backAtMalbar = (u: URL) => u.href === url('/app') || u.href.startsWith(url('/login/sso/callback'));
    const signIn = async () => {
      await walt.goto(url('/login'));
      await walt.click('text=Log ind med Sydby Kommunes konto');
      // The first time the provider asks for the login; then its session signs in at once.
      await walt.waitForURL((u) => u.href.startsWith(`${provider.issuer}/interaction/`) || backAtMalbar(u));
      if (walt.url().startsWith(provider.issuer)) {
        await walt.fill('input[name=login]', 'walt-sub');
        await walt.fill('input[name=password]', 'secret');
        await Promise.all([walt.waitForURL(backAtMalbar), walt.click('button[type=submit]')]);
      }
    };
    await signIn();
    expect(await walt.textContent('[role=alert]')).toContain('en administrator skal give dig en rolle');
    expect((await context.request.get(url('/api/me'))).status()).toBe(401);

    const adminContext = await browser.newContext(LAPTOP);
    const page = await adminContext.newPage();
    await page.goto(url('/login'));
    await page.fill('#email', admin.email);
    await page.fill('#password', admin.password);
    await Promise.all([page.waitForURL(/\/app/), page.click('button[type=submit]')]);
    await page.goto(url('/app/admin/users'));
    const waiting = page.locator('li[data-waiting]', { hasText: 'Walter Venter' });
    await waiting.locator('select[name=role]').selectOption('consultant');
    await waiting.locator('select[name=scopeUnitId]').selectOption(org.area.id);
    await screenshot(page, 'sso-waiting-user');
    await waiting.locator('button').click();
    await page.getByRole('status').filter({ hasText: 'Walter Venter har fået sin rolle' }).waitFor();
    await page.locator('tr[data-user="walt@sydby.example"]').waitFor();
    expect(await page.textContent('tr[data-user="walt@sydby.example"]')).toMatch(/Kvalitetskonsulent/);
    await adminContext.close();

    await signIn();
    expect(walt.url()).toBe(url('/app'));
    // Through the browser: the request context's kept-alive socket may have timed out meanwhile.
    const me = await walt.goto(url('/api/me'));
    expect(await me!.json()).toMatchObject({ role: 'consultant' });
    await context.close();
  });
});
