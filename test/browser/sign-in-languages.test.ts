import type { Browser, Page } from 'playwright-core';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn, STRONG_PASSWORD } from '../builders/staff';
import {
  LAPTOP,
  launchChromium,
  PHONE,
  pressUntilFocused,
  screenshot,
  seriousAxeViolations,
  waitUntilTrue,
} from '../support/browser';
import { englishWordsOn } from '../support/english-words';
import { postJson } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

const kind = STORES[0]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe(`${kind.name}: signing in speaks the staff's language`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let admin: string;
  const url = (path: string) => `${store.url}${path}`;

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).named('Sydby Kommune').withClasses([1]).create();
    admin = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
  });
  afterAll(() => store?.stop());

  /** A new colleague with a one-time password, as an administrator creates one. */
  const newColleague = async () => {
    const email = `kollega-${Math.random().toString(36).slice(2, 8)}@sydby.example`;
    const res = await postJson(
      url('/api/admin/users'),
      { name: 'Karen Kollega', email, role: 'consultant' },
      { cookie: admin },
    );
    expect(res.status).toBe(201);
    return { email, oneTimePassword: res.body.oneTimePassword as string };
  };

  async function checkDanish(page: Page, name: string) {
    expect([name, await seriousAxeViolations(page, name)]).toEqual([name, []]);
    expect([name, await englishWordsOn(page)]).toEqual([name, []]);
    await screenshot(page, `sign-in-${name}`);
  }

  it('when a new Danish colleague signs in with a one-time password by keyboard, then every page is Danish, a weak password is refused by name, and the app follows', async () => {
    const colleague = await newColleague();
    const context = await browser.newContext(LAPTOP); // Accept-Language: da-DK
    try {
      const page = await context.newPage();
      await page.goto(url('/login'));
      expect(await page.getAttribute('html', 'lang')).toBe('da');
      await checkDanish(page, 'login');

      // A wrong password: the same Danish answer as an unknown e-mail.
      await page.fill('#email', colleague.email);
      await page.fill('#password', 'forkert-kodeord');
      await page.press('#password', 'Enter');
      await page.getByText('E-mail eller adgangskode er forkert.').waitFor();

      await page.fill('#password', colleague.oneTimePassword);
      await page.press('#password', 'Enter');
      await page.waitForURL(url('/login/password'));
      await checkDanish(page, 'first-password');

      // Keyboard only: Tab to each field, type, Enter.
      await pressUntilFocused(page, page.locator('#currentPassword'));
      await page.keyboard.type(colleague.oneTimePassword);
      await pressUntilFocused(page, page.locator('#newPassword'));
      await page.keyboard.type('sydby-kommune');
      await page.keyboard.press('Enter');
      await page.getByText('Adgangskoden er ikke ændret:').waitFor();
      expect(await page.locator('.error li').innerText()).toMatch(
        /^Ny adgangskode: (skal være mindst|er for let at gætte)/,
      );
      await checkDanish(page, 'first-password-refused');

      await page.fill('#currentPassword', colleague.oneTimePassword);
      await page.fill('#newPassword', STRONG_PASSWORD);
      await page.press('#newPassword', 'Enter');
      await page.waitForURL(url('/app'));
    } finally {
      await context.close();
    }
  });

  it('when someone picks Norsk on the login page, then it and the forgotten-password page speak Norwegian', async () => {
    const context = await browser.newContext(PHONE);
    try {
      const page = await context.newPage();
      await page.goto(url('/login'));
      await page.getByRole('link', { name: 'Norsk' }).click();
      await page.waitForURL(url('/login?lang=nb'));
      expect(await page.getAttribute('html', 'lang')).toBe('nb');
      await page.getByRole('heading', { name: 'Logg inn' }).waitFor();
      await page.getByRole('link', { name: 'Glemt passordet?' }).click();
      await page.getByLabel('E-post').fill('noen@sydby.example');
      await page.getByRole('button', { name: 'Send lenken' }).click();
      await page.getByText('Hvis det finnes en konto med den adressen').waitFor();
      expect(await seriousAxeViolations(page, 'forgot nb')).toEqual([]);
      await screenshot(page, 'sign-in-forgot-nb-phone');
    } finally {
      await context.close();
    }
  });

  it('when a signed-in consultant changes her password in the app by keyboard, then it is refused in Danish until it is strong, and then saved', async () => {
    const colleague = await newColleague();
    const cookie = await logIn(store.url, { email: colleague.email, password: colleague.oneTimePassword });
    const changed = await postJson(
      url('/api/me/password'),
      { currentPassword: colleague.oneTimePassword, newPassword: STRONG_PASSWORD },
      { cookie },
    );
    expect(changed.status).toBe(204);
    const context = await browser.newContext(LAPTOP);
    try {
      const [name, value] = cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: store.url }]);
      const page = await context.newPage();
      await page.goto(url('/app'));
      // Her name in the header leads to her account.
      await page.getByRole('link', { name: 'Karen Kollega' }).click();
      await page.waitForURL(url('/app/account'));
      await page.getByRole('heading', { name: 'Din adgangskode' }).waitFor();
      await checkDanish(page, 'account');

      await pressUntilFocused(page, page.locator('#currentPassword'));
      await page.keyboard.type('ikke-den-rigtige');
      await pressUntilFocused(page, page.locator('#newPassword'));
      await page.keyboard.type('havn-odder-stille-91');
      await page.keyboard.press('Enter');
      await page.locator('#currentPassword-issue').getByText('er ikke din nuværende adgangskode').waitFor();
      await waitUntilTrue(page, `document.activeElement?.getAttribute('role') === 'alert'`);
      await checkDanish(page, 'account-refused');

      await page.fill('#currentPassword', STRONG_PASSWORD);
      await page.fill('#newPassword', 'havn-odder-stille-91');
      await page.press('#newPassword', 'Enter');
      await page.getByText('Din adgangskode er ændret.').waitFor();
      const again = await postJson(url('/login'), {
        email: colleague.email,
        password: 'havn-odder-stille-91',
      });
      expect(again.status).toBe(200);
    } finally {
      await context.close();
    }
  });
});
