import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { getJson, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * The OpenAPI description cannot drift from the routes: checked here against the source itself,
 * read with regular expressions (not with the product's router walk), so a route the walk missed
 * or a schema a route forgot to describe fails this file.
 */

const ROOT = path.join(__dirname, '../..');
const ROUTES = path.join(ROOT, 'server/routes');

/** Parsed with parseInput by routes that are not under /api/ (forms and a command line), or not as sent. */
const NOT_API_INPUT: Record<string, string> = {
  Login: 'POST /login, the sign-in form',
  ResetRequest: 'POST /login/forgot, a form',
  NewPasswordByLink: 'POST /login/reset/…, a form',
  FirstAdministrator: 'npm run create-admin, a command line',
  InitiativeQuery: 'the route renames ?municipality= to municipalityId before parsing; left undescribed',
};

interface SourceRoute {
  method: string;
  pattern: RegExp;
  source: string;
}

/** `router.get('/api/…'`, `` router.get(`${path}.${format}` ``, `router.put(apiBase` … in each routes file. */
function routesInSource(): SourceRoute[] {
  return fs
    .readdirSync(ROUTES)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((file) => {
      const text = fs.readFileSync(path.join(ROUTES, file), 'utf8');
      const calls = [...text.matchAll(/router\.(get|post|put|patch|delete)\(\s*('[^']*'|`[^`]*`|\w+)/g)];
      return calls.flatMap(([, method, arg]) =>
        pathsOf(arg!, text)
          .filter((p) => p.startsWith('/api/'))
          .map((p) => ({ method: method!, pattern: patternOf(p), source: `${file}: ${p}` })),
      );
    });
}

const constIn = (text: string, name: string) =>
  new RegExp(`const ${name} = (?:'([^']*)'|\`([^\`$]*)\`);`)
    .exec(text)
    ?.slice(1)
    .find((v) => v !== undefined);

/** Names given as a route's path that are not a constant of the same file (checked below). */
const unresolved = new Set<string>();

/** The path (or paths) a route's first argument names; an unknown `${x}` stays as `${x}`. */
function pathsOf(arg: string, text: string): string[] {
  if (arg.startsWith("'")) return [arg.slice(1, -1)];
  if (!arg.startsWith('`')) {
    const value = constIn(text, arg);
    if (value === undefined) unresolved.add(arg);
    return value === undefined ? [] : [value];
  }
  const template = arg
    .slice(1, -1)
    .replace(/\$\{(\w+)\}/g, (piece, name: string) => constIn(text, name) ?? piece);
  const leading = /^\$\{\w+\}/.exec(template)?.[0];
  if (!leading) return [template];
  // A path from a loop over a table: the table's '/api/…' keys in the same file.
  const keys = [...text.matchAll(/^\s*'(\/api\/[^']*)':/gm)].map((m) => m[1]!);
  return keys.map((key) => key + template.slice(leading.length));
}

/** `/api/exports/goals.${format}` matches /api/exports/goals.csv and .xlsx. */
const patternOf = (p: string) =>
  new RegExp(
    `^${p
      .split(/\$\{\w+\}/)
      .map((part) => part.replace(/[.*+?^()|[\]\\{}]/g, '\\$&'))
      .join('[^/]+')}$`,
  );

/** Every `parseInput(Name, …)` under server/, and the file that exports Name. */
function parsedSchemaNames(): string[] {
  const files = fs.readdirSync(path.join(ROOT, 'server'), { recursive: true, encoding: 'utf8' });
  const names = files
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...fs.readFileSync(path.join(ROOT, 'server', f), 'utf8').matchAll(/parseInput\((\w+)/g)])
    .map((m) => m[1]!);
  return [...new Set(names)].sort();
}

function exportingModule(name: string): string {
  for (const dir of ['server', 'core']) {
    const files = fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' });
    const file = files.find(
      (f) =>
        f.endsWith('.ts') &&
        new RegExp(`^export const ${name}\\b`, 'm').test(fs.readFileSync(path.join(ROOT, dir, f), 'utf8')),
    );
    if (file) return path.join(ROOT, dir, file);
  }
  throw new Error(`${name} is passed to parseInput but not exported: export it for the description`);
}

const inputSchema = (schema: z.ZodType) => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest as Json;
};

type Operation = { method: string; path: string; op: Json };
const operationsOf = (document: Json): Operation[] =>
  Object.entries(document.paths as Record<string, Record<string, Json>>).flatMap(([p, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ method, path: p.replace(/\{(\w+)\}/g, ':$1'), op })),
  );

/** The query parameters that one query schema gives: each property, required as the schema says. */
function describesQuery(op: Json, schema: Json): boolean {
  const parameters = (op.parameters ?? []) as Json[];
  const required = new Set((schema.required ?? []) as string[]);
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Json>);
  return (
    properties.length > 0 &&
    properties.every(([name, property]) =>
      parameters.some(
        (p) =>
          p.in === 'query' &&
          p.name === name &&
          p.required === required.has(name) &&
          JSON.stringify(p.schema) === JSON.stringify(property),
      ),
    )
  );
}

const kind = STORES[0]!;
describe(`${kind.name}: the OpenAPI description covers the routes in the source`, () => {
  let store: TestStore;
  let operations: Operation[];

  beforeAll(async () => {
    store = await kind.start();
    operations = operationsOf((await getJson(`${store.url}/api/openapi.json`)).body);
  });
  afterAll(() => store?.stop());

  it('when the routes files register an /api/ route, then the document has it, and nothing the source lacks', () => {
    const source = routesInSource();
    expect(source.length).toBeGreaterThan(100);
    const missing = source.filter(
      (r) => !operations.some((o) => o.method === r.method && r.pattern.test(o.path)),
    );
    expect(missing.map((r) => `${r.method} ${r.source}`)).toEqual([]);
    const extra = operations.filter(
      (o) => !source.some((r) => r.method === o.method && r.pattern.test(o.path)),
    );
    // The description itself is registered in server/app.ts, not in a routes file.
    expect(extra.map((o) => `${o.method} ${o.path}`)).toEqual(['get /api/openapi.json']);
    // A path named by an imported constant is not an /api/ path the scan above could not read.
    const serverText = fs
      .readdirSync(path.join(ROOT, 'server'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => fs.readFileSync(path.join(ROOT, 'server', f), 'utf8'))
      .join('\n');
    for (const name of unresolved) expect(serverText).not.toMatch(new RegExp(`${name}\\s*=\\s*['\`]/api/`));
  });

  it('when a route or its use case parses with a schema, then the document has that schema as a body or a query', async () => {
    const names = parsedSchemaNames().filter((n) => !(n in NOT_API_INPUT));
    expect(names.length).toBeGreaterThan(35);
    const undescribed: string[] = [];
    for (const name of names) {
      const schema = inputSchema(((await import(exportingModule(name))) as Record<string, z.ZodType>)[name]!);
      const found = operations.some(
        ({ op }) =>
          JSON.stringify(op.requestBody?.content?.['application/json']?.schema) === JSON.stringify(schema) ||
          describesQuery(op, schema),
      );
      if (!found) undescribed.push(name);
    }
    expect(undescribed).toEqual([]);
  });

  it('when the document names operations, then each operationId is unique', () => {
    const ids = operations.map((o) => o.op.operationId as string);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
