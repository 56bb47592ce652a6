/**
 * A real OpenID provider (oidc-provider) for the single sign-on tests, in a process of its own:
 * the package is ES-module-only and Jest cannot load it. Started by test/support/oidc-provider.ts.
 *
 * Env: OIDC_REDIRECT_URIS (JSON array), OIDC_CLIENT_SECRET, OIDC_ACCOUNTS_FILE (JSON: login name →
 * { email, name, groups }, read at every request so a test can move someone between groups). The
 * login name is the account's `sub` (devInteractions makes what is typed the account id).
 * Any password signs in (devInteractions' form): the tests are about Målbar, not the provider.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

interface Account {
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

// oidc-provider ships no types; what this file uses of it.
interface OidcContext {
  oidc: {
    client: { clientId: string };
    session: { accountId: string; grantIdFor(clientId: string): string | undefined };
    result?: { consent?: { grantId?: string } };
    provider: { Grant: GrantClass };
  };
}
interface Grant {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface GrantClass {
  new (init: { clientId: string; accountId: string }): Grant;
  find(id: string): Promise<Grant | undefined>;
}

function readAccount(login: string): Account | undefined {
  const byLogin = JSON.parse(fs.readFileSync(process.env.OIDC_ACCOUNTS_FILE!, 'utf8')) as Record<
    string,
    Account
  >;
  return byLogin[login];
}

async function main(): Promise<void> {
  const { default: Provider } = (await import('oidc-provider')) as {
    default: new (issuer: string, config: unknown) => { callback(): http.RequestListener; proxy: boolean };
  };
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'malbar',
        client_secret: process.env.OIDC_CLIENT_SECRET,
        redirect_uris: JSON.parse(process.env.OIDC_REDIRECT_URIS!) as string[],
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    // Groups with the profile scope, so Målbar asks for standard scopes only (as with Entra ID).
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    async findAccount(_ctx: unknown, id: string) {
      const account = readAccount(id);
      return account && { accountId: id, claims: () => ({ ...account, sub: id }) };
    },
    // Målbar is a first-party client: no consent screen (oidc-provider's documented recipe).
    async loadExistingGrant(ctx: OidcContext) {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
      const existing = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
      if (existing) return existing;
      const grant = new oidc.provider.Grant({
        clientId: oidc.client.clientId,
        accountId: oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['oidc-test-cookie-key'] },
  });
  // The provider answers 500 with no detail; the test's output shows why.
  (provider as unknown as { on(event: string, f: (ctx: unknown, e: unknown) => void): void }).on(
    'server_error',
    (_ctx, error) => console.error('oidc-provider server_error', error),
  );
  server.on('request', provider.callback());
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  console.log(`oidc-provider listening at ${issuer}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
