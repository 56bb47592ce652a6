import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import packageJson from '../../package.json';

/*
 * The production image installs `npm ci --omit=dev` (Dockerfile): every package the server and the
 * worker import, directly or through our own modules, must be a dependency, not a dev dependency,
 * or the container dies at its first import. esbuild follows the imports from the entry points.
 */

const ROOT = path.join(__dirname, '../..');
const ENTRIES = [
  'main/server.ts',
  'main/worker.ts',
  'main/start.ts',
  'main/create-admin.ts',
  'main/demo-seed.ts',
];

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

const bundle = () =>
  build({
    entryPoints: ENTRIES.map((entry) => path.join(ROOT, entry)),
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    outdir: '/tmp/malbar-production-dependencies',
    platform: 'node',
    format: 'esm',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
  });

it('when the image runs the server and the worker, then every package they import is a production dependency', async () => {
  const result = await bundle();
  const imported = new Set<string>();
  for (const input of Object.values(result.metafile.inputs))
    for (const { path: specifier, external } of input.imports)
      if (
        external &&
        !specifier.startsWith('node:') &&
        specifier !== '<runtime>' &&
        !builtinModules.includes(packageOf(specifier))
      )
        imported.add(packageOf(specifier));
  const production = new Set(Object.keys(packageJson.dependencies));
  expect([...imported].filter((name) => !production.has(name)).sort()).toEqual([]);
  // The check sees something: the web framework, the database drivers and the queue.
  expect([...imported]).toEqual(expect.arrayContaining(['express', 'pg', '@electric-sql/pglite', 'bullmq']));
});

it('when the image runs them, then every file of ours they import is one the Dockerfile copies into it', async () => {
  const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  const runtimeStage = dockerfile.split('\nFROM ').at(-1)!;
  const copied = [...runtimeStage.matchAll(/^COPY (?!--from)(\S+) /gm)].map((m) => m[1]!);
  const files = Object.keys((await bundle()).metafile.inputs);
  expect(files.length).toBeGreaterThan(100);
  expect(
    files.filter((file) => !copied.some((source) => file === source || file.startsWith(`${source}/`))),
  ).toEqual([]);
});
