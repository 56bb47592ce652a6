import { wordsShown } from '../support/english-words';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { upsertWaitingUser } from '../../db/repositories/sso-identities';
import type { StaffListing } from '../../db/repositories/staff';
import type { AuditTrailPage } from '../../server/use-cases/audit-trail';
import type * as Admin from '../../web/app/admin/admin-types';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, STRONG_PASSWORD } from '../builders/staff';
import {
  LAPTOP,
  launchChromium,
  PHONE,
  pressUntilFocused,
  screenshot,
  seriousAxeViolations,
  waitUntilTrue,
} from '../support/browser';
import { STORES, type TestStore } from '../support/stores';

// The app mirrors the server's JSON types (it must not import the database layer): they must still fit.
type AsJson<T> = T extends Date
  ? string
  : T extends (infer Item)[]
    ? AsJson<Item>[]
    : T extends object
      ? { [K in keyof T]: AsJson<T[K]> }
      : T;
type Fits<Server, Mirror> = AsJson<Server> extends Mirror ? true : never;
export const _adminTypesFit: [Fits<StaffListing, Admin.AdminUser>, Fits<AuditTrailPage, Admin.AuditTrail>] = [
  true,
  true,
];

/*
 * Administration in the dashboard app: an administrator of the whole municipality creates a user,
 * changes role and scope, deactivates, resets a password, gives a waiting SSO user a role, maps a
 * group and reads what they did in the audit trail — in Danish, by keyboard where it counts, with
 * axe on every screen; and one journey in Norwegian on a phone.
 */
const BROWSER_TEST_MS = 180_000;
const kind = STORES[0]!; // One store: the integration tests run the APIs on both.

