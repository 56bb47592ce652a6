import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** An account at the test provider; its login name (the key) is its `sub`. */
export interface ProviderAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Replaces the accounts (login name → claims); the provider reads them at every sign-in. */
  setAccounts(accounts: Record<string, ProviderAccount>): void;
  stop(): Promise<void>;
}

/**
 * Starts oidc-provider in its own Node process (test/support/oidc-provider-process.ts) on a free
 * port, with Målbar registered as client `malbar` for the given redirect URIs.
 */
export async function startOidcProvider(
  redirectUris: string[],
  accounts: Record<string, ProviderAccount>,
): Promise<TestOidcProvider> {
  const accountsFile = path.join(os.tmpdir(), `malbar-oidc-accounts-${randomBytes(6).toString('hex')}.json`);
  const setAccounts = (a: Record<string, ProviderAccount>) =>
    fs.writeFileSync(accountsFile, JSON.stringify(a));
  setAccounts(accounts);
  const clientSecret = randomBytes(24).toString('base64url');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'oidc-provider-process.ts')],
    {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        OIDC_REDIRECT_URIS: JSON.stringify(redirectUris),
        OIDC_CLIENT_SECRET: clientSecret,
        OIDC_ACCOUNTS_FILE: accountsFile,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`oidc-provider did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/listening at (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`oidc-provider exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  // What the provider logs after start (its server errors) goes to the test's output.
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`[oidc-provider] ${chunk.toString()}`));
  return {
    issuer,
    clientId: 'malbar',
    clientSecret,
    setAccounts,
    stop: () =>
      new Promise((resolve) => {
        fs.rmSync(accountsFile, { force: true });
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
