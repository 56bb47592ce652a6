import { parseArgs } from 'node:util';
import { DomainError, ValidationFailed, type FieldIssue } from '../core/errors';
import { connectDatabase } from '../db/connect';
import { createAdministrator } from '../server/use-cases/create-administrator';
import { ConfigError, parseConfig, type Config } from './config';

const USAGE = `Usage: npm run create-admin -- --email <e-mail> --municipality "<name>" [--name "<name>"] [--slug <slug>] [--country dk|no]

Creates an administrator of the whole municipality (and the municipality, when none has the slug)
with a one-time password, to be changed at first sign-in. Uses the same database as npm start:
DATABASE_URL, or the embedded one in DATA_DIR (default ./data).`;

/** The address to sign in at: PUBLIC_URL, or where `npm start` listens with this configuration. */
const signInUrl = (config: Readonly<Config>) =>
  `${(config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`).replace(/\/+$/, '')}/login`;

const fieldLines = (details: FieldIssue[]) => details.map((d) => `  --${d.field}: ${d.issue}`);

async function main(): Promise<number> {
  let args: Record<string, string | boolean | undefined>;
  try {
    ({ values: args } = parseArgs({
      options: {
        email: { type: 'string' },
        municipality: { type: 'string' },
        name: { type: 'string' },
        slug: { type: 'string' },
        country: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = parseConfig(process.env);
  const database = await connectDatabase(config.database);
  try {
    await database.migrate();
    const { help: _help, ...input } = args;
    const admin = await createAdministrator({ db: database.db, now: () => new Date() }, input);
    const lines = [
      admin.municipalityCreated
        ? `Created ${admin.municipality.name} (slug ${admin.municipality.slug}) and its administrator ${admin.email}.`
        : `Created administrator ${admin.email} of ${admin.municipality.name} (slug ${admin.municipality.slug}).`,
      '',
      `  Sign in at:          ${signInUrl(config)}`,
      `  E-mail:              ${admin.email}`,
      `  One-time password:   ${admin.oneTimePassword}`,
      '',
      'The password is shown this once and must be changed at the first sign-in.',
      '',
    ];
    process.stdout.write(lines.join('\n'));
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ValidationFailed) {
      process.stderr.write(`${[error.message + ':', ...fieldLines(error.details)].join('\n')}\n\n${USAGE}\n`);
      process.exit(2);
    }
    const known = error instanceof DomainError || error instanceof ConfigError;
    process.stderr.write(
      known
        ? `Not created: ${(error as Error).message}\n`
        : `Not created:\n${String((error as Error)?.stack ?? error)}\n`,
    );
    process.exit(1);
  },
);
