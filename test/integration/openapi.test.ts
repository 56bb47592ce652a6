import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { aStaffUser, logIn } from '../builders/staff';
import { postJson, type Json } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

/*
 * GET /api/openapi.json describes the staff API (and the respondents' routes) for integrators:
 * an OpenAPI 3.1 document generated from the routes and the Zod schemas they parse with. What it
 * says a request needs is what the server accepts and refuses.
 */

/** The smallest body the description allows: its required fields, an enum's first value. */
function bodyFrom(schema: Json, values: Record<string, unknown>): Record<string, unknown> {
  const required = schema.required as string[];
  return Object.fromEntries(
    required.map((name) => {
      const property = schema.properties[name];
      return [name, property.enum ? property.enum[0] : values[name]];
    }),
  );
}

for (const kind of STORES) {
  describe(`${kind.name}: GET /api/openapi.json`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let document: Json;
    let adminCookie: string;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6]).create();
      adminCookie = await logIn(store.url, await aStaffUser(store.db, org.root, 'admin'));
      // No cookie, no token: a description is not a secret.
      const res = await fetch(`${store.url}/api/openapi.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      document = await res.json();
    });
    afterAll(() => store?.stop());

    it('when fetched without signing in, then it is an OpenAPI 3.1 document with paths, errors and both ways to sign in', () => {
      expect(document.openapi).toBe('3.1.0');
      expect(document.info).toEqual(expect.objectContaining({ title: expect.any(String), version: '1' }));
      expect(document.servers).toEqual([{ url: store.url }]); // PUBLIC_URL, here the server itself
      expect(Object.keys(document.paths).length).toBeGreaterThan(50);
      expect(Object.keys(document.paths).every((p) => p.startsWith('/api/'))).toBe(true);
      expect(document.components.securitySchemes.session).toEqual(
        expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'malbar_session' }),
      );
      expect(document.components.securitySchemes.apiToken).toEqual(
        expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      );
      const error = document.components.schemas.Error.properties.error;
      expect(error.required).toEqual(['code', 'message']);
      expect(error.properties.details.items.required).toEqual(['field', 'issue']);
    });

    it('when a route has path parameters, then they are in braces and described as required', () => {
      const op = document.paths['/api/units/{unitId}/indicators/{instrumentKey}/{indicatorKey}'].get;
      expect(op.parameters.map((p: Json) => [p.name, p.in, p.required])).toEqual([
        ['unitId', 'path', true],
        ['instrumentKey', 'path', true],
        ['indicatorKey', 'path', true],
      ]);
      expect(op.tags).toEqual(['units']);
    });

    it('when an API token may read a route, then the route says so; administration and changes need a session; respondents need neither', () => {
      expect(document.paths['/api/goals'].get.security).toEqual([{ session: [] }, { apiToken: [] }]);
      expect(document.paths['/api/admin/api-tokens'].get.security).toEqual([{ session: [] }]);
      expect(document.paths['/api/contracts'].post.security).toEqual([{ session: [] }]);
      expect(document.paths['/api/s/{code}/responses'].post.security).toEqual([]);
      expect(document.paths['/api/s/{code}/responses'].post.tags).toEqual(['respondents']);
    });

    it('when a query is described, then each of its fields is a query parameter', () => {
      const parameters = document.paths['/api/goals'].get.parameters as Json[];
      expect(parameters.map((p) => [p.name, p.in, p.required])).toEqual([
        ['unit', 'query', false],
        ['levels', 'query', false],
        ['offset', 'query', false],
        ['limit', 'query', false],
      ]);
    });

    it('when a body is built from what POST /api/admin/api-tokens describes, then the server issues the token; without a required field it refuses naming the field', async () => {
      const schema =
        document.paths['/api/admin/api-tokens'].post.requestBody.content['application/json'].schema;
      expect(schema.required).toEqual(['name', 'role', 'scopeUnitId']);
      expect(schema.properties.role.enum).toEqual(['consultant', 'leader', 'viewer']);
      const body = bodyFrom(schema, { name: 'Power BI', scopeUnitId: org.root.id });
      const url = `${store.url}/api/admin/api-tokens`;

      const issued = await postJson(url, body, { cookie: adminCookie });
      expect(issued.status).toBe(201);
      expect(issued.body.token).toMatch(/^mlb_/);

      const { role: _left, ...withoutRole } = body;
      const refused = await postJson(url, withoutRole, { cookie: adminCookie });
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('validation_failed');
      expect(refused.body.error.details.map((d: Json) => d.field)).toEqual(['role']);
    });
  });
}
