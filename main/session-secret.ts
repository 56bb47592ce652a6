import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, type Config } from './config';

/**
 * The embedded default keeps a generated secret in its data directory, so `npm start` needs no
 * set-up; a shared database means several processes, which must be given the same secret.
 */
export function withSessionSecret(config: Readonly<Config>): Readonly<Config> {
  if (config.sessionSecret) return config;
  if (config.database.kind === 'postgres') {
    throw new ConfigError(
      'Invalid configuration:\n  SESSION_SECRET: required when DATABASE_URL is set (at least 32 characters)',
    );
  }
  const file = path.join(config.dataDir, 'session-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return Object.freeze({ ...config, sessionSecret: fs.readFileSync(file, 'utf8').trim() });
}
