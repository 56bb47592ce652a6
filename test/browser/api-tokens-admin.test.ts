import type { Browser } from 'playwright-core';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser } from '../builders/staff';
import {
  LAPTOP,
  launchChromium,
  logInThroughForm,
  screenshot,
  seriousAxeViolations,
} from '../support/browser';
import { STORES, type TestStore } from '../support/stores';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const kind = STORES[0]!;

describe(`${kind.name}: an administrator issues an API token for Power BI`, () => {
  let store: TestStore;
  let org: BuiltOrganisation;
  let admin: { email: string; password: string };

  beforeAll(async () => {
    store = await kind.start();
    org = await aMunicipality(store.db).create();
    admin = await aStaffUser(store.db, org.root, 'admin');
  });
  afterAll(() => store?.stop());

  it('when the administrator issues a viewer token for the school, then it is shown once, works as a Bearer token, and stops when revoked', async () => {
    const context = await browser.newContext(LAPTOP);
    const page = await context.newPage();
    await logInThroughForm(page, store.url, admin);
    await page.goto(`${store.url}/app/admin/api-tokens`);
    await page.locator('#api-token-name').waitFor();
    await page.getByRole('button', { name: 'Udsted nøgle' }).click();
    await page.locator('#api-token-name-error').waitFor();

    await page.locator('#api-token-name').fill('Power BI');
    await page.locator('#api-token-role').selectOption('viewer');
    await page.locator('#api-token-scope').selectOption(org.school.id);
    await page.getByRole('button', { name: 'Udsted nøgle' }).click();
    const shown = page.locator('[data-field="api-token"]');
    await shown.waitFor();
    const token = (await shown.innerText()).trim();
    expect(token).toMatch(/^mlb_/);
    expect(await page.locator('tr[data-token] th').innerText()).toBe('Power BI');
    expect(await seriousAxeViolations(page, 'api-tokens')).toEqual([]);
    await screenshot(page, 'admin-api-tokens-da-1280');

    const read = () => fetch(`${store.url}/api/goals`, { headers: { authorization: `Bearer ${token}` } });
    expect((await read()).status).toBe(200);
    await page.getByRole('button', { name: /Tilbagekald/ }).click();
    await page.locator('tr[data-token] td', { hasText: 'tilbagekaldt' }).waitFor();
    expect((await read()).status).toBe(401);
    // Shown once: a reload shows the list, never the token.
    await page.reload();
    await page.locator('tr[data-token]').waitFor();
    expect(await page.content()).not.toContain(token);
    await context.close();
  }, 120_000);
});