/** The English words these screens use: none may show on a Danish or Norwegian screen. */
const ENGLISH = [
  'Users',
  'User',
  'Password',
  'Deactivate',
  'Reactivate',
  'Reset',
  'Save',
  'Create',
  'Role',
  'Scope',
  'Audit',
  'Filter',
  'Download',
  'Waiting',
  'Single sign-on',
  'Group',
  'Groups',
  'Never',
  'never',
  'Active',
  'Newer',
  'Older',
  'Subject',
  'Detail',
  'When',
  'Who',
  'What',
  'Name',
  'Issuer',
  'Client',
  'Secret',
  'Remove',
  'Loading',
  'Last sign-in',
  'Page',
  'signed in',
  'created',
  'changed',
];
const englishOn = (page: Page) => wordsShown(page, ENGLISH);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe(`${kind.name}: administration in the app`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let admin: { email: string; password: string };
  const url = (path: string) => `${store.url}${path}`;

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).named('Sydby Kommune').withClasses([1]).create();
    admin = await aStaffUser(store.db, org.root, 'admin');
    for (const [subject, name] of [
      ['walt-sub', 'Walter Venter'],
      ['nora-sub', 'Nora Nordmann'],
    ] as const)
      await upsertWaitingUser(store.db, {
        municipalityId: org.municipality.id,
        issuer: 'https://idp.sydby.example',
        subject,
        email: `${subject}@sydby.example`,
        name,
        lastSeenAt: new Date(),
      });
  });
  afterAll(() => store?.stop());

  async function logInAsAdmin(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(url('/login'));
    await page.fill('#email', admin.email);
    await page.fill('#password', admin.password);
    await Promise.all([page.waitForURL(/\/app/), page.click('button[type=submit]')]);
    return page;
  }

  /** Axe, no English word, a screenshot: what every Danish screen must pass. */
  async function checkScreen(page: Page, name: string) {
    expect([name, await seriousAxeViolations(page, name)]).toEqual([name, []]);
    expect([name, await englishOn(page)]).toEqual([name, []]);
    await screenshot(page, name);
  }

  const focusedIs = (page: Page, selector: string) =>
    waitUntilTrue(page, `!!document.activeElement?.matches(${JSON.stringify(selector)})`);

  it(
    'when a Danish administrator creates, changes, deactivates and resets a user, gives a waiting user a role, maps a group, then the audit trail shows it all',
    async () => {
      const context = await browser.newContext(LAPTOP);
      const page = await logInAsAdmin(context);
      await page.getByRole('link', { name: 'Administration' }).click();
      await page.waitForURL(url('/app/admin/users'));
      await page.getByRole('heading', { name: 'Brugere', level: 1 }).waitFor();
      await page.locator('li[data-waiting]').first().waitFor();
      await checkScreen(page, 'admin-users-da-1280');

      // A new user by keyboard only: Tab to the name, type, Tab on, Enter sends the form.
      await pressUntilFocused(page, page.locator('#new-name'), 'Tab', 80);
      await page.keyboard.type('Karen Kvalitet');
      await page.keyboard.press('Tab');
      await page.keyboard.type('karen@sydby.example');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.one-time');
      const box = page.locator('.one-time');
      expect(await box.innerText()).toContain('den vises kun denne ene gang');
      const oneTime = await box.locator('.one-time-password').innerText();
      expect(oneTime).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      const row = page.locator('tr[data-user="karen@sydby.example"]');
      expect(await row.innerText()).toContain('Læser');
      await checkScreen(page, 'admin-user-created-da-1280');

      // The waiting user by keyboard: role up to leader, the scope one step down the tree, Enter.
      const walt = page.locator('li[data-waiting="walt-sub@sydby.example"]');
      await pressUntilFocused(page, walt.locator('select[name=role]'), 'Tab', 80);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toContain('Walter Venter har fået sin rolle');
      await page.locator('tr[data-user="walt-sub@sydby.example"]').waitFor();
      expect(await page.locator('tr[data-user="walt-sub@sydby.example"]').innerText()).toContain('Leder');
      expect(await page.locator('li[data-waiting="walt-sub@sydby.example"]').count()).toBe(0);

      // Role and scope: a leader of the whole municipality is refused, beside the scope field.
      await row.getByRole('link', { name: 'Karen Kvalitet' }).click();
      await page.getByRole('heading', { name: 'Ret Karen Kvalitet' }).waitFor();
      expect(page.url()).toMatch(/\/app\/admin\/users\/[0-9a-f-]{36}$/);
      await page.selectOption('#edit-role', 'leader');
      await page.click('#edit-user button[type=submit]');
      await focusedIs(page, '#edit-user [role=alert]');
      expect(await page.locator('#edit-scope-error').innerText()).toBe(
        'en leder hører til en enhed under kommunen',
      );
      expect(await page.getAttribute('#edit-scope', 'aria-invalid')).toBe('true');
      await checkScreen(page, 'admin-user-refused-da-1280');
      await page.selectOption('#edit-scope', org.school.id);
      await page.click('#edit-user button[type=submit]');
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toBe('Ændringerne er gemt.');
      await page.click('#toggle-active');
      await waitUntilTrue(page, `document.querySelector('.notice')?.innerText.includes('deaktiveret')`);
      await page.getByRole('button', { name: 'Genaktivér' }).waitFor();
      await page.click('#reset-password');
      await focusedIs(page, '.one-time');
      const reset = await page.locator('.one-time .one-time-password').innerText();
      expect(reset).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      expect(reset).not.toBe(oneTime);
      await checkScreen(page, 'admin-user-da-1280');
      await page.goBack();
      await page.getByRole('heading', { name: 'Brugere', level: 1 }).waitFor();
      const karen = page.locator('tr[data-user="karen@sydby.example"]');
      expect(await karen.innerText()).toMatch(/Leder[\s\S]*Testskolen[\s\S]*Deaktiveret/);

      // Single sign-on: settings, then a group mapped to leaders of the school.
      await page.locator('.admin-nav').getByRole('link', { name: 'Fælles login (SSO)' }).click();
      await page.waitForURL(url('/app/admin/sso'));
      await page.locator('[data-redirect-uri]').waitFor();
      expect(await page.textContent('[data-redirect-uri]')).toBe(url('/login/sso/callback'));
      await page.fill('#issuer', 'http://localhost:9/sydby');
      await page.fill('#clientId', 'malbar');
      await page.fill('#clientSecret', 'a-secret-never-shown');
      await page.click('#sso-settings button[type=submit]');
      await waitUntilTrue(
        page,
        `document.querySelector('.notice')?.innerText === 'Indstillingerne er gemt.'`,
      );
      expect(await page.inputValue('#clientSecret')).toBe('');
      expect(await page.content()).not.toContain('a-secret-never-shown');
      await page.fill('#groupKey', '6f1c-leaders');
      await page.selectOption('#mapping-role', 'leader');
      await page.selectOption('#mapping-scope', org.school.id);
      await page.click('#sso-mapping button[type=submit]');
      await page.locator('tr[data-group="6f1c-leaders"]').waitFor();
      expect(await page.textContent('tr[data-group="6f1c-leaders"]')).toMatch(/Leder.*Testskolen/);
      await checkScreen(page, 'admin-sso-da-1280');

      // The trail: what was just done, filtered; the filter is in the address, and Back undoes it.
      await page.locator('.admin-nav').getByRole('link', { name: 'Hændelseslog' }).click();
      await page.waitForURL(url('/app/admin/audit'));
      await page.locator('table.audit').waitFor();
      await page.selectOption('#audit-action', 'user_changed');
      await page.click('.audit-filters button[type=submit]');
      await page.waitForURL(url('/app/admin/audit?action=user_changed'));
      await waitUntilTrue(
        page,
        `[...document.querySelectorAll('table.audit tbody tr')].length === 2 && [...document.querySelectorAll('table.audit tbody tr')].every((r) => r.dataset.action === 'user_changed')`,
      );
      // A long detail is folded in a <details>: its text is there, unopened.
      expect(await page.locator('table.audit tbody').textContent()).toContain('karen@sydby.example');
      expect(await page.getAttribute('a[download]', 'href')).toBe(
        '/api/admin/audit.csv?action=user_changed&lang=da',
      );
      await checkScreen(page, 'admin-audit-da-1280');
      await page.fill('#audit-actor', admin.email);
      await page.selectOption('#audit-action', 'user_created');
      await page.click('.audit-filters button[type=submit]');
      await waitUntilTrue(page, `location.search.includes('action=user_created')`);
      await waitUntilTrue(
        page,
        `[...document.querySelectorAll('table.audit tbody tr')].length === 2 && !document.querySelector('.loading')`,
      );
      const created = (await page.locator('table.audit tbody').textContent())!;
      expect(created).toContain('Bruger oprettet');
      expect(created).toContain('karen@sydby.example');
      await page.goBack();
      await page.waitForURL(url('/app/admin/audit?action=user_changed'));
      expect(await page.inputValue('#audit-action')).toBe('user_changed');
      const csv = await context.request.get(url('/api/admin/audit.csv?action=user_changed&lang=da'));
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toContain('karen@sydby.example');
      await context.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'when a Norwegian administrator on a phone creates a user with a typed password and gives a waiting user a role, then every screen speaks Norwegian and fits',
    async () => {
      const context = await browser.newContext({ ...PHONE, locale: 'nb-NO' });
      const page = await logInAsAdmin(context);
      await page.goto(url('/app/admin/users'));
      await page.getByRole('heading', { name: 'Brukere', level: 1 }).waitFor();
      await page.locator('li[data-waiting]').first().waitFor();
      await page.fill('#new-name', 'Ola Nordmann');
      await page.fill('#new-email', 'ola@sydby.example');
      await page.selectOption('#new-role', 'consultant');
      await page.fill('#new-password', 'kort');
      await page.getByRole('button', { name: 'Opprett bruker' }).click();
      await focusedIs(page, '#new-user [role=alert]');
      expect(await page.locator('#new-password-error').innerText()).toBe(
        'minst 12 tegn, eller la feltet stå tomt',
      );
      await page.fill('#new-password', STRONG_PASSWORD);
      await page.getByRole('button', { name: 'Opprett bruker' }).click();
      await focusedIs(page, '.one-time');
      expect(await page.locator('.one-time').innerText()).toBe('Ola Nordmann er opprettet.');
      expect(await page.locator('tr[data-user="ola@sydby.example"]').innerText()).toContain(
        'Kvalitetsrådgiver',
      );
      const nora = page.locator('li[data-waiting="nora-sub@sydby.example"]');
      await nora.getByRole('button', { name: 'Gi rolle' }).click();
      await focusedIs(page, '.notice');
      expect(await page.locator('.notice').innerText()).toContain('Nora Nordmann har fått rollen sin');
      for (const [path, name] of [
        ['/app/admin/users', 'admin-users-nb-390'],
        ['/app/admin/sso', 'admin-sso-nb-390'],
        ['/app/admin/audit', 'admin-audit-nb-390'],
      ] as const) {
        await page.goto(url(path));
        await page.locator('.admin-nav').waitFor();
        await waitUntilTrue(page, `!document.querySelector('.loading')`);
        expect([name, await seriousAxeViolations(page, name)]).toEqual([name, []]);
        expect([name, await englishOn(page)]).toEqual([name, []]);
        // Nothing wider than the phone but the tables, which scroll inside their own box.
        expect([name, await page.evaluate('document.documentElement.scrollWidth')]).toEqual([name, 390]);
        await screenshot(page, name);
      }
      await context.close();
    },
    BROWSER_TEST_MS,
  );
});
